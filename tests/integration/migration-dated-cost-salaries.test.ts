import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { datedCostSalaries } from '../../src/main/db/migrations/0014-dated-cost-salaries';
import { readGroupsFile, readRegionsFile } from '../../src/main/reference/files';
import { loadReferenceData } from '../../src/main/reference/load-reference';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';

const now = () => new Date('2026-11-23T10:00:00.000Z');
const at = '2026-11-23T10:00:00.000Z';
const sync = (id: string) => `'${id}', 'NORRA', 1, '${at}', '${at}', NULL`;
const HOSTING = '33333333-3333-4333-8333-333333333333';
const STATED = '44444444-4444-4444-8444-444444444444';
const DEFAULT = '44444444-4444-4444-8444-444444444445';
const FIXED = '44444444-4444-4444-8444-444444444446';

describe(`migration ${datedCostSalaries.version}: dated cost-item salaries and salary index`, () => {
  it('gives every stated salary and every index 1 January of its year and changes nothing else', async () => {
    const file = path.join(tempDir(), 'prev.db');
    const previous = MIGRATIONS.filter((m) => m.version < datedCostSalaries.version);
    const old = await openDatabase(file, { create: true, now, migrations: previous });
    loadReferenceData(old.conn, readRegionsFile(RESOURCES_DIR), readGroupsFile(RESOURCES_DIR), at);
    const group = old.sqlite.prepare("SELECT id FROM groups WHERE name = 'Endokrina sjukdomar'").get() as { id: string };
    const cols = 'id, owner, version, created_at, updated_at, deleted_at';
    old.sqlite.exec(`
      INSERT INTO hostings (${cols}, group_id, host_healthcare_region_code, status, start_date, end_date, allocation_key_id)
        VALUES (${sync(HOSTING)}, '${group.id}', 'NORRA', 'ACTIVE', '2024-01-01', NULL, NULL);
      INSERT INTO cost_items (${cols}, hosting_id, year, kind, label, role, profession, allocation_bp, monthly_salary_ore, amount_ore) VALUES
        (${sync(STATED)}, '${HOSTING}', 2025, 'STAFFED_ROLE', 'Processledare', 'PROCESS_LEADER', NULL, 5000, 6500000, NULL),
        (${sync(DEFAULT)}, '${HOSTING}', 2024, 'STAFFED_ROLE', 'Metodstöd', 'METHOD_SUPPORT', NULL, 2000, NULL, NULL),
        (${sync(FIXED)}, '${HOSTING}', 2024, 'FIXED_AMOUNT', 'Resor', NULL, NULL, NULL, NULL, 5000050);
      INSERT INTO cost_parameters (${cols}, year, po_surcharge_bp, salary_index_bp, source) VALUES
        (${sync('55555555-5555-4555-8555-555555555555')}, 2024, 5228, 10300, NULL),
        (${sync('55555555-5555-4555-8555-555555555556')}, 2026, 5228, 10000, NULL);
    `);
    const itemsBefore = old.sqlite.prepare('SELECT * FROM cost_items ORDER BY id').all();
    await old.close();

    const migrated = await openDatabase(file, { create: false, now });
    expect(migrated.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const items = migrated.sqlite
      .prepare('SELECT id, salary_effective_date AS date, salary_changes_json AS changes FROM cost_items ORDER BY id')
      .all();
    expect(items).toEqual([
      { id: STATED, date: '2025-01-01', changes: '[]' },
      { id: DEFAULT, date: null, changes: '[]' },
      { id: FIXED, date: null, changes: '[]' },
    ]);
    const params = migrated.sqlite.prepare('SELECT year, salary_index_effective_date AS date FROM cost_parameters ORDER BY year').all();
    expect(params).toEqual([
      { year: 2024, date: '2024-01-01' },
      { year: 2026, date: '2026-01-01' },
    ]);
    const itemsAfter = migrated.sqlite
      .prepare('SELECT * FROM cost_items ORDER BY id')
      .all()
      .map((row) => {
        const { salary_effective_date: _date, salary_changes_json: _changes, ...rest } = row as Record<string, unknown>;
        return rest;
      });
    expect(itemsAfter).toEqual(itemsBefore);
    expect(migrated.sqlite.pragma('foreign_key_check')).toEqual([]);
    await migrated.close();
  });
});
