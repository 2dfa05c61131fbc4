import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/main/db/connection';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { readGroupsFile, readRegionsFile } from '../../src/main/reference/files';
import { loadReferenceData } from '../../src/main/reference/load-reference';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';
import { qb, run, transaction } from '../../src/main/db/data';

const now = () => new Date('2026-11-23T10:00:00.000Z');
const at = '2026-11-23T10:00:00.000Z';
const ORG = '33333333-3333-4333-8333-333333333333';
const PERSON = '11111111-1111-4111-8111-111111111111';
const SEARCH_KEYS_VERSION = 7;

function dump(opened: OpenedDatabase, tables: readonly string[]): string {
  return JSON.stringify(tables.map((name) => [name, opened.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}

function keyOf(opened: OpenedDatabase, entity: string, id: string): string | undefined {
  const row = opened.sqlite.prepare('SELECT key FROM search_keys WHERE entity = ? AND record_id = ?').get(entity, id) as
    { key: string } | undefined;
  return row?.key;
}

describe('migration 7: search keys', () => {
  it('keys every existing person and group, keeps the records unchanged, and keeps keys current afterwards', async () => {
    const file = path.join(tempDir(), 'v6.db');
    const before = await openDatabase(file, { create: true, now, migrations: MIGRATIONS.slice(0, SEARCH_KEYS_VERSION - 1) });
    loadReferenceData(before.conn, readRegionsFile(RESOURCES_DIR), readGroupsFile(RESOURCES_DIR), at);
    transaction(before.conn, () => {
      run(
        before.conn,
        qb.insertInto('organisations').values({
          id: ORG,
          owner: '23',
          created_at: at,
          updated_at: at,
          deleted_at: null,
          name: 'Östersunds SJUKHUS',
          type: 'COUNTY_HOSPITAL',
          region_code: '23',
        }),
      );
      run(
        before.conn,
        qb.insertInto('persons').values({
          id: PERSON,
          owner: '23',
          version: 1,
          created_at: at,
          updated_at: at,
          deleted_at: null,
          name: 'ÅSA Öberg',
          email: 'Asa@Example.org',
          phone: null,
          region_code: '23',
          organisation_id: ORG,
          profession: 'Läkare',
          gender: 'FEMALE',
          notes: null,
          ended_on: null,
        }),
      );
    });
    const tables = ['persons', 'groups', 'organisations', 'memberships', 'seats', 'audit_log'];
    const data = dump(before, tables);
    const groupCount = (before.sqlite.prepare('SELECT COUNT(*) AS n FROM groups').get() as { n: number }).n;
    await before.close();

    const after = await openDatabase(file, { create: false, now, migrations: MIGRATIONS.slice(0, SEARCH_KEYS_VERSION) });
    expect(after.sqlite.pragma('user_version', { simple: true })).toBe(SEARCH_KEYS_VERSION);
    expect(dump(after, tables)).toBe(data);
    expect(keyOf(after, 'persons', PERSON)).toBe('åsa öberg\u001fasa@example.org\u001fläkare\u001föstersunds sjukhus');
    expect((after.sqlite.prepare("SELECT COUNT(*) AS n FROM search_keys WHERE entity = 'groups'").get() as { n: number }).n).toBe(
      groupCount,
    );
    const npo = after.sqlite.prepare("SELECT id, name FROM groups WHERE name = 'Akut vård'").get() as { id: string; name: string };
    expect(keyOf(after, 'groups', npo.id)).toBe('akut vård');
    // the triggers keep the keys current
    after.sqlite.prepare("UPDATE organisations SET name = 'Länssjukhuset' WHERE id = ?").run(ORG);
    expect(keyOf(after, 'persons', PERSON)).toBe('åsa öberg\u001fasa@example.org\u001fläkare\u001flänssjukhuset');
    after.sqlite.prepare("UPDATE persons SET name = 'Åsa Lind', organisation_id = NULL WHERE id = ?").run(PERSON);
    expect(keyOf(after, 'persons', PERSON)).toBe('åsa lind\u001fasa@example.org\u001fläkare\u001f');
    after.sqlite.prepare("UPDATE groups SET name = 'ÄLDRES HÄLSA' WHERE id = ?").run(npo.id);
    expect(keyOf(after, 'groups', npo.id)).toBe('äldres hälsa');
    expect(after.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await after.close();
  });
});
