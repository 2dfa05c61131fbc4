import { afterEach, describe, expect, it } from 'vitest';
import { PreparedWorker, startWorkerJob, type WorkerJobOptions } from '../../src/main/jobs';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { exportPackageBytes, startInstallation } from '../helpers/packages';

const open: StartedApp[] = [];
const prepared = new PreparedWorker();
async function installation(owner: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  return app;
}
afterEach(async () => {
  await prepared.stop();
  for (const app of open.splice(0)) await app.opened.close();
});

function workerOptions(app: StartedApp): WorkerJobOptions {
  return { dbPath: app.ctx.dbPath, resourcesDir: app.ctx.resourcesDir, appVersion: app.ctx.appVersion, actor: 'test' };
}

async function smallPackage(): Promise<string> {
  const sender = await installation('23');
  const base = { email: null, phone: null, regionCode: '23', profession: 'Läkare', gender: null, notes: null, organisationId: null };
  for (const name of ['Anna Lindqvist', 'Björn Åström']) await caller(sender).ok('persons:create', { ...base, name });
  return (await exportPackageBytes(sender, { scope: 'own' })).bytes.toString('base64');
}

const importJob = (contentBase64: string) =>
  ({ kind: 'package-import', fileName: 'p.samplan', contentBase64, confirmMassDeletion: false, trustSigner: false }) as const;

const persons = (app: StartedApp) => Number(app.ctx.sqlite.prepare("SELECT COUNT(*) FROM persons WHERE owner = '23'").pluck().get());

describe('a worker prepared ahead of its job (the preview prepares the import)', () => {
  it('runs the next job on the database given at the start, reporting every phase, and the job after it in a new worker', async () => {
    const content = await smallPackage();
    const [first, second] = [await installation('NORRA'), await installation('NORRA')];
    prepared.startSpare();
    expect(prepared.waiting).toBe(true);
    const phases: string[] = [];
    const job = startWorkerJob(workerOptions(first), importJob(content), (_d, _t, phase) => phases.push(phase), prepared);
    expect(prepared.waiting).toBe(false);
    const a = await job.finished;
    expect(a.state).toBe('done');
    expect(phases.slice(0, 2)).toEqual(['open', 'verify']);
    expect(persons(first)).toBe(2);
    // no worker prepared now: the next job starts its own, on the other database
    const b = await startWorkerJob(workerOptions(second), importJob(content)).finished;
    expect(b.state).toBe('done');
    expect(persons(second)).toBe(2);
  });

  it('a prepared worker that was stopped is not used: the job still runs', async () => {
    const content = await smallPackage();
    const receiver = await installation('NORRA');
    prepared.startSpare();
    await prepared.stop();
    expect((await startWorkerJob(workerOptions(receiver), importJob(content), undefined, prepared).finished).state).toBe('done');
    expect(persons(receiver)).toBe(2);
  });

  it('a prepared worker that stopped on its own (idle) is passed over', async () => {
    const content = await smallPackage();
    const receiver = await installation('NORRA');
    prepared.startSpare(1);
    // wait until the idle stop has happened (the worker reports its exit; nothing is timed)
    await new Promise<void>((resolve) => {
      const poll = () => (prepared.waiting ? setTimeout(poll, 10) : resolve());
      poll();
    });
    expect((await startWorkerJob(workerOptions(receiver), importJob(content), undefined, prepared).finished).state).toBe('done');
  });
});
