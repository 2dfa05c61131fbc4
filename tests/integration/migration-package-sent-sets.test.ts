import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { packageSentSets } from '../../src/main/db/migrations/0010-package-sent-sets';
import { recordSent, sentStamps } from '../../src/main/repositories/packages/exchange-log';
import { tempDir } from '../helpers/temp';

const now = () => new Date('2026-11-23T10:00:00.000Z');
const at = '2026-11-23T10:00:00.000Z';
const hash = (c: string) => c.repeat(64);
const P1 = '11111111-1111-4111-8111-111111111111';
const P2 = '22222222-2222-4222-8222-222222222222';
const M1 = '33333333-3333-4333-8333-333333333333';

function tables(opened: OpenedDatabase): string[] {
  return (
    opened.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
}

/** A version-9 database with sent records of two packages to NORRA and one unaddressed package. */
async function version9(file: string): Promise<void> {
  const old = await openDatabase(file, { create: true, now, migrations: MIGRATIONS.slice(0, packageSentSets.version - 1) });
  const { sqlite } = old;
  const log =
    sqlite.prepare(`INSERT INTO package_log (id, package_id, direction, at, origin_owner, recipient, scope, sequence, sha256, counts_json, status)
    VALUES (?, ?, 'OUT', ?, '23', ?, ?, ?, 'x', '{}', 'SENT')`);
  log.run('l1', 'pkg-1', at, 'NORRA', 'own', 1);
  log.run('l2', 'pkg-2', at, 'NORRA', 'own', 2);
  log.run('l3', 'pkg-3', at, null, 'healthcare-region', 3);
  const sent = sqlite.prepare(
    'INSERT INTO package_sent_records (recipient, scope, entity, record_id, version, content_sha256, package_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  sent.run('NORRA', 'own', 'persons', P1, 3, hash('a'), 'pkg-1');
  sent.run('NORRA', 'own', 'persons', P2, 1, hash('b'), 'pkg-2');
  sent.run('NORRA', 'own', 'memberships', M1, 7, hash('c'), 'pkg-1');
  sent.run('*', 'healthcare-region', 'persons', P1, 2, hash('d'), 'pkg-3');
  sqlite.prepare("INSERT INTO package_recipients VALUES ('pkg-1', 'NORRA', ?, ?)").run(P1, at);
  await old.close();
}

describe(`migration ${packageSentSets.version}: one sent set per recipient and scope`, () => {
  it('moves every sent stamp into its set, keeps package_recipients and drops the old table', async () => {
    const file = path.join(tempDir(), 'v9.db');
    await version9(file);
    const migrated = await openDatabase(file, { create: false, now });
    const { sqlite } = migrated;
    expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(migrated)).toContain('package_sent_sets');
    expect(tables(migrated)).not.toContain('package_sent_records');
    expect(sentStamps(migrated.conn, 'NORRA', 'own')).toEqual(
      new Map([
        [`memberships/${M1}`, { version: 7, hash: hash('c') }],
        [`persons/${P1}`, { version: 3, hash: hash('a') }],
        [`persons/${P2}`, { version: 1, hash: hash('b') }],
      ]),
    );
    expect(sentStamps(migrated.conn, '*', 'healthcare-region')).toEqual(new Map([[`persons/${P1}`, { version: 2, hash: hash('d') }]]));
    expect(sentStamps(migrated.conn, 'NORRA', 'hosting')).toEqual(new Map());
    const sets = sqlite.prepare('SELECT recipient, scope, package_id FROM package_sent_sets ORDER BY recipient, scope').all();
    // each set names its newest logged outgoing package
    expect(sets).toEqual([
      { recipient: '*', scope: 'healthcare-region', package_id: 'pkg-3' },
      { recipient: 'NORRA', scope: 'own', package_id: 'pkg-2' },
    ]);
    expect(sqlite.prepare('SELECT package_id, recipient, person_id FROM package_recipients').all()).toEqual([
      { package_id: 'pkg-1', recipient: 'NORRA', person_id: P1 },
    ]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    await migrated.close();
  });

  it('merges later packages into the set: a record not sent again keeps its stamp', async () => {
    const file = path.join(tempDir(), 'v9.db');
    await version9(file);
    const migrated = await openDatabase(file, { create: false, now });
    const { sqlite } = migrated;
    recordSent(migrated.conn, 'NORRA', 'own', 'pkg-4', { keys: [`persons/${P2}`], versions: [2], hashes: [hash('e')] });
    expect(sentStamps(migrated.conn, 'NORRA', 'own')).toEqual(
      new Map([
        [`persons/${P2}`, { version: 2, hash: hash('e') }],
        [`memberships/${M1}`, { version: 7, hash: hash('c') }],
        [`persons/${P1}`, { version: 3, hash: hash('a') }],
      ]),
    );
    // the same keys again: the set is replaced by the new stamps
    const stamps = [...sentStamps(migrated.conn, 'NORRA', 'own')];
    recordSent(migrated.conn, 'NORRA', 'own', 'pkg-5', {
      keys: stamps.map(([key]) => key),
      versions: stamps.map(([, s]) => s.version + 1),
      hashes: stamps.map(() => hash('f')),
    });
    expect([...sentStamps(migrated.conn, 'NORRA', 'own').values()].every((s) => s.hash === hash('f'))).toBe(true);
    expect(sentStamps(migrated.conn, 'NORRA', 'own').size).toBe(3);
    expect(sqlite.prepare("SELECT package_id FROM package_sent_sets WHERE recipient = 'NORRA' AND scope = 'own'").pluck().get()).toBe(
      'pkg-5',
    );
    // the other set is untouched
    expect(sentStamps(migrated.conn, '*', 'healthcare-region')).toEqual(new Map([[`persons/${P1}`, { version: 2, hash: hash('d') }]]));
    // hashes that are not 64 hex digits each are refused by the table
    expect(() => sqlite.prepare("INSERT INTO package_sent_sets VALUES ('X', 'own', '[\"persons/a\"]', '[1]', 'short', 'p')").run()).toThrow(
      /CHECK/,
    );
    await migrated.close();
  });
});
