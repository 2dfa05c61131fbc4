import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { ftsSearch } from '../../src/main/db/migrations/0012-fts-search';
import { readGroupsFile, readRegionsFile } from '../../src/main/reference/files';
import { loadReferenceData } from '../../src/main/reference/load-reference';
import { ftsQuery } from '../../src/main/repositories/register-search';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';

const now = () => new Date('2026-12-05T10:00:00.000Z');
const at = '2026-12-05T10:00:00.000Z';
const ORG = '33333333-3333-4333-8333-333333333333';
const PERSON = '11111111-1111-4111-8111-111111111111';

function dump(opened: OpenedDatabase, tables: readonly string[]): string {
  const rows = (name: string) =>
    (opened.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all() as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(Object.entries(row).filter(([column]) => !LATER_COLUMNS.has(column))),
    );
  return JSON.stringify(tables.map((name) => [name, rows(name)]));
}

/** Columns later migrations add (0013: dated cost salaries), left out so the dump compares this migration's promise. */
const LATER_COLUMNS = new Set(['salary_effective_date', 'salary_changes_json', 'salary_index_effective_date']);

function found(opened: OpenedDatabase, entity: 'persons' | 'groups', query: string): string[] {
  const rows = opened.sqlite
    .prepare(`SELECT r.record_id FROM search_rows r WHERE r.id IN (SELECT rowid FROM ${entity}_fts WHERE ${entity}_fts MATCH ?) ORDER BY 1`)
    .all(ftsQuery(query)) as { record_id: string }[];
  return rows.map((r) => r.record_id);
}

describe('migration 12: FTS5 search', () => {
  it('indexes every existing person and group, keeps the records unchanged, drops the search keys, and stays current', async () => {
    const file = path.join(tempDir(), 'v10.db');
    const before = await openDatabase(file, { create: true, now, migrations: MIGRATIONS.filter((m) => m.version < ftsSearch.version) });
    loadReferenceData(before.conn, readRegionsFile(RESOURCES_DIR), readGroupsFile(RESOURCES_DIR), at);
    before.sqlite
      .prepare(
        "INSERT INTO organisations (id, owner, created_at, updated_at, name, type, region_code) VALUES (?, '23', ?, ?, 'Östersunds SJUKHUS', 'COUNTY_HOSPITAL', '23')",
      )
      .run(ORG, at, at);
    before.sqlite
      .prepare(
        `INSERT INTO persons (id, owner, created_at, updated_at, name, email, region_code, organisation_id, profession)
         VALUES (?, '23', ?, ?, 'ÅSA Öberg', 'Asa@Example.org', '23', ?, 'Överläkare')`,
      )
      .run(PERSON, at, at, ORG);
    const tables = ['persons', 'groups', 'organisations', 'memberships', 'seats', 'audit_log'];
    const data = dump(before, tables);
    const groupCount = (before.sqlite.prepare('SELECT COUNT(*) AS n FROM groups').get() as { n: number }).n;
    await before.close();

    const after = await openDatabase(file, { create: false, now });
    expect(after.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(dump(after, tables)).toBe(data);
    expect(after.sqlite.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%search_key%'").all()).toEqual([]);
    for (const query of ['Åsa', 'asa', 'ÅSA', 'Öberg', 'överläkare', 'example', 'ostersunds sjukhus']) {
      expect(found(after, 'persons', query), query).toEqual([PERSON]);
    }
    expect(found(after, 'groups', 'ö').length + found(after, 'groups', 'a').length).toBeGreaterThan(0);
    const indexedGroups = after.sqlite.prepare("SELECT COUNT(*) AS n FROM search_rows WHERE entity = 'groups'").get() as { n: number };
    expect(indexedGroups.n).toBe(groupCount);
    const npo = after.sqlite.prepare("SELECT id FROM groups WHERE name = 'Akut vård'").get() as { id: string };
    expect(found(after, 'groups', 'akut vard')).toEqual([npo.id]);

    // the triggers keep the index current: organisation rename, person edit, group rename, delete
    after.sqlite.prepare("UPDATE organisations SET name = 'Länssjukhuset' WHERE id = ?").run(ORG);
    expect(found(after, 'persons', 'östersunds')).toEqual([]);
    expect(found(after, 'persons', 'lanssjukhuset')).toEqual([PERSON]);
    after.sqlite.prepare("UPDATE persons SET name = 'Åsa Lind', organisation_id = NULL WHERE id = ?").run(PERSON);
    expect(found(after, 'persons', 'öberg')).toEqual([]);
    expect(found(after, 'persons', 'länssjukhuset')).toEqual([]);
    expect(found(after, 'persons', 'LIND')).toEqual([PERSON]);
    after.sqlite.prepare("UPDATE groups SET name = 'ÄLDRES HÄLSA X' WHERE id = ?").run(npo.id);
    expect(found(after, 'groups', 'akut vard')).toEqual([]);
    expect(found(after, 'groups', 'aldres halsa x')).toEqual([npo.id]);
    // an upsert (how package import writes) re-indexes the person and keeps its search row
    const rowBefore = after.sqlite.prepare('SELECT id FROM search_rows WHERE record_id = ?').get(PERSON);
    after.sqlite
      .prepare(
        `INSERT INTO persons (id, owner, created_at, updated_at, name, region_code) VALUES (?, '23', ?, ?, 'Åsa Lindén', '23')
         ON CONFLICT(id) DO UPDATE SET name = excluded.name`,
      )
      .run(PERSON, at, at);
    expect(after.sqlite.prepare('SELECT id FROM search_rows WHERE record_id = ?').get(PERSON)).toEqual(rowBefore);
    expect(found(after, 'persons', 'linden')).toEqual([PERSON]);
    after.sqlite.prepare('DELETE FROM persons WHERE id = ?').run(PERSON);
    expect(found(after, 'persons', 'lind')).toEqual([]);
    expect(after.sqlite.prepare("SELECT COUNT(*) AS n FROM search_rows WHERE entity = 'persons'").get()).toEqual({ n: 0 });
    expect(after.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    after.sqlite.exec("INSERT INTO persons_fts (persons_fts, rank) VALUES ('integrity-check', 0)");
    await after.close();
  });
});
