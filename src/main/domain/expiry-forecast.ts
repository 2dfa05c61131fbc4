/** Pure: how many of the own healthcare region's seat terms end in each of the coming quarters. */
import type { SeatHolder, VacancyView } from '@shared/contract/register-insights';
import { quartersFrom } from '@shared/calendar';
import { shareBp } from '@shared/percent';
import { byId, type RegisterSnapshot, type SnapshotGroup, type SnapshotMembership } from './register-snapshot';

export const FORECAST_QUARTERS = 8;

type ForecastOptions = { today: string; ownHealthcareRegionCodes: readonly string[]; expiryShareThresholdBp: number };

/**
 * The current quarter and the seven after it. A term counts in the quarter of its end date when it is
 * current or planned and ends today or later. A quarter is flagged when strictly more than the
 * threshold share of the own seats expire in it.
 */
export function expiryForecast(
  snapshot: RegisterSnapshot,
  groups: readonly SnapshotGroup[],
  options: ForecastOptions,
  toHolder: (m: SnapshotMembership) => SeatHolder,
): VacancyView['forecast'] {
  const groupsById = byId(groups);
  const own = new Set(options.ownHealthcareRegionCodes);
  const ownSeats = byId(
    snapshot.seats.filter((s) => groupsById.has(s.groupId) && s.healthcareRegionCode !== null && own.has(s.healthcareRegionCode)),
  );
  const terms = snapshot.memberships.flatMap((m) =>
    m.seatId !== null && ownSeats.has(m.seatId) && m.endDate !== null && m.endDate >= options.today ? [{ m, end: m.endDate }] : [],
  );
  terms.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  const seatCount = ownSeats.size;
  const quarters = quartersFrom(options.today, FORECAST_QUARTERS).map((q) => {
    const ending = terms.filter((t) => t.end >= q.firstDay && t.end <= q.lastDay);
    const expiring = ending.length;
    return {
      quarter: q.label,
      firstDay: q.firstDay,
      lastDay: q.lastDay,
      expiring,
      shareBp: shareBp(expiring, seatCount),
      flagged: seatCount > 0 && expiring * 10_000 > options.expiryShareThresholdBp * seatCount,
      terms: ending.map(({ m, end }) => {
        const holder = toHolder(m);
        return {
          membershipId: m.id,
          personId: m.personId,
          personName: holder.personName,
          groupId: m.groupId,
          groupName: groupsById.get(m.groupId)?.name ?? '',
          seatLabel: holder.seatLabel,
          endDate: end,
        };
      }),
    };
  });
  return { seatCount, thresholdBp: options.expiryShareThresholdBp, quarters };
}
