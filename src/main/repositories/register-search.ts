/**
 * Register lists and search: filters compare the folded search keys (migration 0007), and a page is
 * found first (ids only, sorted) before its rows get their per-record counts, so the cost of the
 * counts is one page's, whatever the size of the register.
 */
import { sql, type Kysely } from 'kysely';
import type { GroupLevel, GroupType } from '@shared/domain/enums';
import type { Database } from '../db/schema';
import { searchPattern } from '../db/search-key';

type Db = Kysely<Database>;
type Entity = 'persons' | 'groups';

/** SQL for "active on :day" used by every allocation sum (same rule as isActiveOn). */
export function activeOnSql(day: string) {
  return sql<boolean>`m.deleted_at IS NULL AND m.start_date <= ${day} AND ((m.end_date IS NULL AND m.status != 'ENDED') OR m.end_date >= ${day})`;
}

/** The ids of one entity whose key contains the query (an uncorrelated sub-select, run once). */
function keyMatches(db: Db, entity: Entity, query: string) {
  return db
    .selectFrom('search_keys as k')
    .select('k.record_id')
    .where('k.entity', '=', entity)
    .where(sql<boolean>`k.key LIKE ${searchPattern(query)} ESCAPE '\\'`);
}

export type PersonFilter = { query: string; regionCode: string | null; includeEnded: boolean };

function filteredPersons(db: Db, filter: PersonFilter) {
  let base = db.selectFrom('persons as p').where('p.deleted_at', 'is', null);
  if (filter.regionCode) base = base.where('p.region_code', '=', filter.regionCode);
  if (!filter.includeEnded) base = base.where('p.ended_on', 'is', null);
  return base;
}

/** How many persons have a key (the register's size, for choosing a plan). */
async function keyedPersons(db: Db): Promise<number> {
  const row = await db
    .selectFrom('search_keys')
    .select(sql<number>`COUNT(*)`.as('n'))
    .where('entity', '=', 'persons')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Matching keys, optionally only of the persons a sub-select names. */
async function countKeys(db: Db, query: string, only: ((db: Db) => ReturnType<typeof leftOut>) | null): Promise<number> {
  let keys = db
    .selectFrom('search_keys as k')
    .select(sql<number>`COUNT(*)`.as('n'))
    .where('k.entity', '=', 'persons')
    .where(sql<boolean>`k.key LIKE ${searchPattern(query)} ESCAPE '\\'`);
  if (only) keys = keys.where('k.record_id', 'in', only(db));
  return Number((await keys.executeTakeFirstOrThrow()).n);
}

/** The persons no list shows: deleted ones, and ended ones unless asked for (few; partial indexes). */
function leftOut(db: Db, includeEnded: boolean) {
  const deleted = db.selectFrom('persons as x').select('x.id').where('x.deleted_at', 'is not', null);
  return includeEnded ? deleted : deleted.union(db.selectFrom('persons as y').select('y.id').where('y.ended_on', 'is not', null));
}

/**
 * How many persons match. Without a region, matching keys minus the left-out persons' matching keys:
 * two cheap counts even when nearly everyone matches (e.g. "a").
 */
async function countPersons(db: Db, filter: PersonFilter, matched: ReturnType<typeof filteredPersons>): Promise<number> {
  if (filter.query === '' || filter.regionCode !== null) {
    return Number((await matched.select(sql<number>`COUNT(*)`.as('n')).executeTakeFirstOrThrow()).n);
  }
  return (await countKeys(db, filter.query, null)) - (await countKeys(db, filter.query, (d) => leftOut(d, filter.includeEnded)));
}

/**
 * How many persons match, and the ids of one page of them in name order. With a query, the page is
 * found one of two ways: when matches are dense (e.g. "a"), walking the name index and checking each
 * person's key stops after a page; when they are sparse, the matches are collected and sorted.
 */
export async function pagePersons(db: Db, filter: PersonFilter, limit: number, offset: number): Promise<{ total: number; ids: string[] }> {
  const base = filteredPersons(db, filter);
  const matched = filter.query === '' ? base : base.where('p.id', 'in', keyMatches(db, 'persons', filter.query));
  const total = await countPersons(db, filter, matched);
  if (total === 0 || offset >= total) return { total, ids: [] };
  let chosen = matched;
  // persons walked before the page is full ≈ (offset + limit) × keyed / total; collecting costs ≈ total
  if (filter.query !== '' && (offset + limit) * (await keyedPersons(db)) < total * total) {
    const pattern = searchPattern(filter.query);
    chosen = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('search_keys as k')
          .select('k.record_id')
          .where('k.entity', '=', 'persons')
          .whereRef('k.record_id', '=', 'p.id')
          .where(sql<boolean>`k.key LIKE ${pattern} ESCAPE '\\'`),
      ),
    );
  }
  const ids = await chosen
    .select('p.id')
    .orderBy(sql`p.name COLLATE NOCASE`)
    .orderBy('p.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total, ids: ids.map((r) => r.id) };
}

/** The list rows of the given persons, in the order of `ids`. */
export async function personRows(db: Db, ids: readonly string[], today: string) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('persons as p')
    .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select([
      'p.id',
      'p.name',
      'p.email',
      'p.region_code',
      'o.name as organisation_name',
      'o.type as organisation_type',
      'p.profession',
      'p.ended_on',
      'p.is_example',
    ])
    .select(
      sql<number>`(SELECT COALESCE(SUM(m.allocation_bp), 0) FROM memberships m WHERE m.person_id = p.id AND ${activeOnSql(today)})`.as(
        'allocation',
      ),
    )
    .select(sql<number>`(SELECT COUNT(*) FROM memberships m WHERE m.person_id = p.id AND ${activeOnSql(today)})`.as('active'))
    .where('p.id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type GroupFilter = { type: GroupType | null; level: GroupLevel | null; query: string };

/** How many groups match, and the ids of one page of them (level, type, name); no limit: all. */
export async function pageGroups(
  db: Db,
  filter: GroupFilter,
  limit: number | null,
  offset: number,
): Promise<{ total: number; ids: string[] }> {
  let base = db.selectFrom('groups as g').where('g.deleted_at', 'is', null);
  if (filter.type) base = base.where('g.type', '=', filter.type);
  if (filter.level) base = base.where('g.level', '=', filter.level);
  if (filter.query !== '') base = base.where('g.id', 'in', keyMatches(db, 'groups', filter.query));
  const total = await base.select(sql<number>`COUNT(*)`.as('n')).executeTakeFirstOrThrow();
  let page = base.select('g.id').orderBy('g.level').orderBy('g.type').orderBy('g.name').orderBy('g.id').offset(offset);
  page = page.limit(limit ?? -1);
  const ids = await page.execute();
  return { total: Number(total.n), ids: ids.map((r) => r.id) };
}

/** The list rows of the given groups (seats, filled seats and active members today), in the order of `ids`. */
export async function groupRows(db: Db, ids: readonly string[], today: string) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('groups as g')
    .leftJoin('groups as parent', 'parent.id', 'g.parent_group_id')
    .select([
      'g.id',
      'g.name',
      'g.type',
      'g.level',
      'g.parent_group_id',
      'parent.name as parent_name',
      'g.owner',
      'g.region_code',
      'g.healthcare_region_code',
      'g.host_healthcare_region_code',
      'g.hosting_status',
      'g.is_example',
    ])
    .select(sql<number>`(SELECT COUNT(*) FROM seats s WHERE s.group_id = g.id AND s.deleted_at IS NULL)`.as('seat_count'))
    .select(
      sql<number>`(SELECT COUNT(DISTINCT m.seat_id) FROM memberships m WHERE m.group_id = g.id AND m.seat_id IS NOT NULL AND ${activeOnSql(today)})`.as(
        'filled',
      ),
    )
    .select(sql<number>`(SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id AND ${activeOnSql(today)})`.as('active'))
    .where('g.id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
