/** The example cost plan's rows (example-costs.ts): the NPO Norra hosts, and the insert-or-leave-alone of every row. */
import { all, qb, run, type Connection, type Query } from '../db/data';
import type { ExampleCosts } from '../domain/example-costs';
import { newRecordColumns } from './sync-columns';

/**
 * The national NPO groups of these names, leaving out a group that already has a live hosting by `host`
 * other than the example's own (`exampleId`): the example never adds a second hosting of a group.
 */
export function hostableNationalGroups(
  conn: Connection,
  names: readonly string[],
  host: string,
  exampleId: (groupName: string) => string,
): { id: string; name: string }[] {
  const groups = all(
    conn,
    qb
      .selectFrom('groups')
      .select(['id', 'name'])
      .where('level', '=', 'NATIONAL')
      .where('type', '=', 'NPO')
      .where('deleted_at', 'is', null)
      .where('name', 'in', [...names])
      .orderBy('name'),
  );
  const hosted = all(
    conn,
    qb.selectFrom('hostings').select(['id', 'group_id']).where('host_healthcare_region_code', '=', host).where('deleted_at', 'is', null),
  );
  return groups.filter((g) => !hosted.some((h) => h.group_id === g.id && h.id !== exampleId(g.name)));
}

function insertNew<T>(conn: Connection, rows: readonly T[], insert: (row: T) => Query<unknown>): number {
  let added = 0;
  for (const row of rows) added += run(conn, insert(row)).changes;
  return added;
}

/** Inserts the example cost plan; rows that exist (same id, or same owner and year) are left alone. How many rows were new. */
export function insertExampleCosts(conn: Connection, data: ExampleCosts, now: string): number {
  let added = insertNew(conn, data.hostings, (h) =>
    qb
      .insertInto('hostings')
      .values({
        ...newRecordColumns(h.id, 'NORRA', now),
        group_id: h.groupId,
        host_healthcare_region_code: 'NORRA',
        status: 'ACTIVE',
        start_date: '2024-01-01',
        end_date: null,
        allocation_key_id: null,
        rounding_unit: 'KRONA',
      })
      .onConflict((oc) => oc.doNothing()),
  );
  added += insertNew(conn, data.items, (i) =>
    qb
      .insertInto('cost_items')
      .values({
        ...newRecordColumns(i.id, 'NORRA', now),
        hosting_id: i.hostingId,
        year: i.year,
        kind: 'STAFFED_ROLE',
        label: i.label,
        role: 'PROCESS_LEADER',
        profession: null,
        allocation_bp: 10_000,
        monthly_salary_ore: null,
        amount_ore: null,
      })
      .onConflict((oc) => oc.doNothing()),
  );
  added += insertNew(conn, data.parameters, (p) =>
    qb
      .insertInto('cost_parameters')
      .values({ ...newRecordColumns(p.id, p.owner, now), year: p.year, po_surcharge_bp: p.poSurchargeBp, source: p.source })
      .onConflict((oc) => oc.doNothing()),
  );
  added += insertNew(conn, data.defaultSalaries, (s) =>
    qb
      .insertInto('default_salaries')
      .values({
        ...newRecordColumns(s.id, s.owner, now),
        year: s.year,
        role: s.role,
        profession: '',
        monthly_salary_ore: s.monthlySalaryOre,
      })
      .onConflict((oc) => oc.doNothing()),
  );
  added += insertNew(conn, data.contributions, (c) =>
    qb
      .insertInto('fixed_contributions')
      .values({
        ...newRecordColumns(c.id, c.regionCode, now),
        region_code: c.regionCode,
        year: c.year,
        recipient: c.recipient,
        label: c.label,
        amount_ore: c.amountOre,
      })
      .onConflict((oc) => oc.doNothing()),
  );
  return added;
}
