import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '@shared/contract/jobs';
import type { BackendHost } from '../../src/main/backend/host';
import { nodeBackendHost } from '../../src/main/backend/node-host';
import { hostCall, idleLoop, measureFirstCalls, watchLoop } from '../../bench/backend-relay';
import { NODE_OUT_DIR } from '../helpers/build-node';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';

const ENTRY = path.join(NODE_OUT_DIR, 'backend.js');
const dir = tempDir();
const dbPath = path.join(dir, 'samplan.db');
const options = { dbPath, resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'test' };
const host: BackendHost = nodeBackendHost(ENTRY, options);
afterAll(async () => {
  await host.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every table, every row, read through a second (read-only) connection while the backend runs. */
function logicalDump(): string {
  const raw = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = raw
      .prepare(
        // derived bookkeeping (the read model's change log, the FTS5 indexes) is left out, as in tests/helpers/temp.ts
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT GLOB '*_fts' AND name NOT GLOB '*_fts_*' AND name NOT IN ('change_log', 'saved_answers') ORDER BY name",
      )
      .all() as {
      name: string;
    }[];
    return JSON.stringify(tables.map(({ name }) => [name, raw.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
  } finally {
    raw.close();
  }
}

const status = (jobId: string) => hostCall<JobStatus>(host, 'jobs:status', { jobId });
const pause = () => new Promise((resolve) => setTimeout(resolve, 25));

/** Polls a job until it ends, returning every status seen; `onStatus` may act on each (e.g. cancel). */
async function follow(jobId: string, onStatus: (s: JobStatus) => Promise<void> = async () => undefined): Promise<JobStatus[]> {
  const seen: JobStatus[] = [];
  for (;;) {
    const current = await status(jobId);
    seen.push(current);
    if (current.state !== 'running') return seen;
    await onStatus(current);
    await pause();
  }
}

describe('jobs inside the backend process, and the relaying parent', { timeout: 600_000 }, () => {
  it('a national generation reports progress and, cancelled while it writes, leaves the database unchanged', async () => {
    await host.start();
    await hostCall(host, 'setup:complete', { ownerCode: 'VASTRA' });
    const before = logicalDump();
    const { jobId } = await hostCall<{ jobId: string }>(host, 'jobs:start', { kind: 'generate', scale: 'national', seed: 1 });
    let cancelled = false;
    const seen = await follow(jobId, async (s) => {
      if (!cancelled && s.phase === 'write' && s.done > 0) {
        cancelled = true;
        await hostCall(host, 'jobs:cancel', { jobId });
      }
    });
    expect(cancelled).toBe(true);
    expect(seen.at(-1)).toMatchObject({ state: 'cancelled', error: { code: 'CONFLICT' } });
    const writes = seen.filter((s) => s.phase === 'write').map((s) => s.done);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes).toEqual([...writes].sort((a, b) => a - b));
    expect(logicalDump()).toBe(before);
  });

  it('while a national generation runs and while the national views are computed, the parent loop stays free', async () => {
    const { jobId } = await hostCall<{ jobId: string }>(host, 'jobs:start', { kind: 'generate', scale: 'national', seed: 1 });
    const job = await watchLoop(() => follow(jobId));
    const idle = await idleLoop(5_000);
    expect(job.value.at(-1)).toMatchObject({ state: 'done' });
    await host.stop();
    const firstCalls = await measureFirstCalls(ENTRY, options);
    const report = {
      loadAverage: os.loadavg()[0],
      idle: { maxLoopDelayMs: idle.maxLoopDelayMs, p99LoopDelayMs: idle.p99LoopDelayMs },
      job: { ms: Math.round(job.ms), maxLoopDelayMs: job.maxLoopDelayMs, p99LoopDelayMs: job.p99LoopDelayMs },
      firstCalls: firstCalls.map((row) => ({ ...row, openMs: Math.round(row.openMs), firstCallMs: Math.round(row.firstCallMs) })),
    };
    process.stdout.write(`BACKEND_RELAY ${JSON.stringify(report)}\n`);
    // The work happens in another process: the parent's longest stall is a small fraction of the work it waited for
    // (compared with the work, not with a wall-clock limit; the ≤ 20 ms target is reported by the bench).
    expect(job.maxLoopDelayMs).toBeLessThan(job.ms / 4);
    for (const row of firstCalls) expect(row.maxLoopDelayMs).toBeLessThan(row.openMs + row.firstCallMs);
  });
});
