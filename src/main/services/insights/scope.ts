import { DomainError } from '@shared/contract/errors';
import { isoDay } from '../../domain/register-rules';
import { ownHealthcareRegions, type RegisterSnapshot } from '../../domain/register-snapshot';
import type { ServiceContext } from '../../lib/context';
import { getSetting, SETTING_KEYS } from '../../repositories/settings';
import { loadRegisterSnapshot } from './snapshot';

export type InsightScope = {
  today: string;
  snapshot: RegisterSnapshot;
  ownerCode: string | null;
  /** Empty until the installation knows whom it works for. */
  ownHealthcareRegionCodes: string[];
};

/** Today, the register and whom the installation works for, read in one go. */
export async function loadInsightScope(ctx: ServiceContext, options: { seatedOnly?: boolean } = {}): Promise<InsightScope> {
  const kind = await getSetting(ctx.db, SETTING_KEYS.ownerKind);
  const code = await getSetting(ctx.db, SETTING_KEYS.ownerCode);
  const snapshot = await loadRegisterSnapshot(ctx.db, options);
  return {
    today: isoDay(ctx.now()),
    snapshot,
    ownerCode: code,
    ownHealthcareRegionCodes: ownHealthcareRegions({ kind, code }, snapshot.healthcareRegionMembers),
  };
}

export function requireKnownHealthcareRegion(scope: InsightScope, code: string): void {
  if (!scope.snapshot.healthcareRegions.some((h) => h.code === code)) {
    throw new DomainError('VALIDATION', `Unknown healthcare region: ${code}`);
  }
}
