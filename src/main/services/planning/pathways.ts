import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type {
  Implementation,
  Pathway,
  PathwayMatrix,
  pathwayCreateSchema,
  pathwayMatrixInputSchema,
  pathwaysListInputSchema,
  pathwayUpdateSchema,
} from '@shared/contract/planning/pathways';
import { NATIONAL_OWNER, type CarePathwayStatus, type ImplementationStatus } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import { buildPathwayMatrix, pathwayEditRight } from '../../domain/pathways';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, requireOwnerCode } from '../../repositories/records';
import { getSetting, SETTING_KEYS } from '../../repositories/settings';
import { newRecordColumns } from '../../repositories/sync-columns';
import { loadInstallation, regionsOfHealthcareRegions } from './scope';

type Executor = Kysely<Database> | Transaction<Database>;
const collator = new Intl.Collator('sv', { sensitivity: 'base' });

export async function loadImplementations(db: Executor, owner: string | null): Promise<Implementation[]> {
  const rows = await db
    .selectFrom('pathway_implementations as i')
    .leftJoin('groups as g', 'g.id', 'i.responsible_group_id')
    .select(['i.id', 'i.care_pathway_id', 'i.region_code', 'i.status', 'i.decided_on', 'i.started_on', 'i.implemented_on'])
    .select(['i.responsible_group_id', 'g.name as group_name', 'i.owner', 'i.version'])
    .where('i.deleted_at', 'is', null)
    .orderBy('i.region_code')
    .execute();
  return rows.map((r) => ({
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
  }));
}

export async function loadPathways(db: Executor) {
  const rows = await db
    .selectFrom('care_pathways')
    .select(['id', 'name', 'national_status', 'status_date', 'owner', 'version'])
    .where('deleted_at', 'is', null)
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      nationalStatus: r.national_status as CarePathwayStatus,
      statusDate: r.status_date,
      owner: r.owner,
      version: r.version,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export async function listPathways(ctx: ServiceContext, input: z.output<typeof pathwaysListInputSchema>): Promise<Pathway[]> {
  const owner = await getSetting(ctx.db, SETTING_KEYS.ownerCode);
  const implementations = await loadImplementations(ctx.db, owner);
  const query = input.query.toLocaleLowerCase('sv-SE');
  return (await loadPathways(ctx.db))
    .filter(
      (p) =>
        (input.nationalStatus === null || p.nationalStatus === input.nationalStatus) && p.name.toLocaleLowerCase('sv-SE').includes(query),
    )
    .map((p) => ({
      ...p,
      isReference: p.owner === NATIONAL_OWNER,
      editable: pathwayEditRight(p.owner, owner),
      implementations: implementations.filter((i) => i.carePathwayId === p.id),
    }));
}

export async function getPathway(ctx: ServiceContext, id: string): Promise<Pathway> {
  const found = (await listPathways(ctx, { query: '', nationalStatus: null })).find((p) => p.id === id);
  if (!found) throw new DomainError('NOT_FOUND', 'Care pathway not found');
  return found;
}

/** A pathway added here, owned by the own owner. */
export async function createPathway(ctx: ServiceContext, input: z.output<typeof pathwayCreateSchema>): Promise<Pathway> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const row = {
      ...newRecordColumns(id, owner, now),
      name: input.name,
      national_status: input.nationalStatus,
      status_date: input.statusDate,
    };
    await trx.insertInto('care_pathways').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'care_pathways', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getPathway(ctx, id);
}

/**
 * Own pathways: every field. National reference pathways: only the national status and its date
 * (the owner stays NATIONAL, the version goes up, the audit log records it).
 */
export async function updatePathway(ctx: ServiceContext, input: z.output<typeof pathwayUpdateSchema>): Promise<Pathway> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('care_pathways').selectAll().where('id', '=', input.id).executeTakeFirst();
    const national = before?.owner === NATIONAL_OWNER;
    assertWritable(before, 'Care pathway', national ? NATIONAL_OWNER : owner, input.version);
    if (national && input.name !== before.name) {
      throw new DomainError('FORBIDDEN', 'A national pathway keeps its national name; only its status can be updated here');
    }
    const changes = {
      name: input.name,
      national_status: input.nationalStatus,
      status_date: input.statusDate,
      version: before.version + 1,
      updated_at: now,
    };
    await trx.updateTable('care_pathways').set(changes).where('id', '=', input.id).execute();
    const action = national ? 'update-national-status' : 'update';
    await appendAudit(
      trx,
      { action, entity: 'care_pathways', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return getPathway(ctx, input.id);
}

/** Pathways × the regions of a healthcare region (default the own; Halland: both), with counts per region. */
export async function getPathwayMatrix(ctx: ServiceContext, input: z.output<typeof pathwayMatrixInputSchema>): Promise<PathwayMatrix> {
  let codes: string[];
  if (input.healthcareRegionCode !== null) {
    const known = await ctx.db
      .selectFrom('healthcare_regions')
      .select('code')
      .where('code', '=', input.healthcareRegionCode)
      .executeTakeFirst();
    if (!known) throw new DomainError('VALIDATION', `Unknown healthcare region: ${input.healthcareRegionCode}`);
    codes = [input.healthcareRegionCode];
  } else {
    codes = await ownHealthcareRegionCodes(ctx.db);
  }
  const regions = await regionsOfHealthcareRegions(ctx.db, codes);
  const owner = await getSetting(ctx.db, SETTING_KEYS.ownerCode);
  return buildPathwayMatrix(await loadPathways(ctx.db), await loadImplementations(ctx.db, owner), regions, codes);
}

/** The installation's healthcare region(s); the whole country before setup. */
export async function ownHealthcareRegionCodes(db: Executor): Promise<string[]> {
  const installation = await loadInstallation(db);
  if (installation?.kind === 'HEALTHCARE_REGION') return [installation.code];
  let query = db.selectFrom('healthcare_region_members').select('healthcare_region_code').where('deleted_at', 'is', null);
  if (installation !== null) query = query.where('region_code', '=', installation.code);
  const rows = await query.execute();
  return [...new Set(rows.map((r) => r.healthcare_region_code))].sort();
}
