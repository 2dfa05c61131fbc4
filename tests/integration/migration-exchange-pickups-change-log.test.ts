import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { exchangePickupsChangeLog } from '../../src/main/db/migrations/0018-exchange-pickups-change-log';
import { tempDir } from '../helpers/temp';

const now = () => new Date('2026-12-06T10:00:00.000Z');
const at = '2026-12-06T10:00:00.000Z';
const sha = (c: string) => c.repeat(64);

const INSERT_PICKUP = `INSERT INTO exchange_pickups (sha256, package_id, origin_owner, file_name, picked_at, status)
  VALUES (?, 'pkg-1', '22', 'samplan-22-1.samplan', ?, 'PENDING')`;

describe(`migration ${exchangePickupsChangeLog.version}: the change log follows what the exchange folder picked up`, () => {
  it('keeps the pick-ups, and logs inserts, updates and deletes of them afterwards, named by content hash', async () => {
    const file = path.join(tempDir(), 'v17.db');
    const old = await openDatabase(file, { create: true, now, migrations: MIGRATIONS.slice(0, exchangePickupsChangeLog.version - 1) });
    old.sqlite.prepare(INSERT_PICKUP).run(sha('a'), at);
    // version 17 does not log a pick-up
    expect(old.sqlite.prepare("SELECT count(*) FROM change_log WHERE entity = 'exchange_pickups'").pluck().get()).toBe(0);
    await old.close();

    const migrated = await openDatabase(file, { create: false, now });
    const { sqlite } = migrated;
    expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(sqlite.prepare('SELECT sha256, status FROM exchange_pickups').all()).toEqual([{ sha256: sha('a'), status: 'PENDING' }]);
    const log = () => sqlite.prepare('SELECT entity, op, record_id FROM change_log ORDER BY seq').all();
    expect(log()).toEqual([]);

    sqlite.prepare(INSERT_PICKUP).run(sha('b'), at);
    sqlite.prepare("UPDATE exchange_pickups SET status = 'APPLIED' WHERE sha256 = ?").run(sha('a'));
    sqlite.prepare('DELETE FROM exchange_pickups WHERE sha256 = ?').run(sha('b'));
    expect(log()).toEqual([
      { entity: 'exchange_pickups', op: 'I', record_id: sha('b') },
      { entity: 'exchange_pickups', op: 'U', record_id: sha('a') },
      { entity: 'exchange_pickups', op: 'D', record_id: sha('b') },
    ]);
    // derived tables stay unfollowed: saving an answer is not a change
    sqlite.prepare("INSERT INTO saved_answers (key, sequence, app_version, body, saved_at) VALUES ('k', 1, '1', '{}', ?)").run(at);
    expect(log()).toHaveLength(3);
    await migrated.close();
  });
});
