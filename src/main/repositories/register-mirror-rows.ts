/**
 * The rows the register mirror reads (prepared better-sqlite3 statements, raw arrays: the mirror's full
 * load reads 150 000 rows, see bench/), and the change log since a sequence number.
 */
import type { Database as Sqlite, Statement } from 'better-sqlite3';
import type { GroupType, MembershipRole, MembershipStatus } from '@shared/domain/enums';

export type MirrorPerson = {
  id: string;
  name: string;
  regionCode: string | null;
  organisationId: string | null;
  profession: string | null;
};
export type MirrorGroup = { id: string; name: string; type: GroupType; regionCode: string | null };
export type MembershipRow = {
  id: string;
  personId: string;
  groupId: string;
  role: MembershipRole;
  status: MembershipStatus;
  startDate: string;
  endDate: string | null;
  allocationBp: number;
};

export type MirrorEntity = 'memberships' | 'persons' | 'groups';
/** A row as read: its rowid, and null when it is deleted (tombstoned or gone). */
export type Read<T> = { rowid: number; row: T | null };
export type ChangeEntry = { seq: number; entity: MirrorEntity; op: 'U' | 'D'; recordId: string; rowid: number };

const COLUMNS: Record<MirrorEntity, string> = {
  memberships: 'id, person_id, group_id, role, status, start_date, end_date, allocation_bp',
  persons: 'id, name, region_code, organisation_id, profession',
  groups: 'id, name, type, region_code',
};

type RawRow = [number, number, ...unknown[]];

/** Plain indexing, no helper closures: this runs for every one of 150 000 rows at a full load. */
function toRow(entity: MirrorEntity, r: unknown[]): MembershipRow | MirrorPerson | MirrorGroup {
  switch (entity) {
    case 'memberships':
      return {
        id: r[0] as string,
        personId: r[1] as string,
        groupId: r[2] as string,
        role: r[3] as MembershipRole,
        status: r[4] as MembershipStatus,
        startDate: r[5] as string,
        endDate: (r[6] ?? null) as string | null,
        allocationBp: r[7] as number,
      };
    case 'persons':
      return {
        id: r[0] as string,
        name: r[1] as string,
        regionCode: (r[2] ?? null) as string | null,
        organisationId: (r[3] ?? null) as string | null,
        profession: (r[4] ?? null) as string | null,
      };
    case 'groups':
      return { id: r[0] as string, name: r[1] as string, type: r[2] as GroupType, regionCode: (r[3] ?? null) as string | null };
  }
}

/** The statements of one connection, prepared once. */
export class MirrorReader {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly sqlite: Sqlite) {}

  private statement(sql: string, raw: boolean): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      if (raw) statement.raw(true);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private reads<T>(entity: MirrorEntity, rows: RawRow[]): Read<T>[] {
    return rows.map((r) => ({ rowid: r[0], row: r[1] === 1 ? null : (toRow(entity, r.slice(2)) as T) }));
  }

  /** Every live row (full load). */
  live<T>(entity: MirrorEntity): T[] {
    const rows = this.statement(`SELECT ${COLUMNS[entity]} FROM ${entity} WHERE deleted_at IS NULL`, true).all() as unknown[][];
    return rows.map((r) => toRow(entity, r) as T);
  }

  /** Up to `limit` live rows with a rowid above `rowid`, in rowid order (a full load in steps). */
  liveChunk<T>(entity: MirrorEntity, rowid: number, limit: number): { rowid: number; row: T }[] {
    const sql = `SELECT rowid, ${COLUMNS[entity]} FROM ${entity} WHERE rowid > ? AND deleted_at IS NULL ORDER BY rowid LIMIT ?`;
    const rows = this.statement(sql, true).all(rowid, limit) as [number, ...unknown[]][];
    return rows.map((r) => ({ rowid: r[0], row: toRow(entity, r.slice(1)) as T }));
  }

  /** Rows with a rowid above `rowid`, live or not. */
  after<T>(entity: MirrorEntity, rowid: number): Read<T>[] {
    const sql = `SELECT rowid, deleted_at IS NOT NULL, ${COLUMNS[entity]} FROM ${entity} WHERE rowid > ? ORDER BY rowid`;
    return this.reads<T>(entity, this.statement(sql, true).all(rowid) as RawRow[]);
  }

  /** One row by id: null when it is deleted or no longer there. */
  byId<T>(entity: MirrorEntity, id: string): T | null {
    const sql = `SELECT rowid, deleted_at IS NOT NULL, ${COLUMNS[entity]} FROM ${entity} WHERE id = ?`;
    const row = this.statement(sql, true).get(id) as RawRow | undefined;
    return row === undefined ? null : this.reads<T>(entity, [row])[0]!.row;
  }

  maxRowid(entity: MirrorEntity): number {
    return (this.statement(`SELECT max(rowid) FROM ${entity}`, true).get() as [number | null])[0] ?? 0;
  }

  /** The last sequence number the change log handed out (0 when none). */
  lastSequence(): number {
    const row = this.statement("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'", true).get() as [number] | undefined;
    return row?.[0] ?? 0;
  }

  /** Change log entries after `seq`, at most `limit` + 1 of them (more than `limit`: reload instead). */
  changesAfter(seq: number, limit: number): ChangeEntry[] {
    const rows = this.statement('SELECT seq, entity, op, record_id, row_id FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?', true).all(
      seq,
      limit + 1,
    ) as [number, MirrorEntity, 'U' | 'D', string, number][];
    return rows.map(([s, entity, op, recordId, rowid]) => ({ seq: s, entity, op, recordId, rowid }));
  }

  organisationNames(): Map<string, string> {
    const rows = this.statement('SELECT id, name FROM organisations', true).all() as [string, string][];
    return new Map(rows);
  }
}

/**
 * Per table, what a catch-up re-reads: the rows inserted since the last rowid seen (or since a deleted
 * row whose rowid a new row may have taken) and the ids the log names; `maxRowid` is moved on. Null when
 * that is more than `limit` rows (a full reload is cheaper).
 */
export function catchUpPlan(reader: MirrorReader, entries: readonly ChangeEntry[], maxRowid: Record<MirrorEntity, number>, limit: number) {
  const plan = {} as Record<MirrorEntity, { reads: Read<unknown>[]; ids: Set<string> }>;
  let total = 0;
  for (const entity of ['memberships', 'persons', 'groups'] as const) {
    const own = entries.filter((e) => e.entity === entity);
    let reusedFrom = maxRowid[entity];
    for (const e of own) if (e.op === 'D' && e.rowid - 1 < reusedFrom) reusedFrom = e.rowid - 1;
    const reads = reader.after<unknown>(entity, reusedFrom);
    maxRowid[entity] = Math.max(reusedFrom, reader.maxRowid(entity));
    plan[entity] = { reads, ids: new Set(own.map((e) => e.recordId)) };
    total += reads.length + own.length;
  }
  return total > limit ? null : plan;
}
