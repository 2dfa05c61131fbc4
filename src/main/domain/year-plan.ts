/** Pure parts of the year plan: the counting day, seats, time by group type and pathway progress. */
import type { Implementation } from '@shared/contract/planning/pathways';
import type { SeatCount, YearPlan } from '@shared/contract/planning/year-plan';
import { GROUP_TYPES, type GroupType } from '@shared/domain/enums';
import { addBpDays, membershipSpan, monthlySum, monthSpans, type CapacityMembership } from './capacity/load';
import type { MonthInfo } from '@shared/calendar';
import { emptyStatusCounts } from './pathways';
import type { LevelOrNone } from '@shared/contract/planning/teams';
import { sortEvents, type LevelEventInput } from './levels/timeline';

/** Seats are counted today when today is in the year, else on 1 January (future) or 31 December (past). */
export function yearPlanAsOf(today: string, year: number): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}

export type SeatRow = { groupId: string; groupType: GroupType; national: boolean; held: boolean };

export function seatCounts(rows: readonly SeatRow[]): YearPlan['seats'] {
  const buckets = new Map<string, SeatCount & { groupIds: Set<string> }>();
  for (const row of rows) {
    const level = row.national ? 'NATIONAL' : 'REGIONAL';
    const key = `${level}:${row.groupType}`;
    let bucket = buckets.get(key);
    if (!bucket)
      buckets.set(key, (bucket = { groupType: row.groupType, level, groups: 0, seats: 0, held: 0, vacant: 0, groupIds: new Set() }));
    bucket.groupIds.add(row.groupId);
    bucket.seats += 1;
    if (row.held) bucket.held += 1;
    else bucket.vacant += 1;
  }
  const order = (s: SeatCount) => (s.level === 'NATIONAL' ? 0 : 100) + GROUP_TYPES.indexOf(s.groupType);
  const counts = [...buckets.values()]
    .map(({ groupIds, ...rest }) => ({ ...rest, groups: groupIds.size }))
    .sort((a, b) => order(a) - order(b));
  return {
    rows: counts,
    total: {
      seats: counts.reduce((s, c) => s + c.seats, 0),
      held: counts.reduce((s, c) => s + c.held, 0),
      vacant: counts.reduce((s, c) => s + c.vacant, 0),
    },
  };
}

/** Time per month by the group type of each membership, by days, plus the total. */
export function fteByGroupType(memberships: readonly CapacityMembership[], months: readonly MonthInfo[]): YearPlan['fte'] {
  const spans = monthSpans(months);
  const byType = new Map<GroupType, number[]>();
  const total = new Array<number>(months.length).fill(0);
  for (const m of memberships) {
    const span = membershipSpan(m);
    if (span === null) continue;
    let target = byType.get(m.groupType);
    if (!target) byType.set(m.groupType, (target = new Array<number>(months.length).fill(0)));
    addBpDays(target, span, m.allocationBp, spans);
    addBpDays(total, span, m.allocationBp, spans);
  }
  return {
    months: months.map((m) => ({ ...m })),
    byGroupType: GROUP_TYPES.filter((t) => byType.has(t)).map((groupType) => ({
      groupType,
      ...monthlySum(byType.get(groupType)!, months),
    })),
    total: monthlySum(total, months),
  };
}

type LevelTeam = { groupId: string; name: string; events: readonly LevelEventInput[] };

/** Every change of a team's activity level that takes effect in the year (a repeat of the same level is no change). */
export function levelChangesInYear(teams: readonly LevelTeam[], year: number): YearPlan['teams']['levelChangesInYear'] {
  const changes: YearPlan['teams']['levelChangesInYear'] = [];
  const prefix = `${year}-`;
  for (const team of teams) {
    let previous: LevelOrNone = 'NONE';
    for (const event of sortEvents(team.events)) {
      if (event.effectiveDate.startsWith(prefix) && event.level !== previous)
        changes.push({ groupId: team.groupId, name: team.name, date: event.effectiveDate, fromLevel: previous, toLevel: event.level });
      previous = event.level;
    }
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'sv'));
}

type Names = ReadonlyMap<string, string>;

/** Status counts over the scope's regions and the status dates that fall in the year. */
export function pathwayProgress(
  implementations: readonly Implementation[],
  regionCodes: readonly string[],
  pathwayNames: Names,
  year: number,
) {
  const inScope = implementations.filter((i) => regionCodes.includes(i.regionCode) && pathwayNames.has(i.carePathwayId));
  const byStatus = emptyStatusCounts();
  for (const i of inScope) byStatus[i.status] += 1;
  byStatus.NOT_STARTED = pathwayNames.size * regionCodes.length - (byStatus.DECIDED + byStatus.IN_PROGRESS + byStatus.IMPLEMENTED);
  const changes: YearPlan['pathways']['changesInYear'] = [];
  const prefix = `${year}-`;
  for (const i of inScope) {
    const name = pathwayNames.get(i.carePathwayId)!;
    const dated = [
      ['DECIDED', i.decidedOn],
      ['IN_PROGRESS', i.startedOn],
      ['IMPLEMENTED', i.implementedOn],
    ] as const;
    for (const [status, date] of dated) {
      if (date !== null && date.startsWith(prefix)) changes.push({ pathwayName: name, regionCode: i.regionCode, status, date });
    }
  }
  changes.sort((a, b) => a.date.localeCompare(b.date) || a.pathwayName.localeCompare(b.pathwayName, 'sv'));
  return { byStatus, changesInYear: changes };
}
