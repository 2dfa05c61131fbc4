/** What an undo reads: the audit entries of a step, and the names that make a step readable. */
import { all, first, qb, type Connection } from '../db/data';

export type StepEntry = {
  seq: number;
  at: string;
  action: string;
  entity: string;
  recordId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** A person erasure blanked this entry's payload. */
  erased: boolean;
};

function image(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The audit entries of `seqs`, oldest first. */
export function stepEntries(conn: Connection, seqs: readonly number[]): StepEntry[] {
  if (seqs.length === 0) return [];
  const rows = all(
    conn,
    qb
      .selectFrom('audit_log')
      .select(['seq', 'at', 'action', 'entity', 'record_id', 'before_json', 'after_json', 'erasure_id'])
      .where('seq', 'in', [...seqs])
      .orderBy('seq'),
  );
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    action: r.action,
    entity: r.entity,
    recordId: r.record_id,
    before: image(r.before_json),
    after: image(r.after_json),
    erased: r.erasure_id !== null,
  }));
}

/** A person's name (a tombstone's too), or null. */
export function personNameOf(conn: Connection, id: string): string | null {
  return first(conn, qb.selectFrom('persons').select('name').where('id', '=', id))?.name ?? null;
}

/** A group's name (a tombstone's too), or null. */
export function groupNameOf(conn: Connection, id: string): string | null {
  return first(conn, qb.selectFrom('groups').select('name').where('id', '=', id))?.name ?? null;
}

/** An organisation's name (a tombstone's too), or null. */
export function organisationNameOf(conn: Connection, id: string): string | null {
  return first(conn, qb.selectFrom('organisations').select('name').where('id', '=', id))?.name ?? null;
}

/** A seat's readable label: its healthcare region or region code, else its ordinal; null when unknown. */
export function seatLabelOf(conn: Connection, id: string): string | null {
  const seat = first(conn, qb.selectFrom('seats').select(['healthcare_region_code', 'region_code', 'ordinal']).where('id', '=', id));
  if (!seat) return null;
  return seat.healthcare_region_code ?? seat.region_code ?? String(seat.ordinal);
}

/** A care pathway's name (a tombstone's too), or null. */
export function carePathwayNameOf(conn: Connection, id: string): string | null {
  return first(conn, qb.selectFrom('care_pathways').select('name').where('id', '=', id))?.name ?? null;
}

/** An allocation key's name (a tombstone's too), or null. */
export function allocationKeyNameOf(conn: Connection, id: string): string | null {
  return first(conn, qb.selectFrom('allocation_keys').select('name').where('id', '=', id))?.name ?? null;
}

/** The group a hosting is for, or null. */
export function hostingGroupIdOf(conn: Connection, id: string): string | null {
  return first(conn, qb.selectFrom('hostings').select('group_id').where('id', '=', id))?.group_id ?? null;
}

/** The group a nomination request is for, or null. */
export function requestGroupIdOf(conn: Connection, id: string): string | null {
  return first(conn, qb.selectFrom('nomination_requests').select('group_id').where('id', '=', id))?.group_id ?? null;
}

/** Whether a package was imported after audit entry `seq` (by this session or another process, e.g. a job). */
export function packageImportedAfter(conn: Connection, seq: number): boolean {
  return (
    first(conn, qb.selectFrom('audit_log').select('seq').where('seq', '>', seq).where('action', '=', 'package-import').limit(1)) !==
    undefined
  );
}
