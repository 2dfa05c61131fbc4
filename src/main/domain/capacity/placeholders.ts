/**
 * Placeholder rows of the capacity grid: time that is planned but not yet given to a named person — a
 * vacant (or ending) seat of the own healthcare region with the share its next holder is expected to
 * take, and an RPT whose activity level expects a process leader it does not have. They are loads like
 * a person's, so they count in the totals; the grid marks them ("Vakant plats – planerad").
 */
import type { CapacityPlaceholder, CapacitySettings } from '@shared/contract/planning/capacity';
import type { SeatTodo } from '@shared/contract/register-insights';
import type { GroupType, MembershipRole } from '@shared/domain/enums';
import { addDays, dayNumber, type MonthInfo } from '@shared/calendar';
import type { ExpectedAllocation } from '../levels/allocations';
import { levelSegments, type LevelEventInput } from '../levels/timeline';
import { comparePersonsByName, ranked, sortByPeak, type PersonLoad, type RankedGrid } from './grid';
import { addBpDays, BAND_RANK, monthSpans, type DaySpan } from './load';
import { addPlannedTotals } from './totals';

/** The role a planned RPT role stands for. */
export const PLANNED_TEAM_ROLE: MembershipRole = 'PROCESS_LEADER';

export type PlaceholderLoad = PersonLoad & { placeholder: CapacityPlaceholder; groupType: GroupType; healthcareRegionCode: string | null };

function emptySpan(from: string, to: string | null): DaySpan | null {
  const start = dayNumber(from);
  const end = to === null ? Number.POSITIVE_INFINITY : dayNumber(to);
  return end < start ? null : { start, end };
}

/**
 * A vacant seat from the day it is (or becomes) empty — never before today — until the day before an
 * upcoming holder starts, at the group type's default share for a member.
 */
export function seatPlaceholders(
  todo: readonly SeatTodo[],
  months: readonly MonthInfo[],
  today: string,
  expectedShare: (groupType: GroupType) => number,
): PlaceholderLoad[] {
  const spans = monthSpans(months);
  const out: PlaceholderLoad[] = [];
  for (const seat of todo) {
    const emptyFrom = seat.status === 'ENDING' ? latestEnd(seat) : seat.emptyFrom;
    const from = emptyFrom === null || emptyFrom < today ? today : emptyFrom;
    const next = seat.upcoming.map((h) => h.startDate).sort()[0];
    const span = emptySpan(from, next === undefined ? null : addDays(next, -1));
    const share = expectedShare(seat.groupType);
    if (span === null || share <= 0) continue;
    const bpDays = new Array<number>(months.length).fill(0);
    addBpDays(bpDays, span, share, spans);
    if (bpDays.every((v) => v === 0)) continue;
    out.push({
      person: { id: `seat:${seat.seatId}`, name: seat.groupName, regionCode: null, organisationId: null, organisationName: null },
      bpDays,
      groupType: seat.groupType,
      healthcareRegionCode: seat.healthcareRegionCode,
      placeholder: {
        kind: 'SEAT',
        groupId: seat.groupId,
        groupName: seat.groupName,
        groupType: seat.groupType,
        seatLabel: seat.seatLabel,
        role: 'MEMBER',
        from,
        allocationBp: share,
      },
    });
  }
  return out;
}

/** The day after the last covered day of an ending seat. */
function latestEnd(seat: SeatTodo): string | null {
  const ends = seat.holders.map((h) => h.endDate).filter((d): d is string => d !== null);
  if (ends.length === 0) return seat.emptyFrom;
  return addDays(ends.sort()[ends.length - 1]!, 1);
}

export type PlannedTeam = {
  groupId: string;
  name: string;
  regionCode: string | null;
  events: readonly LevelEventInput[];
  /** The team's memberships in the role (any person), to see whether it is filled. */
  roleHolders: readonly { startDate: string; endDate: string | null }[];
};

/**
 * An RPT without a process leader from today (or the window's start, if later) to the window's end:
 * the time its activity level expects of one, month by month as the level changes.
 */
export function teamRolePlaceholders(
  teams: readonly PlannedTeam[],
  months: readonly MonthInfo[],
  today: string,
  expected: ExpectedAllocation,
): PlaceholderLoad[] {
  const spans = monthSpans(months);
  const first = months[0]!.firstDay > today ? months[0]!.firstDay : today;
  const range = { start: dayNumber(first), end: dayNumber(months[months.length - 1]!.lastDay) };
  if (range.end < range.start) return [];
  const out: PlaceholderLoad[] = [];
  for (const team of teams) {
    const held = team.roleHolders.some(
      (m) => (m.endDate === null || dayNumber(m.endDate) >= range.start) && dayNumber(m.startDate) <= range.end,
    );
    if (held) continue;
    const bpDays = new Array<number>(months.length).fill(0);
    for (const segment of levelSegments(team.events, range)) addBpDays(bpDays, segment, expected(segment.level, PLANNED_TEAM_ROLE), spans);
    if (bpDays.every((v) => v === 0)) continue;
    out.push({
      person: { id: `role:${team.groupId}`, name: team.name, regionCode: team.regionCode, organisationId: null, organisationName: null },
      bpDays,
      groupType: 'RPT',
      healthcareRegionCode: null,
      placeholder: {
        kind: 'ROLE',
        groupId: team.groupId,
        groupName: team.name,
        groupType: 'RPT',
        seatLabel: null,
        role: PLANNED_TEAM_ROLE,
        from: first,
        allocationBp: expected(levelSegments(team.events, range)[0]?.level ?? 'NONE', PLANNED_TEAM_ROLE),
      },
    });
  }
  return out;
}

export type PlaceholderFilter = {
  regionCodes: readonly string[] | null;
  healthcareRegionCode: string | null;
  organisationId: string | null;
  groupType: GroupType | null;
  groupId: string | null;
};

/** The placeholders a grid question selects: by group; by region only an RPT's region; none for an organisation. */
export function selectPlaceholders(loads: readonly PlaceholderLoad[], filter: PlaceholderFilter): PlaceholderLoad[] {
  if (filter.organisationId !== null) return [];
  return loads.filter((p) => {
    if (filter.groupType !== null && p.groupType !== filter.groupType) return false;
    if (filter.groupId !== null && p.placeholder.groupId !== filter.groupId) return false;
    if (filter.healthcareRegionCode !== null && p.placeholder.kind === 'SEAT' && p.healthcareRegionCode !== filter.healthcareRegionCode)
      return false;
    if (filter.regionCodes !== null) return p.person.regionCode !== null && filter.regionCodes.includes(p.person.regionCode);
    return true;
  });
}

/**
 * The grid with placeholder rows: after the persons when sorted by name (seats, then roles, each by
 * group), merged by peak when sorted by peak; their time in the totals.
 */
export function withPlaceholders(
  grid: RankedGrid,
  loads: readonly PlaceholderLoad[],
  options: { months: readonly MonthInfo[]; settings: CapacitySettings; minBand: 'HIGH' | 'OVER' | null; sort: 'NAME' | 'PEAK_DESC' },
): RankedGrid {
  const kept = loads
    .map((load) => ranked(load, options.months, options.settings))
    .filter((r) => options.minBand === null || BAND_RANK[r.peakBand] >= BAND_RANK[options.minBand]);
  if (kept.length === 0) return grid;
  kept.sort(
    (a, b) =>
      (a.load.placeholder?.kind ?? '').localeCompare(b.load.placeholder?.kind ?? '') || comparePersonsByName(a.load.person, b.load.person),
  );
  const rows = [...grid.rows, ...kept];
  if (options.sort === 'PEAK_DESC') sortByPeak(rows);
  return {
    rows,
    totals: addPlannedTotals(
      grid.totals,
      kept.map((r) => r.load),
      options.months,
      options.settings,
    ),
  };
}
