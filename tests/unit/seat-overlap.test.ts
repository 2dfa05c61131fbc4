import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayFromNumber, dayNumber } from '../../src/shared/calendar';
import { doubleBookings, seatClashes, sharedDays, successorEnd, type SeatSpan } from '../../src/main/domain/seat-overlap';

const span = (id: string, startDate: string, endDate: string | null, seatId: string | null = 's'): SeatSpan => ({
  id,
  seatId,
  startDate,
  endDate,
});

/** Brute force: whether two spans cover a common day within [lo, hi] (open ends reach past hi). */
function shareADay(a: SeatSpan, b: SeatSpan, lo: string, hi: string): boolean {
  for (let d = lo; d <= hi; d = addDays(d, 1)) {
    const inA = a.startDate <= d && (a.endDate === null || d <= a.endDate);
    const inB = b.startDate <= d && (b.endDate === null || d <= b.endDate);
    if (inA && inB) return true;
  }
  return false;
}

describe('seat overlap', () => {
  it('one shared day is an overlap; the day after the last day is free', () => {
    expect(sharedDays(span('a', '2025-01-01', '2026-12-31'), span('b', '2026-12-31', null))).toEqual({
      from: '2026-12-31',
      to: '2026-12-31',
    });
    expect(sharedDays(span('a', '2025-01-01', '2026-12-31'), span('b', '2027-01-01', null))).toBeNull();
    expect(sharedDays(span('a', '2025-01-01', null), span('b', '2030-01-01', null))).toEqual({ from: '2030-01-01', to: null });
  });

  it('clashes only within the same seat and never with itself', () => {
    const others = [span('a', '2025-01-01', null), span('b', '2025-01-01', null, 't'), span('c', '2020-01-01', '2020-12-31')];
    expect(seatClashes(span('a', '2026-01-01', null), others).map((o) => o.id)).toEqual([]);
    expect(seatClashes(span('x', '2026-01-01', null), others).map((o) => o.id)).toEqual(['a']);
    expect(seatClashes(span('x', '2026-01-01', null, null), others)).toEqual([]);
  });

  it('the successor path needs the holder to have started before the new start', () => {
    expect(successorEnd({ startDate: '2025-01-01' }, '2027-01-01')).toBe('2026-12-31');
    expect(successorEnd({ startDate: '2026-12-31' }, '2027-01-01')).toBe('2026-12-31');
    expect(successorEnd({ startDate: '2027-01-01' }, '2027-01-01')).toBeNull();
  });

  it('agrees with a day-by-day check for any two spans (property)', () => {
    const base = dayNumber('2026-01-01');
    const day = fc.integer({ min: 0, max: 60 }).map((n) => dayFromNumber(base + n));
    const arbSpan = (id: string) =>
      fc
        .tuple(day, fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }))
        .map(([start, len]) => span(id, start, len === null ? null : addDays(start, len)));
    fc.assert(
      fc.property(arbSpan('a'), arbSpan('b'), (a, b) => {
        const hi = dayFromNumber(base + 100);
        expect(sharedDays(a, b) !== null).toBe(shareADay(a, b, '2026-01-01', hi));
        expect(seatClashes(a, [b]).length === 1).toBe(shareADay(a, b, '2026-01-01', hi));
      }),
    );
  });

  it('double bookings: pairs sharing a day from today on, earlier start first; past ones are history', () => {
    const found = doubleBookings(
      [
        span('late', '2026-06-01', null),
        span('early', '2025-01-01', null),
        span('old', '2020-01-01', '2021-01-01'),
        span('old2', '2020-06-01', '2020-12-31'),
      ],
      '2026-11-23',
    );
    expect(found.map((f) => [f.first.id, f.second.id, f.from, f.to])).toEqual([['early', 'late', '2026-06-01', null]]);
  });
});
