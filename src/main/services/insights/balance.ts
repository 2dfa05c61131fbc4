import type { z } from 'zod';
import type { Balance, balanceInputSchema } from '@shared/contract/register-insights';
import { buildBalance } from '../../domain/balance';
import type { ServiceContext } from '../../lib/context';
import { loadInsightScope, requireKnownHealthcareRegion, type InsightScope } from './scope';

type BalanceInput = z.output<typeof balanceInputSchema>;

/** The healthcare regions to count, or null for the whole country. */
function balanceRegions(scope: InsightScope, requested: string | null): string[] | null {
  if (requested === 'ALL') return null;
  if (requested !== null) {
    requireKnownHealthcareRegion(scope, requested);
    return [requested];
  }
  return scope.ownHealthcareRegionCodes.length > 0 ? scope.ownHealthcareRegionCodes : null;
}

/**
 * Representation balance of the seats held today in national groups: for one healthcare region, the
 * whole country (`ALL`), or by default the own healthcare region(s) (the whole country before setup).
 */
export async function getBalance(ctx: ServiceContext, input: BalanceInput): Promise<Balance> {
  const scope = loadInsightScope(ctx);
  const codes = balanceRegions(scope, input.healthcareRegionCode ?? null);
  return {
    asOf: scope.today,
    scope: codes === null ? 'ALL' : 'HEALTHCARE_REGION',
    healthcareRegionCodes: codes ?? scope.snapshot.healthcareRegions.map((h) => h.code),
    ...buildBalance(scope.snapshot, scope.today, codes),
  };
}
