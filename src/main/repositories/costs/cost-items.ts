/** Cost items of hostings per year: the reads and the row→entity mapper. */
import type { Selectable } from 'kysely';
import { all, qb, type Connection } from '../../db/data';
import type { CostItemsTable } from '../../db/schema';
import type { PlanCostItem } from '../../domain/cost-plan/types';
import { salaryChangesSchema, type SalaryChange } from '@shared/contract/cost/records';

export type CostItemRow = Selectable<CostItemsTable>;

export function toCostItem(i: CostItemRow): PlanCostItem & { id: string } {
  return {
    id: i.id,
    hostingId: i.hosting_id,
    year: i.year,
    kind: i.kind === 'STAFFED_ROLE' ? 'STAFFED_ROLE' : 'FIXED_AMOUNT',
    label: i.label,
    role: i.role,
    profession: i.profession,
    allocationBp: i.allocation_bp,
    monthlySalaryOre: i.monthly_salary_ore,
    salaryEffectiveDate: i.salary_effective_date,
    salaryChanges: salaryChangesOf(i),
    amountOre: i.amount_ore,
  };
}

/** The later salaries stored on an item (`salary_changes_json`); an unreadable list counts as none. */
export function salaryChangesOf(i: Pick<CostItemRow, 'salary_changes_json'>): SalaryChange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(i.salary_changes_json);
  } catch {
    return [];
  }
  const result = salaryChangesSchema.safeParse(parsed);
  return result.success ? result.data : [];
}

/** Live cost items (of one hosting when given) by year, creation, label and id. */
export function liveCostItems(conn: Connection, hostingId: string | null = null): CostItemRow[] {
  let query = qb.selectFrom('cost_items').selectAll().where('deleted_at', 'is', null);
  if (hostingId !== null) query = query.where('hosting_id', '=', hostingId);
  return all(conn, query.orderBy('year').orderBy('created_at').orderBy('label').orderBy('id'));
}

/** The years each hosting has live cost items in, by year. */
export function costItemYears(conn: Connection): { hosting_id: string; year: number }[] {
  return all(conn, qb.selectFrom('cost_items').select(['hosting_id', 'year']).where('deleted_at', 'is', null).distinct().orderBy('year'));
}
