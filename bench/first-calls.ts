import path from 'node:path';
import type { JobStatus } from '@shared/contract/jobs';
import { nodeBackendHost } from '../src/main/backend/node-host';
import type { BackendOptions } from '../src/main/backend/protocol';
import { clearSavedAnswers } from '../src/main/repositories/saved-answers';
import { FIRST_CALLS, hostCall, idleLoop, watchLoop } from './backend-relay';
import { percentile, round } from './measure';
import { row, type BenchRow } from './report';
import { BENCH_BUNDLE_DIR, RESOURCES_DIR, type OpenApp } from './setup';

/**
 * The first national views after opening, as the desktop app meets them: a backend process (the Node
 * host of the same bundle Electron's utility process runs) is started on the national database, and
 * the view is called from this side of the link as soon as it is ready. Two cases, taken alternately
 * (ABAB…): the answer saved at the last shutdown is current (nothing changed since), and there is none
 * (the data changed since, so the whole register is read). Meanwhile this process's event loop is
 * watched, as Electron's main process relays the calls; the same watch over an idle wait is the baseline.
 */
const RUNS = 5;
const ENTRY = path.join(BENCH_BUNDLE_DIR, 'backend.js');

type Watch = { maxLoopDelayMs: number };
/** The relaying process's watches by phase: starting a backend, relaying the first calls, relaying an export job. */
type Loops = { start: Watch[]; calls: Watch[]; exports: Watch[] };

async function firstCall(options: BackendOptions, channel: string, input: unknown, loops: Loops): Promise<number> {
  const host = nodeBackendHost(ENTRY, options, { autoRestart: false });
  try {
    loops.start.push(await watchLoop(() => host.start()));
    const call = await watchLoop(() => hostCall(host, channel, input));
    loops.calls.push(call);
    return call.ms;
  } finally {
    await host.stop();
  }
}

/** A national package export as a job in the backend, polled as the UI polls it. */
async function exportJob(options: BackendOptions, loops: Loops): Promise<void> {
  const host = nodeBackendHost(ENTRY, options, { autoRestart: false });
  try {
    await host.start();
    const { jobId } = await hostCall<{ jobId: string }>(host, 'jobs:start', { kind: 'package-export', scope: 'healthcare-region' });
    const watched = await watchLoop(async () => {
      for (;;) {
        const status = await hostCall<JobStatus>(host, 'jobs:status', { jobId });
        if (status.state !== 'running') return status;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    if (watched.value.state !== 'done') throw new Error(`export job ended ${watched.value.state}: ${JSON.stringify(watched.value.error)}`);
    loops.exports.push(watched);
  } finally {
    await host.stop();
  }
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)) };
};

export async function firstCallsThroughBackend(national: OpenApp, rows: BenchRow[]): Promise<void> {
  const options: BackendOptions = { dbPath: national.dbPath, resourcesDir: RESOURCES_DIR, appVersion: 'bench', actor: 'bench' };
  const loops: Loops = { start: [], calls: [], exports: [] };
  const idle: Watch[] = [];
  for (const { operation, channel, input } of FIRST_CALLS) {
    const saved: number[] = [];
    const unsaved: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      idle.push(await idleLoop(500));
      clearSavedAnswers(national.app.ctx.conn);
      unsaved.push(await firstCall(options, channel, input, loops));
      saved.push(await firstCall(options, channel, input, loops));
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
    idle.push(await idleLoop(2_000));
    await exportJob(options, loops);
  }
  const idleMax = Math.max(...idle.map((w) => w.maxLoopDelayMs));
  rows.push(
    row(`baseline: this process's longest event-loop stall over idle waits (alternating with the rows below)`, { ms: round(idleMax) }),
  );
  const worst = (watches: Watch[]) => round(Math.max(...watches.map((w) => w.maxLoopDelayMs)));
  const stall = (what: string, watches: Watch[], target: boolean) => {
    const ms = worst(watches);
    rows.push(row(`relaying process: longest event-loop stall ${what}`, target ? { ms, target: '≤ 20 ms', met: ms <= 20 } : { ms }));
  };
  stall(`while it started a backend process (${loops.start.length} starts)`, loops.start, true);
  stall(`while it relayed the first calls above (${loops.calls.length} calls)`, loops.calls, true);
  // in Electron the export file goes from the backend to the window by a message port, not through the main process
  stall('while it relayed 2 national export jobs, the package file included (Electron: backend → window by a port)', loops.exports, false);
}
