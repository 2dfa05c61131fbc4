/**
 * A pick-up from the exchange folder runs as a job on its own connection; what it records reaches the
 * start page's "Paket att granska" through `data:changes` (migration 0018), and picking up the same
 * waiting package again is no change (so the start page's own pick-up does not refresh itself forever).
 * The job's connection leaves the change log alone: the views are told exactly what changed, not "everything".
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { startInstallation } from '../helpers/packages';
import { personFields, startRegionApp } from '../helpers/setup';
import { tempDir } from '../helpers/temp';

const open: StartedApp[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) {
    await app.jobs.idle();
    await app.opened.close();
  }
});

async function installation(owner: string, folder: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  await caller(app).ok('settings:update', { exchange: { folder } });
  return app;
}

const pickupLog = (app: StartedApp) =>
  app.ctx.sqlite.prepare("SELECT op, record_id FROM change_log WHERE entity = 'exchange_pickups' ORDER BY seq").all();

describe('a pick-up and data:changes', () => {
  it('logs the new pick-up and names the packages domain; the same waiting package picked up again changes nothing', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, norra] = [await installation('23', folder), await installation('NORRA', folder)];
    await caller(jamtland).ok('persons:create', { ...personFields, name: 'Anna Lindqvist', profession: 'Läkare' });
    expect((await caller(jamtland).ok('exchange:send', { recipient: 'NORRA' })).packages).toHaveLength(1);

    const { ok } = caller(norra);
    const before = (await ok('data:changes', { since: 0 })).sequence;
    const picked = await ok('exchange:receive', {});
    expect(picked.packages).toHaveLength(1);
    const sha256 = picked.packages[0]!.sha256;
    expect(picked.packages[0]!.status).toBe('needs-confirmation');
    expect(pickupLog(norra)).toEqual([{ op: 'I', record_id: sha256 }]);
    const afterPickUp = await ok('data:changes', { since: before });
    expect(afterPickUp).toEqual({ sequence: before + 1, domains: ['packages'], everything: false });

    // automatic import on, but the sender is not trusted: the package keeps waiting, with the same reasons
    await ok('settings:update', { exchange: { autoImportTrusted: true } });
    const quiet = (await ok('data:changes', { since: 0 })).sequence;
    const again = await ok('exchange:receive', {});
    expect(again.packages.map((p) => [p.sha256, p.status])).toEqual([[sha256, 'needs-confirmation']]);
    expect(await ok('data:changes', { since: quiet })).toEqual({ sequence: quiet, domains: [], everything: false });
    expect((await ok('exchange:pending', {})).packages.map((p) => p.sha256)).toEqual([sha256]);
    expect(await ok('data:changes', { since: quiet })).toEqual({ sequence: quiet, domains: [], everything: false });

    // the user dismissing it is a change of the same domain
    await ok('exchange:dismiss', { sha256 });
    expect(await ok('data:changes', { since: quiet })).toMatchObject({ domains: ['packages'], everything: false });
    expect((await ok('exchange:pending', {})).packages).toEqual([]);
  });

  it('a pick-up job opening the file leaves the change log the app follows: a write before it is still named exactly', async () => {
    const { app, api } = await startRegionApp();
    open.push(app);
    await api.ok('settings:update', { exchange: { folder: tempDir('samplan-exchange-') } });
    const before = (await api.ok('data:changes', { since: 0 })).sequence;
    await api.ok('persons:create', { ...personFields, name: 'Anna Holm' });
    // the start page's question picks up in a job (an empty folder: nothing is recorded)
    expect((await api.ok('exchange:pending', {})).packages).toEqual([]);
    expect(await api.ok('data:changes', { since: before })).toMatchObject({ domains: ['register'], everything: false });
  });
});
