/**
 * Register lists and search: filters compare the folded search keys (migration 0007), and a page is
 * found first (ids only, sorted) before its rows get their per-record counts, so the cost of the
 * counts is one page's, whatever the size of the register.
 */
import { sql } from 'kysely';
import type { GroupLevel, GroupType } from '@shared/domain/enums';
import { all, first, qb, type Connection } from '../db/data';
import { searchPattern } from '../db/search-key';

type Entity = 'persons' | 'groups';

/** SQL for "active on :day" used by every allocation sum (same rule as isActiveOn). */
export function activeOnSql(day: string) {
  return sql<boolean>`m.deleted_at IS NULL AND m.start_date <= ${day} AND ((m.end_date IS NULL AND m.status != 'ENDED') OR m.end_date >= ${day})`;
}

/** The ids of one entity whose key contains the query (an uncorrelated sub-select, run once). */
function keyMatches(entity: Entity, query: string) {
  return qb
    .selectFrom('search_keys as k')
    .select('k.record_id')
    .where('k.entity', '=', entity)
    .where(sql<boolean>`k.key LIKE ${searchPattern(query)} ESCAPE '\\'`);
}

export type PersonFilter = { query: string; regionCode: string | null; includeEnded: boolean };

function filteredPersons(filter: PersonFilter) {
  let base = qb.selectFrom('persons as p').where('p.deleted_at', 'is', null);
  if (filter.regionCode) base = base.where('p.region_code', '=', filter.regionCode);
  if (!filter.includeEnded) base = base.where('p.ended_on', 'is', null);
  return base;
}

/** How many persons have a key (the register's size, for choosing a plan). */
function keyedPersons(conn: Connection): number {
  const row = first(
    conn,
    qb
      .selectFrom('search_keys')
      .select(sql<number>`COUNT(*)`.as('n'))
      .where('entity', '=', 'persons'),
  );
  return Number(row?.n ?? 0);
}

/** Matching keys, optionally only of the persons a sub-select names. */
function countKeys(conn: Connection, query: string, only: ReturnType<typeof leftOut> | null): number {
  let keys = qb
    .selectFrom('search_keys as k')
    .select(sql<number>`COUNT(*)`.as('n'))
    .where('k.entity', '=', 'persons')
    .where(sql<boolean>`k.key LIKE ${searchPattern(query)} ESCAPE '\\'`);
  if (only) keys = keys.where('k.record_id', 'in', only);
  return Number(first(conn, keys)?.n ?? 0);
}

/** The persons no list shows: deleted ones, and ended ones unless asked for (few; partial indexes). */
function leftOut(includeEnded: boolean) {
  const deleted = qb.selectFrom('persons as x').select('x.id').where('x.deleted_at', 'is not', null);
  return includeEnded ? deleted : deleted.union(qb.selectFrom('persons as y').select('y.id').where('y.ended_on', 'is not', null));
}

/**
 * How many persons match. Without a region, matching keys minus the left-out persons' matching keys:
 * two cheap counts even when nearly everyone matches (e.g. "a").
 */
function countPersons(conn: Connection, filter: PersonFilter, matched: ReturnType<typeof filteredPersons>): number {
  if (filter.query === '' || filter.regionCode !== null) {
    return Number(first(conn, matched.select(sql<number>`COUNT(*)`.as('n')))?.n ?? 0);
  }
  return countKeys(conn, filter.query, null) - countKeys(conn, filter.query, leftOut(filter.includeEnded));
}

/**
 * How many persons match, and the ids of one page of them in name order. With a query, the page is
 * found one of two ways: when matches are dense (e.g. "a"), walking the name index and checking each
 * person's key stops after a page; when they are sparse, the matches are collected and sorted.
 */
export function pagePersons(conn: Connection, filter: PersonFilter, limit: number, offset: number): { total: number; ids: string[] } {
  const base = filteredPersons(filter);
  const matched = filter.query === '' ? base : base.where('p.id', 'in', keyMatches('persons', filter.query));
  const total = countPersons(conn, filter, matched);
  if (total === 0 || offset >= total) return { total, ids: [] };
  let chosen = matched;
  // persons walked before the page is full ≈ (offset + limit) × keyed / total; collecting costs ≈ total
  if (filter.query !== '' && (offset + limit) * keyedPersons(conn) < total * total) {
    const pattern = searchPattern(filter.query);
    chosen = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('search_keys as k')
          .select('k.record_id')
          .where('k.entity', '=', 'persons')
          .whereRef('k.record_id', '=', 'p.id')
          .where(sql<boolean>`k.key LIKE ${pattern} ESCAPE '\\'`),
      ),
    );
  }
  const ids = all(
    conn,
    chosen
      .select('p.id')
      .orderBy(sql`p.name COLLATE NOCASE`)
      .orderBy('p.id')
      .limit(limit)
      .offset(offset),
  );
  return { total, ids: ids.map((r) => r.id) };
}

/** The list rows of the given persons, in the order of `ids`. */
export function personRows(conn: Connection, ids: readonly string[], today: string) {
  if (ids.length === 0) return [];
  const query = qb
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
    .where('p.id', 'in', [...ids]);
  const rows = all(conn, query);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type GroupFilter = { type: GroupType | null; level: GroupLevel | null; query: string };

/** How many groups match, and the ids of one page of them (level, type, name); no limit: all. */
export function pageGroups(conn: Connection, filter: GroupFilter, limit: number | null, offset: number): { total: number; ids: string[] } {
  let base = qb.selectFrom('groups as g').where('g.deleted_at', 'is', null);
  if (filter.type) base = base.where('g.type', '=', filter.type);
  if (filter.level) base = base.where('g.level', '=', filter.level);
  if (filter.query !== '') base = base.where('g.id', 'in', keyMatches('groups', filter.query));
  const total = first(conn, base.select(sql<number>`COUNT(*)`.as('n')));
  let page = base.select('g.id').orderBy('g.level').orderBy('g.type').orderBy('g.name').orderBy('g.id').offset(offset);
  page = page.limit(limit ?? -1);
  const ids = all(conn, page);
  return { total: Number(total?.n ?? 0), ids: ids.map((r) => r.id) };
}

/** The list rows of the given groups (seats, filled seats and active members today), in the order of `ids`. */
export function groupRows(conn: Connection, ids: readonly string[], today: string) {
  if (ids.length === 0) return [];
  const query = qb
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
    .where('g.id', 'in', [...ids]);
  const rows = all(conn, query);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
