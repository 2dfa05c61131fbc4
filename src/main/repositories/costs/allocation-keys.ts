/** Allocation keys and their shares per region: the reads and the row→entity mapper. */
import type { Selectable } from 'kysely';
import type { AllocationKeyKind } from '@shared/domain/enums';
import { all, first, qb, type Connection } from '../../db/data';
import type { AllocationKeySharesTable, AllocationKeysTable } from '../../db/schema';
import type { PlanKey } from '../../domain/cost-plan/types';

export type AllocationKeyRow = Selectable<AllocationKeysTable>;
export type ShareRow = Selectable<AllocationKeySharesTable>;

/** A key with its live shares (by region code) as the cost calculation knows it. */
export function toPlanKey(k: AllocationKeyRow, shares: readonly ShareRow[]): PlanKey {
  return {
    id: k.id,
    name: k.name,
    kind: k.kind as AllocationKeyKind,
    healthcareRegionCode: k.healthcare_region_code,
    fixedPartBp: k.fixed_part_bp,
    populationYearOffset: k.population_year_offset,
    shares: shares.filter((s) => s.allocation_key_id === k.id).map((s) => ({ regionCode: s.region_code, shareBp: s.share_bp })),
  };
}

/** Live keys (of one healthcare region when given) by healthcare region, name and id. */
export function liveKeys(conn: Connection, healthcareRegionCode: string | null = null): AllocationKeyRow[] {
  let query = qb.selectFrom('allocation_keys').selectAll().where('deleted_at', 'is', null);
  if (healthcareRegionCode !== null) query = query.where('healthcare_region_code', '=', healthcareRegionCode);
  return all(conn, query.orderBy('healthcare_region_code').orderBy('name').orderBy('id'));
}

/** A live key, or undefined. */
export function liveKey(conn: Connection, id: string): AllocationKeyRow | undefined {
  return first(conn, qb.selectFrom('allocation_keys').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
}

/** Live shares of every key, by region code. */
export function liveShares(conn: Connection): ShareRow[] {
  return all(conn, qb.selectFrom('allocation_key_shares').selectAll().where('deleted_at', 'is', null).orderBy('region_code'));
}

/** Every share row of a key, tombstones included (a share comes back for its region). */
export function sharesOfKey(conn: Connection, keyId: string): ShareRow[] {
  return all(conn, qb.selectFrom('allocation_key_shares').selectAll().where('allocation_key_id', '=', keyId));
}
