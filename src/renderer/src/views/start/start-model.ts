import { addDays } from '@shared/calendar';
import type { HistoryEntry } from '@shared/contract/packages';

/** A package is due when none has been sent for this many days. */
export const PACKAGE_DUE_DAYS = 30;

/** What about the package exchange needs doing: a package is due, or an import was applied only in part. */
export function packageTodo(entries: readonly HistoryEntry[], today: string): { lastSent: string | null; due: boolean; partial: number } {
  const sent = entries.filter((e) => e.direction === 'OUT').map((e) => e.at.slice(0, 10));
  const lastSent = sent.length > 0 ? sent.reduce((a, b) => (a > b ? a : b)) : null;
  const due = lastSent === null || lastSent < addDays(today, -PACKAGE_DUE_DAYS);
  const partial = entries.filter((e) => e.direction === 'IN' && e.status === 'PARTIAL').length;
  return { lastSent, due, partial };
}
