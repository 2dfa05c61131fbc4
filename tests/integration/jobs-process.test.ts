/**
 * Jobs in a process of their own, as Electron runs them in a utility process (issue #8, point 4). The
 * Electron binary cannot run here, so `utilityJobStarter` gets a Node child process in the place of
 * `utilityProcess.fork` — the same entry (src/main/jobs/job-process.ts), protocol and cancel.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { utilityJobStarter, type UtilityProcessLike } from '../../src/main/electron/utility-jobs';
import type { WorkerJobOptions } from '../../src/main/jobs';
import { CANCELLED_MESSAGE } from '../../src/main/lib/progress';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { forkJobProcess } from '../helpers/job-process';
import { logicalDump, startTestApp } from '../helpers/temp';

const open: StartedApp[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) await app.opened.close();
});

/** `utilityProcess.fork` stand-in: records the entry it was asked for, forks the job process's source. */
function forkChild(forked: string[]): (entry: string) => UtilityProcessLike {
  return (entry) => {
    forked.push(entry);
    return forkJobProcess();
  };
}

async function installation(): Promise<{ app: StartedApp; options: WorkerJobOptions }> {
  const app = await startTestApp();
  open.push(app);
  await caller(app).ok('setup:complete', { ownerCode: '23' });
  return { app, options: { dbPath: app.ctx.dbPath, resourcesDir: app.ctx.resourcesDir, appVersion: app.ctx.appVersion, actor: 'test' } };
}

describe('jobs in their own process (Electron utility process)', () => {
  it('generates a dataset in the process, with progress, and the main process sees the result', async () => {
    const { app, options } = await installation();
    const forked: string[] = [];
    const start = utilityJobStarter(forkChild(forked), '/app/out/main');
    const progress: number[] = [];
    const job = start(options, { kind: 'generate', scale: 'small', seed: 5 }, (done) => progress.push(done));
    const outcome = await job.finished;
    expect(forked).toEqual([path.join('/app/out/main', 'job-process.js')]);
    expect(outcome.state).toBe('done');
    expect((outcome as { result: { totalRecords: number } }).result.totalRecords).toBeGreaterThan(5000);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBeGreaterThan(progress[0]!);
    const persons = app.ctx.sqlite.prepare('SELECT count(*) FROM persons WHERE deleted_at IS NULL').pluck().get() as number;
    expect(persons).toBe(600);
  }, 120_000);

  it('a cancelled job ends its process and leaves the database exactly as it was', async () => {
    const { app, options } = await installation();
    const before = logicalDump(app);
    const start = utilityJobStarter(forkChild([]), '/app/out/main');
    const phases: string[] = [];
    const job = start(options, { kind: 'generate', scale: 'national', seed: 5 }, (_done, _total, phase) => phases.push(phase));
    while (!phases.some((p) => p !== 'open')) await new Promise((resolve) => setTimeout(resolve, 20));
    job.cancel();
    const outcome = await job.finished;
    expect(outcome).toEqual({ state: 'cancelled', error: { code: 'CONFLICT', message: CANCELLED_MESSAGE } });
    expect(logicalDump(app)).toBe(before);
  }, 120_000);
});
