import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type {
  CapacityCellDetail,
  CapacityGrid,
  CapacityGridInput,
  CapacitySettings,
  capacityCellInputSchema,
} from '@shared/contract/planning/capacity';
import { capacityCellDetail } from '../../domain/capacity/cell';
import { capacityPage } from '../../domain/capacity/grid';
import { monthInfo, monthWindow } from '@shared/calendar';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';
import { readCapacitySettings, writeCapacitySettings } from '../../repositories/capacity-settings';
import { loadWindowMemberships, regionNames } from '../../repositories/planning-queries';
import { registerMirror } from '../../repositories/register-mirror';
import { liveRankedGrid } from './live-grid';
import { resolveScope } from './scope';

/**
 * The capacity grid: the selected persons ranked and totalled once per question and then kept up to
 * date with the changes (live-grid.ts), cells only for the requested page's rows (the view fetches page
 * after page of the same question while scrolling).
 */
export async function getCapacityGrid(ctx: ServiceContext, input: CapacityGridInput): Promise<CapacityGrid> {
  const months = monthWindow(input.from, input.monthCount);
  const { offset, limit, withTotals, ...question } = input;
  let regionCodes: string[] | null = input.regionCode === null ? null : [input.regionCode];
  if (input.healthcareRegionCode !== null) {
    const scope = await resolveScope(ctx.db, input.healthcareRegionCode);
    if (scope.kind !== 'HEALTHCARE_REGION') throw new DomainError('VALIDATION', `Not a healthcare region: ${input.healthcareRegionCode}`);
    regionCodes = regionCodes === null ? scope.regionCodes : regionCodes.filter((c) => scope.regionCodes.includes(c));
  }
  const settings = await readCapacitySettings(ctx.db);
  const names = await regionNames(ctx.db);
  const filter = {
    firstDay: months[0]!.firstDay,
    lastDay: months[months.length - 1]!.lastDay,
    regionCodes,
    organisationId: input.organisationId,
  };
  const options = {
    months,
    settings,
    regionNames: names,
    groupType: input.groupType,
    groupId: input.groupId,
    countOnlyMatching: input.countOnlyMatching,
    minBand: input.minBand,
    sort: input.sort,
  };
  const key = JSON.stringify([question, settings, [...names]]);
  const grid = liveRankedGrid(ctx.sqlite, registerMirror(ctx.sqlite), key, filter, options);
  return capacityPage(grid, { months, settings, offset, limit, withTotals });
}

/** One cell: the memberships behind a person's month. */
export async function getCapacityCell(ctx: ServiceContext, input: z.output<typeof capacityCellInputSchema>): Promise<CapacityCellDetail> {
  const person = await ctx.db
    .selectFrom('persons')
    .select(['id', 'name'])
    .where('id', '=', input.personId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!person) throw new DomainError('NOT_FOUND', 'Person not found');
  const month = monthInfo(input.month);
  const { memberships } = await loadWindowMemberships(ctx.db, { firstDay: month.firstDay, lastDay: month.lastDay, personId: person.id });
  return capacityCellDetail(person, month, memberships, await readCapacitySettings(ctx.db));
}

export async function getCapacitySettings(ctx: ServiceContext): Promise<CapacitySettings> {
  return readCapacitySettings(ctx.db);
}

export async function updateCapacitySettings(ctx: ServiceContext, input: CapacitySettings): Promise<CapacitySettings> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await readCapacitySettings(trx);
    await writeCapacitySettings(trx, input);
    await appendAudit(trx, { action: 'update', entity: 'settings', recordId: 'capacity', before, after: input }, ctx.actor, now);
  });
  return readCapacitySettings(ctx.db);
}
