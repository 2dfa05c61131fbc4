import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type { Board, boardInputSchema, PlannedTime, plannedTimeInputSchema, TeamTime } from '@shared/contract/planning/teams';
import type { Connection } from '../../db/data';
import { monthWindow, yearMonths, type MonthInfo } from '@shared/calendar';
import { expectedAllocation } from '../../domain/levels/allocations';
import { boardTeam, buildBoard, type BoardEntry } from '../../domain/levels/board';
import { deviations, regionTimes, teamTime, type TeamInput } from '../../domain/levels/planned-time';
import { sortEvents } from '../../domain/levels/timeline';
import { isoDay } from '@shared/calendar';
import type { ServiceContext } from '../../lib/context';
import { loadWindowMemberships, regionNames, type WindowMembership } from '../../repositories/planning-queries';
import { loadLevelEvents } from '../../repositories/planning/team-levels';
import { liveGroupBrief, loadTeamGroups, type TeamFilter } from '../../repositories/planning/teams';
import { readLevelAllocations } from './level-allocations';

export type TeamTimes = { inputs: TeamInput[]; times: TeamTime[] };

/** Planned and actual time of the selected teams: groups, level events and memberships in one query each. */
export function computeTeamTimes(conn: Connection, months: readonly MonthInfo[], filter: TeamFilter, asOf: string): TeamTimes {
  const groups = loadTeamGroups(conn, filter);
  const ids = groups.map((g) => g.id);
  const events = loadLevelEvents(conn, ids);
  const { memberships } = loadWindowMemberships(conn, {
    firstDay: months[0]!.firstDay,
    lastDay: months[months.length - 1]!.lastDay,
    groupIds: ids,
  });
  const byGroup = new Map<string, WindowMembership[]>();
  for (const m of memberships) {
    const list = byGroup.get(m.groupId);
    if (list) list.push(m);
    else byGroup.set(m.groupId, [m]);
  }
  const expected = expectedAllocation(readLevelAllocations(conn));
  const inputs = groups.map((g) => ({ groupId: g.id, name: g.name, regionCode: g.regionCode, events: sortEvents(events.get(g.id) ?? []) }));
  const times = inputs.map((team) => teamTime(team, byGroup.get(team.groupId) ?? [], months, expected, asOf));
  return { inputs, times };
}

/** Planned time per team and month (what the level implies), actual time, and the differences. */
export async function getPlannedTime(ctx: ServiceContext, input: z.output<typeof plannedTimeInputSchema>): Promise<PlannedTime> {
  const months = monthWindow(input.from, input.monthCount);
  const asOf = isoDay(ctx.now());
  if (input.groupId !== null && !liveGroupBrief(ctx.conn, input.groupId)) throw refusal('NOT_FOUND', 'group.notFound');
  const filter: TeamFilter =
    input.groupId === null
      ? { groupType: null, regionCode: input.regionCode }
      : { groupType: null, regionCode: input.regionCode, groupIds: [input.groupId], anyGroup: true };
  const { times } = computeTeamTimes(ctx.conn, months, filter, asOf);
  return {
    asOf,
    months: months.map((m) => ({ ...m })),
    teams: times,
    regions: regionTimes(times, months, regionNames(ctx.conn)),
    deviations: deviations(times),
  };
}

export function boardEntries(result: TeamTimes, year: number): BoardEntry[] {
  return result.inputs.map((team, i) => {
    const time = result.times[i]!;
    return {
      team: boardTeam(team, year, { plannedFte: time.plannedFte, actualFte: time.actualFte }),
      plannedBpDays: time.months.reduce((s, m) => s + m.plannedBpDays, 0),
      actualBpDays: time.months.reduce((s, m) => s + m.actualBpDays, 0),
    };
  });
}

/** The teams of a year in columns by level, each with its planned and actual FTE for the year. */
export async function getBoard(ctx: ServiceContext, input: z.output<typeof boardInputSchema>): Promise<Board> {
  const result = computeTeamTimes(
    ctx.conn,
    yearMonths(input.year),
    { groupType: input.groupType, regionCode: input.regionCode },
    isoDay(ctx.now()),
  );
  return buildBoard(boardEntries(result, input.year), input.year, input.basis);
}
