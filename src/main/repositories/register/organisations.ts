import type { Organisation } from '@shared/contract/register';
import type { OrganisationType } from '@shared/domain/enums';
import { all, qb, type Connection } from '../../db/data';

function listQuery() {
  return qb
    .selectFrom('organisations as o')
    .leftJoin('persons as p', (join) => join.onRef('p.organisation_id', '=', 'o.id').on('p.deleted_at', 'is', null))
    .select(['o.id', 'o.name', 'o.type', 'o.region_code', 'o.owner', 'o.version', 'o.is_example'])
    .select((eb) => eb.fn.count<number>('p.id').as('person_count'))
    .where('o.deleted_at', 'is', null)
    .groupBy('o.id')
    .orderBy('o.name');
}

export type OrganisationRow = {
  id: string;
  name: string;
  type: string;
  region_code: string | null;
  owner: string;
  version: number;
  is_example: number;
  person_count: number;
};

/** The row→entity mapper of organisations; `owner` decides what is read-only here. */
export function toOrganisation(r: OrganisationRow, owner: string | null): Organisation {
  return {
    id: r.id,
    name: r.name,
    type: r.type as OrganisationType,
    regionCode: r.region_code,
    owner: r.owner,
    version: r.version,
    readOnly: r.owner !== owner,
    isExample: r.is_example === 1,
    personCount: Number(r.person_count),
  };
}

/** Every live organisation with its number of live persons, in name order. */
export function organisationRows(conn: Connection): OrganisationRow[] {
  return all(conn, listQuery());
}
