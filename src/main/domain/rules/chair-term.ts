/** CHAIR_OVER_3_YEARS: a person chairs the same group longer than the limit (three years since 2020), now or within the horizon. */
import type { WarningOf } from '@shared/contract/rule-warnings';
import { addDays } from '@shared/calendar';
import { chairLastAllowedDay } from '@shared/domain/chair-term';
import { byId, type RegisterSnapshot, type SnapshotMembership } from '../register-snapshot';
import { firstMonthOf, type Horizon } from './horizon';

export type ChairRun = { personId: string; groupId: string; start: string; end: string | null; membershipIds: string[] };

/** Joins a person's chair memberships of one group that overlap or follow on the next day into continuous runs. */
export function chairRuns(memberships: readonly SnapshotMembership[]): ChairRun[] {
  const chairs = memberships
    .filter((m) => m.role === 'CHAIR')
    .sort(
      (a, b) =>
        a.personId.localeCompare(b.personId) ||
        a.groupId.localeCompare(b.groupId) ||
        (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0),
    );
  const runs: ChairRun[] = [];
  for (const m of chairs) {
    const last = runs.at(-1);
    const continues =
      last !== undefined &&
      last.personId === m.personId &&
      last.groupId === m.groupId &&
      (last.end === null || m.startDate <= addDays(last.end, 1));
    if (!continues) {
      runs.push({ personId: m.personId, groupId: m.groupId, start: m.startDate, end: m.endDate, membershipIds: [m.id] });
      continue;
    }
    last.membershipIds.push(m.id);
    if (last.end !== null && (m.endDate === null || m.endDate > last.end)) last.end = m.endDate;
  }
  return runs;
}

/**
 * A run that has not ended before today breaks the limit when it already lasts longer than `maxYears`
 * today, or when it is planned (or open-ended) to last past the last allowed day and that day falls
 * within the horizon. Exactly `maxYears` (start 2023-01-01, end 2025-12-31) is within the limit; one day more is not.
 */
export function chairOverLimit(snapshot: RegisterSnapshot, horizon: Horizon, maxYears: number): WarningOf<'CHAIR_OVER_3_YEARS'>[] {
  const persons = byId(snapshot.persons);
  const groups = byId(snapshot.groups);
  const { today } = horizon;
  return chairRuns(snapshot.memberships).flatMap((run) => {
    if (run.end !== null && run.end < today) return [];
    const lastAllowedDay = chairLastAllowedDay(run.start, maxYears);
    const exceedsOn = addDays(lastAllowedDay, 1);
    const alreadyExceeded = today >= exceedsOn;
    if (exceedsOn > horizon.lastDay || (run.end !== null && run.end < exceedsOn)) return [];
    const warning: WarningOf<'CHAIR_OVER_3_YEARS'> = {
      code: 'CHAIR_OVER_3_YEARS',
      key: `CHAIR_OVER_3_YEARS:${run.personId}:${run.groupId}:${run.start}`,
      severity: 'WARNING',
      dismissal: null,
      personIds: [run.personId],
      groupIds: [run.groupId],
      membershipIds: run.membershipIds,
      firstMonth: firstMonthOf(exceedsOn, horizon),
      params: {
        personId: run.personId,
        personName: persons.get(run.personId)?.name ?? '',
        groupId: run.groupId,
        groupName: groups.get(run.groupId)?.name ?? '',
        maxYears,
        chairSince: run.start,
        chairUntil: run.end,
        lastAllowedDay,
        alreadyExceeded,
        exceedsOn,
      },
    };
    return [warning];
  });
}
