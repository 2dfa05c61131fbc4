/**
 * Readable histories: the audit entries of a record (a person's or group's with its assignments), each
 * with the names of what it refers to (person, group, seat, organisation, owner), so the renderer words
 * them without ever showing an id (src/renderer/src/components/history).
 */
import type { AuditEntryView } from '@shared/contract/records';
import { all, first, qb, type Connection } from '../db/data';
import { ownerName } from './regions';
import { groupNameOf, organisationNameOf, personNameOf, requestGroupIdOf, seatLabelOf } from './undo';

const HISTORY_LIMIT = 100;

type AuditRow = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  record_id: string | null;
  before_json: string | null;
  after_json: string | null;
};

const RESOLVERS: Record<string, (conn: Connection, id: string) => string | null> = {
  person_id: personNameOf,
  group_id: groupNameOf,
  parent_group_id: groupNameOf,
  organisation_id: organisationNameOf,
  seat_id: seatLabelOf,
  /** A candidacy's request, named by the group it nominates to. */
  request_id: (conn, id) => {
    const groupId = requestGroupIdOf(conn, id);
    return groupId ? groupNameOf(conn, groupId) : null;
  },
  owner: (conn, code) => ownerName(conn, /^\d{2}$/.test(code) ? 'REGION' : 'HEALTHCARE_REGION', code) ?? null,
};

function images(row: AuditRow): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const json of [row.before_json, row.after_json]) {
    const value: unknown = json === null ? null : JSON.parse(json);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) found.push(value as Record<string, unknown>);
  }
  return found;
}

/** Audit rows as views, each with the names its images refer to (looked up once per id). */
export function withNames(conn: Connection, rows: AuditRow[]): AuditEntryView[] {
  const cache = new Map<string, string | null>();
  return rows.map((r) => {
    const names: Record<string, string> = {};
    for (const image of images(r)) {
      for (const [field, resolve] of Object.entries(RESOLVERS)) {
        const id = image[field];
        if (typeof id !== 'string' || id in names) continue;
        if (!cache.has(id)) cache.set(id, resolve(conn, id));
        const name = cache.get(id);
        if (name) names[id] = name;
      }
    }
    return {
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      recordId: r.record_id,
      before: r.before_json,
      after: r.after_json,
      names,
    };
  });
}

const COLUMNS = ['seq', 'at', 'actor', 'action', 'entity', 'record_id', 'before_json', 'after_json'] as const;

/** The latest entries of one record, newest first. */
export function historyOf(conn: Connection, entity: string, recordId: string): AuditEntryView[] {
  const rows = all(
    conn,
    qb
      .selectFrom('audit_log')
      .select(COLUMNS)
      .where('entity', '=', entity)
      .where('record_id', '=', recordId)
      .orderBy('seq', 'desc')
      .limit(HISTORY_LIMIT),
  );
  return withNames(conn, rows);
}

/** Who changed one record last and when (its newest audit entry), or null when it has none. */
export function lastChangeOf(conn: Connection, entity: string, recordId: string): { actor: string; at: string } | null {
  const row = first(
    conn,
    qb
      .selectFrom('audit_log')
      .select(['actor', 'at'])
      .where('entity', '=', entity)
      .where('record_id', '=', recordId)
      .orderBy('seq', 'desc')
      .limit(1),
  );
  return row ?? null;
}

/** The records whose history joins their owner's: a person's or group's assignments and a person's candidacies, a group's seats. */
type Related =
  | { entity: 'memberships'; column: 'person_id' | 'group_id' }
  | { entity: 'seats'; column: 'group_id' }
  | { entity: 'nomination_candidates'; column: 'person_id' };

function idsOf(related: Related, ownerId: string) {
  if (related.entity === 'seats') return qb.selectFrom('seats').select('id').where(related.column, '=', ownerId);
  if (related.entity === 'nomination_candidates')
    return qb.selectFrom('nomination_candidates').select('id').where(related.column, '=', ownerId);
  return qb.selectFrom('memberships').select('id').where(related.column, '=', ownerId);
}

/** One record's history with that of the records related to it (a removed one's too), newest first. */
function historyWithRelated(conn: Connection, entity: string, id: string, related: readonly Related[]): AuditEntryView[] {
  const rows = all(
    conn,
    qb
      .selectFrom('audit_log')
      .select(COLUMNS)
      .where((eb) =>
        eb.or([
          eb.and([eb('entity', '=', entity), eb('record_id', '=', id)]),
          ...related.map((r) => eb.and([eb('entity', '=', r.entity), eb('record_id', 'in', idsOf(r, id))])),
        ]),
      )
      .orderBy('seq', 'desc')
      .limit(HISTORY_LIMIT),
  );
  return withNames(conn, rows);
}

/** A person's history with that of their assignments and nomination candidacies, newest first. */
export function personHistory(conn: Connection, personId: string): AuditEntryView[] {
  return historyWithRelated(conn, 'persons', personId, [
    { entity: 'memberships', column: 'person_id' },
    { entity: 'nomination_candidates', column: 'person_id' },
  ]);
}

/** A group's history with that of its assignments and seats, newest first. */
export function groupHistory(conn: Connection, groupId: string): AuditEntryView[] {
  return historyWithRelated(conn, 'groups', groupId, [
    { entity: 'memberships', column: 'group_id' },
    { entity: 'seats', column: 'group_id' },
  ]);
}
