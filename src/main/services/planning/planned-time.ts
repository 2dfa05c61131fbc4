import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type { Board, boardInputSchema, PlannedTime, plannedTimeInputSchema, TeamTime } from '@shared/contract/planning/teams';
import type { Database } from '../../db/schema';
import { monthWindow, yearMonths, type MonthInfo } from '@shared/calendar';
import { expectedAllocation } from '../../domain/levels/allocations';
import { boardTeam, buildBoard, type BoardEntry } from '../../domain/levels/board';
import { deviations, regionTimes, teamTime, type TeamInput } from '../../domain/levels/planned-time';
import { sortEvents } from '../../domain/levels/timeline';
import { isoDay } from '../../domain/register-rules';
import type { ServiceContext } from '../../lib/context';
import { loadLevelEvents, loadWindowMemberships, regionNames, type WindowMembership } from '../../repositories/planning-queries';
import { readLevelAllocations } from './level-allocations';
import { loadTeamGroups, type TeamFilter } from './teams';

type Executor = Kysely<Database> | Transaction<Database>;

export type TeamTimes = { inputs: TeamInput[]; times: TeamTime[] };

/** Planned and actual time of the selected teams: groups, level events and memberships in one query each. */
export async function computeTeamTimes(db: Executor, months: readonly MonthInfo[], filter: TeamFilter, asOf: string): Promise<TeamTimes> {
  const groups = await loadTeamGroups(db, filter);
  const ids = groups.map((g) => g.id);
  const events = await loadLevelEvents(db, ids);
  const { memberships } = await loadWindowMemberships(db, {
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
  const expected = expectedAllocation(await readLevelAllocations(db));
  const inputs = groups.map((g) => ({ groupId: g.id, name: g.name, regionCode: g.regionCode, events: sortEvents(events.get(g.id) ?? []) }));
  const times = inputs.map((team) => teamTime(team, byGroup.get(team.groupId) ?? [], months, expected, asOf));
  return { inputs, times };
}

/** Planned time per team and month (what the level implies), actual time, and the differences. */
export async function getPlannedTime(ctx: ServiceContext, input: z.output<typeof plannedTimeInputSchema>): Promise<PlannedTime> {
  const months = monthWindow(input.from, input.monthCount);
  const asOf = isoDay(ctx.now());
  if (input.groupId !== null) {
    const exists = await ctx.db
      .selectFrom('groups')
      .select('id')
      .where('id', '=', input.groupId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!exists) throw new DomainError('NOT_FOUND', 'Group not found');
  }
  const filter: TeamFilter =
    input.groupId === null
      ? { groupType: null, regionCode: input.regionCode }
      : { groupType: null, regionCode: input.regionCode, groupIds: [input.groupId], anyGroup: true };
  const { times } = await computeTeamTimes(ctx.db, months, filter, asOf);
  return {
    asOf,
    months: months.map((m) => ({ ...m })),
    teams: times,
    regions: regionTimes(times, months, await regionNames(ctx.db)),
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
  const result = await computeTeamTimes(
    ctx.db,
    yearMonths(input.year),
    { groupType: input.groupType, regionCode: input.regionCode },
    isoDay(ctx.now()),
  );
  return buildBoard(boardEntries(result, input.year), input.year, input.basis);
}
