import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../src/shared/contract/jobs';
import { runJobInWorker, startWorkerJob, type WorkerJobOptions } from '../../src/main/jobs';
import { CANCELLED_MESSAGE } from '../../src/main/lib/progress';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { decodeDocument, encodeDocument, exportPackageBytes, startInstallation } from '../helpers/packages';
import { logicalDump } from '../helpers/temp';

const open: StartedApp[] = [];
async function installation(owner: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  return app;
}
afterEach(async () => {
  for (const app of open.splice(0)) await app.opened.close();
});

function workerOptions(app: StartedApp): WorkerJobOptions {
  return { dbPath: app.ctx.dbPath, resourcesDir: app.ctx.resourcesDir, appVersion: app.ctx.appVersion, actor: 'test' };
}

/** A valid package of region 22 with `count` persons (one real export, its person cloned under new ids). */
async function bigPackage(count: number): Promise<string> {
  const sender = await installation('22');
  await caller(sender).ok('persons:create', {
    name: 'Ada Berg',
    email: null,
    phone: null,
    regionCode: '22',
    profession: 'Sjuksköterska',
    gender: null,
    notes: null,
    organisationId: null,
  });
  const { bytes } = await exportPackageBytes(sender, { scope: 'own' });
  const document = decodeDocument(bytes);
  const template = document.payload['persons']![0]!;
  document.payload['persons'] = Array.from({ length: count }, (_, i) => ({ ...template, id: randomUUID(), name: `Person ${i}` }));
  (document.manifest['counts'] as Record<string, number>)['persons'] = count;
  return encodeDocument(document, true).toString('base64');
}

function importJob(contentBase64: string) {
  return { kind: 'package-import' as const, fileName: 'p.samplan', contentBase64, confirmMassDeletion: false, trustSigner: false };
}

function personCount(app: StartedApp): number {
  return (app.ctx.sqlite.prepare("SELECT count(*) AS n FROM persons WHERE owner = '22'").get() as { n: number }).n;
}

describe('jobs in a worker thread', () => {
  it('imports a package in a worker, reporting increasing progress, while the main thread keeps ticking', async () => {
    const content = await bigPackage(4000);
    const receiver = await installation('23');
    const progress: { done: number; total: number; phase: string }[] = [];
    let ticks = 0;
    let longestGap = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, 5);
    const started = Date.now();
    const result = await runJobInWorker(workerOptions(receiver), importJob(content), {
      onProgress: (done, total, phase) => progress.push({ done, total, phase }),
    });
    const elapsed = Date.now() - started;
    clearInterval(timer);
    expect(result.status).toBe('applied');
    expect(result.outcome?.byType.persons.new).toBe(4000);
    expect(personCount(receiver)).toBe(4000);
    const apply = progress.filter((p) => p.phase === 'apply');
    expect(apply.length).toBeGreaterThan(5);
    for (let i = 1; i < apply.length; i++) expect(apply[i]!.done).toBeGreaterThan(apply[i - 1]!.done);
    expect(apply.at(-1)).toEqual({ done: 4000, total: 4000, phase: 'apply' });
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['open', 'verify', 'backup', 'apply']));
    // The main thread was never blocked for long: the timer kept firing through the whole job.
    expect(ticks).toBeGreaterThan(elapsed / 50);
    expect(longestGap).toBeLessThan(500);
  });

  it('cancelled midway leaves the database unchanged', async () => {
    const content = await bigPackage(4000);
    const receiver = await installation('23');
    const before = logicalDump(receiver);
    let cancelledAt = -1;
    const job = startWorkerJob(workerOptions(receiver), importJob(content), (done, _total, phase) => {
      if (phase === 'apply' && done > 0 && cancelledAt < 0) {
        cancelledAt = done;
        job.cancel();
      }
    });
    const outcome = await job.finished;
    expect(cancelledAt).toBeGreaterThan(0);
    expect(cancelledAt).toBeLessThan(4000);
    expect(outcome).toEqual({
      state: 'cancelled',
      error: { code: 'CONFLICT', message: CANCELLED_MESSAGE, detail: { key: 'job.cancelled', params: {} } },
    });
    expect(logicalDump(receiver)).toBe(before);
    expect(personCount(receiver)).toBe(0);
  });

  it('a rejected file fails with one readable line and changes nothing', async () => {
    const receiver = await installation('23');
    const before = logicalDump(receiver);
    const garbage = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]).toString('base64');
    const rejection = runJobInWorker(workerOptions(receiver), importJob(garbage));
    await expect(rejection).rejects.toThrow(/^Package rejected: this is not a Samplan package/);
    const job = startWorkerJob(workerOptions(receiver), importJob(garbage));
    const outcome = await job.finished;
    expect(outcome.state).toBe('failed');
    if (outcome.state === 'done') throw new Error('unreachable');
    expect(outcome.error.code).toBe('VALIDATION');
    expect(outcome.error.message).not.toMatch(/\n/);
    expect(logicalDump(receiver)).toBe(before);
  });

  it('generates the small dataset in a worker; the same seed gives the same data', async () => {
    const target = await installation('23');
    const phases = new Set<string>();
    const summary = await runJobInWorker(
      workerOptions(target),
      { kind: 'generate', scale: 'small', seed: 7 },
      { onProgress: (_d, _t, phase) => phases.add(phase) },
    );
    expect(summary.totalRecords).toBeGreaterThan(100);
    expect(summary.counts['persons']).toBe((target.ctx.sqlite.prepare('SELECT count(*) AS n FROM persons').get() as { n: number }).n);
    expect(phases.has('build')).toBe(true);
    const again = await installation('23');
    const second = await runJobInWorker(workerOptions(again), { kind: 'generate', scale: 'small', seed: 7 });
    expect(second.datasetSha256).toBe(summary.datasetSha256);
  });

  it('jobs:cancel stops a running import started through the contract; the database is unchanged', async () => {
    const content = await bigPackage(4000);
    const receiver = await installation('23');
    const { ok } = caller(receiver);
    const before = logicalDump(receiver);
    const { jobId } = await ok('jobs:start', importJob(content));
    let status: JobStatus = await ok('jobs:status', { jobId });
    while (status.state === 'running' && !(status.phase === 'apply' && status.done > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = await ok('jobs:status', { jobId });
    }
    expect(status.state).toBe('running');
    expect((await ok('jobs:cancel', { jobId })).phase).toBe('cancelling');
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await ok('jobs:status', { jobId });
    }
    expect(status.state).toBe('cancelled');
    expect(status.error).toEqual({ code: 'CONFLICT', message: CANCELLED_MESSAGE, detail: { key: 'job.cancelled', params: {} } });
    expect(status.result).toBeNull();
    expect(logicalDump(receiver)).toBe(before);
  });

  it('jobs:start, jobs:status and jobs:cancel drive an export and refuse a second job while one runs', async () => {
    const sender = await installation('23');
    const { ok, raw } = caller(sender);
    await ok('persons:create', {
      name: 'Bo Ek',
      email: null,
      phone: null,
      regionCode: '23',
      profession: null,
      gender: null,
      notes: null,
      organisationId: null,
    });
    const { jobId } = await ok('jobs:start', { kind: 'package-export', scope: 'own', recipient: '22' });
    const second = await raw('jobs:start', { kind: 'package-export', scope: 'own' });
    expect(second.ok ? null : second.error.code).toBe('CONFLICT');
    let status: JobStatus = await ok('jobs:status', { jobId });
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await ok('jobs:status', { jobId });
    }
    expect(status.state).toBe('done');
    if (status.kind !== 'package-export' || !status.result) throw new Error('expected an export result');
    expect(status.result.fileName).toMatch(/^samplan-23-own-22-000001-\d{8}\.samplan$/);
    expect(status.result.summary.counts.persons).toBe(1);
    expect(status.done).toBe(status.total);
    const history = await ok('packages:history', {});
    expect(history.entries.map((e) => [e.direction, e.status])).toEqual([['OUT', 'SENT']]);
    const cancelFinished = await ok('jobs:cancel', { jobId });
    expect(cancelFinished.state).toBe('done');
    const unknown = await raw('jobs:status', { jobId: randomUUID() });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
  });
});
