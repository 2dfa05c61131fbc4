import { sql, type Kysely, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { YearPlan, yearPlanInputSchema } from '@shared/contract/planning/year-plan';
import type { GroupType } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import { yearMonths } from '@shared/calendar';
import { buildBoard } from '../../domain/levels/board';
import { buildPathwayMatrix } from '../../domain/pathways';
import { isoDay } from '../../domain/register-rules';
import { fteByGroupType, pathwayProgress, seatCounts, yearPlanAsOf, type SeatRow } from '../../domain/year-plan';
import type { ServiceContext } from '../../lib/context';
import { loadWindowMemberships } from '../../repositories/planning-queries';
import { getSetting, SETTING_KEYS } from '../../repositories/settings';
import { loadImplementations, loadPathways } from './pathways';
import { boardEntries, computeTeamTimes } from './planned-time';
import { regionsOfHealthcareRegions, scopeOrOwn, type PlanningScope } from './scope';

type Executor = Kysely<Database> | Transaction<Database>;

/** National seats of the scope's healthcare region(s) and the seats of the scope's own groups, held or not on `asOf`. */
async function seatRows(db: Executor, scope: PlanningScope, asOf: string): Promise<SeatRow[]> {
  const held = sql<number>`EXISTS (SELECT 1 FROM memberships m WHERE m.seat_id = s.id AND m.deleted_at IS NULL AND m.start_date <= ${asOf}
    AND ((m.end_date IS NULL AND m.status != 'ENDED') OR m.end_date >= ${asOf}))`;
  const rows = await db
    .selectFrom('seats as s')
    .innerJoin('groups as g', 'g.id', 's.group_id')
    .select(['g.id as group_id', 'g.type', 'g.level', 's.healthcare_region_code', 'g.region_code', 'g.healthcare_region_code as group_hr'])
    .select(held.as('held'))
    .where('s.deleted_at', 'is', null)
    .where('g.deleted_at', 'is', null)
    .execute();
  const hrs = new Set(scope.healthcareRegionCodes);
  const regions = new Set(scope.regionCodes);
  return rows
    .filter((r) =>
      r.level === 'NATIONAL'
        ? r.healthcare_region_code !== null && hrs.has(r.healthcare_region_code)
        : (r.region_code !== null && regions.has(r.region_code)) || (scope.kind === 'HEALTHCARE_REGION' && r.group_hr === scope.code),
    )
    .map((r) => ({ groupId: r.group_id, groupType: r.type as GroupType, national: r.level === 'NATIONAL', held: Number(r.held) === 1 }));
}

async function teamsSection(db: Executor, scope: PlanningScope, year: number, today: string): Promise<YearPlan['teams']> {
  const result = await computeTeamTimes(db, yearMonths(year), { groupType: null, regionCode: null, regionCodes: scope.regionCodes }, today);
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
  };
}

async function pathwaysSection(db: Executor, scope: PlanningScope, year: number): Promise<YearPlan['pathways']> {
  const owner = await getSetting(db, SETTING_KEYS.ownerCode);
  const pathways = await loadPathways(db);
  const implementations = await loadImplementations(db, owner);
  const regions = (await regionsOfHealthcareRegions(db, scope.healthcareRegionCodes)).filter((r) => scope.regionCodes.includes(r.code));
  const matrix = buildPathwayMatrix(pathways, implementations, regions, scope.healthcareRegionCodes);
  const progress = pathwayProgress(implementations, scope.regionCodes, new Map(pathways.map((p) => [p.id, p.name])), year);
  return { pathwayCount: matrix.pathwayCount, regions: matrix.regions, ...progress };
}

/** The year plan of a region or healthcare region: seats, time per month, teams by level, pathways. */
export async function getYearPlan(ctx: ServiceContext, input: z.output<typeof yearPlanInputSchema>): Promise<YearPlan> {
  const scope = await scopeOrOwn(ctx.db, input.scopeCode);
  const today = isoDay(ctx.now());
  const asOf = yearPlanAsOf(today, input.year);
  const months = yearMonths(input.year);
  const { memberships } = await loadWindowMemberships(ctx.db, {
    firstDay: months[0]!.firstDay,
    lastDay: months[11]!.lastDay,
    regionCodes: scope.regionCodes,
  });
  return {
    year: input.year,
    asOf,
    scope: { ...scope },
    seats: seatCounts(await seatRows(ctx.db, scope, asOf)),
    fte: fteByGroupType(memberships, months),
    teams: await teamsSection(ctx.db, scope, input.year, today),
    pathways: await pathwaysSection(ctx.db, scope, input.year),
  };
}
