import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type {
  Pathway,
  PathwayMatrix,
  pathwayCreateSchema,
  pathwayMatrixInputSchema,
  pathwaysListInputSchema,
  pathwayUpdateSchema,
} from '@shared/contract/planning/pathways';
import { NATIONAL_OWNER } from '@shared/domain/enums';
import { transaction } from '../../db/data';
import { buildPathwayMatrix, pathwayEditRight } from '../../domain/pathways';
import type { ServiceContext } from '../../lib/context';
import { loadImplementations, loadPathways, pathwayById } from '../../repositories/planning/pathways';
import { write } from '../../repositories/record-writer';
import { ownerCodeOf, requireOwner } from '../../repositories/records';
import { liveHealthcareRegion, ownHealthcareRegionCodes } from '../../repositories/regions';
import { regionsOfHealthcareRegions } from './scope';

export async function listPathways(ctx: ServiceContext, input: z.output<typeof pathwaysListInputSchema>): Promise<Pathway[]> {
  return pathwaysMatching(ctx, input);
}

function pathwaysMatching(ctx: ServiceContext, input: z.output<typeof pathwaysListInputSchema>): Pathway[] {
  const owner = ownerCodeOf(ctx.conn);
  const implementations = loadImplementations(ctx.conn, owner);
  const query = input.query.toLocaleLowerCase('sv-SE');
  return loadPathways(ctx.conn)
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

export function getPathway(ctx: ServiceContext, id: string): Pathway {
  const found = pathwaysMatching(ctx, { query: '', nationalStatus: null }).find((p) => p.id === id);
  if (!found) throw refusal('NOT_FOUND', 'pathway.notFound');
  return found;
}

/** A pathway added here, owned by the own owner. */
export async function createPathway(ctx: ServiceContext, input: z.output<typeof pathwayCreateSchema>): Promise<Pathway> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  const owner = requireOwner(ctx.conn);
  const fields = { name: input.name, national_status: input.nationalStatus, status_date: input.statusDate };
  write(ctx.conn, 'care_pathways', { id }, fields, { action: 'create', actor: ctx.actor, now, owner });
  return getPathway(ctx, id);
}

/**
 * Own pathways: every field. National reference pathways: only the national status and its date
 * (the owner stays NATIONAL, the version goes up, the audit log records it).
 */
export async function updatePathway(ctx: ServiceContext, input: z.output<typeof pathwayUpdateSchema>): Promise<Pathway> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    const before = pathwayById(ctx.conn, input.id);
    const national = before?.owner === NATIONAL_OWNER;
    const changes = { name: input.name, national_status: input.nationalStatus, status_date: input.statusDate };
    write(
      ctx.conn,
      'care_pathways',
      { id: input.id, expectedVersion: input.version },
      changes,
      national
        ? { action: 'update', auditAction: 'update-national-status', actor: ctx.actor, now, owner: NATIONAL_OWNER }
        : { action: 'update', actor: ctx.actor, now, owner },
    );
    // after the writer's checks (missing, stale), so their refusals come first; throwing rolls the write back
    if (national && input.name !== before.name) {
      throw refusal('FORBIDDEN', 'pathway.nationalName');
    }
  });
  return getPathway(ctx, input.id);
}

/** Pathways × the regions of a healthcare region (default the own; Halland: both), with counts per region. */
export async function getPathwayMatrix(ctx: ServiceContext, input: z.output<typeof pathwayMatrixInputSchema>): Promise<PathwayMatrix> {
  let codes: string[];
  if (input.healthcareRegionCode !== null) {
    if (!liveHealthcareRegion(ctx.conn, input.healthcareRegionCode)) {
      throw refusal('VALIDATION', 'region.unknownHealthcare', { code: input.healthcareRegionCode });
    }
    codes = [input.healthcareRegionCode];
  } else {
    codes = ownHealthcareRegionCodes(ctx.conn);
  }
  const regions = regionsOfHealthcareRegions(ctx.conn, codes);
  const owner = ownerCodeOf(ctx.conn);
  return buildPathwayMatrix(loadPathways(ctx.conn), loadImplementations(ctx.conn, owner), regions, codes);
}
