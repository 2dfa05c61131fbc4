/**
 * Pure: when two assignments of one seat overlap. A seat is held by one person at a time; an
 * assignment covers every day from its start to its last day (open-ended: for ever).
 */
import { addDays } from '@shared/calendar';

export type SeatSpan = { id: string; seatId: string | null; startDate: string; endDate: string | null };

const FOREVER = '9999-12-31';

/** The days two spans share, or null when they share none. */
export function sharedDays(
  a: Omit<SeatSpan, 'id' | 'seatId'>,
  b: Omit<SeatSpan, 'id' | 'seatId'>,
): { from: string; to: string | null } | null {
  const from = a.startDate > b.startDate ? a.startDate : b.startDate;
  const aEnd = a.endDate ?? FOREVER;
  const bEnd = b.endDate ?? FOREVER;
  const to = aEnd < bEnd ? aEnd : bEnd;
  if (from > to) return null;
  return { from, to: to === FOREVER ? null : to };
}

/** The other assignments of the candidate's seat that share at least one day with it. */
export function seatClashes<T extends SeatSpan>(candidate: SeatSpan, others: readonly T[]): T[] {
  if (candidate.seatId === null) return [];
  return others.filter((o) => o.id !== candidate.id && o.seatId === candidate.seatId && sharedDays(candidate, o) !== null);
}

/**
 * Whether the successor path can take the seat from `holder` on `from`: the holder must have started
 * before, so that ending them the day before leaves them at least one day.
 */
export function successorEnd(holder: Pick<SeatSpan, 'startDate'>, from: string): string | null {
  const end = addDays(from, -1);
  return end >= holder.startDate ? end : null;
}

export type DoubleBooking<T extends SeatSpan> = { first: T; second: T; from: string; to: string | null };

/**
 * Every pair of assignments of one seat that overlap on some day on or after `today` (a double
 * booking wholly in the past is history, not something to act on), the earlier start first.
 */
export function doubleBookings<T extends SeatSpan>(memberships: readonly T[], today: string): DoubleBooking<T>[] {
  const bySeat = new Map<string, T[]>();
  for (const m of memberships) {
    if (m.seatId === null || (m.endDate !== null && m.endDate < today)) continue;
    const list = bySeat.get(m.seatId) ?? [];
    list.push(m);
    bySeat.set(m.seatId, list);
  }
  const found: DoubleBooking<T>[] = [];
  for (const list of bySeat.values()) {
    const sorted = [...list].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const first = sorted[i]!;
        const second = sorted[j]!;
        const shared = sharedDays(first, second);
        if (shared !== null) found.push({ first, second, from: shared.from, to: shared.to });
      }
    }
  }
  return found;
}
