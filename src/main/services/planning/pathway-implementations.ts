import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type { Pathway, setImplementationSchema } from '@shared/contract/planning/pathways';
import { transaction, type Connection } from '../../db/data';
import { implementationDateProblem, implementationOwner } from '../../domain/pathways';
import type { ServiceContext } from '../../lib/context';
import { implementationFor, livePathway } from '../../repositories/planning/pathways';
import { liveGroupBrief } from '../../repositories/planning/teams';
import { write } from '../../repositories/record-writer';
import { requireOwner } from '../../repositories/records';
import { liveRegion } from '../../repositories/regions';
import { getPathway } from './pathways';
import { loadInstallation, resolveScope } from './scope';

type Input = z.output<typeof setImplementationSchema>;

/** Whom the status is recorded for, after checking the pathway, region, dates and responsible group. */
function validate(conn: Connection, input: Input): string {
  const installation = loadInstallation(conn);
  if (installation === null) throw refusal('NOT_INITIALISED', 'installation.notChosen');
  if (!livePathway(conn, input.carePathwayId)) throw refusal('NOT_FOUND', 'pathway.notFound');
  if (!liveRegion(conn, input.regionCode)) throw refusal('VALIDATION', 'region.unknown', { code: input.regionCode });
  const members = installation.kind === 'HEALTHCARE_REGION' ? resolveScope(conn, installation.code).regionCodes : [];
  const decision = implementationOwner(installation, input.regionCode, members);
  if ('problem' in decision) throw refusal('FORBIDDEN', decision.problem.key, decision.problem.params);
  const problem = implementationDateProblem(input);
  if (problem) throw refusal('VALIDATION', problem.key, problem.params);
  if (input.responsibleGroupId !== null) {
    const group = liveGroupBrief(conn, input.responsibleGroupId);
    if (!group) throw refusal('VALIDATION', 'pathway.responsibleMissing');
    if (group.type !== 'RPT' && group.type !== 'NAG') throw refusal('VALIDATION', 'pathway.responsibleWrongType');
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
  transaction(ctx.conn, () => {
    const owner = validate(ctx.conn, input);
    const how = { actor: ctx.actor, now, owner };
    const existing = implementationFor(ctx.conn, input.carePathwayId, input.regionCode);
    if (existing && !existing.deleted) {
      if (input.version === null) throw refusal('CONFLICT', 'pathway.statusExists');
      write(ctx.conn, 'pathway_implementations', { id: existing.record.id, expectedVersion: input.version }, columns(input), {
        ...how,
        action: 'update',
      });
    } else if (input.version !== null) {
      throw refusal('NOT_FOUND', 'pathway.statusNotFound');
    } else if (existing) {
      // the own tombstone comes back (another owner's is refused by the writer)
      write(ctx.conn, 'pathway_implementations', { id: existing.record.id, revive: true }, columns(input), { ...how, action: 'update' });
    } else {
      const fields = { care_pathway_id: input.carePathwayId, region_code: input.regionCode, ...columns(input) };
      write(ctx.conn, 'pathway_implementations', { id: ctx.newId() }, fields, { ...how, action: 'create' });
    }
  });
  return getPathway(ctx, input.carePathwayId);
}

/**
 * An implementation status recorded by mistake: a tombstone through the record writer (owner and the
 * version the user saw checked), audited as a correction; the region's cell shows "not started" again.
 */
export async function removeImplementation(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const how = { action: 'delete' as const, auditAction: 'correction', actor: ctx.actor, now: ctx.now().toISOString() };
  transaction(ctx.conn, () => {
    write(
      ctx.conn,
      'pathway_implementations',
      { id: input.id, expectedVersion: input.version },
      {},
      { ...how, owner: requireOwner(ctx.conn) },
    );
  });
  return { ok: true };
}
