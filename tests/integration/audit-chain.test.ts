import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { auditAppendOnly } from '../../src/main/db/migrations/0005-audit-append-only';
import { auditHash, GENESIS_HASH, payloadDigest } from '../../src/main/repositories/audit';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { insertLegacyEntries, legacyHash } from '../helpers/legacy-audit';
import { logicalDump, startTestApp, tempDir } from '../helpers/temp';

const now = () => new Date('2026-11-23T10:00:00.000Z');
type Row = Record<string, string | number | null>;

let app: StartedApp;
let file: string;

/** Five or more audit entries: setup, two persons, one update. */
async function withHistory(): Promise<void> {
  const api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
  const person = { email: null, phone: '', regionCode: '23', organisationId: null, profession: '', gender: null, notes: '' };
  const a = await api.ok('persons:create', { ...person, name: 'Åsa Öberg' });
  await api.ok('persons:create', { ...person, name: 'Per Persson' });
  await api.ok('persons:update', { ...person, id: a.id, version: a.version, name: 'Åsa Öberg-Lind' });
  await api.ok('persons:create', { ...person, name: 'Karin Karlsson' });
}

/** A raw connection as an attacker with file access would use it: the protective triggers dropped. */
function tamper(sql: (raw: Database.Database) => void): void {
  const raw = new Database(file);
  for (const { name } of raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'audit%'").all() as {
    name: string;
  }[]) {
    raw.exec(`DROP TRIGGER "${name}"`);
  }
  sql(raw);
  raw.close();
}

beforeEach(async () => {
  const dir = tempDir();
  app = await startTestApp({ dir });
  file = path.join(dir, 'samplan.db');
  await withHistory();
});
afterEach(() => app.opened.close());

describe('verifyAuditChain', () => {
  it('accepts the log the app writes, also over the audit:verify channel', async () => {
    expect(verifyAuditChain(app.ctx.sqlite)).toEqual({ ok: true, entries: 5, erasedPayloads: 0, firstBrokenSeq: null, reason: null });
    expect(await caller(app).ok('audit:verify', {})).toMatchObject({ ok: true, entries: 5 });
    const page = await caller(app).ok('audit:list', { limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.seq)).toEqual([5, 4]);
    expect(page.rows[0]).not.toHaveProperty('after_json');
    expect((await caller(app).ok('audit:list', { entity: 'persons', offset: 1, limit: 10 })).rows).toHaveLength(3);
  });

  it('audit:list names the record of each entry as it reads now (a person by the current name), none for the setup entry', async () => {
    const { rows } = await caller(app).ok('audit:list', { sort: { column: 'seq', direction: 'asc' } });
    expect(rows.map((r) => r.recordName)).toEqual([null, 'Åsa Öberg-Lind', 'Per Persson', 'Åsa Öberg-Lind', 'Karin Karlsson']);
    expect(rows[1]?.recordId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('audit:list sorts in the database, so every page follows one order across the whole log', async () => {
    const api = caller(app);
    const pages = async (sort: { column: 'seq' | 'at' | 'actor' | 'record'; direction: 'asc' | 'desc' }) => {
      const first = await api.ok('audit:list', { limit: 2, offset: 0, sort });
      const rest = await api.ok('audit:list', { limit: 10, offset: 2, sort });
      return [...first.rows, ...rest.rows];
    };
    expect((await pages({ column: 'seq', direction: 'asc' })).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await pages({ column: 'at', direction: 'desc' })).map((r) => r.seq)).toEqual([5, 4, 3, 2, 1]);
    // by record: a record's entries together (newest first within it), records in id order, the setup entry by its table
    const byRecord = await pages({ column: 'record', direction: 'asc' });
    const keys = byRecord.map((r) => `${r.entity}\u0000${r.recordId ?? ''}`);
    expect(keys).toEqual([...keys].sort());
    const edited = byRecord.filter((r) => r.recordId === byRecord.find((x) => x.action === 'update')?.recordId).map((r) => r.seq);
    expect(edited).toEqual([4, 2]);
    expect(new Set(byRecord.map((r) => r.seq))).toEqual(new Set([1, 2, 3, 4, 5]));
    const byActorDesc = await pages({ column: 'actor', direction: 'desc' });
    expect(byActorDesc.map((r) => r.actor)).toEqual(
      byActorDesc
        .map((r) => r.actor)
        .sort()
        .reverse(),
    );
    for (const sort of [
      { column: 'hash', direction: 'asc' },
      { column: 'seq', direction: 'asc', sql: '1' },
    ]) {
      const refused = await api.raw('audit:list', { sort });
      expect(refused.ok ? null : refused.error.code).toBe('VALIDATION');
    }
  });

  it('the app itself cannot update or delete audit entries or move the chain head (triggers)', () => {
    const before = logicalDump(app);
    expect(() => app.ctx.sqlite.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => app.ctx.sqlite.prepare('DELETE FROM audit_log WHERE seq = 5').run()).toThrow(/append-only/);
    expect(() => app.ctx.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => app.ctx.sqlite.prepare('UPDATE audit_chain_head SET seq = 4').run()).toThrow(/chain head|audit_chain_head/);
    expect(() => app.ctx.sqlite.prepare('DELETE FROM audit_chain_head').run()).toThrow(/cannot be deleted/);
    const forged = {
      prev_hash: GENESIS_HASH,
      at: 'x',
      actor: 'x',
      action: 'x',
      entity: 'x',
      record_id: null,
      before_json: null,
      after_json: null,
      payload_sha256: payloadDigest(null, null),
    };
    expect(() =>
      app.ctx.sqlite.prepare("UPDATE audit_log SET before_json = NULL, after_json = NULL, erasure_id = 'nobody' WHERE seq = 2").run(),
    ).toThrow(/append-only/);
    expect(() =>
      app.ctx.sqlite
        .prepare(
          `INSERT INTO audit_log (at, actor, action, entity, record_id, before_json, after_json, payload_sha256, prev_hash, hash) ${VALUES}`,
        )
        .run({ ...forged, hash: auditHash(forged) }),
    ).toThrow(/continue the hash chain/);
    expect(logicalDump(app)).toBe(before);
  });

  it.each([
    ['an edited entry', (raw: Database.Database) => raw.exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"), 3, /changed/],
    ['an edited entry with its hash recomputed', (raw: Database.Database) => rehash(raw, 3, { action: 'delete' }), 4, /link/],
    ['a deleted middle entry', (raw: Database.Database) => raw.exec('DELETE FROM audit_log WHERE seq = 2'), 2, /missing/],
    ['a deleted first entry', (raw: Database.Database) => raw.exec('DELETE FROM audit_log WHERE seq = 1'), 1, /missing/],
    ['a deleted last entry (truncation)', (raw: Database.Database) => raw.exec('DELETE FROM audit_log WHERE seq = 5'), 5, /removed/],
    ['the whole log deleted', (raw: Database.Database) => raw.exec('DELETE FROM audit_log'), 1, /removed/],
    ['an entry inserted at the end, outside the app', (raw: Database.Database) => appendForged(raw), 6, /added outside/],
    ['an entry inserted in the middle (renumbered)', (raw: Database.Database) => insertInMiddle(raw), 4, /link/],
    ['swapped entries', (raw: Database.Database) => swap(raw, 2, 3), 2, /link|changed/],
    [
      'an edited payload',
      (raw: Database.Database) => raw.exec(`UPDATE audit_log SET after_json = replace(after_json, 'Per', 'Pär') WHERE seq = 3`),
      3,
      /payload was changed/,
    ],
    [
      'a payload blanked without an erasure',
      (raw: Database.Database) =>
        raw.exec("UPDATE audit_log SET before_json = NULL, after_json = NULL, erasure_id = 'nobody' WHERE seq = 3"),
      3,
      /without an erasure/,
    ],
    [
      'a payload blanked naming the erasure of another person',
      (raw: Database.Database) => blankWithOtherErasure(raw),
      3,
      /without an erasure/,
    ],
  ])('detects %s', async (_name, edit, seq, reason) => {
    await app.opened.close();
    tamper(edit);
    app = await startTestApp({ dir: path.dirname(file) });
    const report = verifyAuditChain(app.ctx.sqlite);
    expect(report.ok).toBe(false);
    expect(report.firstBrokenSeq).toBe(seq);
    expect(report.reason).toMatch(reason);
    expect(report.reason).not.toContain('\n');
  });
});

function rowAt(raw: Database.Database, seq: number): Row {
  return raw.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as Row;
}

function hashOf(row: Row): string {
  return auditHash(row as unknown as Parameters<typeof auditHash>[0]);
}

function rehash(raw: Database.Database, seq: number, changes: Row): void {
  const row = { ...rowAt(raw, seq), ...changes };
  raw.prepare('UPDATE audit_log SET action = @action, hash = @hash WHERE seq = @seq').run({ ...row, hash: hashOf(row) });
}

const VALUES = 'VALUES (@at, @actor, @action, @entity, @record_id, @before_json, @after_json, @payload_sha256, @prev_hash, @hash)';

function forgedFields(prevHash: string): Row {
  return {
    prev_hash: prevHash,
    at: '2026-11-23T11:00:00.000Z',
    actor: 'mallory',
    action: 'create',
    entity: 'persons',
    record_id: null,
    before_json: null,
    after_json: null,
    payload_sha256: payloadDigest(null, null),
  };
}

function appendForged(raw: Database.Database): void {
  const fields = forgedFields(String(rowAt(raw, 5).hash));
  raw
    .prepare(
      `INSERT INTO audit_log (at, actor, action, entity, record_id, before_json, after_json, payload_sha256, prev_hash, hash) ${VALUES}`,
    )
    .run({ ...fields, hash: hashOf(fields) });
}

/** An erasure marker for another person, then entry 3 (about Per Persson) blanked in its name. */
function blankWithOtherErasure(raw: Database.Database): void {
  const other = String(rowAt(raw, 2).record_id);
  raw
    .prepare(
      `INSERT INTO person_erasures (id, owner, version, created_at, updated_at, deleted_at, erased_at, legal_basis) VALUES (?, '23', 1, 'x', 'x', NULL, 'x', 'x')`,
    )
    .run(other);
  raw.prepare('UPDATE audit_log SET before_json = NULL, after_json = NULL, erasure_id = ? WHERE seq = 3').run(other);
}

function insertInMiddle(raw: Database.Database): void {
  raw.exec('UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3');
  raw.exec('UPDATE audit_log SET seq = seq - 99 WHERE seq >= 103');
  const fields = forgedFields(String(rowAt(raw, 2).hash));
  raw
    .prepare(
      `INSERT INTO audit_log (seq, at, actor, action, entity, record_id, before_json, after_json, payload_sha256, prev_hash, hash) ${VALUES.replace('(', '(3, ')}`,
    )
    .run({ ...fields, hash: hashOf(fields) });
  raw.exec('UPDATE audit_chain_head SET seq = 6');
}

function swap(raw: Database.Database, a: number, b: number): void {
  raw.exec(`UPDATE audit_log SET seq = -1 WHERE seq = ${a}`);
  raw.exec(`UPDATE audit_log SET seq = ${a} WHERE seq = ${b}`);
  raw.exec(`UPDATE audit_log SET seq = ${b} WHERE seq = -1`);
}

describe(`migration ${auditAppendOnly.version} (${auditAppendOnly.name})`, () => {
  it('turns an existing log append-only, records its head and keeps it verifiable', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'old.db');
    const previous = MIGRATIONS.filter((m) => m.version < auditAppendOnly.version);
    const old = await openDatabase(dbFile, { create: true, now, migrations: previous });
    const [, second] = insertLegacyEntries(old.sqlite);
    await old.close();

    const upTo5 = await openDatabase(dbFile, {
      create: false,
      now,
      migrations: MIGRATIONS.filter((m) => m.version <= auditAppendOnly.version),
    });
    expect(upTo5.sqlite.prepare('SELECT seq, hash FROM audit_chain_head').get()).toEqual({ seq: 2, hash: legacyHash(second) });
    expect(() => upTo5.sqlite.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
    await upTo5.close();
    const migrated = await openDatabase(dbFile, { create: false, now });
    expect(migrated.sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(auditAppendOnly.version);
    expect(verifyAuditChain(migrated.sqlite)).toMatchObject({ ok: true, entries: 2 });
    expect(() => migrated.sqlite.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
    expect(migrated.sqlite.pragma('foreign_key_check')).toEqual([]);
    await migrated.close();
  });

  it('starts an empty log with no head, and the first entry creates it', async () => {
    const opened = await openDatabase(path.join(tempDir(), 'new.db'), { create: true, now });
    expect(opened.sqlite.prepare('SELECT count(*) AS n FROM audit_chain_head').get()).toEqual({ n: 0 });
    expect(verifyAuditChain(opened.sqlite)).toEqual({ ok: true, entries: 0, erasedPayloads: 0, firstBrokenSeq: null, reason: null });
    await opened.close();
  });
});
