/** care_pathways and pathway_implementations: one row→entity mapper each, used by every query of the table. */
import type { Selectable } from 'kysely';
import type { Implementation } from '@shared/contract/planning/pathways';
import type { CarePathwayStatus, ImplementationStatus } from '@shared/domain/enums';
import { all, first, qb, type Connection } from '../../db/data';
import type { Database } from '../../db/schema';

export type PathwayRecord = {
  id: string;
  name: string;
  nationalStatus: CarePathwayStatus;
  statusDate: string | null;
  owner: string;
  version: number;
};

export function pathwayOf(r: Selectable<Database['care_pathways']>): PathwayRecord {
  return {
    id: r.id,
    name: r.name,
    nationalStatus: r.national_status as CarePathwayStatus,
    statusDate: r.status_date,
    owner: r.owner,
    version: r.version,
  };
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** Live pathways in Swedish name order. */
export function loadPathways(conn: Connection): PathwayRecord[] {
  return all(conn, qb.selectFrom('care_pathways').selectAll().where('deleted_at', 'is', null))
    .map(pathwayOf)
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** A live pathway, or undefined. */
export function livePathway(conn: Connection, id: string): PathwayRecord | undefined {
  const row = first(conn, qb.selectFrom('care_pathways').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
  return row ? pathwayOf(row) : undefined;
}

/** A pathway as stored, tombstones included, or undefined. */
export function pathwayById(conn: Connection, id: string): PathwayRecord | undefined {
  const row = first(conn, qb.selectFrom('care_pathways').selectAll().where('id', '=', id));
  return row ? pathwayOf(row) : undefined;
}

type ImplementationRow = Selectable<Database['pathway_implementations']> & { group_name: string | null };

/** An implementation as the views show it; `readOnly` when it belongs to another owner than `owner`. */
export function implementationOf(r: ImplementationRow, owner: string | null): Implementation {
  return {
    id: r.id,
    carePathwayId: r.care_pathway_id,
    regionCode: r.region_code,
    status: r.status as ImplementationStatus,
    decidedOn: r.decided_on,
    startedOn: r.started_on,
    implementedOn: r.implemented_on,
    responsibleGroupId: r.responsible_group_id,
    responsibleGroupName: r.group_name,
    owner: r.owner,
    version: r.version,
    readOnly: r.owner !== owner,
  };
}

function implementations() {
  return qb
    .selectFrom('pathway_implementations as i')
    .leftJoin('groups as g', 'g.id', 'i.responsible_group_id')
    .selectAll('i')
    .select('g.name as group_name');
}

/** Live implementations by region code. */
export function loadImplementations(conn: Connection, owner: string | null): Implementation[] {
  return all(conn, implementations().where('i.deleted_at', 'is', null).orderBy('i.region_code')).map((r) => implementationOf(r, owner));
}

/** The one implementation record of a pathway in a region, tombstone included, or undefined. */
export function implementationFor(
  conn: Connection,
  carePathwayId: string,
  regionCode: string,
): { record: Implementation; deleted: boolean } | undefined {
  const row = first(conn, implementations().where('i.care_pathway_id', '=', carePathwayId).where('i.region_code', '=', regionCode));
  return row ? { record: implementationOf(row, null), deleted: row.deleted_at !== null } : undefined;
}
