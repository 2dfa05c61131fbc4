import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { costScenarios } from '../../src/main/db/migrations/0003-cost-scenarios';
import { readGroupsFile, readRegionsFile } from '../../src/main/reference/files';
import { loadReferenceData } from '../../src/main/reference/load-reference';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';
import { first, qb, run, transaction } from '../../src/main/db/data';

const now = () => new Date('2026-11-23T10:00:00.000Z');
const at = '2026-11-23T10:00:00.000Z';
const sync = (id: string) => ({ id, owner: 'NORRA', version: 1, created_at: at, updated_at: at, deleted_at: null });
const HOSTING = '33333333-3333-4333-8333-333333333333';

function tables(opened: OpenedDatabase): string[] {
  return (
    opened.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
}

function dump(opened: OpenedDatabase, names: readonly string[]): string {
  const rows = (name: string) =>
    (opened.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all() as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(Object.entries(row).filter(([column]) => !LATER_COLUMNS.has(column))),
    );
  return JSON.stringify(names.map((name) => [name, rows(name)]));
}

/** Columns later migrations add (0013: dated cost salaries), left out so the dump compares this migration's promise. */
const LATER_COLUMNS = new Set(['salary_effective_date', 'salary_changes_json', 'salary_index_effective_date']);

describe(`migration ${costScenarios.version}: cost scenarios, budgets, actual outcomes`, () => {
  it('keeps the data of the version before, leaves foreign keys clean and adds working tables', async () => {
    const file = path.join(tempDir(), 'prev.db');
    const previous = costScenarios.version - 1;
    const old = await openDatabase(file, { create: true, now, migrations: MIGRATIONS.slice(0, previous) });
    loadReferenceData(old.conn, readRegionsFile(RESOURCES_DIR), readGroupsFile(RESOURCES_DIR), at);
    transaction(old.conn, () => {
      run(
        old.conn,
        qb.insertInto('settings').values([
          { key: 'owner_kind', value: 'HEALTHCARE_REGION' },
          { key: 'owner_code', value: 'NORRA' },
        ]),
      );
      const group = first(old.conn, qb.selectFrom('groups').select('id').where('name', '=', 'Endokrina sjukdomar'))!;
      run(
        old.conn,
        qb.insertInto('hostings').values({
          ...sync(HOSTING),
          group_id: group.id,
          host_healthcare_region_code: 'NORRA',
          status: 'ACTIVE',
          start_date: '2024-01-01',
          end_date: null,
          allocation_key_id: null,
        }),
      );
      run(
        old.conn,
        qb.insertInto('cost_items').values({
          ...sync('44444444-4444-4444-8444-444444444444'),
          hosting_id: HOSTING,
          year: 2024,
          kind: 'STAFFED_ROLE',
          label: 'Processledare',
          role: 'PROCESS_LEADER',
          profession: null,
          allocation_bp: 10_000,
          monthly_salary_ore: 6_500_000,
          amount_ore: null,
        }),
      );
      run(
        old.conn,
        qb
          .insertInto('cost_parameters')
          .values({ ...sync('55555555-5555-4555-8555-555555555555'), year: 2024, po_surcharge_bp: 5228, source: null }),
      );
    });
    expect(old.sqlite.pragma('user_version', { simple: true })).toBe(previous);
    const oldTables = tables(old);
    const before = dump(old, oldTables);
    await old.close();

    const migrated = await openDatabase(file, { create: false, now });
    expect(migrated.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(dump(migrated, oldTables)).toBe(before);
    expect(migrated.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(tables(migrated)).toEqual(expect.arrayContaining(['cost_scenarios', 'cost_budgets', 'cost_actuals']));
    run(
      migrated.conn,
      qb
        .insertInto('cost_scenarios')
        .values({ ...sync('66666666-6666-4666-8666-666666666666'), name: 'S', description: null, overrides_json: '[]' }),
    );
    expect(() =>
      run(
        migrated.conn,
        qb
          .insertInto('cost_scenarios')
          .values({ ...sync('77777777-7777-4777-8777-777777777777'), name: 'S', description: null, overrides_json: '[]' }),
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      run(
        migrated.conn,
        qb
          .insertInto('cost_scenarios')
          .values({ ...sync('88888888-8888-4888-8888-888888888888'), name: 'T', description: null, overrides_json: '{}' }),
      ),
    ).toThrow(/CHECK/);
    run(
      migrated.conn,
      qb
        .insertInto('cost_actuals')
        .values({ ...sync('99999999-9999-4999-8999-999999999999'), hosting_id: HOSTING, year: 2024, amount_ore: 1, note: null }),
    );
    expect(() =>
      run(
        migrated.conn,
        qb.insertInto('cost_actuals').values({
          ...sync('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
          hosting_id: '00000000-0000-4000-8000-000000000000',
          year: 2024,
          amount_ore: 1,
          note: null,
        }),
      ),
    ).toThrow(/FOREIGN KEY/);
    const budget = {
      ...sync('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'),
      year: 2024,
      revision: 1,
      name: 'B',
      note: null,
      scenario_id: null,
      scenario_name: null,
      locked_at: at,
      locked_by: 't',
      snapshot_json: '{}',
      snapshot_sha256: 'a'.repeat(64),
      hostings_ore: 0,
      regions_ore: 0,
    };
    run(migrated.conn, qb.insertInto('cost_budgets').values(budget));
    expect(() => run(migrated.conn, qb.updateTable('cost_budgets').set({ snapshot_json: '{"x":1}' }))).toThrow(/cannot be changed/);
    run(migrated.conn, qb.updateTable('cost_budgets').set({ note: 'a note may change' }));
    expect(migrated.sqlite.pragma('foreign_key_check')).toEqual([]);
    await migrated.close();
  });
});
