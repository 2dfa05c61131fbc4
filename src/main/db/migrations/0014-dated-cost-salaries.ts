import type { Migration } from './types';

/**
 * A staffed cost item's salary and a year's salary index are effective-dated (#15.1).
 *
 * - `cost_items.salary_effective_date`: the day the item's stated `monthly_salary_ore` applies from;
 *   `salary_changes_json`: later salaries inside the item's year, `[{"effectiveDate","monthlySalaryOre"}]`
 *   in date order. A year's cost sums the days under each salary.
 * - `cost_parameters.salary_index_effective_date`: the day the year's salary index applies from.
 *
 * Existing rows keep what they meant: a stated salary and an index apply from 1 January of their year.
 */
export const datedCostSalaries: Migration = {
  version: 14,
  name: 'dated-cost-salaries',
  statements: [
    `ALTER TABLE cost_items ADD COLUMN salary_effective_date TEXT`,
    `ALTER TABLE cost_items ADD COLUMN salary_changes_json TEXT NOT NULL DEFAULT '[]'`,
    `UPDATE cost_items SET salary_effective_date = printf('%04d-01-01', year) WHERE monthly_salary_ore IS NOT NULL`,
    `ALTER TABLE cost_parameters ADD COLUMN salary_index_effective_date TEXT`,
    `UPDATE cost_parameters SET salary_index_effective_date = printf('%04d-01-01', year)`,
  ],
};
