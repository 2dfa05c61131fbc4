import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type {
  PersonDetail,
  PersonSummary,
  personCreateSchema,
  personEndSchema,
  personSearchSchema,
  personUpdateSchema,
} from '@shared/contract/register';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { isoDay } from '@shared/calendar';
import { allocationOn } from '../../domain/register-rules';
import { personHistory } from '../../repositories/history';
import { ownerCodeOf, recordProvenance, requireOwner } from '../../repositories/records';
import { write } from '../../repositories/record-writer';
import { membershipViews, openMembershipsOf } from '../../repositories/register/memberships';
import { livePerson, toGender, toPersonSummary } from '../../repositories/register/persons';
import { pagePersons, personRows } from '../../repositories/register-search';

type SearchInput = z.output<typeof personSearchSchema>;
type CreateInput = z.output<typeof personCreateSchema>;
type UpdateInput = z.output<typeof personUpdateSchema>;
type EndInput = z.output<typeof personEndSchema>;

export { activeOnSql } from '../../repositories/register-search';

/** One page of persons matching the filters, in name order, with the total count. */
export async function searchPersons(ctx: ServiceContext, input: SearchInput): Promise<{ total: number; rows: PersonSummary[] }> {
  const { total, ids } = pagePersons(ctx.conn, input, input.limit, input.offset);
  return { total, rows: personRows(ctx.conn, ids, isoDay(ctx.now())).map(toPersonSummary) };
}

export async function getPerson(ctx: ServiceContext, id: string): Promise<PersonDetail> {
  return readPerson(ctx, id);
}

function readPerson(ctx: ServiceContext, id: string): PersonDetail {
  const owner = ownerCodeOf(ctx.conn);
  const row = livePerson(ctx.conn, id);
  if (!row) throw refusal('NOT_FOUND', 'person.notFound');
  const today = isoDay(ctx.now());
  const memberships = membershipViews(ctx.conn, { personId: id }, today, owner);
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    regionCode: row.region_code,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    profession: row.profession,
    gender: toGender(row.gender),
    notes: row.notes,
    endedOn: row.ended_on,
    owner: row.owner,
    version: row.version,
    readOnly: row.owner !== owner,
    isExample: row.is_example === 1,
    currentAllocationBp: allocationOn(memberships, today),
    memberships,
    provenance: recordProvenance(ctx.conn, 'persons', id),
    history: personHistory(ctx.conn, id),
  };
}

export function personColumns(input: CreateInput) {
  return {
    name: input.name,
    email: input.email === null ? null : input.email.toLowerCase(),
    phone: input.phone || null,
    region_code: input.regionCode,
    organisation_id: input.organisationId,
    profession: input.profession || null,
    gender: input.gender,
    notes: input.notes || null,
  };
}

/** Creates a person synchronously (inside a caller's transaction: a savepoint of it) and returns the id. */
export function insertPerson(ctx: ServiceContext, input: CreateInput): string {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    write(ctx.conn, 'persons', { id }, { ...personColumns(input), ended_on: null }, { action: 'create', actor: ctx.actor, now, owner });
  });
  return id;
}

export async function createPerson(ctx: ServiceContext, input: CreateInput): Promise<PersonDetail> {
  return readPerson(ctx, insertPerson(ctx, input));
}

export async function updatePerson(ctx: ServiceContext, input: UpdateInput): Promise<PersonDetail> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    const target = { id: input.id, expectedVersion: input.version };
    write(ctx.conn, 'persons', target, personColumns(input), { action: 'update', actor: ctx.actor, now, owner });
  });
  return readPerson(ctx, input.id);
}

/** Ends a representative: the person is marked ended and their open memberships end on the same day. */
export async function endPerson(ctx: ServiceContext, input: EndInput): Promise<PersonDetail> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const how = { actor: ctx.actor, now, owner: requireOwner(ctx.conn) };
    const target = { id: input.id, expectedVersion: input.version };
    write(ctx.conn, 'persons', target, { ended_on: input.endDate }, { ...how, action: 'end' });
    for (const m of openMembershipsOf(ctx.conn, input.id, how.owner, input.endDate)) {
      // a planned membership that would start after the end is cancelled; a running one ends that day
      if (m.start_date > input.endDate) write(ctx.conn, 'memberships', { id: m.id }, {}, { ...how, action: 'delete' });
      else write(ctx.conn, 'memberships', { id: m.id }, { end_date: input.endDate, status: 'ENDED' }, { ...how, action: 'end' });
    }
  });
  return readPerson(ctx, input.id);
}
