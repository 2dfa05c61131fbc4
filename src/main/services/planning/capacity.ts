import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type {
  CapacityCellDetail,
  CapacityGrid,
  CapacityGridInput,
  CapacitySettings,
  capacityCellInputSchema,
} from '@shared/contract/planning/capacity';
import { capacityCellDetail } from '../../domain/capacity/cell';
import { capacityPage, orderGrid } from '../../domain/capacity/grid';
import { selectPlaceholders, withPlaceholders } from '../../domain/capacity/placeholders';
import { monthInfo, monthWindow } from '@shared/calendar';
import type { ServiceContext } from '../../lib/context';
import { transaction } from '../../db/data';
import { appendAuditEntry } from '../../repositories/audit';
import { readCapacitySettings, writeCapacitySettings } from '../../repositories/capacity-settings';
import { livePersonName, loadWindowMemberships, regionNames } from '../../repositories/planning-queries';
import { capacityPlaceholders } from './capacity-placeholders';
import { resolveScope } from './scope';

/**
 * The capacity grid: the selected persons ranked and totalled once per question and then kept up to
 * date with the changes (live-grid.ts), cells only for the requested page's rows (the view fetches page
 * after page of the same question while scrolling).
 */
export async function getCapacityGrid(ctx: ServiceContext, input: CapacityGridInput): Promise<CapacityGrid> {
  const months = monthWindow(input.from, input.monthCount);
  const { offset, limit, withTotals, order, ...asked } = input;
  // a header's order starts from the name order (then the ranked grid is shared with the other orders)
  const sort = order ? 'NAME' : input.sort;
  const question = { ...asked, sort };
  let regionCodes: string[] | null = input.regionCode === null ? null : [input.regionCode];
  if (input.healthcareRegionCode !== null) {
    const scope = resolveScope(ctx.conn, input.healthcareRegionCode);
    if (scope.kind !== 'HEALTHCARE_REGION') throw refusal('VALIDATION', 'region.notHealthcare', { code: input.healthcareRegionCode });
    regionCodes = regionCodes === null ? scope.regionCodes : regionCodes.filter((c) => scope.regionCodes.includes(c));
  }
  const settings = readCapacitySettings(ctx.conn);
  const names = regionNames(ctx.conn);
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
    sort,
  };
  const key = JSON.stringify([question, settings, [...names]]);
  const ranked = ctx.readModel.rankedGrid(key, filter, options);
  const placeholders = selectPlaceholders(await capacityPlaceholders(ctx, months, regionCodes), {
    regionCodes,
    healthcareRegionCode: input.healthcareRegionCode,
    organisationId: input.organisationId,
    groupType: input.groupType,
    groupId: input.groupId,
  });
  const grid = withPlaceholders(ranked, placeholders, { months, settings, minBand: input.minBand, sort });
  return capacityPage(order ? orderGrid(grid, order) : grid, { months, settings, offset, limit, withTotals });
}

/** One cell: the memberships behind a person's month. */
export async function getCapacityCell(ctx: ServiceContext, input: z.output<typeof capacityCellInputSchema>): Promise<CapacityCellDetail> {
  const person = livePersonName(ctx.conn, input.personId);
  if (!person) throw refusal('NOT_FOUND', 'person.notFound');
  const month = monthInfo(input.month);
  const { memberships } = loadWindowMemberships(ctx.conn, { firstDay: month.firstDay, lastDay: month.lastDay, personId: person.id });
  return capacityCellDetail(person, month, memberships, readCapacitySettings(ctx.conn));
}

export async function getCapacitySettings(ctx: ServiceContext): Promise<CapacitySettings> {
  return readCapacitySettings(ctx.conn);
}

export async function updateCapacitySettings(ctx: ServiceContext, input: CapacitySettings): Promise<CapacitySettings> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const before = readCapacitySettings(ctx.conn);
    writeCapacitySettings(ctx.conn, input);
    appendAuditEntry(ctx.conn, { action: 'update', entity: 'settings', recordId: 'capacity', before, after: input }, ctx.actor, now);
  });
  return readCapacitySettings(ctx.conn);
}
