import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { decodeDocument, encodeDocument, exportPackageBytes, startInstallation } from '../helpers/packages';
import { tempDir } from '../helpers/temp';

/**
 * The exchange folder's pick-up runs as a job (issue #16): listing, reading, verifying and previewing a
 * large package happen in the job's worker thread, so the backend answers other calls meanwhile.
 */

const open: StartedApp[] = [];
async function installation(owner: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  return app;
}
afterEach(async () => {
  for (const app of open.splice(0)) {
    app.jobs.cancelAll();
    await app.jobs.idle();
    await app.opened.close();
  }
});

/** A valid unsigned package of region 22 with `count` persons (one real export, its person cloned under new ids). */
async function bigPackage(count: number): Promise<Buffer> {
  const sender = await installation('22');
  const base = { email: null, phone: null, regionCode: '22', profession: 'Sjuksköterska', gender: null, notes: null, organisationId: null };
  await caller(sender).ok('persons:create', { ...base, name: 'Ada Berg' });
  const document = decodeDocument((await exportPackageBytes(sender, { scope: 'own' })).bytes);
  const template = document.payload['persons']![0]!;
  document.payload['persons'] = Array.from({ length: count }, (_, i) => ({ ...template, id: randomUUID(), name: `Person ${i}` }));
  (document.manifest['counts'] as Record<string, number>)['persons'] = count;
  return encodeDocument(document, true);
}

describe('the exchange pick-up as a job', () => {
  it('answers other calls while a large package is picked up, and the pick-up reports what it found', async () => {
    const folder = tempDir('exchange-pickup-');
    const bytes = await bigPackage(8000);
    const receiver = await installation('23');
    const { ok, raw } = caller(receiver);
    await ok('settings:update', { exchange: { folder } });
    fs.mkdirSync(path.join(folder, 'till-alla'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'till-alla', 'samplan-22-stor.samplan'), bytes);

    const events: string[] = [];
    const pickUp = ok('exchange:receive', { dryRun: false, confirm: false }).then((result) => {
      events.push('pick-up ended');
      return result;
    });
    // the pick-up is a running job: another job is refused as busy, and that answer comes at once
    const busy = await raw('jobs:start', { kind: 'generate', scale: 'small', seed: 1 });
    events.push(busy.ok ? 'another job started' : `refused ${busy.error.detail?.key ?? busy.error.code}`);
    const info = await ok('app:info', {});
    events.push(`app:info answered (${info.exchange.folder === folder ? 'folder' : 'no folder'})`);
    const persons = await ok('persons:search', { regionCode: '22' });
    events.push(`persons:search answered (${persons.total})`);
    const result = await pickUp;

    expect(events).toEqual(['refused job.busy', 'app:info answered (folder)', 'persons:search answered (0)', 'pick-up ended']);
    expect(result.packages).toHaveLength(1);
    expect(result.packages[0]).toMatchObject({ status: 'needs-confirmation', sender: '22', fileName: 'samplan-22-stor.samplan' });
    expect(result.packages[0]?.totals?.new).toBe(8000);
    // remembered: the start page lists it for review, and a second pick-up reads nothing new
    expect((await ok('exchange:pending', {})).packages.map((p) => p.fileName)).toEqual(['samplan-22-stor.samplan']);
  });

  it('the start page asking while a pick-up runs joins it and lists what it found (not an empty list)', async () => {
    const folder = tempDir('exchange-pickup-');
    const bytes = await bigPackage(2000);
    const receiver = await installation('23');
    const { ok } = caller(receiver);
    await ok('settings:update', { exchange: { folder } });
    fs.mkdirSync(path.join(folder, 'till-alla'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'till-alla', 'samplan-22-stor.samplan'), bytes);

    const pickUp = ok('exchange:receive', { dryRun: false, confirm: false });
    const pending = await ok('exchange:pending', {});
    expect(pending.packages.map((p) => p.fileName)).toEqual(['samplan-22-stor.samplan']);
    expect((await pickUp).packages).toHaveLength(1);
  });

  it('a pick-up while another job runs is refused as busy, and the start page still lists what waits', async () => {
    const folder = tempDir('exchange-pickup-');
    const receiver = await installation('23');
    const { ok, raw } = caller(receiver);
    await ok('settings:update', { exchange: { folder } });
    const { jobId } = await ok('jobs:start', { kind: 'generate', scale: 'small', seed: 3 });
    const refused = await raw('exchange:receive', { dryRun: true, confirm: false });
    expect(refused.ok ? null : refused.error.detail?.key).toBe('job.busy');
    expect(await ok('exchange:pending', {})).toEqual({ folder, packages: [] });
    await ok('jobs:cancel', { jobId });
  });
});
