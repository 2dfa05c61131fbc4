import { createHash } from 'node:crypto';
import type { Database as Sqlite } from 'better-sqlite3';
import { GENESIS_HASH } from '../../src/main/repositories/audit';

/** An audit entry as Samplan wrote it before migration 0006 (hash over the full payload). */
export type LegacyEntry = {
  prev_hash: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  record_id: string | null;
  before_json: string | null;
  after_json: string | null;
};

export function legacyHash(e: LegacyEntry): string {
  return createHash('sha256')
    .update(JSON.stringify([e.prev_hash, e.at, e.actor, e.action, e.entity, e.record_id, e.before_json, e.after_json]), 'utf8')
    .digest('hex');
}

/** Writes two chained entries with the old formula into a database at schema 4 or 5; returns them. */
export function insertLegacyEntries(sqlite: Sqlite): [LegacyEntry, LegacyEntry] {
  const first: LegacyEntry = {
    prev_hash: GENESIS_HASH,
    at: '2026-01-01T00:00:00.000Z',
    actor: 'Åsa Öberg',
    action: 'create',
    entity: 'persons',
    record_id: 'p1',
    before_json: null,
    after_json: '{"name":"Åsa Öberg"}',
  };
  const second: LegacyEntry = {
    ...first,
    prev_hash: legacyHash(first),
    action: 'update',
    before_json: first.after_json,
    after_json: '{"name":"Åsa Öberg-Lind"}',
  };
  const insert = sqlite.prepare(
    'INSERT INTO audit_log (at, actor, action, entity, record_id, before_json, after_json, prev_hash, hash) VALUES (@at, @actor, @action, @entity, @record_id, @before_json, @after_json, @prev_hash, @hash)',
  );
  insert.run({ ...first, hash: legacyHash(first) });
  insert.run({ ...second, hash: legacyHash(second) });
  return [first, second];
}
