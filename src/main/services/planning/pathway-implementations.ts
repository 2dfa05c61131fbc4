import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type { Pathway, setImplementationSchema } from '@shared/contract/planning/pathways';
import type { Database } from '../../db/schema';
import { implementationDateProblem, implementationOwner } from '../../domain/pathways';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';
import { assertWritable } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { getPathway } from './pathways';
import { loadInstallation, resolveScope } from './scope';

type Input = z.output<typeof setImplementationSchema>;
type Trx = Transaction<Database>;

async function validate(trx: Trx, input: Input): Promise<string> {
  const installation = await loadInstallation(trx);
  if (installation === null) throw new DomainError('NOT_INITIALISED', 'Choose whom this installation works for first.');
  const pathway = await trx
    .selectFrom('care_pathways')
    .select('id')
    .where('id', '=', input.carePathwayId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!pathway) throw new DomainError('NOT_FOUND', 'Care pathway not found');
  const region = await trx
    .selectFrom('regions')
    .select('code')
    .where('code', '=', input.regionCode)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!region) throw new DomainError('VALIDATION', `Unknown region: ${input.regionCode}`);
  const members = installation.kind === 'HEALTHCARE_REGION' ? (await resolveScope(trx, installation.code)).regionCodes : [];
  const decision = implementationOwner(installation, input.regionCode, members);
  if ('problem' in decision) throw new DomainError('FORBIDDEN', decision.problem);
  const problem = implementationDateProblem(input);
  if (problem) throw new DomainError('VALIDATION', problem);
  if (input.responsibleGroupId !== null) {
    const group = await trx
      .selectFrom('groups')
      .select('type')
      .where('id', '=', input.responsibleGroupId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!group) throw new DomainError('VALIDATION', 'The responsible group does not exist');
    if (group.type !== 'RPT' && group.type !== 'NAG') throw new DomainError('VALIDATION', 'The responsible group must be an RPT or a NAG');
  }
  return decision.owner;
}

function columns(input: Input) {
  return {
    status: input.status,
    decided_on: input.decidedOn,
    started_on: input.startedOn,
    implemented_on: input.implementedOn,
    responsible_group_id: input.responsibleGroupId,
  };
}

/**
 * Records or updates one region's implementation status of a pathway (one record per pathway and
 * region). `version` null creates it (or revives the own deleted one); otherwise optimistic concurrency.
 */
export async function setImplementation(ctx: ServiceContext, input: Input): Promise<Pathway> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await validate(trx, input);
    const existing = await trx
      .selectFrom('pathway_implementations')
      .selectAll()
      .where('care_pathway_id', '=', input.carePathwayId)
      .where('region_code', '=', input.regionCode)
      .executeTakeFirst();
    if (existing && existing.deleted_at === null) {
      if (input.version === null) throw new DomainError('CONFLICT', 'A status is already recorded for this region; reload and edit it');
      assertWritable(existing, 'Implementation status', owner, input.version);
    } else if (input.version !== null) {
      throw new DomainError('NOT_FOUND', 'Implementation status not found');
    } else if (existing && existing.owner !== owner) {
      throw new DomainError('FORBIDDEN', `Implementation status belongs to ${existing.owner} and is read-only here`);
    }
    if (existing) {
      const changes = { ...columns(input), deleted_at: null, version: existing.version + 1, updated_at: now };
      await trx.updateTable('pathway_implementations').set(changes).where('id', '=', existing.id).execute();
      await appendAudit(
        trx,
        {
          action: 'update',
          entity: 'pathway_implementations',
          recordId: existing.id,
          before: existing,
          after: { ...existing, ...changes },
        },
        ctx.actor,
        now,
      );
      return;
    }
    const id = ctx.newId();
    const row = {
      ...newRecordColumns(id, owner, now),
      care_pathway_id: input.carePathwayId,
      region_code: input.regionCode,
      ...columns(input),
    };
    await trx.insertInto('pathway_implementations').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'pathway_implementations', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getPathway(ctx, input.carePathwayId);
}
