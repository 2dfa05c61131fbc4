/**
 * PERSON_OVER_ALLOCATED: a person's load is above the threshold today, or in any month of the horizon.
 * A month counts by days, as in the capacity grid (`capacity/load`): 70 % from 15 February weighs half of February.
 */
import type { WarningOf } from '@shared/contract/rule-warnings';
import { dayNumber } from '@shared/calendar';
import { addBpDays, membershipSpan, monthSpans, spanDays, type MonthSpan } from '../capacity/load';
import { isActiveOn } from '../register-rules';
import type { RegisterSnapshot, SnapshotMembership } from '../register-snapshot';
import type { Horizon } from './horizon';

type Finding = { month: string; allocationBp: number; memberships: SnapshotMembership[] };

/** The horizon's months as day spans, the current month from today on (the days already past do not count). */
function horizonSpans(horizon: Horizon): MonthSpan[] {
  const spans = monthSpans(horizon.months);
  const first = spans[0];
  if (first) {
    first.start = dayNumber(horizon.today);
    first.days = first.end - first.start + 1;
  }
  return spans;
}

function firstOverMonth(
  memberships: readonly SnapshotMembership[],
  horizon: Horizon,
  spans: MonthSpan[],
  thresholdBp: number,
): Finding | null {
  const today = memberships.filter((m) => isActiveOn(m, horizon.today));
  const todayBp = today.reduce((sum, m) => sum + m.allocationBp, 0);
  if (todayBp > thresholdBp) return { month: horizon.months[0]!.month, allocationBp: todayBp, memberships: today };
  const bpDays = new Array<number>(spans.length).fill(0);
  for (const m of memberships) {
    const span = membershipSpan(m);
    if (span !== null) addBpDays(bpDays, span, m.allocationBp, spans);
  }
  const index = bpDays.findIndex((load, i) => load > thresholdBp * spans[i]!.days);
  if (index < 0) return null;
  const range = spans[index]!;
  const behind = memberships.filter((m) => {
    const span = membershipSpan(m);
    return span !== null && spanDays(span, range) > 0;
  });
  return { month: horizon.months[index]!.month, allocationBp: Math.ceil(bpDays[index]! / range.days), memberships: behind };
}

/** Strictly above the threshold: exactly 50 % with a 50 % threshold is fine. */
export function overAllocated(snapshot: RegisterSnapshot, horizon: Horizon, thresholdBp: number): WarningOf<'PERSON_OVER_ALLOCATED'>[] {
  const byPerson = new Map<string, SnapshotMembership[]>();
  for (const m of snapshot.memberships) byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m]);
  const spans = horizonSpans(horizon);
  return snapshot.persons.flatMap((person) => {
    const found = firstOverMonth(byPerson.get(person.id) ?? [], horizon, spans, thresholdBp);
    if (found === null) return [];
    const warning: WarningOf<'PERSON_OVER_ALLOCATED'> = {
      code: 'PERSON_OVER_ALLOCATED',
      key: `PERSON_OVER_ALLOCATED:${person.id}`,
      severity: 'WARNING',
      dismissal: null,
      personIds: [person.id],
      groupIds: [...new Set(found.memberships.map((m) => m.groupId))],
      membershipIds: found.memberships.map((m) => m.id),
      firstMonth: found.month,
      params: {
        personId: person.id,
        personName: person.name,
        allocationBp: found.allocationBp,
        thresholdBp,
        currentMemberships: found.memberships.length,
      },
    };
    return [warning];
  });
}
