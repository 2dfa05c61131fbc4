import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type {
  PersonDetail,
  PersonSummary,
  personCreateSchema,
  personEndSchema,
  personSearchSchema,
  personUpdateSchema,
} from '@shared/contract/register';
import type { Gender, OrganisationType } from '@shared/domain/enums';
import type { ServiceContext } from '../../lib/context';
import { allocationOn, isoDay } from '../../domain/register-rules';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, auditHistory, provenanceOf, requireOwnerCode } from '../../repositories/records';
import { pagePersons, personRows } from '../../repositories/register-search';
import { getSetting, SETTING_KEYS } from '../../repositories/settings';
import { newRecordColumns } from '../../repositories/sync-columns';
import { loadMembershipViews } from './membership-views';

type SearchInput = z.output<typeof personSearchSchema>;
type CreateInput = z.output<typeof personCreateSchema>;
type UpdateInput = z.output<typeof personUpdateSchema>;
type EndInput = z.output<typeof personEndSchema>;

export { activeOnSql } from '../../repositories/register-search';

/** One page of persons matching the filters, in name order, with the total count. */
export async function searchPersons(ctx: ServiceContext, input: SearchInput): Promise<{ total: number; rows: PersonSummary[] }> {
  const { total, ids } = await pagePersons(ctx.db, input, input.limit, input.offset);
  const rows = await personRows(ctx.db, ids, isoDay(ctx.now()));
  return {
    total,
    rows: rows.map((r) => ({
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
    })),
  };
}

export async function getPerson(ctx: ServiceContext, id: string): Promise<PersonDetail> {
  const owner = await getSetting(ctx.db, SETTING_KEYS.ownerCode);
  const row = await ctx.db
    .selectFrom('persons as p')
    .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select('o.name as organisation_name')
    .where('p.id', '=', id)
    .where('p.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'Person not found');
  const today = isoDay(ctx.now());
  const memberships = await loadMembershipViews(ctx.db, { personId: id }, today, owner);
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    regionCode: row.region_code,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    profession: row.profession,
    gender: row.gender as Gender | null,
    notes: row.notes,
    endedOn: row.ended_on,
    owner: row.owner,
    version: row.version,
    readOnly: row.owner !== owner,
    isExample: row.is_example === 1,
    currentAllocationBp: allocationOn(memberships, today),
    memberships,
    provenance: await provenanceOf(ctx.db, 'persons', id),
    history: await auditHistory(ctx.db, 'persons', id),
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

export async function createPerson(ctx: ServiceContext, input: CreateInput): Promise<PersonDetail> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const row = { ...newRecordColumns(id, owner, now), ...personColumns(input), ended_on: null };
    await trx.insertInto('persons').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'persons', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getPerson(ctx, id);
}

export async function updatePerson(ctx: ServiceContext, input: UpdateInput): Promise<PersonDetail> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('persons').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Person', owner, input.version);
    const changes = { ...personColumns(input), version: before.version + 1, updated_at: now };
    await trx.updateTable('persons').set(changes).where('id', '=', input.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'persons', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return getPerson(ctx, input.id);
}

/** Ends a representative: the person is marked ended and their open memberships end on the same day. */
export async function endPerson(ctx: ServiceContext, input: EndInput): Promise<PersonDetail> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('persons').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Person', owner, input.version);
    await trx
      .updateTable('persons')
      .set({ ended_on: input.endDate, version: before.version + 1, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(
      trx,
      { action: 'end', entity: 'persons', recordId: input.id, before, after: { ...before, ended_on: input.endDate } },
      ctx.actor,
      now,
    );
    const open = await trx
      .selectFrom('memberships')
      .selectAll()
      .where('person_id', '=', input.id)
      .where('owner', '=', owner)
      .where('deleted_at', 'is', null)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', input.endDate)]))
      .execute();
    for (const m of open) {
      // a planned membership that would start after the end is cancelled; a running one ends that day
      const cancelled = m.start_date > input.endDate;
      const changes = cancelled
        ? { deleted_at: now, version: m.version + 1, updated_at: now }
        : { end_date: input.endDate, status: 'ENDED', version: m.version + 1, updated_at: now };
      await trx.updateTable('memberships').set(changes).where('id', '=', m.id).execute();
      const action = cancelled ? 'delete' : 'end';
      await appendAudit(trx, { action, entity: 'memberships', recordId: m.id, before: m, after: { ...m, ...changes } }, ctx.actor, now);
    }
  });
  return getPerson(ctx, input.id);
}
