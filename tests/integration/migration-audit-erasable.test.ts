import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { auditErasablePayloads } from '../../src/main/db/migrations/0006-audit-erasable-payloads';
import { auditHash, payloadDigest } from '../../src/main/repositories/audit';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import { insertLegacyEntries, legacyHash } from '../helpers/legacy-audit';
import { tempDir } from '../helpers/temp';

const now = () => new Date('2026-11-23T10:00:00.000Z');
const before6 = MIGRATIONS.filter((m) => m.version < auditErasablePayloads.version);

type AuditRow = {
  seq: number;
  before_json: string | null;
  after_json: string | null;
  payload_sha256: string;
  prev_hash: string;
  hash: string;
  erasure_id: string | null;
};

/** A database at schema 5 with two entries written by the old code (chain over full payloads). */
async function legacyDatabase(): Promise<string> {
  const file = path.join(tempDir(), 'v5.db');
  const old = await openDatabase(file, { create: true, now, migrations: before6 });
  insertLegacyEntries(old.sqlite);
  await old.close();
  return file;
}

describe(`migration ${auditErasablePayloads.version} (${auditErasablePayloads.name})`, () => {
  it('re-chains existing entries over payload digests: verify passes and the payloads are intact', async () => {
    const file = await legacyDatabase();
    const migrated = await openDatabase(file, { create: false, now });
    expect(migrated.sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
    const rows = migrated.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
    expect(rows.map((r) => [r.before_json, r.after_json, r.erasure_id])).toEqual([
      [null, '{"name":"Åsa Öberg"}', null],
      ['{"name":"Åsa Öberg"}', '{"name":"Åsa Öberg-Lind"}', null],
    ]);
    for (const row of rows) expect(row.payload_sha256).toBe(payloadDigest(row.before_json, row.after_json));
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(rows[1]?.hash).toBe(
      auditHash({
        ...(rows[1] as AuditRow),
        at: '2026-01-01T00:00:00.000Z',
        actor: 'Åsa Öberg',
        action: 'update',
        entity: 'persons',
        record_id: 'p1',
      }),
    );
    expect(migrated.sqlite.prepare('SELECT seq, hash FROM audit_chain_head').get()).toEqual({ seq: 2, hash: rows[1]?.hash });
    expect(verifyAuditChain(migrated.sqlite)).toEqual({ ok: true, entries: 2, erasedPayloads: 0, firstBrokenSeq: null, reason: null });
    expect(() => migrated.sqlite.exec("UPDATE audit_log SET actor = 'x' WHERE seq = 1")).toThrow(/append-only/);
    expect(() => migrated.sqlite.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
    await migrated.close();
  });

  it('refuses to re-chain a log that was already tampered with, and leaves the file at schema 5', async () => {
    const file = await legacyDatabase();
    const raw = await openDatabase(file, { create: false, now, migrations: before6 });
    raw.sqlite.exec('DROP TRIGGER audit_log_no_update');
    raw.sqlite.exec(`UPDATE audit_log SET after_json = '{"name":"Mallory"}' WHERE seq = 1`);
    await raw.close();
    const bytes = fs.readFileSync(file);
    await expect(openDatabase(file, { create: false, now })).rejects.toThrow(/audit log is broken \(entry 1 was changed/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('the legacy formula really is the one 0005 databases hold (the test data is not self-fulfilling)', async () => {
    const file = await legacyDatabase();
    const old = await openDatabase(file, { create: false, now, migrations: before6 });
    const rows = old.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as (AuditRow & Parameters<typeof legacyHash>[0])[];
    expect(rows.map((r) => r.hash)).toEqual(rows.map((r) => legacyHash(r)));
    await old.close();
  });
});
