import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/main/db/connection';
import { backupDirFor } from '../../src/main/db/backup';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { readGroupsFile, readRegionsFile } from '../../src/main/reference/files';
import { loadReferenceData } from '../../src/main/reference/load-reference';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';
import { first, qb, run, transaction } from '../../src/main/db/data';

const now = () => new Date('2026-11-23T10:00:00.000Z');
const at = '2026-11-23T10:00:00.000Z';
const PERSON = '11111111-1111-4111-8111-111111111111';

function tableNames(opened: OpenedDatabase): string[] {
  const rows = opened.sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** The given tables row by row, to prove a migration changes no data. */
function dump(opened: OpenedDatabase, tables: readonly string[]): string {
  return JSON.stringify(tables.map((name) => [name, opened.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}

async function version1WithData(file: string): Promise<{ tables: string[]; before: string }> {
  const v1 = await openDatabase(file, { create: true, now, migrations: MIGRATIONS.slice(0, 1) });
  loadReferenceData(v1.conn, readRegionsFile(RESOURCES_DIR), readGroupsFile(RESOURCES_DIR), at);
  transaction(v1.conn, () => {
    run(
      v1.conn,
      qb.insertInto('settings').values([
        { key: 'owner_kind', value: 'REGION' },
        { key: 'owner_code', value: '23' },
      ]),
    );
    run(
      v1.conn,
      qb.insertInto('persons').values({
        id: PERSON,
        owner: '23',
        version: 1,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        name: 'Åsa Öberg',
        email: 'asa@example.org',
        phone: null,
        region_code: '23',
        organisation_id: null,
        profession: 'Läkare',
        gender: 'FEMALE',
        notes: null,
        ended_on: null,
      }),
    );
    const seat = first(v1.conn, qb.selectFrom('seats').select(['id', 'group_id']).where('healthcare_region_code', '=', 'NORRA').limit(1))!;
    run(
      v1.conn,
      qb.insertInto('memberships').values({
        id: '22222222-2222-4222-8222-222222222222',
        owner: '23',
        version: 1,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        person_id: PERSON,
        group_id: seat.group_id,
        seat_id: seat.id,
        role: 'MEMBER',
        start_date: '2025-01-01',
        end_date: null,
        allocation_bp: 1000,
        status: 'DECIDED',
        notes: null,
      }),
    );
  });
  expect(v1.sqlite.pragma('user_version', { simple: true })).toBe(1);
  const tables = tableNames(v1);
  const before = dump(v1, tables);
  await v1.close();
  return { tables, before };
}

describe('migration 2: rule dismissals', () => {
  it('migrates a version-1 database with data to version 2: data intact, foreign keys clean, new table usable', async () => {
    const file = path.join(tempDir(), 'v1.db');
    const { tables, before } = await version1WithData(file);
    const v2 = await openDatabase(file, { create: false, now, migrations: MIGRATIONS.slice(0, 2) });
    expect(v2.sqlite.pragma('user_version', { simple: true })).toBe(2);
    expect(tableNames(v2)).toEqual([...tables, 'rule_dismissals'].sort());
    expect(dump(v2, tables)).toBe(before);
    expect(v2.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(v2.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    run(
      v2.conn,
      qb.insertInto('rule_dismissals').values({ rule: 'POSSIBLE_DUPLICATE_PERSON', key: 'a|b', dismissed_at: at, actor: 'test' }),
    );
    const again = () =>
      run(
        v2.conn,
        qb.insertInto('rule_dismissals').values({ rule: 'POSSIBLE_DUPLICATE_PERSON', key: 'a|b', dismissed_at: at, actor: 'x' }),
      );
    expect(again).toThrow(/UNIQUE|PRIMARY/);
    const strict = () =>
      run(
        v2.conn,
        qb.insertInto('rule_dismissals').values({ rule: 'R', key: 'k', dismissed_at: Buffer.from('x') as unknown as string, actor: 'x' }),
      );
    expect(strict).toThrow(/cannot store BLOB value in TEXT column/);
    await v2.close();
    expect(fs.readdirSync(backupDirFor(file))).toHaveLength(1);
  });

  it('migrates a version-1 database straight to the latest version with the data intact', async () => {
    const file = path.join(tempDir(), 'v1.db');
    const { tables, before } = await version1WithData(file);
    const latest = await openDatabase(file, { create: false, now });
    expect(latest.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(dump(latest, tables)).toBe(before);
    expect(latest.sqlite.pragma('foreign_key_check')).toEqual([]);
    await latest.close();
  });

  it('a new database is created at the latest version with the table', async () => {
    const opened = await openDatabase(path.join(tempDir(), 'new.db'), { create: true, now });
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.sqlite.prepare("SELECT name FROM sqlite_schema WHERE name = 'rule_dismissals'").get()).toEqual({
      name: 'rule_dismissals',
    });
    await opened.close();
  });
});
