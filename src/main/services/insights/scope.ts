import { refusal } from '@shared/contract/errors';
import { isoDay } from '@shared/calendar';
import { ownHealthcareRegions, type RegisterSnapshot } from '../../domain/register-snapshot';
import type { ServiceContext } from '../../lib/context';
import { loadRegisterSnapshot } from '../../repositories/register-snapshot';
import { readSetting, SETTING_KEYS } from '../../repositories/settings';

export type InsightScope = {
  today: string;
  snapshot: RegisterSnapshot;
  ownerCode: string | null;
  /** Empty until the installation knows whom it works for. */
  ownHealthcareRegionCodes: string[];
};

/** Today, the register and whom the installation works for, read in one go. */
export function loadInsightScope(ctx: ServiceContext, options: { seatedOnly?: boolean } = {}): InsightScope {
  const kind = readSetting(ctx.conn, SETTING_KEYS.ownerKind);
  const code = readSetting(ctx.conn, SETTING_KEYS.ownerCode);
  const snapshot = loadRegisterSnapshot(ctx.conn, options);
  return {
    today: isoDay(ctx.now()),
    snapshot,
    ownerCode: code,
    ownHealthcareRegionCodes: ownHealthcareRegions({ kind, code }, snapshot.healthcareRegionMembers),
  };
}

export function requireKnownHealthcareRegion(scope: InsightScope, code: string): void {
  if (!scope.snapshot.healthcareRegions.some((h) => h.code === code)) {
    throw refusal('VALIDATION', 'region.unknownHealthcare', { code });
  }
}
