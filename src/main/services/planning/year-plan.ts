import type { z } from 'zod';
import type { YearPlan, yearPlanInputSchema } from '@shared/contract/planning/year-plan';
import type { Connection } from '../../db/data';
import { yearMonths } from '@shared/calendar';
import { buildBoard } from '../../domain/levels/board';
import { buildPathwayMatrix } from '../../domain/pathways';
import { isoDay } from '@shared/calendar';
import { fteByGroupType, levelChangesInYear, pathwayProgress, seatCounts, yearPlanAsOf, type SeatRow } from '../../domain/year-plan';
import type { ServiceContext } from '../../lib/context';
import { loadWindowMemberships } from '../../repositories/planning-queries';
import { loadImplementations, loadPathways } from '../../repositories/planning/pathways';
import { seatHoldings } from '../../repositories/planning/seat-holding';
import { ownerCodeOf } from '../../repositories/records';
import { boardEntries, computeTeamTimes } from './planned-time';
import { regionsOfHealthcareRegions, scopeOrOwn, type PlanningScope } from './scope';

/** National seats of the scope's healthcare region(s) and the seats of the scope's own groups, held or not on `asOf`. */
function seatRows(conn: Connection, scope: PlanningScope, asOf: string): SeatRow[] {
  const hrs = new Set(scope.healthcareRegionCodes);
  const regions = new Set(scope.regionCodes);
  return seatHoldings(conn, asOf)
    .filter((r) =>
      r.groupLevel === 'NATIONAL'
        ? r.healthcareRegionCode !== null && hrs.has(r.healthcareRegionCode)
        : (r.groupRegionCode !== null && regions.has(r.groupRegionCode)) ||
          (scope.kind === 'HEALTHCARE_REGION' && r.groupHealthcareRegionCode === scope.code),
    )
    .map((r) => ({ groupId: r.groupId, groupType: r.groupType, national: r.groupLevel === 'NATIONAL', held: r.held }));
}

function teamsSection(conn: Connection, scope: PlanningScope, year: number, today: string): YearPlan['teams'] {
  const result = computeTeamTimes(conn, yearMonths(year), { groupType: null, regionCode: null, regionCodes: scope.regionCodes }, today);
  const board = buildBoard(boardEntries(result, year), year, 'PREDOMINANT');
  return {
    byLevel: board.columns.map((c) => ({
      level: c.level,
      count: c.teams.length,
      plannedFte: c.plannedFte,
      teams: c.teams.map((t) => ({
        groupId: t.groupId,
        name: t.name,
        levelAtYearStart: t.levelAtYearStart,
        predominantLevel: t.predominantLevel,
        plannedFte: t.plannedFte,
        actualFte: t.actualFte,
      })),
    })),
    plannedFte: board.plannedFte,
    actualFte: board.actualFte,
    levelChangesInYear: levelChangesInYear(result.inputs, year),
  };
}

function pathwaysSection(conn: Connection, scope: PlanningScope, year: number): YearPlan['pathways'] {
  const owner = ownerCodeOf(conn);
  const pathways = loadPathways(conn);
  const implementations = loadImplementations(conn, owner);
  const regions = regionsOfHealthcareRegions(conn, scope.healthcareRegionCodes).filter((r) => scope.regionCodes.includes(r.code));
  const matrix = buildPathwayMatrix(pathways, implementations, regions, scope.healthcareRegionCodes);
  const progress = pathwayProgress(implementations, scope.regionCodes, new Map(pathways.map((p) => [p.id, p.name])), year);
  return { pathwayCount: matrix.pathwayCount, regions: matrix.regions, ...progress };
}

/** The year plan of a region or healthcare region: seats, time per month, teams by level, pathways. */
export async function getYearPlan(ctx: ServiceContext, input: z.output<typeof yearPlanInputSchema>): Promise<YearPlan> {
  const scope = scopeOrOwn(ctx.conn, input.scopeCode);
  const today = isoDay(ctx.now());
  const asOf = yearPlanAsOf(today, input.year);
  const months = yearMonths(input.year);
  const { memberships } = loadWindowMemberships(ctx.conn, {
    firstDay: months[0]!.firstDay,
    lastDay: months[11]!.lastDay,
    regionCodes: scope.regionCodes,
  });
  return {
    year: input.year,
    asOf,
    scope: { ...scope },
    seats: seatCounts(seatRows(ctx.conn, scope, asOf)),
    fte: fteByGroupType(memberships, months),
    teams: teamsSection(ctx.conn, scope, input.year, today),
    pathways: pathwaysSection(ctx.conn, scope, input.year),
  };
}
