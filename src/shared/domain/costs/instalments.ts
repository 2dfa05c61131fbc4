/**
 * Instalments of an invoiced total: yearly, half-yearly, quarterly or monthly over one calendar year.
 *
 * Every period gets the same exact quota total / n; the amounts are whole öre by largest remainder
 * (apportion.ts): each period first gets ⌊quota⌋, the öre left over (fewer than n) go one each to the
 * earliest periods (all remainders are equal, so the tie-break of apportion, the lower key, decides).
 * The amounts therefore add up to the total exactly, and no two differ by more than one öre.
 * A negative total (a credit) is split the same way with its sign.
 */
import { isoDate, yearEnd, yearStart, daysInMonth } from '../../calendar';
import { apportion } from './apportion';
import { rational } from './rational';

export const INSTALMENT_PLANS = ['yearly', 'half-yearly', 'quarterly', 'monthly'] as const;
export type InstalmentPlan = (typeof INSTALMENT_PLANS)[number];

const PERIODS_PER_YEAR: Record<InstalmentPlan, number> = { yearly: 1, 'half-yearly': 2, quarterly: 4, monthly: 12 };

export type Instalment = {
  /** 1-based number of the period within the year. */
  number: number;
  /** A stable label: `2026`, `2026-H1`, `2026-Q3`, `2026-07`. */
  period: string;
  from: string;
  to: string;
  amountOre: number;
};

function periodLabel(plan: InstalmentPlan, year: number, n: number): string {
  if (plan === 'yearly') return String(year);
  if (plan === 'half-yearly') return `${year}-H${n}`;
  if (plan === 'quarterly') return `${year}-Q${n}`;
  return `${year}-${String(n).padStart(2, '0')}`;
}

function periodDates(plan: InstalmentPlan, year: number, n: number): { from: string; to: string } {
  if (plan === 'yearly') return { from: yearStart(year), to: yearEnd(year) };
  const months = 12 / PERIODS_PER_YEAR[plan];
  const firstMonth = (n - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return { from: isoDate(year, firstMonth, 1), to: isoDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}

/** The instalments of `totalOre` for `year`; their amounts add up to `totalOre` exactly. */
export function instalments(totalOre: number, plan: InstalmentPlan, year: number): Instalment[] {
  if (!Number.isSafeInteger(totalOre)) throw new RangeError('the total must be a whole number of öre');
  const count = PERIODS_PER_YEAR[plan];
  const sign = totalOre < 0 ? -1 : 1;
  // the keys sort in period order (two digits), so the left-over öre go to the earliest periods
  const keys = Array.from({ length: count }, (_, i) => String(i + 1).padStart(2, '0'));
  const parts = apportion(
    BigInt(Math.abs(totalOre)),
    keys.map((regionCode) => ({ regionCode, weight: rational(1n) })),
  );
  return parts.regions.map((part, i) => ({
    number: i + 1,
    period: periodLabel(plan, year, i + 1),
    ...periodDates(plan, year, i + 1),
    amountOre: sign * part.units,
  }));
}
