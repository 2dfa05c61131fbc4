import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween, quartersFrom } from '../../src/shared/calendar';
import { cellState, coverEnd, seatState } from '../../src/main/domain/seat-state';
import { membership } from '../helpers/snapshot';

const today = '2026-11-23';
const seat = { id: 's1', groupId: 'g1', healthcareRegionCode: 'NORRA', ordinal: 1, label: 'NORRA' };
const on = (overrides: Parameters<typeof membership>[2]) => membership('p1', 'g1', { seatId: 's1', ...overrides });

describe('day math', () => {
  it('steps days, years and quarters in UTC', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 3)).toBe('2027-03-01');
    expect(daysBetween('2026-11-23', '2027-02-21')).toBe(90);
    expect(quartersFrom('2026-11-23', 3)).toEqual([
      { label: '2026-Q4', firstDay: '2026-10-01', lastDay: '2026-12-31' },
      { label: '2027-Q1', firstDay: '2027-01-01', lastDay: '2027-03-31' },
      { label: '2027-Q2', firstDay: '2027-04-01', lastDay: '2027-06-30' },
    ]);
  });
});

describe('seatState', () => {
  it('is VACANT without a current holder, empty since the day after the last holder left', () => {
    expect(seatState(seat, [], today, 90)).toMatchObject({ status: 'VACANT', emptyFrom: null });
    const past = on({ startDate: '2022-01-01', endDate: '2025-12-31', status: 'ENDED' });
    expect(seatState(seat, [past], today, 90)).toMatchObject({ status: 'VACANT', emptyFrom: '2026-01-01' });
  });

  it('is ENDING when the holder ends within N days; the boundary day counts', () => {
    expect(seatState(seat, [on({ endDate: addDays(today, 90) })], today, 90)).toMatchObject({
      status: 'ENDING',
      daysLeft: 90,
      emptyFrom: '2027-02-22',
    });
    expect(seatState(seat, [on({ endDate: addDays(today, 91) })], today, 90)).toMatchObject({ status: 'FILLED', daysLeft: null });
    expect(seatState(seat, [on({ endDate: today })], today, 90)).toMatchObject({ status: 'ENDING', daysLeft: 0 });
    expect(seatState(seat, [on({ endDate: today })], today, 0)).toMatchObject({ status: 'ENDING' });
    expect(seatState(seat, [on({ endDate: null })], today, 90)).toMatchObject({ status: 'FILLED' });
  });

  it('is FILLED when a planned successor takes over the next day, ENDING when there is a gap', () => {
    const current = on({ endDate: '2026-12-31' });
    const successor = on({ personId: 'p2', startDate: '2027-01-01', endDate: '2030-12-31', status: 'NOMINATED' });
    expect(seatState(seat, [current, successor], today, 90)).toMatchObject({ status: 'FILLED' });
    const late = on({ personId: 'p2', startDate: '2027-01-02', endDate: null });
    const state = seatState(seat, [current, late], today, 90);
    expect(state).toMatchObject({ status: 'ENDING', emptyFrom: '2027-01-01' });
    expect(state.upcoming.map((m) => m.personId)).toEqual(['p2']);
    expect(coverEnd([current], [successor])).toBe('2030-12-31');
  });

  it('ignores memberships of other seats', () => {
    expect(seatState(seat, [on({ seatId: 'other' })], today, 90).status).toBe('VACANT');
  });
});

describe('cellState', () => {
  const filled = seatState(seat, [on({})], today, 90);
  const vacant = seatState({ ...seat, id: 's2', ordinal: 2 }, [], today, 90);
  const ending = seatState(seat, [on({ endDate: '2026-12-31' })], today, 90);

  it('OVER_FILLED when more current holders than seats, then VACANT, then ENDING, else FILLED', () => {
    const twoHolders = seatState(seat, [on({}), on({ personId: 'p2', startDate: '2026-06-01' })], today, 90);
    expect(cellState([twoHolders])).toMatchObject({ status: 'OVER_FILLED', seatCount: 1 });
    expect(cellState([filled, vacant])).toMatchObject({ status: 'VACANT', vacantSeats: 1 });
    expect(cellState([filled, ending])).toMatchObject({ status: 'ENDING', endingSeats: 1 });
    expect(cellState([filled])).toMatchObject({ status: 'FILLED' });
  });
});
