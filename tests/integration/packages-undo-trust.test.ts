import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { keysDirOf } from '../../src/main/services/packages/keys-service';
import { caller } from '../helpers/call';
import { logicalDump } from '../helpers/temp';
import { exportPackageBytes, importInput, importPackageOk, importPackageResult, startInstallation } from '../helpers/packages';
import { personFields } from '../helpers/setup';

const open: StartedApp[] = [];
async function installation(owner: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  return app;
}
afterEach(async () => {
  for (const app of open.splice(0)) await app.opened.close();
});

const personInput = (name: string) => ({ ...personFields, name });

/** Everything but the append-only logs (audit_log, its chain head, package_log, change_log) and the undo table itself. */
function dataDump(app: StartedApp): string {
  const dump = JSON.parse(logicalDump(app)) as [string, unknown[]][];
  return JSON.stringify(
    dump.filter(
      ([table]) => !table.startsWith('audit_') && !['package_log', 'package_undo', 'change_log', 'saved_answers'].includes(table),
    ),
  );
}

describe('undo of the last import', () => {
  it('restores the exact previous state, first of a new import, then of an update', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    const asa = await caller(a).ok('persons:create', personInput('Åsa v1'));
    const empty = dataDump(c);
    await importPackageOk(c, importInput((await exportPackageBytes(a, { scope: 'own' })).bytes));
    const afterFirst = dataDump(c);
    await caller(a).ok('persons:update', { id: asa.id, version: 1, ...personInput('Åsa v2') });
    const second = (await exportPackageBytes(a, { scope: 'own' })).bytes;
    await importPackageOk(c, importInput(second));
    expect(dataDump(c)).not.toBe(afterFirst);

    const history = await caller(c).ok('packages:history', {});
    expect(history.entries.map((e) => e.undoable)).toEqual([true, false]);
    expect(await caller(c).ok('packages:undo-last', {})).toMatchObject({ originOwner: '23', restoredRecords: 1 });
    expect(dataDump(c)).toBe(afterFirst);
    const refused = await caller(c).raw('packages:undo-last', {});
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'NOT_FOUND', message: 'There is no import to undo' });

    const again = await importPackageOk(c, importInput(second));
    expect(again.status).toBe('applied');
    await caller(c).ok('packages:undo-last', {});
    expect(dataDump(c)).toBe(afterFirst);
    expect(empty).not.toBe(afterFirst);
  });

  it('is refused once a later change touched the imported rows, or later records refer to them', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    const asa = await caller(a).ok('persons:create', personInput('Åsa'));
    await importPackageOk(c, importInput((await exportPackageBytes(a, { scope: 'own' })).bytes));
    const group = c.ctx.sqlite.prepare("SELECT id FROM groups WHERE type = 'NPO' LIMIT 1").get() as { id: string };
    await caller(c).ok('memberships:create', {
      personId: asa.id,
      groupId: group.id,
      seatId: null,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: 500,
      status: 'DECIDED',
      notes: null,
    });
    const before = logicalDump(c);
    const refused = await caller(c).raw('packages:undo-last', {});
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/later records refer to records it added/),
    });
    expect(logicalDump(c)).toBe(before);

    c.ctx.sqlite.prepare("UPDATE persons SET notes = 'changed' WHERE id = ?").run(asa.id);
    const changed = await caller(c).raw('packages:undo-last', {});
    expect(changed.ok ? null : changed.error?.message).toMatch(/can no longer be undone: persons .* was changed after it/);
  });
});

describe('signed packages and the trust store', () => {
  it('an unknown signer is shown by fingerprint and refused until trusted; then unsigned packages from it are refused', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    const key = await caller(a).ok('keys:generate', {});
    const keyFile = fs.readdirSync(keysDirOf(a.ctx.dbPath)).map((f) => path.join(keysDirOf(a.ctx.dbPath), f));
    expect(keyFile).toHaveLength(1);
    if (process.platform !== 'win32') expect(fs.statSync(keyFile[0]!).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(keyFile[0]!, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(logicalDump(a)).not.toContain('PRIVATE KEY');

    await caller(a).ok('persons:create', personInput('Åsa'));
    const signed = await exportPackageBytes(a, { scope: 'own', sign: true });
    expect(signed.summary.signerFingerprint).toBe(key.fingerprint);

    const inspection = await caller(c).ok('packages:inspect', importInput(signed.bytes));
    expect(inspection.signer).toEqual({ status: 'untrusted', fingerprint: key.fingerprint, publicKey: key.publicKey });
    const before = logicalDump(c);
    const refused = await importPackageResult(c, importInput(signed.bytes));
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(key.fingerprint) });
    expect(logicalDump(c)).toBe(before);

    // who trusted it is the user's configured name (without one, no name is recorded: never the login)
    await caller(c).ok('settings:update', { userName: 'Karin Berg' });
    const trusted = await importPackageOk(c, importInput(signed.bytes, { trustSigner: true }));
    expect(trusted).toMatchObject({ status: 'applied', signer: { status: 'trusted' } });
    expect((await caller(c).ok('keys:list', {})).trusted).toEqual([
      expect.objectContaining({ owner: '23', fingerprint: key.fingerprint, publicKey: key.publicKey, trustedBy: 'Karin Berg' }),
    ]);

    const unsigned = await exportPackageBytes(a, { scope: 'own' });
    const downgrade = await importPackageResult(c, importInput(unsigned.bytes));
    expect(downgrade.ok ? null : downgrade.error.detail).toEqual({
      key: 'package.rejected.mustBeSigned',
      params: { origin: 'Region Jämtland Härjedalen' },
    });
  });

  it('keys:trust by fingerprint makes a signer trusted before its first package', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    const key = await caller(a).ok('keys:generate', {});
    await caller(c).ok('keys:trust', { owner: '23', fingerprint: key.fingerprint });
    await caller(a).ok('persons:create', personInput('Åsa'));
    const signed = await exportPackageBytes(a, { scope: 'own', sign: true });
    expect(await importPackageOk(c, importInput(signed.bytes))).toMatchObject({
      status: 'applied',
      signer: { status: 'trusted' },
    });
    const other = await caller(a).ok('keys:generate', {});
    const resigned = await exportPackageBytes(a, { scope: 'own', sign: true });
    expect(resigned.summary.signerFingerprint).toBe(other.fingerprint);
    const refused = await importPackageResult(c, importInput(resigned.bytes));
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
  });
});
