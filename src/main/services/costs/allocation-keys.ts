/**
 * Allocation keys (fördelningsnycklar) of a healthcare region: POPULATION (population of 31 Dec of the
 * cost year + offset, default −1), EQUAL, FIXED_VARIABLE (a fixed part split equally, the rest by
 * population) or CUSTOM (basis points per member region adding up to exactly 10 000).
 */
import type { z } from 'zod';
import type { AllocationKeyRow, allocationKeyCreateSchema, allocationKeyUpdateSchema } from '@shared/contract/cost/records';
import { DomainError, refusal } from '@shared/contract/errors';
import { commonPopulationYear, keyWeights } from '@shared/domain/costs';
import type { MemberPopulation } from '@shared/domain/population';
import type { PlanKey } from '../../domain/cost-plan/types';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { liveKeys, liveShares, sharesOfKey, toPlanKey } from '../../repositories/costs/allocation-keys';
import { keyUsedByOtherHost } from '../../repositories/costs/hostings';
import { liveMemberPopulations, liveMembers } from '../../repositories/costs/references';
import { writableRecord, write, type WriteOptions } from '../../repositories/record-writer';
import { installationOwner, requireHealthcareRegionInScope, requireScope } from './scope';

type CreateInput = z.output<typeof allocationKeyCreateSchema>;
type UpdateInput = z.output<typeof allocationKeyUpdateSchema>;

export async function listAllocationKeys(ctx: ServiceContext, input: { healthcareRegionCode: string | null }): Promise<AllocationKeyRow[]> {
  return Promise.resolve(keyRows(ctx.conn, input.healthcareRegionCode, ctx.now().getFullYear()));
}

type PopulationDate = AllocationKeyRow['populationDates'][number];

/** The one population date of a population-based key for a cost year (never a mix of dates). */
function populationDate(conn: Connection, key: PlanKey, costYear: number, populations: readonly MemberPopulation[]): PopulationDate {
  const regions = liveMembers(conn, key.healthcareRegionCode).map((m) => m.regionCode);
  const wantedYear = costYear + key.populationYearOffset;
  try {
    const { used, missing } = commonPopulationYear(populations, key.healthcareRegionCode, regions, wantedYear);
    return { costYear, wantedYear, usedYear: used, missingRegionCodes: missing };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const missing = regions.filter((code) => !populations.some((p) => p.regionCode === code && p.year === wantedYear));
    return { costYear, wantedYear, usedYear: null, missingRegionCodes: missing };
  }
}

function keyRows(conn: Connection, healthcareRegionCode: string | null, year: number): AllocationKeyRow[] {
  const own = installationOwner(conn);
  const shares = liveShares(conn);
  const populations = liveMemberPopulations(conn);
  return liveKeys(conn, healthcareRegionCode).map((k) => {
    const key = toPlanKey(k, shares);
    const byPopulation = key.kind === 'POPULATION' || key.kind === 'FIXED_VARIABLE';
    return {
      ...key,
      populationDates: byPopulation ? [year, year + 1].map((y) => populationDate(conn, key, y, populations)) : [],
      owner: k.owner,
      version: k.version,
      readOnly: k.owner !== own,
    };
  });
}

function getKey(conn: Connection, id: string, year: number): AllocationKeyRow {
  const row = keyRows(conn, null, year).find((k) => k.id === id);
  if (!row) throw refusal('NOT_FOUND', 'key.notFound');
  return row;
}

/** Checks the key against its healthcare region's members (the cost domain checks CUSTOM shares). */
function validateKey(conn: Connection, input: CreateInput): void {
  const members = liveMembers(conn, input.healthcareRegionCode);
  if (members.length === 0) throw refusal('VALIDATION', 'region.unknownHealthcare', { code: input.healthcareRegionCode });
  if (input.kind === 'FIXED_VARIABLE' && input.fixedPartBp === null) throw refusal('VALIDATION', 'key.fixedPartMissing');
  if (input.kind !== 'FIXED_VARIABLE' && input.fixedPartBp !== null) throw refusal('VALIDATION', 'key.fixedPartNotAllowed');
  if (input.kind !== 'CUSTOM' && input.shares.length > 0) throw refusal('VALIDATION', 'key.sharesNotAllowed');
  if (input.kind === 'CUSTOM')
    keyWeights(
      { kind: 'CUSTOM', shares: input.shares },
      members.map((m) => m.regionCode),
      [],
      2000,
    );
}

function keyColumns(input: CreateInput) {
  return {
    name: input.name,
    kind: input.kind,
    healthcare_region_code: input.healthcareRegionCode,
    fixed_part_bp: input.fixedPartBp,
    population_year_offset: input.populationYearOffset,
  };
}

/** Makes the live shares of a key exactly `shares` (rows are reused per region, others tombstoned). */
function syncShares(conn: Connection, ctx: ServiceContext, keyId: string, shares: CreateInput['shares'], how: WriteOptions): void {
  const existing = sharesOfKey(conn, keyId);
  for (const share of shares) {
    const row = existing.find((e) => e.region_code === share.regionCode);
    if (!row) {
      const created = { allocation_key_id: keyId, region_code: share.regionCode, share_bp: share.shareBp };
      write(conn, 'allocation_key_shares', { id: ctx.newId() }, created, { ...how, action: 'create' });
    } else if (row.deleted_at !== null || row.share_bp !== share.shareBp) {
      write(conn, 'allocation_key_shares', { id: row.id, revive: true }, { share_bp: share.shareBp }, { ...how, action: 'update' });
    }
  }
  for (const row of existing.filter((e) => e.deleted_at === null && !shares.some((s) => s.regionCode === e.region_code))) {
    write(conn, 'allocation_key_shares', { id: row.id }, {}, { ...how, action: 'delete' });
  }
}

export async function createAllocationKey(ctx: ServiceContext, input: CreateInput): Promise<AllocationKeyRow> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const scope = requireScope(conn);
    requireHealthcareRegionInScope(scope, input.healthcareRegionCode);
    validateKey(conn, input);
    const how = { actor: ctx.actor, now, owner: scope.code };
    write(conn, 'allocation_keys', { id }, keyColumns(input), { ...how, action: 'create' });
    syncShares(conn, ctx, id, input.shares, how);
  });
  return Promise.resolve(getKey(conn, id, ctx.now().getFullYear()));
}

export async function updateAllocationKey(ctx: ServiceContext, input: UpdateInput): Promise<AllocationKeyRow> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const scope = requireScope(conn);
    const target = { id: input.id, expectedVersion: input.version };
    writableRecord(conn, 'allocation_keys', target, scope.code);
    requireHealthcareRegionInScope(scope, input.healthcareRegionCode);
    validateKey(conn, input);
    if (keyUsedByOtherHost(conn, input.id, input.healthcareRegionCode)) {
      throw refusal('VALIDATION', 'key.usedElsewhere');
    }
    const how = { actor: ctx.actor, now, owner: scope.code };
    write(conn, 'allocation_keys', target, keyColumns(input), { ...how, action: 'update' });
    syncShares(conn, ctx, input.id, input.shares, how);
  });
  return Promise.resolve(getKey(conn, input.id, ctx.now().getFullYear()));
}
