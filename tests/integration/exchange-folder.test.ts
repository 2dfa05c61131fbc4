import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { FolderTransport } from '../../src/main/services/exchange/folder-transport';
import type { ExchangeTransport, TransportEntry } from '../../src/main/services/exchange/transport';
import { caller } from '../helpers/call';
import { importPackageOk, startInstallation, travellingState } from '../helpers/packages';
import { logicalDump, tempDir } from '../helpers/temp';

const open: StartedApp[] = [];
async function installation(owner: string, folder: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  await caller(app).ok('settings:update', { exchange: { folder } });
  return app;
}
afterEach(async () => {
  for (const app of open.splice(0)) await app.opened.close();
});

/** A few records of region 23: an organisation and persons working there. */
async function fill(app: StartedApp, names: readonly string[]): Promise<void> {
  const { ok } = caller(app);
  const org = await ok('organisations:create', { name: 'Östersunds sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '23' });
  for (const name of names)
    await ok('persons:create', {
      name,
      email: null,
      phone: null,
      regionCode: '23',
      profession: 'Läkare',
      gender: null,
      notes: null,
      organisationId: org.id,
    });
}

function filesIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

describe('the exchange folder', () => {
  it('sends into till-<KOD>/, picks up, imports after confirmation, and never applies a package twice', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, norra] = [await installation('23', folder), await installation('NORRA', folder)];
    await fill(jamtland, ['Anna Lindqvist', 'Björn Åström']);
    const sent = await caller(jamtland).ok('exchange:send', { recipient: 'NORRA' });
    expect(sent.packages).toHaveLength(1);
    expect(sent.packages[0]).toMatchObject({ box: 'till-NORRA', status: 'written', totalRecords: 3 });
    expect(filesIn(path.join(folder, 'till-NORRA'))).toEqual([sent.packages[0]!.fileName]);

    const pending = await caller(norra).ok('exchange:pending', {});
    expect(pending.packages.map((p) => p.sender)).toEqual(['23']);
    const first = await caller(norra).ok('exchange:receive', {});
    expect(first.packages[0]).toMatchObject({ status: 'needs-confirmation', sender: '23', totals: { new: 3, rejected: 0 } });
    expect(first.packages[0]!.reasons.map((r) => r.key)).toEqual(['exchange.reason.manual']);

    const applied = await caller(norra).ok('exchange:receive', { confirm: true });
    expect(applied.packages[0]).toMatchObject({ status: 'applied', totals: { new: 3 } });
    expect(travellingState(norra, ['23'])).toBe(travellingState(jamtland, ['23']));

    const before = logicalDump(norra);
    const again = await caller(norra).ok('exchange:receive', { confirm: true });
    expect(again.packages.map((p) => p.status)).toEqual(['already-imported']);
    expect(logicalDump(norra)).toBe(before);
    expect((await caller(norra).ok('exchange:pending', {})).packages).toEqual([]);

    // nothing changed since: no new file; one change: a package of one record
    expect((await caller(jamtland).ok('exchange:send', {})).packages[0]).toMatchObject({ status: 'unchanged', box: 'till-NORRA' });
    await fill(jamtland, ['Cecilia Berg']);
    const delta = await caller(jamtland).ok('exchange:send', {});
    expect(delta.packages[0]).toMatchObject({ status: 'written', totalRecords: 2 });
  });

  it('a copy of a package under another name is recognised and not applied again', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, norra] = [await installation('23', folder), await installation('NORRA', folder)];
    await fill(jamtland, ['Anna Lindqvist']);
    const { packages } = await caller(jamtland).ok('exchange:send', { recipient: 'NORRA' });
    const box = path.join(folder, 'till-NORRA');
    const copy = packages[0]!.fileName!.replace('.samplan', '-kopia.samplan');
    fs.copyFileSync(path.join(box, packages[0]!.fileName!), path.join(box, copy));
    fs.mkdirSync(path.join(folder, 'till-alla'));
    fs.copyFileSync(path.join(box, copy), path.join(folder, 'till-alla', packages[0]!.fileName!));
    const result = await caller(norra).ok('exchange:receive', { confirm: true });
    expect(result.packages.map((p) => p.status).sort()).toEqual(['already-imported', 'already-imported', 'applied']);
    expect(Number(norra.ctx.sqlite.prepare("SELECT COUNT(*) AS n FROM package_log WHERE direction = 'IN'").pluck().get())).toBe(1);
  });

  it('ignores partial (temporary) files and foreign files, and passes over a package removed while it is read', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, norra] = [await installation('23', folder), await installation('NORRA', folder)];
    await fill(jamtland, ['Anna Lindqvist']);
    const { packages } = await caller(jamtland).ok('exchange:send', { recipient: 'NORRA' });
    const box = path.join(folder, 'till-NORRA');
    const whole = fs.readFileSync(path.join(box, packages[0]!.fileName!));
    // a writer caught in the middle: half a package under a temporary name, as atomic-file.ts writes it
    fs.writeFileSync(path.join(box, `.${packages[0]!.fileName!}.a1b2c3.tmp`), whole.subarray(0, whole.length >> 1));
    fs.writeFileSync(path.join(box, 'notes.txt'), 'hej');
    fs.writeFileSync(path.join(box, 'samplan-rubbish.samplan'), 'not a package');
    fs.mkdirSync(path.join(box, 'samplan-folder.samplan'));
    const result = await caller(norra).ok('exchange:receive', { confirm: true });
    expect(result.packages.map((p) => [p.fileName, p.status]).sort()).toEqual(
      [
        [packages[0]!.fileName!, 'applied'],
        ['samplan-rubbish.samplan', 'rejected'],
      ].sort(),
    );
    expect(result.packages.find((p) => p.status === 'rejected')!.reasons[0]!.key).toBe('package.rejected.notPackage');

    // a transport whose file vanishes between list and read
    await fill(jamtland, ['Björn Åström']);
    await caller(jamtland).ok('exchange:send', {});
    const real = new FolderTransport(folder);
    const vanishing: ExchangeTransport = {
      list: (b) => real.list(b),
      read: async (entry: TransportEntry, max) => {
        await real.remove(entry);
        return real.read(entry, max);
      },
      write: (e, bytes) => real.write(e, bytes),
      remove: (e) => real.remove(e),
    };
    const { receivePackages } = await import('../../src/main/services/exchange/exchange-receive');
    const before = logicalDump(norra);
    expect((await receivePackages(norra.ctx, { dryRun: false, confirm: true }, vanishing)).packages).toEqual([]);
    expect(logicalDump(norra)).toBe(before);
  });

  it('two installations writing into the same box at once both leave whole packages, and both are picked up', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, vasternorrland, norra] = [
      await installation('23', folder),
      await installation('22', folder),
      await installation('NORRA', folder),
    ];
    await fill(jamtland, ['Anna Lindqvist']);
    const { ok } = caller(vasternorrland);
    const org = await ok('organisations:create', { name: 'Sundsvalls sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '22' });
    await ok('persons:create', {
      name: 'Dag Ek',
      email: null,
      phone: null,
      regionCode: '22',
      profession: 'Läkare',
      gender: null,
      notes: null,
      organisationId: org.id,
    });
    const [a, b] = await Promise.all([
      caller(jamtland).ok('exchange:send', { recipient: 'NORRA' }),
      ok('exchange:send', { recipient: 'NORRA' }),
    ]);
    expect(filesIn(path.join(folder, 'till-NORRA'))).toEqual([a.packages[0]!.fileName, b.packages[0]!.fileName].sort());
    const result = await caller(norra).ok('exchange:receive', { confirm: true });
    expect(result.packages.map((p) => [p.sender, p.status]).sort()).toEqual([
      ['22', 'applied'],
      ['23', 'applied'],
    ]);
  });

  it('reads its own box while a package is being written there: only whole packages are seen', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, norra] = [await installation('23', folder), await installation('NORRA', folder)];
    await fill(jamtland, ['Anna Lindqvist']);
    const transport = new FolderTransport(folder);
    const seen: string[][] = [];
    const writing = caller(jamtland).ok('exchange:send', { recipient: 'NORRA' });
    // list as often as the writer lets us until it has finished: every name listed is a whole package
    let done = false;
    void writing.then(() => (done = true));
    while (!done) {
      seen.push((await transport.list('till-NORRA')).map((e) => e.name));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const written = (await writing).packages[0]!.fileName!;
    for (const names of seen) expect(names.every((n) => n === written)).toBe(true);
    const result = await caller(norra).ok('exchange:receive', { dryRun: true });
    expect(result.packages.map((p) => p.status)).toEqual(['needs-confirmation']);
  });

  it('imports automatically only a trusted, signed sender with nothing to confirm', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, norra] = [await installation('23', folder), await installation('NORRA', folder)];
    await caller(norra).ok('settings:update', { exchange: { autoImportTrusted: true } });
    await fill(jamtland, ['Anna Lindqvist']);
    await caller(jamtland).ok('exchange:send', { recipient: 'NORRA' });
    // unsigned: waits for a confirmation even with automatic import chosen
    expect((await caller(norra).ok('exchange:receive', {})).packages[0]).toMatchObject({ status: 'needs-confirmation' });
    const key = await caller(jamtland).ok('keys:generate', {});
    await caller(norra).ok('keys:trust', { owner: '23', fingerprint: key.fingerprint });
    await fill(jamtland, ['Björn Åström']);
    await caller(jamtland).ok('exchange:send', {});
    const result = await caller(norra).ok('exchange:receive', {});
    expect(result.packages.map((p) => p.status)).toEqual(['rejected', 'applied']);
    expect(result.packages[0]!.reasons[0]!.key).toBe('package.rejected.mustBeSigned');
  });

  it('a package to another recipient is never applied without a confirmation', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, norra] = [await installation('23', folder), await installation('NORRA', folder)];
    await caller(norra).ok('settings:update', { exchange: { autoImportTrusted: true } });
    const key = await caller(jamtland).ok('keys:generate', {});
    await caller(norra).ok('keys:trust', { owner: '23', fingerprint: key.fingerprint });
    await fill(jamtland, ['Anna Lindqvist']);
    const { packages } = await caller(jamtland).ok('exchange:send', { recipient: '24' });
    fs.mkdirSync(path.join(folder, 'till-NORRA'));
    fs.copyFileSync(path.join(folder, 'till-24', packages[0]!.fileName!), path.join(folder, 'till-NORRA', packages[0]!.fileName!));
    const result = await caller(norra).ok('exchange:receive', {});
    expect(result.packages[0]).toMatchObject({ status: 'needs-confirmation' });
    expect(result.packages[0]!.reasons.map((r) => r.key)).toContain('exchange.reason.otherRecipient');
  });

  it('refuses a folder that does not exist, in Swedish', async () => {
    const app = await startInstallation('23');
    open.push(app);
    const result = await caller(app).raw('settings:update', { exchange: { folder: path.join(tempDir(), 'saknas') } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.detail?.key).toBe('exchange.folderMissing');
    const none = await caller(app).raw('exchange:receive', {});
    expect(!none.ok && none.error.detail?.key).toBe('exchange.noFolder');
  });

  it('the routine sends when the schedule says so, and picks up what arrived', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, norra] = [await installation('23', folder), await installation('NORRA', folder)];
    await caller(jamtland).ok('settings:update', { exchange: { sendEveryHours: 24 } });
    await fill(jamtland, ['Anna Lindqvist']);
    const { exchangeRound } = await import('../../src/main/services/exchange/exchange-schedule');
    await exchangeRound(jamtland);
    expect(filesIn(path.join(folder, 'till-alla'))).toHaveLength(1);
    await fill(jamtland, ['Björn Åström']);
    await exchangeRound(jamtland); // the last package went out seconds ago: not due
    expect(filesIn(path.join(folder, 'till-alla'))).toHaveLength(1);
    await exchangeRound(norra);
    const pending = await caller(norra).ok('exchange:pending', {});
    expect(pending.packages.map((p) => p.sender)).toEqual(['23']);
  });

  it('a waiting package opened and imported from the start page leaves the list; a dismissed one is not picked up again', async () => {
    const folder = tempDir('samplan-exchange-');
    const [jamtland, norra] = [await installation('23', folder), await installation('NORRA', folder)];
    await fill(jamtland, ['Anna Lindqvist']);
    await caller(jamtland).ok('exchange:send', { recipient: 'NORRA' });
    const [waiting] = (await caller(norra).ok('exchange:pending', {})).packages;
    const opened = await caller(norra).ok('exchange:open', { sha256: waiting!.sha256 });
    expect(opened.preview.totals).toMatchObject({ new: 2, rejected: 0 });
    await importPackageOk(norra, { fileName: opened.fileName, contentBase64: opened.contentBase64 });
    expect((await caller(norra).ok('exchange:pending', {})).packages).toEqual([]);
    expect((await caller(norra).ok('exchange:receive', {})).packages.map((p) => p.status)).toEqual(['already-imported']);

    await fill(jamtland, ['Björn Åström']);
    await caller(jamtland).ok('exchange:send', {});
    const [next] = (await caller(norra).ok('exchange:pending', {})).packages;
    expect((await caller(norra).ok('exchange:dismiss', { sha256: next!.sha256 })).packages).toEqual([]);
    const before = logicalDump(norra);
    const again = await caller(norra).ok('exchange:receive', { confirm: true });
    expect(again.packages.map((p) => p.status).sort()).toEqual(['already-imported', 'rejected']);
    expect(again.packages.find((p) => p.status === 'rejected')!.reasons.map((r) => r.key)).toEqual(['exchange.reason.dismissed']);
    expect(logicalDump(norra)).toBe(before);
    const gone = await caller(norra).raw('exchange:open', { sha256: next!.sha256 });
    expect(!gone.ok && gone.error.detail?.key).toBe('exchange.notPending');
  });
});
