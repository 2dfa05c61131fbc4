import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import { erasureJournalPath } from '../../src/main/db/erasure-journal';
import { restoreOffline } from '../../src/main/services/backup-service';
import { startServices, type StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { decodeDocument, encodeDocument, exportPackageBytes, importInput, importPackageOk, startInstallation } from '../helpers/packages';
import { logicalDump, RESOURCES_DIR, tempDir } from '../helpers/temp';

const open: StartedApp[] = [];
async function installation(owner: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  return app;
}
afterEach(async () => {
  for (const app of open.splice(0)) await app.opened.close();
});

const personInput = (name: string, email: string | null, notes: string | null = null) => ({
  name,
  email,
  phone: null,
  regionCode: '23',
  organisationId: null,
  profession: null,
  gender: null,
  notes,
});

async function personWithMembership(app: StartedApp, name: string, email: string) {
  const person = await caller(app).ok('persons:create', personInput(name, email, `Om ${name}`));
  const groupId = (app.ctx.sqlite.prepare("SELECT id FROM groups WHERE type = 'NPO' ORDER BY name LIMIT 1").get() as { id: string }).id;
  await caller(app).ok('memberships:create', {
    personId: person.id,
    groupId,
    seatId: null,
    role: 'MEMBER',
    startDate: '2026-01-01',
    endDate: null,
    allocationBp: 500,
    status: 'DECIDED',
    notes: `Uppdrag för ${name}`,
  });
  return person;
}

async function importOk(app: StartedApp, bytes: Buffer) {
  // Replays of older packages are the point here: confirmed like a person would after reading the notice.
  const result = await importPackageOk(app, importInput(bytes, { confirmMassDeletion: true, confirmOlder: true }));
  expect(result.status).toBe('applied');
  return result;
}

/** The same records as an earlier package, as a new package (fresh id, recomputed checksum): a replayed old export. */
function replayed(bytes: Buffer): Buffer {
  const doc = decodeDocument(bytes);
  doc.manifest.packageId = randomUUID();
  return encodeDocument(doc, true);
}

function mentions(app: StartedApp, text: string): boolean {
  return logicalDump(app).includes(text);
}

describe('erasure markers travel in packages', () => {
  it('B removes a person A erased; an older package replayed afterwards does not bring them back', async () => {
    const [a, b] = [await installation('23'), await installation('24')];
    const mark = `Spar${randomUUID().slice(0, 8)}`;
    const person = await personWithMembership(a, `${mark} Andersson`, `${mark.toLowerCase()}@example.se`);
    const first = (await exportPackageBytes(a, { scope: 'own', recipient: '24', sinceLast: true })).bytes;
    await importOk(b, first);
    expect(mentions(b, mark)).toBe(true);

    await caller(a).ok('privacy:erase', { personId: person.id, confirmName: `${mark} Andersson` });
    const next = await exportPackageBytes(a, { scope: 'own', recipient: '24', sinceLast: true });
    expect(next.summary.counts).toMatchObject({ person_erasures: 1, persons: 1, memberships: 1 });
    const result = await importOk(b, next.bytes);
    expect(result.outcome?.byType.person_erasures.new).toBe(1);
    expect(mentions(b, mark)).toBe(false);
    expect(mentions(b, mark.toLowerCase())).toBe(false);
    expect(
      b.ctx.sqlite.prepare('SELECT name, email, notes, deleted_at IS NOT NULL AS gone FROM persons WHERE id = ?').get(person.id),
    ).toEqual({ name: '[raderad]', email: null, notes: null, gone: 1 });
    expect(b.ctx.sqlite.prepare('SELECT count(*) AS n FROM memberships WHERE person_id = ? AND deleted_at IS NULL').get(person.id)).toEqual(
      { n: 0 },
    );
    expect(verifyAuditChain(b.ctx.sqlite)).toMatchObject({ ok: true });
    expect((await caller(b).ok('privacy:erasures', {})).rows).toEqual([
      expect.objectContaining({ personId: person.id, owner: '23', erasedBy: null, receivedFrom: '23' }),
    ]);

    await importOk(b, replayed(first));
    expect(mentions(b, mark)).toBe(false);
    expect((await caller(b).raw('persons:get', { id: person.id })).ok).toBe(false);
    await importOk(a, replayed((await exportPackageBytes(b, { scope: 'own', recipient: '23' })).bytes));
    expect(mentions(a, mark)).toBe(false);
  });

  it('a region cannot erase a person it does not own, and nothing changes', async () => {
    const [a, b] = [await installation('23'), await installation('24')];
    const person = await personWithMembership(a, 'Ägd Avsson', 'agd@example.se');
    await importOk(b, (await exportPackageBytes(a, { scope: 'own', recipient: '24' })).bytes);
    const before = logicalDump(b);
    const refused = await caller(b).raw('privacy:erase', { personId: person.id, confirmName: 'Ägd Avsson' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(logicalDump(b)).toBe(before);
    expect((await caller(a).ok('privacy:erase', { personId: person.id, confirmName: 'Ägd Avsson' })).personId).toBe(person.id);
    expect(await caller(a).raw('privacy:erase', { personId: person.id, confirmName: '[raderad]' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('restoring a backup taken before an erasure re-applies the erasure', async () => {
    const a = await installation('23');
    const person = await personWithMembership(a, 'Backup Bengtsson', 'bb@example.se');
    const backup = await caller(a).ok('backups:create', {});
    await caller(a).ok('privacy:erase', { personId: person.id, confirmName: 'Backup Bengtsson' });
    await caller(a).ok('backups:restore', { id: backup.id });
    expect(mentions(a, 'Bengtsson')).toBe(false);
    expect((await caller(a).ok('privacy:erasures', {})).rows.map((r) => r.personId)).toEqual([person.id]);
    expect(verifyAuditChain(a.ctx.sqlite)).toMatchObject({ ok: true });
  });
});

describe('an erasure survives a restore (issue 16)', () => {
  const damage = (file: string) => {
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 4096);
    fs.writeFileSync(file, bytes);
  };

  it.each([
    ['damaged', damage],
    ['gone', (file: string) => fs.rmSync(file)],
  ] as const)('restoring a backup from before the erasure over a database that is %s keeps the person erased', async (_what, harm) => {
    const a = await installation('23');
    const person = await personWithMembership(a, 'Journal Jönsson', 'jj@example.se');
    const backup = await caller(a).ok('backups:create', {});
    await caller(a).ok('privacy:erase', { personId: person.id, confirmName: 'Journal Jönsson' });
    const { dbPath } = a.ctx;
    await a.opened.close();
    open.splice(open.indexOf(a), 1);
    const journal = fs.readFileSync(erasureJournalPath(dbPath), 'utf8');
    expect(journal).toContain(person.id);
    expect(journal).not.toMatch(/Jönsson|jj@example/);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
    harm(dbPath);

    const options = { dbPath, resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'test', create: false };
    await restoreOffline(options, backup.id);
    const restored = await startServices(options);
    open.push(restored);
    expect(mentions(restored, 'Jönsson')).toBe(false);
    expect(mentions(restored, 'jj@example.se')).toBe(false);
    expect((await caller(restored).ok('privacy:erasures', {})).rows.map((r) => r.personId)).toEqual([person.id]);
    expect(verifyAuditChain(restored.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('an erasure received in a package is journalled too', async () => {
    const [a, b] = [await installation('23'), await installation('24')];
    const person = await personWithMembership(a, 'Mottagen Månsson', 'mm@example.se');
    await importOk(b, (await exportPackageBytes(a, { scope: 'own', recipient: '24', sinceLast: true })).bytes);
    await caller(a).ok('privacy:erase', { personId: person.id, confirmName: 'Mottagen Månsson' });
    await importOk(b, (await exportPackageBytes(a, { scope: 'own', recipient: '24', sinceLast: true })).bytes);
    expect(fs.readFileSync(erasureJournalPath(b.ctx.dbPath), 'utf8')).toContain(person.id);
  });
});

describe('register extract (GDPR art. 15)', () => {
  it('JSON holds the person, memberships, audit history and recipients; the PDF reads in Swedish', async () => {
    const a = await installation('23');
    const person = await personWithMembership(a, 'Utdrag Östlund', 'utdrag@example.se');
    await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA', sinceLast: true });
    const json = await caller(a).ok('privacy:export-json', { personId: person.id });
    expect(json.fileName).toMatch(/^registerutdrag-.*\.json$/);
    const data = JSON.parse(Buffer.from(json.contentBase64, 'base64').toString('utf8')) as Record<string, unknown> & {
      person: Record<string, unknown>;
      memberships: Record<string, unknown>[];
      auditHistory: { entity: string; action: string; after: unknown }[];
      recipients: { recipient: string }[];
    };
    expect(data.format).toBe('samplan-registerutdrag');
    expect(data.person).toMatchObject({ id: person.id, name: 'Utdrag Östlund', email: 'utdrag@example.se', notes: 'Om Utdrag Östlund' });
    expect(data.memberships).toEqual([expect.objectContaining({ notes: 'Uppdrag för Utdrag Östlund', group_name: expect.any(String) })]);
    expect(data.auditHistory.map((e) => [e.entity, e.action])).toEqual([
      ['persons', 'create'],
      ['memberships', 'create'],
    ]);
    expect(data.auditHistory[0]?.after).toMatchObject({ name: 'Utdrag Östlund' });
    expect(data.recipients.map((r) => r.recipient)).toEqual(['NORRA']);

    const pdf = await caller(a).ok('privacy:export-pdf', { personId: person.id });
    const file = path.join(tempDir(), pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Registerutdrag',
      'Personuppgifter',
      'Utdrag Östlund',
      'utdrag@example.se',
      'Uppdrag',
      'Utlämnat till',
      'NORRA',
      'Historik',
    ])
      expect(text).toContain(expected);
    expect((await caller(a).raw('privacy:export-json', { personId: randomUUID() })).ok).toBe(false);
  });
});
