import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { wordMessage, type MessageKey } from '../../src/shared/messages';
import type { Worded } from '../../src/shared/contract/packages';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import { requireOwner } from '../../src/main/repositories/records';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import {
  decodeDocument,
  encodeDocument,
  exportPackageBytes,
  importInput,
  importPackageOk,
  importPackageResult,
  startInstallation,
  travellingState,
} from '../helpers/packages';
import { runCliProcess } from '../helpers/cli';
import { logicalDump, tempDir } from '../helpers/temp';

/**
 * Issue #17 point 6: nominations travel between a region (23), its healthcare-region coordinator
 * (NORRA) and another member region (24), and their personal data follows the GDPR rules.
 */

const open: StartedApp[] = [];
async function installation(owner: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  return app;
}
afterEach(async () => {
  for (const app of open.splice(0)) if (app.ctx.sqlite.open) await app.opened.close();
});

function npo(app: StartedApp): { id: string; name: string } {
  return app.ctx.sqlite.prepare("SELECT id, name FROM groups WHERE type = 'NPO' ORDER BY name LIMIT 1").get() as {
    id: string;
    name: string;
  };
}

const ownerOf = (app: StartedApp) => requireOwner(app.ctx.conn);

/** An open request for the first NPO, owned by the installation. */
async function openRequest(app: StartedApp) {
  const group = npo(app);
  const detail = await caller(app).ok('nominations:create-request', {
    groupId: group.id,
    seatId: null,
    requestedBy: 'NATIONAL_GROUP',
    requesterName: group.name,
    personsWanted: 1,
    competence: 'Specialist i allmänmedicin',
    role: 'MEMBER',
    allocationBp: 1000,
    periodStart: '2027-01-01',
    periodEnd: '2028-12-31',
    dueDate: '2026-12-15',
    reference: 'RS 2026/321',
    link: null,
    notes: null,
  });
  return detail.request;
}

/** Proposes a candidate: a person of the register (personId) or a new candidate by name; returns the candidate. */
async function propose(app: StartedApp, requestId: string, who: { personId: string } | { newName: string }, notes: string) {
  const newPerson =
    'newName' in who
      ? {
          name: who.newName,
          regionCode: '23',
          email: `${who.newName.split(' ')[0]!.toLowerCase()}@example.se`,
          profession: 'Sjuksköterska',
          gender: null,
          organisationId: null,
        }
      : null;
  const detail = await caller(app).ok('nominations:propose', {
    requestId,
    personId: 'personId' in who ? who.personId : null,
    newPerson,
    proposedOn: '2026-10-01',
    proposedBy: 'Verksamhetschef Vallin',
    link: null,
    notes,
  });
  const name = 'newName' in who ? who.newName : null;
  return detail.candidates.find((c) =>
    name === null ? c.personId === (who as { personId: string }).personId : c.newPerson?.name === name,
  )!;
}

/** A request for the first NPO with two candidates: a person of the register and a new candidate by name. */
async function nominate(app: StartedApp, personName: string, newName: string) {
  const person = await caller(app).ok('persons:create', {
    name: personName,
    email: `${personName.split(' ')[0]!.toLowerCase()}@example.se`,
    phone: null,
    regionCode: '23',
    organisationId: null,
    profession: 'Läkare',
    gender: null,
    notes: `Om ${personName}`,
  });
  const request = await openRequest(app);
  const existing = await propose(app, request.id, { personId: person.id }, `Föreslås: ${personName}`);
  const fresh = await propose(app, request.id, { newName }, `Föreslås: ${newName}`);
  return { person, request, existing, fresh };
}

/** The manager's approval of a candidate, as the channel records it. */
function approve(app: StartedApp, candidate: { id: string; version: number }, on: string) {
  return caller(app).raw('nominations:advance', {
    id: candidate.id,
    version: candidate.version,
    step: 'MANAGER_APPROVED',
    on,
    by: 'Chef Chefsson',
    outcome: null,
    reference: null,
  });
}

async function send(from: StartedApp, to: StartedApp, scope: 'own' | 'healthcare-region', recipient: string | null) {
  const { bytes } = await exportPackageBytes(from, { scope, recipient, sinceLast: recipient !== null });
  const preview = await caller(to).ok('packages:inspect', { fileName: 'p.samplan', contentBase64: bytes.toString('base64') });
  const result = await importPackageOk(to, importInput(bytes, { confirmMassDeletion: true }));
  expect(result.status).toBe('applied');
  return { preview: preview.preview, outcome: result.outcome! };
}

const nominationState = (app: StartedApp) =>
  JSON.stringify(
    app.ctx.sqlite
      .prepare(
        `SELECT 'r' AS t, id, owner, version, deleted_at FROM nomination_requests
         UNION ALL SELECT 'c', id, owner, version, deleted_at FROM nomination_candidates ORDER BY 1, 2`,
      )
      .all(),
  );

/** The same records as an earlier package, as a new package (fresh id): a replayed old export. */
function replayed(bytes: Buffer): Buffer {
  const doc = decodeDocument(bytes);
  doc.manifest.packageId = randomUUID();
  return encodeDocument(doc, true);
}

const worded = (w: Worded) => wordMessage('sv', w.key as MessageKey, w.params);

describe('nominations travel between a region and its healthcare region (#17)', () => {
  it('23 → NORRA (read-only there) → a forward to 24 and back to 23 unchanged; a later step arrives as a change', async () => {
    const [a, norra, b] = [await installation('23'), await installation('NORRA'), await installation('24')];
    const { person, request, existing, fresh } = await nominate(a, 'Petra Persson', 'Nina Nilsson');
    const group = npo(a).name;

    const first = await send(a, norra, 'own', 'NORRA');
    expect(first.outcome.byType.nomination_requests).toMatchObject({ new: 1, rejected: 0 });
    expect(first.outcome.byType.nomination_candidates).toMatchObject({ new: 2, rejected: 0 });
    expect(first.preview.lines.filter((l) => l.recordType.startsWith('nomination')).map((l) => worded(l.label))).toEqual(
      expect.arrayContaining([`Nominering till ${group}`, `Kandidat Petra Persson till ${group}`, `Kandidat Nina Nilsson till ${group}`]),
    );
    expect(norra.ctx.sqlite.prepare('SELECT owner, new_name FROM nomination_candidates WHERE id = ?').get(fresh.id)).toEqual({
      owner: '23',
      new_name: 'Nina Nilsson',
    });
    // Read-only at the coordinator: shown as such, and a step is refused.
    const atNorra = await caller(norra).ok('nominations:get', { requestId: request.id });
    expect([atNorra.request.readOnly, ...atNorra.candidates.map((c) => c.readOnly)]).toEqual([true, true, true]);
    expect(atNorra.candidates.map((c) => c.name).sort()).toEqual(['Nina Nilsson', 'Petra Persson']);
    expect(await approve(norra, fresh, '2026-10-05')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // The coordinator forwards a compiled nomination to everyone in its healthcare region: unchanged, same versions.
    const beforeAtA = travellingState(a);
    const forwardTo24 = await send(norra, b, 'healthcare-region', null);
    expect(forwardTo24.outcome.byType.nomination_candidates).toMatchObject({ new: 2, rejected: 0 });
    const back = await send(norra, a, 'healthcare-region', null);
    expect(back.outcome.byType.nomination_candidates).toMatchObject({ new: 0, changed: 0, deleted: 0, ignored: 2 });
    expect(travellingState(a)).toBe(beforeAtA);
    for (const app of [norra, b]) {
      expect(nominationState(app)).toBe(nominationState(a));
      expect(travellingState(app, ['23'])).toBe(travellingState(a, ['23']));
    }

    // A step recorded at 23 later arrives at NORRA as a change, by name, and is forwarded again.
    expect((await approve(a, fresh, '2026-10-05')).ok).toBe(true);
    const step = await send(a, norra, 'own', 'NORRA');
    expect(step.outcome.byType.nomination_candidates).toMatchObject({ new: 0, changed: 1 });
    const line = step.preview.lines.find((l) => l.outcome === 'changed' && l.recordType === 'nomination_candidates')!;
    expect(worded(line.label)).toBe(`Kandidat Nina Nilsson till ${group}`);
    expect(line.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'PROPOSED', to: 'MANAGER_APPROVED' },
        { field: 'managerApprovedOn', from: null, to: '2026-10-05' },
      ]),
    );
    await send(norra, b, 'healthcare-region', null);
    for (const app of [norra, b]) expect(nominationState(app)).toBe(nominationState(a));
    expect(b.ctx.sqlite.prepare('SELECT version, status FROM nomination_candidates WHERE id = ?').get(fresh.id)).toEqual({
      version: 2,
      status: 'MANAGER_APPROVED',
    });

    // Art. 19: the candidacies' data subjects went to NORRA; the new candidate is logged by the candidate's id and named.
    const recipients = await caller(a).ok('packages:recipients', { personId: null });
    expect(recipients.rows.filter((r) => r.personId === person.id).map((r) => r.recipient)).toEqual(['NORRA']);
    expect(recipients.rows.filter((r) => r.personId === fresh.id).map((r) => [r.personName, r.recipient])).toEqual([
      ['Nina Nilsson', 'NORRA'],
    ]);
    expect([request.owner, existing.personId]).toEqual(['23', person.id]);
  });

  it('the register extract lists the person’s candidacies with their steps (JSON and PDF)', async () => {
    const a = await installation('23');
    const { person, existing } = await nominate(a, 'Ulla Utdrag', 'Ny Nilsdotter');
    expect((await approve(a, existing, '2026-10-07')).ok).toBe(true);
    const json = await caller(a).ok('privacy:export-json', { personId: person.id });
    const data = JSON.parse(Buffer.from(json.contentBase64, 'base64').toString('utf8')) as {
      candidacies: Record<string, unknown>[];
      auditHistory: { entity: string; action: string }[];
    };
    expect(data.candidacies).toEqual([
      expect.objectContaining({
        id: existing.id,
        group_name: npo(a).name,
        status: 'MANAGER_APPROVED',
        proposed_on: '2026-10-01',
        manager_approved_on: '2026-10-07',
        manager_approved_by: 'Chef Chefsson',
        request_reference: 'RS 2026/321',
        request_due_date: '2026-12-15',
      }),
    ]);
    expect(data.auditHistory.filter((e) => e.entity === 'nomination_candidates').map((e) => e.action)).toEqual(['create', 'update']);
    const pdf = await caller(a).ok('privacy:export-pdf', { personId: person.id });
    const file = path.join(tempDir(), pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const expected of ['Nomineringar', 'Chefen har godkänt', '2026-10-07']) expect(text).toContain(expected);
  });

  it('a new candidate (not in the register) has a register extract too, asked for by the candidate id', async () => {
    const a = await installation('23');
    const { fresh } = await nominate(a, 'Ulf Utdrag', 'Nora Nykandidat');
    await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA', sinceLast: true });
    const json = await caller(a).ok('privacy:export-json', { personId: fresh.id });
    const data = JSON.parse(Buffer.from(json.contentBase64, 'base64').toString('utf8')) as {
      person: Record<string, unknown>;
      candidacies: Record<string, unknown>[];
      recipients: { recipient: string }[];
      auditHistory: { entity: string; action: string }[];
    };
    expect(data.person).toMatchObject({ id: fresh.id, name: 'Nora Nykandidat', email: 'nora@example.se', region_code: '23' });
    expect(data.candidacies).toEqual([expect.objectContaining({ id: fresh.id, new_name: 'Nora Nykandidat', status: 'PROPOSED' })]);
    expect(data.recipients.map((r) => r.recipient)).toEqual(['NORRA']);
    expect(data.auditHistory.map((e) => [e.entity, e.action])).toEqual([['nomination_candidates', 'create']]);
  });
});

function occurrences(haystack: Buffer, needle: string): number {
  let count = 0;
  for (const bytes of [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')]) {
    for (let at = haystack.indexOf(bytes); at !== -1; at = haystack.indexOf(bytes, at + 1)) count += 1;
  }
  return count;
}

/** Where a trace could be: every table (logical dump) and the raw bytes of the database file and its WAL. */
function traces(app: StartedApp, text: string): number {
  const { dbPath } = app.ctx;
  const bytes = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));
  return (
    occurrences(Buffer.from(logicalDump(app), 'utf8'), text) + occurrences(bytes(dbPath), text) + occurrences(bytes(`${dbPath}-wal`), text)
  );
}

/** Audit payloads that still mention an id (the erasure marker and the erase entries name the erased id by design: no personal data). */
function payloadsMentioning(app: StartedApp, id: string): number {
  return app.ctx.sqlite
    .prepare(
      `SELECT count(*) FROM audit_log WHERE action NOT IN ('erase', 'erase-reapplied') AND entity <> 'person_erasures'
       AND (instr(coalesce(before_json, ''), @id) > 0 OR instr(coalesce(after_json, ''), @id) > 0)`,
    )
    .pluck()
    .get({ id }) as number;
}

describe('an erased candidate leaves no trace, and the erasure travels (#17)', () => {
  it('erasing the person and the new candidate at 23 blanks both there, at NORRA and at 24 after the forward', async () => {
    const [a, norra, b] = [await installation('23'), await installation('NORRA'), await installation('24')];
    const [markP, markN] = [`Kanp${randomUUID().slice(0, 8)}`, `Kann${randomUUID().slice(0, 8)}`];
    const { person, existing, fresh } = await nominate(a, `${markP} Svensson`, `${markN} Nysson`);
    expect((await approve(a, fresh, '2026-10-05')).ok).toBe(true);
    const first = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA', sinceLast: true });
    await importPackageOk(norra, importInput(first.bytes));
    await send(norra, b, 'healthcare-region', null);
    // 24 nominates 23's person too: a candidacy of another owner, which only the erasure marker can blank there and at NORRA.
    const other = await propose(b, (await openRequest(b)).id, { personId: person.id }, `Även ${markP} föreslås`);
    await send(b, norra, 'own', 'NORRA');
    for (const app of [a, norra, b]) for (const mark of [markP, markN]) expect(traces(app, mark), mark).toBeGreaterThan(0);

    const refused = await caller(a).raw('privacy:erase-candidate', { candidateId: existing.id, confirmName: `${markP} Svensson` });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', detail: { key: 'privacy.candidateIsPerson' } } });
    const wrong = await caller(a).raw('privacy:erase-candidate', { candidateId: fresh.id, confirmName: 'Någon annan' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const foreign = await caller(norra).raw('privacy:erase-candidate', { candidateId: fresh.id, confirmName: `${markN} Nysson` });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const erased = await caller(a).ok('privacy:erase', { personId: person.id, confirmName: `${markP} Svensson` });
    expect(erased).toMatchObject({ candidacies: 1, recipients: ['NORRA'] });
    const erasedNew = await caller(a).ok('privacy:erase-candidate', { candidateId: fresh.id, confirmName: `${markN} Nysson` });
    expect(erasedNew).toMatchObject({ candidateId: fresh.id, recipients: ['NORRA'] });
    expect(erasedNew.auditPayloads).toBeGreaterThanOrEqual(2);

    const next = await send(a, norra, 'own', 'NORRA');
    expect(next.outcome.byType.person_erasures.new).toBe(2);
    await send(norra, b, 'healthcare-region', null);
    for (const app of [a, norra, b]) {
      for (const mark of [markP, markN]) expect(traces(app, mark), `${ownerOf(app)}: ${mark}`).toBe(0);
      for (const id of [person.id, existing.id, fresh.id]) expect(payloadsMentioning(app, id), `${ownerOf(app)}: ${id}`).toBe(0);
      const rows = app.ctx.sqlite
        .prepare(
          'SELECT new_name, new_email, proposed_by, manager_approved_by, notes, deleted_at IS NOT NULL AS gone FROM nomination_candidates',
        )
        .all();
      const blank = { new_name: null, new_email: null, proposed_by: null, manager_approved_by: null, notes: null, gone: 1 };
      expect(rows).toEqual((app === a ? [existing, fresh] : [existing, fresh, other]).map(() => blank));
      expect(verifyAuditChain(app.ctx.sqlite), ownerOf(app)).toMatchObject({ ok: true });
    }
    // 24's candidacy is blanked where it is held, at its own version (its owner did not change it).
    expect(b.ctx.sqlite.prepare('SELECT version FROM nomination_candidates WHERE id = ?').pluck().get(other.id)).toBe(1);
    expect(nominationState(norra)).toBe(nominationState(b));
    // An older package replayed afterwards does not bring anyone back.
    const replay = await importPackageResult(norra, importInput(replayed(first.bytes), { confirmOlder: true }));
    expect(replay.ok).toBe(true);
    for (const mark of [markP, markN]) expect(traces(norra, mark), mark).toBe(0);
    expect((await caller(norra).ok('privacy:erasures', {})).rows.map((r) => [r.personId, r.receivedFrom]).sort()).toEqual(
      [
        [person.id, '23'],
        [fresh.id, '23'],
      ].sort(),
    );
  });

  it('the CLI erases a new candidate only with --yes, and its output names no one', async () => {
    const a = await installation('23');
    const mark = `Kancli${randomUUID().slice(0, 8)}`;
    const { fresh } = await nominate(a, 'Klara Klarsson', `${mark} Nysson`);
    await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA', sinceLast: true });
    const { dbPath } = a.ctx;
    await a.opened.close();
    const refused = runCliProcess(['--db', dbPath, 'person', 'erase-candidate', fresh.id]);
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringMatching(/--yes/)]);
    const erased = runCliProcess(['--db', dbPath, '--json', 'person', 'erase-candidate', fresh.id, '--yes']);
    expect([erased.code, erased.stderr]).toEqual([0, '']);
    expect(JSON.parse(erased.stdout)).toMatchObject({ candidateId: fresh.id, recipients: ['NORRA'] });
    const bytes = Buffer.concat([fs.readFileSync(dbPath), Buffer.from(erased.stdout + refused.stdout + refused.stderr)]);
    expect(occurrences(bytes, mark)).toBe(0);
  });

  it('restoring a backup taken before a candidate was erased erases it again (the erasure journal)', async () => {
    const a = await installation('23');
    const { fresh, person } = await nominate(a, 'Berit Backup', 'Bosse Backupsson');
    const backup = await caller(a).ok('backups:create', {});
    await caller(a).ok('privacy:erase-candidate', { candidateId: fresh.id, confirmName: 'Bosse Backupsson' });
    await caller(a).ok('privacy:erase', { personId: person.id, confirmName: 'Berit Backup' });
    await caller(a).ok('backups:restore', { id: backup.id });
    for (const name of ['Backupsson', 'Berit']) expect(logicalDump(a).includes(name), name).toBe(false);
    expect((await caller(a).ok('privacy:erasures', {})).rows.map((r) => r.personId).sort()).toEqual([fresh.id, person.id].sort());
    expect(verifyAuditChain(a.ctx.sqlite)).toMatchObject({ ok: true });
  });
});
