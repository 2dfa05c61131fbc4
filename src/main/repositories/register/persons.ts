import type { PersonSummary } from '@shared/contract/register';
import type { Gender, OrganisationType } from '@shared/domain/enums';
import { first, qb, type Connection } from '../../db/data';
import type { RecordRow } from '../record-writer';
import type { personRows } from '../register-search';

export type PersonRow = RecordRow<'persons'>;
export type PersonWithOrganisation = PersonRow & { organisation_name: string | null };

/** The row→entity mapper of the person list. */
export function toPersonSummary(r: ReturnType<typeof personRows>[number]): PersonSummary {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    regionCode: r.region_code,
    organisationName: r.organisation_name,
    organisationType: r.organisation_type as OrganisationType | null,
    profession: r.profession,
    endedOn: r.ended_on,
    activeMemberships: Number(r.active),
    currentAllocationBp: Number(r.allocation),
    isExample: r.is_example === 1,
  };
}

export function toGender(value: string | null): Gender | null {
  return value as Gender | null;
}

/** A live person with the name of their organisation, or undefined. */
export function livePerson(conn: Connection, id: string): PersonWithOrganisation | undefined {
  return first(
    conn,
    qb
      .selectFrom('persons as p')
      .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
      .selectAll('p')
      .select('o.name as organisation_name')
      .where('p.id', '=', id)
      .where('p.deleted_at', 'is', null),
  );
}

export function personExists(conn: Connection, id: string): boolean {
  return first(conn, qb.selectFrom('persons').select('id').where('id', '=', id).where('deleted_at', 'is', null)) !== undefined;
}

/** How many live persons belong to an organisation. */
export function livePersonCountOf(conn: Connection, organisationId: string): number {
  const row = first(
    conn,
    qb
      .selectFrom('persons')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', organisationId)
      .where('deleted_at', 'is', null),
  );
  return Number(row?.n ?? 0);
}
