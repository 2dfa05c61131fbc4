import type { BackendOptions } from '../src/main/backend/protocol';
import { clearSavedAnswers } from '../src/main/repositories/saved-answers';
import { FIRST_CALLS } from './backend-relay';
import { percentile, round } from './measure';
import { startRelay, type Relay } from './relay-client';
import type { Watch } from './relay-protocol';
import { row, type BenchRow } from './report';
import { RESOURCES_DIR, type OpenApp } from './setup';

/**
 * The first national views after opening, as the desktop app meets them: a backend process (the Node
 * host of the same bundle Electron's utility process runs) is started on the national database, and
 * the view is called from the relaying side of the link as soon as it is ready. Two cases, taken
 * alternately (ABAB…): the answer saved at the last shutdown is current (nothing changed since), and
 * there is none (the data changed since, so the whole register is read). The relaying is done by a small
 * process of its own (bench/relay-child.ts), as Electron's main process does it, which watches its own
 * event loop meanwhile and over idle waits in between (the baseline); this process, which holds the
 * national dataset, only asks for the tasks and records the figures.
 */
const RUNS = 5;

/** The relaying process's watches by phase: starting a backend, relaying the first calls, relaying an export job. */
type Loops = { start: Watch[]; calls: Watch[]; exports: Watch[] };

/** A fresh backend on the database, started by the relay, which then relays `channel` as its first call and times it. */
async function firstCall(relay: Relay, options: BackendOptions, channel: string, input: unknown, loops: Loops): Promise<number> {
  const { start, call } = await relay.run({ kind: 'first-call', options, channel, input });
  loops.start.push(start);
  loops.calls.push(call);
  return call.ms;
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)) };
};

export async function firstCallsThroughBackend(national: OpenApp, rows: BenchRow[]): Promise<void> {
  const relay = startRelay();
  try {
    await relayed(relay, national, rows);
  } finally {
    await relay.stop();
  }
}

async function relayed(relay: Relay, national: OpenApp, rows: BenchRow[]): Promise<void> {
  const options: BackendOptions = { dbPath: national.dbPath, resourcesDir: RESOURCES_DIR, appVersion: 'bench', actor: 'bench' };
  const loops: Loops = { start: [], calls: [], exports: [] };
  const idle: Watch[] = [];
  for (const { operation, channel, input } of FIRST_CALLS) {
    const saved: number[] = [];
    const unsaved: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      idle.push(await relay.run({ kind: 'idle', ms: 500 }));
      clearSavedAnswers(national.app.ctx.conn);
      unsaved.push(await firstCall(relay, options, channel, input, loops));
      saved.push(await firstCall(relay, options, channel, input, loops));
    }
    const target = { target: 'p95 ≤ 300 ms' };
    const s = summary(saved);
    rows.push(row(`${operation}: answer saved at the last shutdown (median and p95 of ${RUNS})`, { ...s, ...target, met: s.p95Ms <= 300 }));
    const u = summary(unsaved);
    rows.push(
      row(`${operation}: data changed since the last shutdown (median and p95 of ${RUNS})`, { ...u, ...target, met: u.p95Ms <= 300 }),
    );
  }
  for (let i = 0; i < 2; i++) {
    idle.push(await relay.run({ kind: 'idle', ms: 2_000 }));
    loops.exports.push(await relay.run({ kind: 'export-job', options }));
  }
  const worst = (watches: Watch[], of: (w: Watch) => number = (w) => w.maxLoopDelayMs) => round(Math.max(...watches.map(of)));
  rows.push(
    row(`baseline: this process's longest event-loop stall over idle waits (alternating with the rows below)`, { ms: worst(idle) }),
  );
  const stall = (what: string, watches: Watch[], target: boolean) => {
    const ms = worst(watches);
    rows.push(row(`relaying process: longest event-loop stall ${what}`, target ? { ms, target: '≤ 20 ms', met: ms <= 20 } : { ms }));
  };
  stall(`while it started a backend process (${loops.start.length} starts)`, loops.start, true);
  stall(`while it relayed the first calls above (${loops.calls.length} calls)`, loops.calls, true);
  // in Electron the export file goes from the backend to the window by a message port, not through the main process
  stall('while it relayed 2 national export jobs, the package file included (Electron: backend → window by a port)', loops.exports, false);
  // what the stalls were made of (bench/stall-watch.ts): the rest of a stall is waiting for one of the machine's shared cores
  const ownWork = (what: string, watches: Watch[]) =>
    rows.push(
      row(`relaying process: its longest stretch of own work (process CPU time within one stall) ${what}`, {
        ms: worst(watches, (w) => w.longestOwnWorkMs),
      }),
    );
  ownWork('over the idle waits', idle);
  ownWork('while it started a backend process', loops.start);
  ownWork('while it relayed the first calls', loops.calls);
  ownWork('while it relayed the export jobs', loops.exports);
}
