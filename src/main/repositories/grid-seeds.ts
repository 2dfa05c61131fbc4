/**
 * What the saved capacity grids (read-model/grid-seeds.ts) read to catch up with the change log after a
 * start: which persons a changed membership, group or organisation concerns now. Rows of any state
 * (tombstoned too): a tombstoned membership still names its person.
 */
import { all, qb, type Connection } from '../db/data';

/** Membership id → its person, for the memberships still in the table. */
export function membershipPersons(conn: Connection, membershipIds: readonly string[]): Map<string, string> {
  if (membershipIds.length === 0) return new Map();
  const rows = all(
    conn,
    qb
      .selectFrom('memberships')
      .select(['id', 'person_id'])
      .where('id', 'in', [...membershipIds]),
  );
  return new Map(rows.map((r) => [r.id, r.person_id]));
}

/** The memberships of the groups (any state), each with its person. */
export function groupMembershipPersons(conn: Connection, groupIds: readonly string[]): { id: string; personId: string }[] {
  if (groupIds.length === 0) return [];
  const rows = all(
    conn,
    qb
      .selectFrom('memberships')
      .select(['id', 'person_id'])
      .where('group_id', 'in', [...groupIds]),
  );
  return rows.map((r) => ({ id: r.id, personId: r.person_id }));
}

/** The persons (any state) of the organisations. */
export function organisationPersons(conn: Connection, organisationIds: readonly string[]): string[] {
  if (organisationIds.length === 0) return [];
  const rows = all(
    conn,
    qb
      .selectFrom('persons')
      .select('id')
      .where('organisation_id', 'in', [...organisationIds]),
  );
  return rows.map((r) => r.id);
}
