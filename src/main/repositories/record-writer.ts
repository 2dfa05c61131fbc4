/**
 * The one door for travelling records (those with id, owner, version, updated_at and deleted_at):
 * refuses records of another owner and stale versions (domain/record-checks.ts, shared with package
 * import), bumps the version, sets updated_at, writes a tombstone for a delete and appends the
 * hash-chained audit entry with the before and after images, all in one transaction. Package import
 * keeps its bulk path (repositories/packages) over the same checks.
 */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { assertWriteAllowed, type StampedRow } from '../domain/record-checks';
import { first, qb, run, transaction, type Connection } from '../db/data';
import type { Database } from '../db/schema';
import { DomainError } from '@shared/contract/domain-error';
import { appendAuditEntry } from './audit';
import { lastChangeOf } from './history';

type SyncKey = 'id' | 'owner' | 'version' | 'created_at' | 'updated_at' | 'deleted_at';

/** Every table whose rows carry the travelling columns. */
export type TravellingTable = {
  [K in keyof Database]: Database[K] extends { id: string; owner: string; updated_at: string; deleted_at: string | null } ? K : never;
}[keyof Database];

export type RecordRow<T extends TravellingTable> = Selectable<Database[T]>;
/** The columns a new record is created with (the travelling columns are the writer's). */
export type RecordFields<T extends TravellingTable> = Omit<Insertable<Database[T]>, SyncKey>;
/** The columns a change sets (the travelling columns are the writer's). */
export type RecordChanges<T extends TravellingTable> = Omit<Updateable<Database[T]>, SyncKey>;

/** What the audit log says happened; `create` inserts, `delete` leaves a tombstone, the others update. */
export type RecordAction = 'create' | 'update' | 'end' | 'delete';

export type WriteOptions = {
  actor: string;
  /** ISO timestamp of the write (updated_at, created_at, deleted_at, the audit entry). */
  now: string;
  /** Whom this installation writes for: the owner of a new record, the only owner whose records it changes. */
  owner: string;
  /** What the audit entry calls a change when it is more specific than the action ("update-national-status"). */
  auditAction?: string;
};

/** The readable noun of each table, for refusals (the renderer words them from the detail's key). */
const LABELS: Record<TravellingTable, string> = {
  healthcare_regions: 'Sjukvårdsregionen',
  regions: 'Regionen',
  region_populations: 'Befolkningsuppgiften',
  healthcare_region_members: 'Medlemskapet i sjukvårdsregionen',
  healthcare_region_member_populations: 'Befolkningsuppgiften',
  organisations: 'Organisationen',
  persons: 'Personen',
  groups: 'Gruppen',
  seats: 'Platsen',
  memberships: 'Uppdraget',
  team_activity_levels: 'Aktivitetsnivån',
  care_pathways: 'Vårdförloppet',
  pathway_implementations: 'Införandet',
  allocation_keys: 'Fördelningsnyckeln',
  allocation_key_shares: 'Andelen',
  hostings: 'Värdskapet',
  cost_items: 'Kostnadsposten',
  cost_parameters: 'Kostnadsparametern',
  default_salaries: 'Standardlönen',
  person_salaries: 'Lönen',
  fixed_contributions: 'Bidraget',
  cost_scenarios: 'Scenariot',
  cost_budgets: 'Budgeten',
  cost_actuals: 'Utfallet',
  cost_region_actuals: 'Utfallet',
  person_erasures: 'Raderingen',
  nomination_requests: 'Nomineringsförfrågan',
  nomination_candidates: 'Kandidaten',
};

/** Whether `entity` names a table of travelling records (an audit entry's entity, read back for an undo). */
export function isTravellingTable(entity: string): entity is TravellingTable {
  return Object.prototype.hasOwnProperty.call(LABELS, entity);
}

/**
 * The record a change or delete is for. `expectedVersion`: the version the user saw (absent for a
 * cascade the user did not see). `revive`: an update of a "set" channel, which brings a tombstone of
 * this owner back (deleted_at cleared, no version check: any new value revives it).
 */
export type ChangeTarget = { id: string; expectedVersion?: number; revive?: boolean };

/** kysely over a table chosen at run time: the writer's own columns are the only ones it names. */
type AnyTables = Record<string, Record<string, unknown>>;
const loose = qb as unknown as Kysely<AnyTables>;

/** The stored row (a tombstone too), or undefined. */
export function storedRecord<T extends TravellingTable>(conn: Connection, table: T, id: string): RecordRow<T> | undefined {
  return read(conn, table, id);
}

function read<T extends TravellingTable>(conn: Connection, table: T, id: string): RecordRow<T> | undefined {
  return first(
    conn,
    loose
      .selectFrom(table as string)
      .selectAll()
      .where('id', '=', id),
  ) as RecordRow<T> | undefined;
}

/**
 * The stored row `target` names, once the writer's owner and version checks pass (the same refusals
 * as write): for a service that validates a change against the stored row before writing it.
 */
export function writableRecord<T extends TravellingTable>(conn: Connection, table: T, target: ChangeTarget, owner: string): RecordRow<T> {
  const before = read(conn, table, target.id);
  const stamped = before as StampedRow | undefined;
  const subject = { entity: table, id: target.id, label: LABELS[table] };
  if (target.revive === true && stamped !== undefined && stamped.deleted_at !== null) {
    assertWriteAllowed({ ...stamped, deleted_at: null }, subject, owner);
  } else {
    try {
      assertWriteAllowed(stamped, subject, owner, target.expectedVersion);
    } catch (error) {
      throw withLastChange(conn, error, table, target.id);
    }
  }
  return before!;
}

/** A stale-version refusal names who changed the record last and when, so the user reads a person and a time, not versions. */
function withLastChange(conn: Connection, error: unknown, table: TravellingTable, id: string): unknown {
  if (!(error instanceof DomainError) || error.detail.key !== 'record.stale') return error;
  const last = lastChangeOf(conn, table, id);
  if (last === null) return error;
  const params = { ...error.detail.params, changedBy: last.actor, changedAt: last.at };
  return new DomainError(error.code, error.message, { key: 'record.stale', params });
}

export function write<T extends TravellingTable>(
  conn: Connection,
  table: T,
  target: { id: string },
  change: RecordFields<T>,
  how: WriteOptions & { action: 'create' },
): RecordRow<T>;
export function write<T extends TravellingTable>(
  conn: Connection,
  table: T,
  target: ChangeTarget,
  change: RecordChanges<T>,
  how: WriteOptions & { action: Exclude<RecordAction, 'create'> },
): RecordRow<T>;
/**
 * Creates, changes or deletes (tombstone) one travelling record with its audit entry, in one
 * transaction (a savepoint inside the caller's), and returns the row as stored. A change or delete
 * without `expectedVersion` (a cascade the user did not see) skips only the version check. An update
 * with `revive` may also bring back the own owner's tombstone (deleted_at cleared).
 */
export function write<T extends TravellingTable>(
  conn: Connection,
  table: T,
  target: ChangeTarget,
  change: RecordFields<T> | RecordChanges<T>,
  how: WriteOptions & { action: RecordAction },
): RecordRow<T> {
  const { id } = target;
  const auditAction = how.auditAction ?? how.action;
  return transaction(conn, () => {
    if (how.action === 'create') {
      const row = { ...change, id, owner: how.owner, version: 1, created_at: how.now, updated_at: how.now, deleted_at: null };
      run(conn, loose.insertInto(table).values(row));
      appendAuditEntry(conn, { action: auditAction, entity: table, recordId: id, before: null, after: row }, how.actor, how.now);
      return read(conn, table, id)!;
    }
    const before = writableRecord(conn, table, target, how.owner);
    const stamped = before as StampedRow;
    const revived = how.action !== 'delete' && stamped.deleted_at !== null;
    const tombstone = how.action === 'delete' ? { deleted_at: how.now } : revived ? { deleted_at: null } : {};
    const changes = { ...change, ...tombstone, version: stamped.version + 1, updated_at: how.now };
    run(
      conn,
      loose
        .updateTable(table as string)
        .set(changes)
        .where('id', '=', id),
    );
    const after = how.action === 'delete' ? null : { ...before, ...changes };
    appendAuditEntry(conn, { action: auditAction, entity: table, recordId: id, before, after }, how.actor, how.now);
    return read(conn, table, id)!;
  });
}
