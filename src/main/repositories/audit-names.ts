/**
 * The readable name of the record an audit entry is about (a person's or group's name, a hosting's group,
 * a cost item's label …), so the audit log shows what changed rather than an id. The id stays in the
 * entry for the technical details; a record without a name (settings, a key) has none.
 */
import { first, qb, type Connection } from '../db/data';
import { allocationKeyNameOf, carePathwayNameOf, groupNameOf, hostingGroupIdOf, organisationNameOf, personNameOf } from './undo';

type Resolve = (conn: Connection, id: string) => string | null;

const groupOfSeat = (conn: Connection, id: string) => first(conn, qb.selectFrom('seats').select('group_id').where('id', '=', id))?.group_id;
const groupOfRequest = (conn: Connection, id: string) =>
  first(conn, qb.selectFrom('nomination_requests').select('group_id').where('id', '=', id))?.group_id;
const groupOfLevel = (conn: Connection, id: string) =>
  first(conn, qb.selectFrom('team_activity_levels').select('group_id').where('id', '=', id))?.group_id;

/** A name through the group a record belongs to. */
const viaGroup =
  (groupOf: (conn: Connection, id: string) => string | null | undefined): Resolve =>
  (conn, id) => {
    const groupId = groupOf(conn, id);
    return groupId ? groupNameOf(conn, groupId) : null;
  };

function membershipName(conn: Connection, id: string): string | null {
  const m = first(conn, qb.selectFrom('memberships').select(['person_id', 'group_id']).where('id', '=', id));
  if (!m) return null;
  const names = [personNameOf(conn, m.person_id), groupNameOf(conn, m.group_id)].filter((n): n is string => !!n);
  return names.length > 0 ? names.join(' – ') : null;
}

function candidateName(conn: Connection, id: string): string | null {
  const c = first(conn, qb.selectFrom('nomination_candidates').select('person_id').where('id', '=', id));
  return c?.person_id ? personNameOf(conn, c.person_id) : null;
}

function personSalaryName(conn: Connection, id: string): string | null {
  const s = first(conn, qb.selectFrom('person_salaries').select('person_id').where('id', '=', id));
  return s ? personNameOf(conn, s.person_id) : null;
}

const RESOLVERS: Record<string, Resolve> = {
  persons: personNameOf,
  groups: groupNameOf,
  organisations: organisationNameOf,
  care_pathways: carePathwayNameOf,
  allocation_keys: allocationKeyNameOf,
  hostings: viaGroup(hostingGroupIdOf),
  seats: viaGroup(groupOfSeat),
  nomination_requests: viaGroup(groupOfRequest),
  team_activity_levels: viaGroup(groupOfLevel),
  memberships: membershipName,
  nomination_candidates: candidateName,
  person_salaries: personSalaryName,
  cost_items: (conn, id) => first(conn, qb.selectFrom('cost_items').select('label').where('id', '=', id))?.label ?? null,
  fixed_contributions: (conn, id) => first(conn, qb.selectFrom('fixed_contributions').select('label').where('id', '=', id))?.label ?? null,
  cost_scenarios: (conn, id) => first(conn, qb.selectFrom('cost_scenarios').select('name').where('id', '=', id))?.name ?? null,
  cost_budgets: (conn, id) => first(conn, qb.selectFrom('cost_budgets').select('name').where('id', '=', id))?.name ?? null,
};

/** Audit list rows with the readable name of each one's record (null when it has none), each record looked up once. */
export function withRecordNames<R extends { entity: string; recordId: string | null }>(
  conn: Connection,
  rows: readonly R[],
): (R & { recordName: string | null })[] {
  const cache = new Map<string, string | null>();
  return rows.map((row) => {
    const resolve = RESOLVERS[row.entity];
    if (!resolve || row.recordId === null) return { ...row, recordName: null };
    const key = `${row.entity}\u0000${row.recordId}`;
    if (!cache.has(key)) cache.set(key, resolve(conn, row.recordId) || null);
    return { ...row, recordName: cache.get(key) ?? null };
  });
}
