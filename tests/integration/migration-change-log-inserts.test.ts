import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { changeLogInserts } from '../../src/main/db/migrations/0011-change-log-inserts';
import { tempDir } from '../helpers/temp';

const now = () => new Date('2026-11-23T10:00:00.000Z');
const at = '2026-11-23T10:00:00.000Z';

describe(`migration ${changeLogInserts.version}: the change log records inserts of every followed table`, () => {
  it('keeps the data, replaces the triggers of 0009, and logs inserts, updates and deletes afterwards', async () => {
    const file = path.join(tempDir(), 'v10.db');
    const old = await openDatabase(file, { create: true, now, migrations: MIGRATIONS.slice(0, changeLogInserts.version - 1) });
    old.sqlite.prepare("INSERT INTO persons (id, owner, created_at, updated_at, name) VALUES ('p1', '01', ?, ?, 'Åsa Öberg')").run(at, at);
    old.sqlite.prepare("UPDATE persons SET name = 'Åsa Öberg-Lind' WHERE id = 'p1'").run();
    // version 10 logs the update only (inserts were found by rowid)
    expect(old.sqlite.prepare('SELECT entity, op, record_id FROM change_log').all()).toEqual([
      { entity: 'persons', op: 'U', record_id: 'p1' },
    ]);
    await old.close();

    const migrated = await openDatabase(file, { create: false, now });
    const { sqlite } = migrated;
    expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(sqlite.prepare("SELECT name FROM persons WHERE id = 'p1'").pluck().get()).toBe('Åsa Öberg-Lind');
    const log = () => sqlite.prepare('SELECT entity, op, record_id FROM change_log ORDER BY seq').all();
    expect(log()).toEqual([]);
    sqlite.prepare("INSERT INTO persons (id, owner, created_at, updated_at, name) VALUES ('p2', '01', ?, ?, 'Per Persson')").run(at, at);
    sqlite
      .prepare(
        "INSERT INTO person_salaries (id, owner, created_at, updated_at, person_id, effective_date, monthly_salary_ore) VALUES ('s1', '01', ?, ?, 'p2', '2026-01-01', 4500000)",
      )
      .run(at, at);
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    sqlite.prepare("UPDATE person_salaries SET monthly_salary_ore = 4600000 WHERE id = 's1'").run();
    sqlite.prepare("DELETE FROM person_salaries WHERE id = 's1'").run();
    expect(log()).toEqual([
      { entity: 'persons', op: 'I', record_id: 'p2' },
      { entity: 'person_salaries', op: 'I', record_id: 's1' },
      { entity: 'settings', op: 'I', record_id: 'k' },
      { entity: 'person_salaries', op: 'U', record_id: 's1' },
      { entity: 'person_salaries', op: 'D', record_id: 's1' },
    ]);
    // package bookkeeping and the audit log are not followed
    const triggers = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%change_log%'").pluck().all();
    expect(triggers).not.toContain('package_log_change_log_insert');
    expect(triggers).toContain('memberships_change_log_insert');
    await migrated.close();
  });
});
