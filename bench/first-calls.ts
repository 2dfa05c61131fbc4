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
 * the view is called from the relaying side of the link as soon as it is ready. Three cases, taken
 * alternately (ABCABC…): no saved answer (the first start after an install or upgrade: the whole register
 * is read), the answer saved at the last shutdown is current (nothing changed since), and a real small
 * change made while the backend was down (as a CLI edit or a package would: one membership's share, then
 * one person's salary, in turn). The relaying is done by a small process of its own
 * (bench/relay-child.ts), as Electron's main process does it, which watches its own event loop meanwhile
 * and over idle waits in between (the baseline); this process, which holds the national dataset, only
 * asks for the tasks and records the figures.
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

/**
 * One small edit while no backend runs, alternately a membership's share and a person's salary, each time
 * of another membership or person in the asked healthcare region (so both views change). Written straight
 * to the tables, as the other bench edits are: the national database's installation (a healthcare region)
 * owns none of the generated records — each region changes its own and they arrive as packages — and the
 * change log and the version bump are what the backend sees either way.
 */
function smallEdits(national: OpenApp): () => void {
  const sqlite = national.app.ctx.sqlite;
  const memberships = sqlite
    .prepare(
      `SELECT m.id, m.person_id FROM memberships m JOIN persons p ON p.id = m.person_id
      WHERE p.region_code IN (SELECT region_code FROM healthcare_region_members WHERE healthcare_region_code = 'STOCKHOLM_GOTLAND')
        AND m.deleted_at IS NULL AND p.deleted_at IS NULL AND m.allocation_bp > 0
        AND m.start_date <= '2026-12-31' AND (m.end_date IS NULL OR m.end_date >= '2026-01-01') ORDER BY m.id`,
    )
    .raw()
    .all() as [string, string][];
  const share = sqlite.prepare('UPDATE memberships SET allocation_bp = (allocation_bp + 500) % 10000, version = version + 1 WHERE id = ?');
  const salary = sqlite.prepare(
    `INSERT INTO person_salaries (id, owner, version, created_at, updated_at, person_id, effective_date, monthly_salary_ore)
    VALUES (?, (SELECT owner FROM persons WHERE id = ?), 1, ?, ?, ?, '2026-03-01', ?)
    ON CONFLICT (id) DO UPDATE SET monthly_salary_ore = excluded.monthly_salary_ore, version = version + 1`,
  );
  let next = 0;
  return () => {
    const n = next++;
    const [membershipId, personId] = memberships[(n * 7919) % memberships.length]!;
    const now = new Date().toISOString();
    if (n % 2 === 0) share.run(membershipId);
    else salary.run(`cccccccc${personId.slice(8)}`, personId, now, now, personId, 4_500_000 + n * 1000);
  };
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
  const edit = smallEdits(national);
  for (const { operation, channel, input } of FIRST_CALLS) {
    const saved: number[] = [];
    const changed: number[] = [];
    const none: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      idle.push(await relay.run({ kind: 'idle', ms: 500 }));
      clearSavedAnswers(national.app.ctx.conn);
      none.push(await firstCall(relay, options, channel, input, loops));
      saved.push(await firstCall(relay, options, channel, input, loops));
      edit();
      changed.push(await firstCall(relay, options, channel, input, loops));
    }
    const target = { target: 'p95 ≤ 300 ms' };
    const s = summary(saved);
    rows.push(row(`${operation}: answer saved at the last shutdown (median and p95 of ${RUNS})`, { ...s, ...target, met: s.p95Ms <= 300 }));
    const c = summary(changed);
    rows.push(
      row(`${operation}: a membership's share or a person's salary changed since the last shutdown (median and p95 of ${RUNS})`, {
        ...c,
        ...target,
        met: c.p95Ms <= 300,
      }),
    );
    rows.push(row(`${operation}: no saved answer (first start after install or upgrade; median and p95 of ${RUNS})`, summary(none)));
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
