import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type { Organisation, organisationCreateSchema, organisationUpdateSchema } from '@shared/contract/register';
import type { OrganisationType } from '@shared/domain/enums';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, requireOwnerCode } from '../../repositories/records';
import { getSetting, SETTING_KEYS } from '../../repositories/settings';
import { newRecordColumns } from '../../repositories/sync-columns';

type CreateInput = z.output<typeof organisationCreateSchema>;
type UpdateInput = z.output<typeof organisationUpdateSchema>;

export async function listOrganisations(ctx: ServiceContext): Promise<Organisation[]> {
  const owner = await getSetting(ctx.db, SETTING_KEYS.ownerCode);
  const rows = await ctx.db
    .selectFrom('organisations as o')
    .leftJoin('persons as p', (join) => join.onRef('p.organisation_id', '=', 'o.id').on('p.deleted_at', 'is', null))
    .select(['o.id', 'o.name', 'o.type', 'o.region_code', 'o.owner', 'o.version', 'o.is_example'])
    .select((eb) => eb.fn.count<number>('p.id').as('person_count'))
    .where('o.deleted_at', 'is', null)
    .groupBy('o.id')
    .orderBy('o.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type as OrganisationType,
    regionCode: r.region_code,
    owner: r.owner,
    version: r.version,
    readOnly: r.owner !== owner,
    isExample: r.is_example === 1,
    personCount: Number(r.person_count),
  }));
}

async function getOrganisation(ctx: ServiceContext, id: string): Promise<Organisation> {
  const found = (await listOrganisations(ctx)).find((o) => o.id === id);
  if (!found) throw new DomainError('NOT_FOUND', 'Organisation not found');
  return found;
}

export async function createOrganisation(ctx: ServiceContext, input: CreateInput): Promise<Organisation> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const row = { ...newRecordColumns(id, owner, now), name: input.name, type: input.type, region_code: input.regionCode };
    await trx.insertInto('organisations').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'organisations', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getOrganisation(ctx, id);
}

export async function updateOrganisation(ctx: ServiceContext, input: UpdateInput): Promise<Organisation> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('organisations').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Organisation', owner, input.version);
    const changes = { name: input.name, type: input.type, region_code: input.regionCode, version: before.version + 1, updated_at: now };
    await trx.updateTable('organisations').set(changes).where('id', '=', input.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'organisations', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return getOrganisation(ctx, input.id);
}
