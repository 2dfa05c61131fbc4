import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDirFor } from '../../src/main/db/backup';
import { openDatabase, type OpenedDatabase } from '../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { packageExchange } from '../../src/main/db/migrations/0004-package-exchange';
import { PACKAGE_RECORD_TYPES } from '../../src/shared/contract/packages';
import { TYPES_WITH_EXAMPLE_FLAG } from '../../src/main/domain/packages/record-schemas';
import { fieldColumns } from '../../src/main/domain/packages/wire';
import { RecordStore } from '../../src/main/repositories/packages/record-store';
import { readGroupsFile, readRegionsFile } from '../../src/main/reference/files';
import { loadReferenceData } from '../../src/main/reference/load-reference';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';
import { qb, run, transaction } from '../../src/main/db/data';

const now = () => new Date('2026-11-23T10:00:00.000Z');
const at = '2026-11-23T10:00:00.000Z';
const sync = (id: string, owner = '23') => ({ id, owner, version: 3, created_at: at, updated_at: at, deleted_at: null });
const PERSON = '11111111-1111-4111-8111-111111111111';

function tables(opened: OpenedDatabase): string[] {
  return (
    opened.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
}

function dump(opened: OpenedDatabase, names: readonly string[]): string {
  return JSON.stringify(names.map((name) => [name, opened.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}

describe(`migration ${packageExchange.version}: package exchange`, () => {
  it('keeps the data of the version before, leaves foreign keys clean and adds working tables', async () => {
    const file = path.join(tempDir(), 'prev.db');
    const previous = packageExchange.version - 1;
    const old = await openDatabase(file, { create: true, now, migrations: MIGRATIONS.slice(0, previous) });
    loadReferenceData(old.conn, readRegionsFile(RESOURCES_DIR), readGroupsFile(RESOURCES_DIR), at);
    transaction(old.conn, () => {
      run(
        old.conn,
        qb.insertInto('settings').values([
          { key: 'owner_kind', value: 'REGION' },
          { key: 'owner_code', value: '23' },
        ]),
      );
      run(
        old.conn,
        qb.insertInto('persons').values({
          ...sync(PERSON),
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
      run(
        old.conn,
        qb.insertInto('fixed_contributions').values({
          ...sync('22222222-2222-4222-8222-222222222222'),
          region_code: '23',
          year: 2026,
          recipient: 'RCC',
          label: 'RCC',
          amount_ore: Number.MAX_SAFE_INTEGER,
        }),
      );
      run(
        old.conn,
        qb
          .insertInto('record_origins')
          .values({ entity: 'persons', record_id: PERSON, origin_owner: '23', package_id: 'p', received_at: at }),
      );
      run(
        old.conn,
        qb.insertInto('package_log').values({
          id: 'l',
          package_id: 'p',
          direction: 'IN',
          at,
          origin_owner: '23',
          recipient: null,
          scope: 'own',
          sequence: 1,
          sha256: 'x',
          counts_json: '{}',
          status: 'APPLIED',
        }),
      );
    });
    const oldTables = tables(old);
    const before = dump(old, oldTables);
    await old.close();

    const migrated = await openDatabase(file, { create: false, now });
    expect(migrated.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(dump(migrated, oldTables)).toBe(before);
    expect(migrated.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(migrated.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // package_sent_records became package_sent_sets in migration 10 (migration-package-sent-sets.test.ts)
    expect(tables(migrated)).toEqual(
      expect.arrayContaining([
        'person_erasures',
        'package_sent_sets',
        'package_recipients',
        'trusted_keys',
        'signing_keys',
        'package_undo',
      ]),
    );
    const { sqlite } = migrated;
    sqlite
      .prepare(
        "INSERT INTO person_erasures (id, owner, version, created_at, updated_at, deleted_at, erased_at, legal_basis) VALUES (?, '23', 1, ?, ?, NULL, ?, 'GDPR art. 17')",
      )
      .run(PERSON, at, at, at);
    expect(() => sqlite.prepare("INSERT INTO trusted_keys VALUES ('23', 'short', NULL, ?, 'x')").run(at)).toThrow(/CHECK/);
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO package_undo (package_id, entity, record_id, row_before_json, origin_before_json, row_after_sha256) VALUES ('p', 'persons', 'x', '{', NULL, ?)",
        )
        .run('a'.repeat(64)),
    ).toThrow(/CHECK/);
    expect(() => sqlite.prepare("INSERT INTO package_recipients VALUES ('p', '24', ?, ?)").run(Buffer.from('x'), at)).toThrow(
      /cannot store BLOB/,
    );
    await migrated.close();
    expect(fs.readdirSync(backupDirFor(file)).length).toBeGreaterThanOrEqual(1);
  });

  it('every package record type matches its table column for column (no schema drift)', async () => {
    const opened = await openDatabase(path.join(tempDir(), 'new.db'), { create: true, now });
    const store = new RecordStore(opened.conn);
    for (const type of PACKAGE_RECORD_TYPES) {
      const expected = [
        ...fieldColumns(type).map(([, column]) => column),
        ...(TYPES_WITH_EXAMPLE_FLAG.has(type) ? ['is_example'] : []),
      ].sort();
      expect(store.tableColumns(type).sort(), type).toEqual(expected);
    }
    await opened.close();
  });
});
