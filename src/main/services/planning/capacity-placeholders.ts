import type { MonthInfo } from '@shared/calendar';
import type { GroupType } from '@shared/domain/enums';
import { expectedAllocation } from '../../domain/levels/allocations';
import { sortEvents } from '../../domain/levels/timeline';
import { PLANNED_TEAM_ROLE, seatPlaceholders, teamRolePlaceholders, type PlaceholderLoad } from '../../domain/capacity/placeholders';
import { isoDay } from '@shared/calendar';
import type { ServiceContext } from '../../lib/context';
import { loadWindowMemberships } from '../../repositories/planning-queries';
import { loadLevelEvents } from '../../repositories/planning/team-levels';
import { loadTeamGroups } from '../../repositories/planning/teams';
import { allocationDefaults } from '../../repositories/register/memberships';
import { getVacancies } from '../insights/vacancies';
import { readLevelAllocations } from './level-allocations';

/**
 * The capacity grid's placeholder rows over a window: the own healthcare region's seats to fill (from the
 * vacancy view, at the group type's default share for a member) and the RPTs without a process leader
 * (at what their activity level expects of one). With `regionCodes`, only the RPTs of those regions are read
 * (the grid shows no others), and only their process leaders' memberships. Remembered on the read model while
 * nothing changed (same window, regions and day).
 */
export async function capacityPlaceholders(
  ctx: ServiceContext,
  months: readonly MonthInfo[],
  regionCodes: readonly string[] | null = null,
): Promise<PlaceholderLoad[]> {
  const today = isoDay(ctx.now());
  const key = JSON.stringify([today, months[0]?.firstDay, months.length, regionCodes]);
  return ctx.readModel.placeholderLoads.get(key, () => computePlaceholders(ctx, months, regionCodes, today));
}

/** The placeholder rows read afresh (what `capacityPlaceholders` remembers). */
export async function computePlaceholders(
  ctx: ServiceContext,
  months: readonly MonthInfo[],
  regionCodes: readonly string[] | null,
  today: string,
): Promise<PlaceholderLoad[]> {
  const { todo } = await getVacancies(ctx, {});
  const defaults = new Map(allocationDefaults(ctx.conn).map((d) => [`${d.groupType}:${d.role}`, d.allocationBp]));
  const seatShare = (groupType: GroupType) => defaults.get(`${groupType}:MEMBER`) ?? 0;
  const seats = seatPlaceholders(todo, months, today, seatShare);

  const teams = loadTeamGroups(ctx.conn, { groupType: 'RPT', regionCode: null, ...(regionCodes ? { regionCodes } : {}) });
  const ids = teams.map((t) => t.id);
  const events = loadLevelEvents(ctx.conn, ids);
  const { memberships } = loadWindowMemberships(ctx.conn, {
    firstDay: months[0]!.firstDay,
    lastDay: months[months.length - 1]!.lastDay,
    groupIds: ids,
    roles: [PLANNED_TEAM_ROLE],
  });
  const holders = new Map<string, { startDate: string; endDate: string | null }[]>();
  for (const m of memberships) {
    if (m.role !== PLANNED_TEAM_ROLE || m.status === 'ENDED') continue;
    const list = holders.get(m.groupId) ?? [];
    list.push({ startDate: m.startDate, endDate: m.endDate });
    holders.set(m.groupId, list);
  }
  const planned = teams.map((team) => ({
    groupId: team.id,
    name: team.name,
    regionCode: team.regionCode,
    events: sortEvents(events.get(team.id) ?? []),
    roleHolders: holders.get(team.id) ?? [],
  }));
  const roles = teamRolePlaceholders(planned, months, today, expectedAllocation(readLevelAllocations(ctx.conn)));
  return [...seats, ...roles];
}
