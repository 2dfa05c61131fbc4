import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { logicalDump } from '../helpers/temp';
import { personFields } from '../helpers/setup';
import {
  decodeDocument,
  encodeDocument,
  exportPackageBytes,
  importInput,
  type ImportConfirmations,
  importPackageOk,
  importPackageResult,
  startInstallation,
  travellingState,
} from '../helpers/packages';

const open: StartedApp[] = [];
async function installation(owner: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  return app;
}
afterEach(async () => {
  for (const app of open.splice(0)) await app.opened.close();
});

const personInput = (name: string, email: string | null = null) => ({ ...personFields, name, email });

function npoId(app: StartedApp, offset = 0): string {
  return (app.ctx.sqlite.prepare("SELECT id FROM groups WHERE type = 'NPO' ORDER BY name LIMIT 1 OFFSET ?").get(offset) as { id: string })
    .id;
}

async function addMemberships(app: StartedApp, personId: string, count: number) {
  const ids: { id: string; version: number }[] = [];
  for (let i = 0; i < count; i++) {
    const m = await caller(app).ok('memberships:create', {
      personId,
      groupId: npoId(app, i),
      seatId: null,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: 500,
      status: 'DECIDED',
      notes: null,
    });
    ids.push({ id: m.id, version: m.version });
  }
  return ids;
}

/** A valid package (fresh id, recomputed checksum) built from a real export with the payload changed. */
function craft(bytes: Buffer, change: (doc: ReturnType<typeof decodeDocument>) => void): Buffer {
  const doc = decodeDocument(bytes);
  doc.manifest.packageId = randomUUID();
  change(doc);
  const counts = doc.manifest.counts as Record<string, number>;
  for (const [type, records] of Object.entries(doc.payload)) counts[type] = records.length;
  return encodeDocument(doc, true);
}

const importOk = async (app: StartedApp, bytes: Buffer, extra: ImportConfirmations = {}) => importPackageOk(app, importInput(bytes, extra));

describe('merge rules', () => {
  it('records of another owner are ignored (not owned by the sender); national and own records never change', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    await caller(a).ok('persons:create', personInput('Åsa Öberg'));
    const base = (await exportPackageBytes(a, { scope: 'own' })).bytes;
    const nationalGroup = c.ctx.sqlite.prepare("SELECT * FROM groups WHERE owner = 'NATIONAL' LIMIT 1").get() as Record<string, unknown>;
    const forged = craft(base, (doc) => {
      const p = doc.payload.persons![0]!;
      doc.payload.persons!.push({ ...p, id: randomUUID(), owner: '24', name: 'Claimed by 24' });
      doc.payload.persons!.push({ ...p, id: randomUUID(), owner: 'NORRA', name: 'Claimed by the receiver' });
      doc.payload.groups = [
        {
          id: nationalGroup.id,
          owner: 'NATIONAL',
          version: 99,
          createdAt: p.createdAt,
          updatedAt: p.updatedAt,
          deletedAt: null,
          name: 'Hijacked',
          type: 'NPO',
          level: 'NATIONAL',
          parentGroupId: null,
          healthcareRegionCode: null,
          regionCode: null,
          hostHealthcareRegionCode: null,
          hostingStatus: null,
          seatsPerHealthcareRegion: 1,
          seatCount: null,
          description: null,
        },
      ];
    });
    const result = await importOk(c, forged);
    expect(result.outcome?.totals).toMatchObject({ new: 1, ignored: 3, rejected: 0 });
    expect(result.outcome?.ignored).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          owner: '24',
          reason: 'not owned by the sender',
          message: {
            key: 'package.reason.ignored.notSender',
            params: { owner: 'Region Västerbotten', sender: 'Region Jämtland Härjedalen' },
          },
          count: 1,
        }),
        expect.objectContaining({ owner: 'NORRA', reason: 'owned by this installation', count: 1 }),
        expect.objectContaining({ owner: 'NATIONAL', reason: 'national reference data is never changed by packages', count: 1 }),
      ]),
    );
    expect(c.ctx.sqlite.prepare('SELECT name FROM groups WHERE id = ?').get(nationalGroup.id)).toEqual({ name: nationalGroup.name });
    expect(c.ctx.sqlite.prepare("SELECT COUNT(*) AS n FROM persons WHERE owner != '23'").get()).toEqual({ n: 0 });
  });

  it("a coordinator's forward carries its member regions' records only", async () => {
    const [a, c, s, b] = [await installation('23'), await installation('NORRA'), await installation('01'), await installation('24')];
    await caller(a).ok('persons:create', personInput('From 23'));
    await caller(s).ok('persons:create', { ...personInput('From 01'), regionCode: '01' });
    await importOk(c, (await exportPackageBytes(a, { scope: 'own' })).bytes);
    await importOk(c, (await exportPackageBytes(s, { scope: 'own' })).bytes);
    const forward = await exportPackageBytes(c, { scope: 'healthcare-region' });
    expect(forward.summary.counts.persons).toBe(1);
    const smuggled = craft(forward.bytes, (doc) => {
      const p = doc.payload.persons![0]!;
      doc.payload.persons!.push({ ...p, id: randomUUID(), owner: '01', name: 'Not a member of NORRA' });
    });
    const result = await importOk(b, smuggled);
    expect(result.outcome?.totals).toMatchObject({ new: 1, ignored: 1 });
    expect(result.outcome?.ignored[0]).toMatchObject({ owner: '01', reason: 'not owned by the sender or one of its member regions' });
    const ownScope = craft(forward.bytes, (doc) => (doc.manifest.scope = 'own'));
    const other = await installation('22');
    expect((await importOk(other, ownScope)).outcome?.ignored[0]).toMatchObject({ owner: '23', reason: 'not owned by the sender' });
  });

  it('packages from one origin converge in any order; older versions and tombstones behave', async () => {
    const a = await installation('23');
    const asa = await caller(a).ok('persons:create', personInput('Åsa v1'));
    const [m] = await addMemberships(a, asa.id, 1);
    const v1 = (await exportPackageBytes(a, { scope: 'own' })).bytes;
    await caller(a).ok('persons:update', { id: asa.id, version: 1, ...personInput('Åsa v2') });
    await caller(a).ok('memberships:delete', { id: m!.id, version: m!.version });
    const v2 = (await exportPackageBytes(a, { scope: 'own' })).bytes;
    const delta = (await exportPackageBytes(a, { scope: 'own', sinceLast: true })).bytes;
    const expected = travellingState(a, ['23']);

    const forward = await installation('NORRA');
    await importOk(forward, v1);
    await importOk(forward, v2);
    const backward = await installation('NORRA');
    await importOk(backward, v2);
    const refused = await importPackageResult(backward, importInput(v1));
    expect(refused.ok ? null : refused.error.detail).toEqual({
      key: 'package.confirm.olderRequired',
      params: { origin: 'Region Jämtland Härjedalen', sequence: 1, last: 2 },
    });
    const older = await importOk(backward, v1, { confirmOlder: true });
    expect(older.outcome?.totals).toMatchObject({ new: 0, changed: 0, unchanged: 2 });
    expect(older.outcome?.warnings.join(' ')).toMatch(/older than one already received/);
    expect(older.outcome?.confirmations.map((c) => c.kind)).toEqual(['older']);
    for (const app of [forward, backward]) {
      expect(travellingState(app, ['23'])).toBe(expected);
      expect(app.ctx.sqlite.prepare('SELECT deleted_at IS NOT NULL AS gone FROM memberships WHERE id = ?').get(m!.id)).toEqual({ gone: 1 });
    }
    const missing = craft(v2, (doc) => (doc.payload.memberships = []));
    expect((await importOk(forward, missing)).outcome?.totals).toMatchObject({ deleted: 0, changed: 0 });
    expect(delta.length).toBeGreaterThan(0);
  });

  it('equal versions with different content: the greater content hash wins on every replica', async () => {
    const a = await installation('23');
    await caller(a).ok('persons:create', personInput('Fork'));
    const base = (await exportPackageBytes(a, { scope: 'own' })).bytes;
    const left = craft(base, (doc) => (doc.payload.persons![0]!.name = 'Left'));
    const right = craft(base, (doc) => (doc.payload.persons![0]!.name = 'Right'));
    const one = await installation('NORRA');
    await importOk(one, left);
    await importOk(one, right);
    const two = await installation('24');
    await importOk(two, right);
    await importOk(two, left);
    expect(travellingState(one, ['23'])).toBe(travellingState(two, ['23']));
  });

  it('a package deleting more than half of an origin’s records needs confirmation; 10 % does not', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    const asa = await caller(a).ok('persons:create', personInput('Åsa'));
    const memberships = await addMemberships(a, asa.id, 10);
    await importOk(c, (await exportPackageBytes(a, { scope: 'own', sinceLast: true })).bytes);
    await caller(a).ok('memberships:delete', memberships[0]!);
    const small = await importOk(c, (await exportPackageBytes(a, { scope: 'own', sinceLast: true })).bytes);
    expect(small.outcome?.totals.deleted).toBe(1);
    expect(small.outcome?.massDeletion.required).toBe(false);
    for (const m of memberships.slice(1)) await caller(a).ok('memberships:delete', m);
    const mass = (await exportPackageBytes(a, { scope: 'own', sinceLast: true })).bytes;
    const before = logicalDump(c);
    const preview = await caller(c).ok('packages:inspect', importInput(mass));
    expect(preview.preview.massDeletion).toEqual({ required: true, owners: [{ owner: '23', held: 10, deleting: 9 }] });
    const refused = await importPackageResult(c, importInput(mass));
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'CONFLICT',
      detail: { key: 'package.confirm.massDeletionRequired', params: { list: '9 av 10 poster från Region Jämtland Härjedalen' } },
    });
    expect(logicalDump(c)).toBe(before);
    const confirmed = await importOk(c, mass, { confirmMassDeletion: true });
    expect(confirmed.outcome?.totals.deleted).toBe(9);
  });

  it('possible duplicates of local persons are flagged, never merged', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    await caller(a).ok('persons:create', personInput('Åsa Öberg', 'asa@example.org'));
    await caller(a).ok('persons:create', personInput('Bo  Ek'));
    await caller(c).ok('persons:create', { ...personInput('Åsa Ö.', 'ASA@example.org'), regionCode: null });
    await caller(c).ok('persons:create', { ...personInput('bo ek'), regionCode: null });
    const result = await importOk(c, (await exportPackageBytes(a, { scope: 'own' })).bytes);
    const matches = result.outcome?.possibleDuplicates.map((d) => [d.incomingName, d.localName, d.match]).sort();
    expect(matches).toEqual([
      ['Bo  Ek', 'bo ek', 'name-and-organisation'],
      ['Åsa Öberg', 'Åsa Ö.', 'email'],
    ]);
    expect(c.ctx.sqlite.prepare('SELECT COUNT(*) AS n FROM persons').get()).toEqual({ n: 4 });
  });

  it('the preview flags "Åsa Öberg" against a local "Asa Oberg" (the same folding as the warnings view)', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    await caller(a).ok('persons:create', personInput('Åsa Öberg'));
    await caller(c).ok('persons:create', { ...personInput('Asa  Oberg'), regionCode: null });
    const result = await importOk(c, (await exportPackageBytes(a, { scope: 'own' })).bytes);
    const matches = result.outcome?.possibleDuplicates.map((d) => [d.incomingName, d.localName, d.match]);
    expect(matches).toEqual([['Åsa Öberg', 'Asa  Oberg', 'name-and-organisation']]);
  });

  it('a record referring to something missing is rejected with a reason; the package can be imported again later', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    const asa = await caller(a).ok('persons:create', personInput('Åsa'));
    await addMemberships(a, asa.id, 1);
    const full = (await exportPackageBytes(a, { scope: 'own' })).bytes;
    const orphan = craft(full, (doc) => (doc.payload.persons = []));
    const refused = await importPackageResult(c, importInput(orphan));
    expect(refused.ok ? null : refused.error.detail).toEqual({ key: 'package.confirm.rejectedRequired', params: { count: 1 } });
    const partial = await importOk(c, orphan, { acceptRejected: true });
    const group = c.ctx.sqlite.prepare('SELECT name FROM groups WHERE id = ?').get(npoId(a)) as { name: string };
    expect(partial.outcome?.rejections).toEqual([
      {
        recordType: 'memberships',
        id: expect.any(String),
        reason: `personId refers to persons ${asa.id}, which is not here`,
        label: { key: 'package.label.memberships', params: { person: '(okänt namn)', group: group.name } },
        message: { key: 'package.reason.missing.persons', params: {} },
      },
    ]);
    await importOk(c, full);
    const again = await importOk(c, orphan, { acceptRejected: true });
    expect(again.status).toBe('applied');
    expect(again.outcome?.totals).toMatchObject({ new: 0, rejected: 0, unchanged: 1 });
    const history = await caller(c).ok('packages:history', {});
    expect(history.entries.map((e) => e.status)).toEqual(['APPLIED', 'APPLIED', 'PARTIAL']);
  });
});

describe('erasure and recipients (GDPR Art. 17 and 19)', () => {
  it('lists who received a person, and the next packages to them carry the erasure', async () => {
    const [a, c, b] = [await installation('23'), await installation('NORRA'), await installation('24')];
    const canary = await caller(a).ok('persons:create', personInput('Canary Canarysson', 'canary@example.se'));
    await importOk(c, (await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA', sinceLast: true })).bytes);
    await importOk(b, (await exportPackageBytes(a, { scope: 'own', recipient: '24', sinceLast: true })).bytes);
    const recipients = await caller(a).ok('packages:recipients', { personId: canary.id });
    expect(recipients.rows.map((r) => [r.personName, r.recipient, r.packageCount])).toEqual([
      ['Canary Canarysson', '24', 1],
      ['Canary Canarysson', 'NORRA', 1],
    ]);
    eraseLocally(a, canary.id);
    for (const [app, to] of [
      [c, 'NORRA'],
      [b, '24'],
    ] as const) {
      const next = await exportPackageBytes(a, { scope: 'own', recipient: to, sinceLast: true });
      expect(next.summary.counts).toMatchObject({ person_erasures: 1, persons: 1 });
      const result = await importOk(app, next.bytes, { confirmMassDeletion: true });
      expect(result.outcome?.byType.person_erasures.new).toBe(1);
      const row = app.ctx.sqlite.prepare('SELECT name, email, deleted_at FROM persons WHERE id = ?').get(canary.id) as Record<
        string,
        unknown
      >;
      expect(row).toMatchObject({ name: '[raderad]', email: null, deleted_at: expect.any(String) });
      expect(travellingState(app, ['23'])).toBe(travellingState(a, ['23']));
      const dump = logicalDump(app);
      expect(dump).not.toMatch(/Canary|canary@example\.se/);
      expect((await caller(app).raw('packages:undo-last', {})).ok).toBe(false);
    }
  });
});

/** What an erasure service does locally: wipe, tombstone and leave a travelling erasure marker. */
function eraseLocally(app: StartedApp, personId: string): void {
  const at = app.ctx.now().toISOString();
  app.ctx.sqlite
    .prepare(
      `UPDATE persons SET name = '[raderad]', email = NULL, phone = NULL, profession = NULL, gender = NULL, notes = NULL,
    deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
    )
    .run(at, at, personId);
  app.ctx.sqlite
    .prepare(
      `INSERT INTO person_erasures (id, owner, version, created_at, updated_at, deleted_at, erased_at, legal_basis)
    VALUES (?, '23', 1, ?, ?, NULL, ?, 'GDPR art. 17')`,
    )
    .run(personId, at, at, at);
}
