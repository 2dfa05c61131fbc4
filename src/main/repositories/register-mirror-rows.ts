/**
 * The rows the register mirror (src/main/read-model/register-mirror.ts) reads, as raw arrays mapped to
 * its entities here (the mirror's full load reads 150 000 rows, see bench/), and the change log since a
 * sequence number: the read model's loading SQL.
 */
import type { Statement } from 'better-sqlite3';
import type { Connection } from '../db/data';
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
/** One entry of the change log (migration 0011): any followed table, inserted, updated or deleted. */
export type ChangeEntry = { seq: number; entity: string; op: 'I' | 'U' | 'D'; recordId: string };

const COLUMNS: Record<MirrorEntity, string> = {
  memberships: 'id, person_id, group_id, role, status, start_date, end_date, allocation_bp',
  persons: 'id, name, region_code, organisation_id, profession',
  groups: 'id, name, type, region_code',
};

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

/**
 * The statements of one connection, prepared once. They return raw arrays, so they are kept here rather
 * than in the connection's shared cache (a shared statement would switch to raw mode for every user).
 */
export class MirrorReader {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly conn: Connection) {}

  private statement(sql: string, raw: boolean): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.conn.sqlite.prepare(sql);
      if (raw) statement.raw(true);
      this.statements.set(sql, statement);
    }
    return statement;
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

  /** One row by id: null when it is deleted or no longer there. */
  byId<T>(entity: MirrorEntity, id: string): T | null {
    const sql = `SELECT ${COLUMNS[entity]} FROM ${entity} WHERE id = ? AND deleted_at IS NULL`;
    const row = this.statement(sql, true).get(id) as unknown[] | undefined;
    return row === undefined ? null : (toRow(entity, row) as T);
  }

  /** The last sequence number the change log handed out (0 when none). */
  lastSequence(): number {
    const row = this.statement("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'", true).get() as [number] | undefined;
    return row?.[0] ?? 0;
  }

  /** Change log entries after `seq`, at most `limit` + 1 of them (more than `limit`: reload instead). */
  changesAfter(seq: number, limit: number): ChangeEntry[] {
    const rows = this.statement('SELECT seq, entity, op, record_id FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?', true).all(
      seq,
      limit + 1,
    ) as [number, string, 'I' | 'U' | 'D', string][];
    return rows.map(([s, entity, op, recordId]) => ({ seq: s, entity, op, recordId }));
  }

  organisationNames(): Map<string, string> {
    const rows = this.statement('SELECT id, name FROM organisations', true).all() as [string, string][];
    return new Map(rows);
  }
}
