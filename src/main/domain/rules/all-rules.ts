/** Every register rule over one snapshot and horizon, in a stable order: warnings before notes, then by first month, code and key. */
import type { RuleSettings, RuleWarning } from '@shared/contract/rule-warnings';
import type { RegisterSnapshot } from '../register-snapshot';
import { chairOverLimit } from './chair-term';
import { possibleDuplicates } from './duplicates';
import { groupsWithoutLeaders } from './group-leadership';
import { overAllocated } from './over-allocation';
import { seatDoubleBooked } from './seat-double-booked';
import { seatOtherHealthcareRegion } from './seat-region';
import { horizonFrom } from './horizon';

export type RuleContext = {
  today: string;
  settings: RuleSettings;
  ownerCode: string | null;
  ownHealthcareRegionCodes: readonly string[];
  /** Pair keys of duplicates the user dismissed. */
  dismissedDuplicates: ReadonlySet<string>;
};

export function evaluateRules(snapshot: RegisterSnapshot, context: RuleContext): RuleWarning[] {
  const { today, settings } = context;
  const horizon = horizonFrom(today, settings.horizonMonths);
  const warnings: RuleWarning[] = [
    ...chairOverLimit(snapshot, horizon, settings.chairMaxYears),
    ...seatOtherHealthcareRegion(snapshot, horizon),
    ...seatDoubleBooked(snapshot, horizon),
    ...groupsWithoutLeaders(snapshot, horizon, {
      ownerCode: context.ownerCode,
      ownHealthcareRegionCodes: context.ownHealthcareRegionCodes,
      national: settings.leadershipScope,
    }),
    ...overAllocated(snapshot, horizon, settings.overAllocationThresholdBp),
    ...possibleDuplicates(snapshot, context.dismissedDuplicates).map((w) => ({ ...w, firstMonth: horizon.months[0]!.month })),
  ];
  const rank = (w: RuleWarning) => (w.severity === 'WARNING' ? 0 : 1);
  return warnings.sort(
    (a, b) => rank(a) - rank(b) || a.firstMonth.localeCompare(b.firstMonth) || a.code.localeCompare(b.code) || a.key.localeCompare(b.key),
  );
}

/** The warnings that concern one person or one group (for the person and group pages). */
export function warningsFor(
  warnings: readonly RuleWarning[],
  filter: { personId?: string | null; groupId?: string | null },
): RuleWarning[] {
  return warnings.filter(
    (w) => (!filter.personId || w.personIds.includes(filter.personId)) && (!filter.groupId || w.groupIds.includes(filter.groupId)),
  );
}
