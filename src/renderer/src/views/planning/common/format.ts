import type { Language } from '@shared/contract/common';
import { percentNumber } from '@shared/percent';

const fteFormat = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 3 });

/** Full-time equivalents the Swedish way in both languages: `3,10`, `0,025`. */
export function formatFte(value: number): string {
  return fteFormat.format(value);
}

/** A month's share in basis points as a short percentage for a grid cell: `35 %`, `4,8 %`. */
export function formatShareBp(bp: number): string {
  return `${percentNumber(bp, 1)}\u00a0%`;
}

/** `2025-03` → `mar 2025` / `Mar 2025`. */
export function monthLabel(month: string, language: Language): string {
  const [year, mon] = month.split('-').map(Number);
  if (!year || !mon) return month;
  const date = new Date(Date.UTC(year, mon - 1, 1));
  const name = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { month: 'short', timeZone: 'UTC' })
    .format(date)
    .replace('.', '');
  return `${name} ${year}`;
}

/** The full name of a month (`01` → `januari` / `January`), for choosing one. */
export function monthName(month: string, language: Language): string {
  const date = new Date(Date.UTC(2000, Number(month) - 1, 1));
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(date);
}

/** The name of a month only (`mar`), for narrow column heads; the year is given elsewhere. */
export function monthShortName(month: string, language: Language): string {
  return monthLabel(month, language).split(' ')[0] ?? month;
}

/** Years a planner chooses between: a few back, a few ahead. */
export function yearChoices(around: number = new Date().getFullYear()): number[] {
  const out: number[] = [];
  for (let y = around - 3; y <= around + 3; y += 1) out.push(y);
  return out;
}
