/**
 * Register lists and search: queries match the FTS5 word indexes (migration 0012), and a page is
 * found first (ids only, sorted) before its rows get their per-record counts, so the cost of the
 * counts is one page's, whatever the size of the register.
 */
import type { Database as Sqlite } from 'better-sqlite3';
import { sql, type RawBuilder } from 'kysely';
import type { GroupSortKey, PersonSortKey } from '@shared/contract/register';
import { GROUP_LEVELS, GROUP_TYPES, type GroupLevel, type GroupType } from '@shared/domain/enums';
import { all, first, qb, type Connection } from '../db/data';
import { foldedWords } from '@shared/text/fold';

type Entity = 'persons' | 'groups';

/** SQL for "active on :day" used by every allocation sum (same rule as isActiveOn). */
export function activeOnSql(day: string) {
  return sql<boolean>`m.deleted_at IS NULL AND m.start_date <= ${day} AND ((m.end_date IS NULL AND m.status != 'ENDED') OR m.end_date >= ${day})`;
}

/**
 * The FTS5 query for what a person typed: its folded words (src/shared/text/fold.ts, the same folding
 * as the index's tokenizer) as one phrase whose last word is a prefix, so "åsa öb" finds "Åsa Öberg"
 * and a query never spans two fields. Null when the query has no words (e.g. "%"): nothing matches.
 */
export function ftsQuery(query: string): string | null {
  const words = foldedWords(query);
  return words.length === 0 ? null : `"${words.join(' ')}"*`;
}

/** The ids of one entity whose indexed words match (an uncorrelated sub-select, run once). */
function matches(entity: Entity, match: string) {
  const index = sql.table(entity === 'persons' ? 'persons_fts' : 'groups_fts');
  return qb
    .selectFrom('search_rows as r')
    .select('r.record_id')
    .where(sql<boolean>`r.id IN (SELECT rowid FROM ${index} WHERE ${index} MATCH ${match})`);
}

export type PersonFilter = {
  query: string;
  regionCode: string | null;
  includeEnded: boolean;
  sort?: PersonSortKey;
  descending?: boolean;
};

/** The sort column of the person list; null-able columns put their empty values last. */
function personSortColumn(sort: PersonSortKey) {
  switch (sort) {
    case 'name':
      return sql`p.name COLLATE NOCASE`;
    case 'organisation':
      return sql`(SELECT o.name FROM organisations o WHERE o.id = p.organisation_id) COLLATE NOCASE`;
    case 'profession':
      return sql`p.profession COLLATE NOCASE`;
    case 'region':
      return sql`(SELECT r.name FROM regions r WHERE r.code = p.region_code) COLLATE NOCASE`;
  }
}

/** Orders a page query: the sort column (empty values last), then name and id so pages never overlap. */
function orderPersons<Q extends { orderBy: (expression: RawBuilder<unknown>) => Q }>(
  query: Q,
  sort: PersonSortKey,
  descending: boolean,
): Q {
  const column = personSortColumn(sort);
  const direction = descending ? sql`DESC` : sql`ASC`;
  let ordered = sort === 'name' ? query : query.orderBy(sql`(${column}) IS NULL`);
  ordered = ordered.orderBy(sql`${column} ${direction}`);
  if (sort !== 'name') ordered = ordered.orderBy(sql`p.name COLLATE NOCASE`);
  return ordered.orderBy(sql`p.id ${direction}`);
}

function filteredPersons(filter: PersonFilter) {
  let base = qb.selectFrom('persons as p').where('p.deleted_at', 'is', null);
  if (filter.regionCode) base = base.where('p.region_code', '=', filter.regionCode);
  if (!filter.includeEnded) base = base.where('p.ended_on', 'is', null);
  return base;
}

/** The persons no list shows: deleted ones, and ended ones unless asked for (few; partial indexes). */
function leftOut(includeEnded: boolean) {
  const deleted = qb.selectFrom('persons as x').select('x.id').where('x.deleted_at', 'is not', null);
  return includeEnded ? deleted : deleted.union(qb.selectFrom('persons as y').select('y.id').where('y.ended_on', 'is not', null));
}

/**
 * How many persons match. Without a region: the index's matches minus the left-out persons' matches,
 * two cheap counts even when nearly everyone matches (e.g. "a"); with a region, counted row by row.
 */
function countPersons(conn: Connection, filter: PersonFilter, match: string | null, matched: ReturnType<typeof filteredPersons>): number {
  if (match === null || filter.regionCode !== null) {
    return Number(first(conn, matched.select(sql<number>`COUNT(*)`.as('n')))?.n ?? 0);
  }
  const indexed = first(conn, sql<{ n: number }>`SELECT COUNT(*) AS n FROM persons_fts WHERE persons_fts MATCH ${match}`.compile(qb));
  const hidden = first(
    conn,
    matches('persons', match)
      .clearSelect()
      .select(sql<number>`COUNT(*)`.as('n'))
      .where('r.entity', '=', 'persons')
      .where('r.record_id', 'in', leftOut(filter.includeEnded)),
  );
  return Number(indexed?.n ?? 0) - Number(hidden?.n ?? 0);
}

function indexedPersons(conn: Connection): number {
  const row = first(
    conn,
    qb
      .selectFrom('search_rows')
      .select(sql<number>`COUNT(*)`.as('n'))
      .where('entity', '=', 'persons'),
  );
  return Number(row?.n ?? 0);
}

/**
 * How many persons match, and the ids of one page of them in name order. With a query, the page is
 * found one of two ways: when matches are dense (e.g. "a"), walking the name index and checking each
 * person against the matches stops after a page; when they are sparse, the matches are looked up and sorted.
 */
export function pagePersons(conn: Connection, filter: PersonFilter, limit: number, offset: number): { total: number; ids: string[] } {
  const base = filteredPersons(filter);
  const match = filter.query === '' ? null : ftsQuery(filter.query);
  if (filter.query !== '' && match === null) return { total: 0, ids: [] };
  const matched = match === null ? base : base.where('p.id', 'in', matches('persons', match));
  const total = countPersons(conn, filter, match, matched);
  if (total === 0 || offset >= total) return { total, ids: [] };
  let chosen = matched;
  const sort = filter.sort ?? 'name';
  // persons walked before the page is full ≈ (offset + limit) × indexed / total; looking up all matches costs ≈ total
  if (sort === 'name' && match !== null && (offset + limit) * indexedPersons(conn) < total * total) {
    // `+p.id` keeps SQLite from looking each match up by id, so it walks the name index instead
    chosen = base.where(sql<boolean>`+p.id IN (${matches('persons', match)})`);
  }
  const ids = all(
    conn,
    orderPersons(chosen.select('p.id'), sort, filter.descending === true)
      .limit(limit)
      .offset(offset),
  );
  return { total, ids: ids.map((r) => r.id) };
}

/**
 * Rewrites both search indexes without the words of deleted or changed entries. A contentless FTS5
 * index only marks a deleted entry until its pages are merged; after a person erasure the erased words
 * must leave the file (secure_delete then zeroes the freed pages).
 */
export function purgeSearchIndexes(sqlite: Sqlite): void {
  sqlite.exec("INSERT INTO persons_fts (persons_fts) VALUES ('optimize'); INSERT INTO groups_fts (groups_fts) VALUES ('optimize');");
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

export type GroupFilter = {
  type: GroupType | null;
  level: GroupLevel | null;
  query: string;
  sort?: GroupSortKey | null;
  descending?: boolean;
};

/** `CASE column WHEN first THEN 0 … END`: an enum column in its defined order. */
function enumOrder(column: string, values: readonly string[]) {
  return sql`CASE ${sql.ref(column)} ${sql.join(
    values.map((value, index) => sql`WHEN ${value} THEN ${index}`),
    sql` `,
  )} END`;
}

/** Orders the group list: by the chosen column (then name), or the hierarchy (level, type, name). */
function orderGroups<Q extends { orderBy: (expression: RawBuilder<unknown>) => Q }>(
  query: Q,
  sort: GroupSortKey | null,
  descending: boolean,
): Q {
  const direction = descending ? sql`DESC` : sql`ASC`;
  if (sort === null)
    return query
      .orderBy(sql`g.level`)
      .orderBy(sql`g.type`)
      .orderBy(sql`g.name`)
      .orderBy(sql`g.id`);
  const column =
    sort === 'name' ? sql`g.name COLLATE NOCASE` : sort === 'type' ? enumOrder('g.type', GROUP_TYPES) : enumOrder('g.level', GROUP_LEVELS);
  const ordered = query.orderBy(sql`${column} ${direction}`);
  return (sort === 'name' ? ordered : ordered.orderBy(sql`g.name COLLATE NOCASE`)).orderBy(sql`g.id ${direction}`);
}

/** How many groups match, and the ids of one page of them in the chosen order; no limit: all. */
export function pageGroups(conn: Connection, filter: GroupFilter, limit: number | null, offset: number): { total: number; ids: string[] } {
  let base = qb.selectFrom('groups as g').where('g.deleted_at', 'is', null);
  if (filter.type) base = base.where('g.type', '=', filter.type);
  if (filter.level) base = base.where('g.level', '=', filter.level);
  if (filter.query !== '') {
    const match = ftsQuery(filter.query);
    if (match === null) return { total: 0, ids: [] };
    base = base.where('g.id', 'in', matches('groups', match));
  }
  const total = first(conn, base.select(sql<number>`COUNT(*)`.as('n')));
  let page = orderGroups(base.select('g.id'), filter.sort ?? null, filter.descending === true).offset(offset);
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
