/**
 * Planned time of a team: for every member and day, what the level in force implies for the member's
 * role; actual time: the member's own allocation. Both in basis-point-days per month, so a level
 * change or a membership that starts mid-month splits the month by days.
 */
import type { MemberTime, PlannedTime, TeamTime } from '@shared/contract/planning/teams';
import {
  addBpDays,
  displayFte,
  membershipSpan,
  monthlySum,
  monthSpans,
  spanDays,
  type CapacityMembership,
  type DaySpan,
  type MonthSpan,
} from '../capacity/load';
import { dayFromNumber, dayNumber, type MonthInfo } from '@shared/calendar';
import type { ExpectedAllocation } from './allocations';
import { daysByLevel, levelOn, levelSegments, type LevelEventInput, type LevelSegment } from './timeline';

export type TeamInput = { groupId: string; name: string; regionCode: string | null; events: readonly LevelEventInput[] };
export type TeamMemberInput = CapacityMembership & { personName: string };

function intersect(a: DaySpan, b: DaySpan): DaySpan | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end < start ? null : { start, end };
}

type MemberSums = { time: MemberTime; planned: number[]; actual: number[] };

/**
 * The day a member's allocation is compared on: today when the member sits today, otherwise the
 * nearest day of the member's period inside the window (the level in force then, not an average
 * over levels the member never worked under).
 */
function referenceDay(span: DaySpan, window: DaySpan, asOf: string): string {
  const first = Math.max(span.start, window.start);
  const last = Math.min(span.end, window.end);
  return dayFromNumber(Math.min(Math.max(dayNumber(asOf), first), last));
}

function memberSums(
  m: TeamMemberInput,
  segments: readonly LevelSegment[],
  months: readonly MonthSpan[],
  context: { team: TeamInput; expected: ExpectedAllocation; asOf: string; window: DaySpan },
): MemberSums | null {
  const span = membershipSpan(m);
  if (span === null) return null;
  const planned = new Array<number>(months.length).fill(0);
  const actual = new Array<number>(months.length).fill(0);
  for (const segment of segments) {
    const part = intersect(span, segment);
    if (part !== null) addBpDays(planned, part, context.expected(segment.level, m.role), months);
  }
  addBpDays(actual, span, m.allocationBp, months);
  const activeDays = months.reduce((sum, month) => sum + spanDays(span, month), 0);
  if (activeDays === 0) return null;
  const plannedBpDays = planned.reduce((s, v) => s + v, 0);
  const actualBpDays = actual.reduce((s, v) => s + v, 0);
  const activeNow = m.startDate <= context.asOf && (m.endDate === null || m.endDate >= context.asOf);
  const differenceBp =
    m.allocationBp - context.expected(levelOn(context.team.events, referenceDay(span, context.window, context.asOf)), m.role);
  return {
    planned,
    actual,
    time: {
      membershipId: m.id,
      personId: m.personId,
      personName: m.personName,
      role: m.role,
      startDate: m.startDate,
      endDate: m.endDate,
      allocationBp: m.allocationBp,
      expectedBpNow: activeNow ? context.expected(levelOn(context.team.events, context.asOf), m.role) : null,
      activeDays,
      plannedBpDays,
      actualBpDays,
      differenceBp,
      deviates: differenceBp !== 0,
    },
  };
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** One team's planned and actual time per month over the window, with every member's difference. */
export function teamTime(
  team: TeamInput,
  members: readonly TeamMemberInput[],
  monthInfos: readonly MonthInfo[],
  expected: ExpectedAllocation,
  asOf: string,
): TeamTime {
  const months = monthSpans(monthInfos);
  const window = { start: months[0]!.start, end: months[months.length - 1]!.end };
  const segments = levelSegments(team.events, window);
  const planned = new Array<number>(months.length).fill(0);
  const actual = new Array<number>(months.length).fill(0);
  const memberTimes: MemberTime[] = [];
  for (const m of members) {
    const sums = memberSums(m, segments, months, { team, expected, asOf, window });
    if (sums === null) continue;
    sums.planned.forEach((v, i) => (planned[i] = (planned[i] ?? 0) + v));
    sums.actual.forEach((v, i) => (actual[i] = (actual[i] ?? 0) + v));
    memberTimes.push(sums.time);
  }
  memberTimes.sort((a, b) => collator.compare(a.personName, b.personName) || a.startDate.localeCompare(b.startDate));
  return {
    groupId: team.groupId,
    name: team.name,
    regionCode: team.regionCode,
    months: monthInfos.map((info, i) => ({
      month: info.month,
      levels: daysByLevel(segments, months[i]!),
      plannedBpDays: planned[i] ?? 0,
      actualBpDays: actual[i] ?? 0,
      plannedFte: displayFte(planned[i] ?? 0, info.days),
      actualFte: displayFte(actual[i] ?? 0, info.days),
    })),
    plannedFte: monthlySum(planned, monthInfos).averageFte,
    actualFte: monthlySum(actual, monthInfos).averageFte,
    differenceBpDays: actual.reduce((s, v) => s + v, 0) - planned.reduce((s, v) => s + v, 0),
    members: memberTimes,
  };
}

/** Sums of the teams per region (the team's region; teams without one together). */
export function regionTimes(
  teams: readonly TeamTime[],
  monthInfos: readonly MonthInfo[],
  regionNames: ReadonlyMap<string, string>,
): PlannedTime['regions'] {
  const byRegion = new Map<string | null, { planned: number[]; actual: number[] }>();
  for (const team of teams) {
    let sums = byRegion.get(team.regionCode);
    if (!sums) byRegion.set(team.regionCode, (sums = { planned: monthInfos.map(() => 0), actual: monthInfos.map(() => 0) }));
    team.months.forEach((m, i) => {
      sums.planned[i] = (sums.planned[i] ?? 0) + m.plannedBpDays;
      sums.actual[i] = (sums.actual[i] ?? 0) + m.actualBpDays;
    });
  }
  return [...byRegion.entries()]
    .sort(([a], [b]) => (a ?? '~').localeCompare(b ?? '~'))
    .map(([regionCode, sums]) => ({
      regionCode,
      regionName: regionCode === null ? null : (regionNames.get(regionCode) ?? null),
      months: monthInfos.map((info, i) => ({
        month: info.month,
        plannedBpDays: sums.planned[i] ?? 0,
        actualBpDays: sums.actual[i] ?? 0,
        plannedFte: displayFte(sums.planned[i] ?? 0, info.days),
        actualFte: displayFte(sums.actual[i] ?? 0, info.days),
      })),
      plannedFte: monthlySum(sums.planned, monthInfos).averageFte,
      actualFte: monthlySum(sums.actual, monthInfos).averageFte,
    }));
}

export function deviations(teams: readonly TeamTime[]): PlannedTime['deviations'] {
  return teams
    .flatMap((team) => team.members.filter((m) => m.deviates).map((m) => ({ ...m, groupId: team.groupId, groupName: team.name })))
    .sort((a, b) => Math.abs(b.differenceBp) - Math.abs(a.differenceBp) || collator.compare(a.groupName, b.groupName));
}
