/** The rows of the register's spreadsheet export: every live person and membership with the names they refer to. */
import { all, qb, type Connection } from '../../db/data';

export function exportPersonRows(conn: Connection) {
  return all(
    conn,
    qb
      .selectFrom('persons as p')
      .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
      .leftJoin('regions as r', 'r.code', 'p.region_code')
      .select(['p.name', 'p.email', 'p.phone', 'r.name as region', 'o.name as organisation', 'o.type as organisation_type'])
      .select(['p.profession', 'p.gender', 'p.ended_on', 'p.notes', 'p.owner'])
      .where('p.deleted_at', 'is', null),
  );
}

export function exportMembershipRows(conn: Connection) {
  return all(
    conn,
    qb
      .selectFrom('memberships as m')
      .innerJoin('persons as p', 'p.id', 'm.person_id')
      .innerJoin('groups as g', 'g.id', 'm.group_id')
      .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
      .leftJoin('seats as s', 's.id', 'm.seat_id')
      .select(['p.name', 'p.email', 'o.name as organisation', 'g.name as group_name', 'g.type', 'g.seats_per_healthcare_region', 'm.role'])
      .select([
        's.healthcare_region_code',
        's.region_code',
        's.ordinal',
        'm.start_date',
        'm.end_date',
        'm.allocation_bp',
        'm.status',
        'm.owner',
      ])
      .where('m.deleted_at', 'is', null),
  );
}
