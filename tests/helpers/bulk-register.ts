import { randomUUID } from 'node:crypto';
import type { Database as Sqlite } from 'better-sqlite3';

/**
 * Fills a migrated database with many organisations, persons, regional groups and memberships in one
 * transaction through prepared statements, for tests that need volume (paging, search speed). The data
 * is test data only: names are built from a fixed list, spread over 2023–2027.
 */
export type BulkSize = { persons: number; groups: number; memberships: number; organisations: number };

const FIRST = [
  'Åsa',
  'Örjan',
  'Ärla',
  'Anna',
  'Björn',
  'Cecilia',
  'David',
  'Eva',
  'Fredrik',
  'Gunilla',
  'Håkan',
  'Ingrid',
  'Johan',
  'Karin',
  'Lars',
  'Maria',
];
const LAST = [
  'Öberg',
  'Åkesson',
  'Ängström',
  'Andersson',
  'Berg',
  'Carlsson',
  'Dahl',
  'Ek',
  'Forsberg',
  'Gustafsson',
  'Holm',
  'Isaksson',
  'Johansson',
];
const PROFESSIONS = ['Läkare', 'Sjuksköterska', 'Fysioterapeut', 'Arbetsterapeut', 'Psykolog', 'Barnmorska'];
const REGIONS = [
  '01',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '12',
  '13',
  '14',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
];
const AT = '2026-01-01T00:00:00.000Z';

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

export function insertBulkRegister(sqlite: Sqlite, size: BulkSize, owner = '23'): void {
  const org = sqlite.prepare(
    `INSERT INTO organisations (id, owner, version, created_at, updated_at, name, type, region_code) VALUES (?, ?, 1, ?, ?, ?, 'COUNTY_HOSPITAL', ?)`,
  );
  const person =
    sqlite.prepare(`INSERT INTO persons (id, owner, version, created_at, updated_at, name, email, region_code, organisation_id, profession)
    VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`);
  const group = sqlite.prepare(`INSERT INTO groups (id, owner, version, created_at, updated_at, name, type, level, region_code, seat_count)
    VALUES (?, ?, 1, ?, ?, ?, 'OTHER', 'REGIONAL', ?, 0)`);
  const membership =
    sqlite.prepare(`INSERT INTO memberships (id, owner, version, created_at, updated_at, person_id, group_id, role, start_date, end_date, allocation_bp, status)
    VALUES (?, ?, 1, ?, ?, ?, ?, 'MEMBER', ?, ?, ?, 'DECIDED')`);
  sqlite.transaction(() => {
    const orgIds: string[] = [];
    for (let i = 0; i < size.organisations; i += 1) {
      const id = randomUUID();
      orgIds.push(id);
      org.run(id, owner, AT, AT, `Sjukhus ${i + 1} i ${pick(REGIONS, i)}`, pick(REGIONS, i));
    }
    const personIds: string[] = [];
    for (let i = 0; i < size.persons; i += 1) {
      const id = randomUUID();
      personIds.push(id);
      const name = `${pick(FIRST, i)} ${pick(LAST, Math.floor(i / FIRST.length))} ${i + 1}`;
      person.run(
        id,
        owner,
        AT,
        AT,
        name,
        `person${i + 1}@example.org`,
        pick(REGIONS, i),
        orgIds.length > 0 ? pick(orgIds, i) : null,
        pick(PROFESSIONS, i),
      );
    }
    const groupIds: string[] = [];
    for (let i = 0; i < size.groups; i += 1) {
      const id = randomUUID();
      groupIds.push(id);
      group.run(id, owner, AT, AT, `Processteam ${pick(LAST, i)} ${i + 1}`, pick(REGIONS, i));
    }
    for (let i = 0; i < size.memberships && personIds.length > 0 && groupIds.length > 0; i += 1) {
      const year = 2023 + (i % 5);
      const month = String(1 + (i % 12)).padStart(2, '0');
      const end = i % 3 === 0 ? null : `${Math.min(2027, year + 1 + (i % 2))}-12-31`;
      membership.run(
        randomUUID(),
        owner,
        AT,
        AT,
        pick(personIds, i),
        pick(groupIds, Math.floor(i / 7)),
        `${year}-${month}-01`,
        end,
        500 + (i % 20) * 100,
      );
    }
  })();
}
