/** Fixed annual contributions of regions: the reads and the row→entity mapper. */
import type { Selectable } from 'kysely';
import { all, first, qb, type Connection } from '../../db/data';
import type { FixedContributionsTable } from '../../db/schema';
import type { PlanContribution } from '../../domain/cost-plan/types';

export type ContributionRow = Selectable<FixedContributionsTable>;

export function toContribution(c: ContributionRow): PlanContribution {
  return { id: c.id, regionCode: c.region_code, year: c.year, recipient: c.recipient, label: c.label, amountOre: c.amount_ore };
}

/** Live contributions (of a region and year when given) by region, year, recipient, label and id. */
export function liveContributions(conn: Connection, filter: { regionCode: string | null; year: number | null }): ContributionRow[] {
  let query = qb.selectFrom('fixed_contributions').selectAll().where('deleted_at', 'is', null);
  if (filter.regionCode !== null) query = query.where('region_code', '=', filter.regionCode);
  if (filter.year !== null) query = query.where('year', '=', filter.year);
  return all(conn, query.orderBy('region_code').orderBy('year').orderBy('recipient').orderBy('label').orderBy('id'));
}

export function liveContribution(conn: Connection, id: string): ContributionRow | undefined {
  return first(conn, qb.selectFrom('fixed_contributions').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
}
