import { describe, expect, it } from 'vitest';
import { chairOverLimit, chairRuns } from '../../src/main/domain/rules/chair-term';
import { horizonFrom } from '../../src/main/domain/rules/horizon';
import { emptySnapshot, group, membership, person } from '../helpers/snapshot';

function snapshotWith(...chairs: { start: string; end: string | null; personId?: string; groupId?: string; role?: 'CHAIR' | 'MEMBER' }[]) {
  const s = emptySnapshot();
  s.groups.push(group('g1', { name: 'Endokrina sjukdomar' }), group('g2'));
  s.persons.push(person('p1', { name: 'Åsa Öberg' }), person('p2'));
  s.memberships.push(
    ...chairs.map((c) =>
      membership(c.personId ?? 'p1', c.groupId ?? 'g1', { role: c.role ?? 'CHAIR', startDate: c.start, endDate: c.end }),
    ),
  );
  return s;
}

const now = horizonFrom('2026-11-23', 24);

describe('CHAIR_OVER_3_YEARS', () => {
  it('exactly three years is within the limit; three years and one day is not', () => {
    expect(chairOverLimit(snapshotWith({ start: '2024-01-01', end: '2026-12-31' }), now, 3)).toEqual([]);
    const [warning] = chairOverLimit(snapshotWith({ start: '2024-01-01', end: '2027-01-01' }), now, 3);
    expect(warning).toMatchObject({
      code: 'CHAIR_OVER_3_YEARS',
      personIds: ['p1'],
      groupIds: ['g1'],
      params: {
        personName: 'Åsa Öberg',
        groupName: 'Endokrina sjukdomar',
        chairSince: '2024-01-01',
        chairUntil: '2027-01-01',
        lastAllowedDay: '2026-12-31',
        alreadyExceeded: false,
        maxYears: 3,
      },
    });
  });

  it('counts consecutive and overlapping chair memberships as one continuous period', () => {
    const consecutive = snapshotWith({ start: '2022-01-01', end: '2023-12-31' }, { start: '2024-01-01', end: null });
    const [warning] = chairOverLimit(consecutive, now, 3);
    expect(warning?.params).toMatchObject({ chairSince: '2022-01-01', chairUntil: null, alreadyExceeded: true });
    expect(warning?.membershipIds).toHaveLength(2);
    const overlapping = snapshotWith({ start: '2022-01-01', end: '2024-06-30' }, { start: '2024-01-01', end: '2025-03-31' });
    expect(chairRuns(overlapping.memberships)).toMatchObject([{ start: '2022-01-01', end: '2025-03-31' }]);
  });

  it('a gap of one day starts a new period', () => {
    const gap = snapshotWith({ start: '2022-01-01', end: '2023-12-30' }, { start: '2024-01-01', end: '2026-12-31' });
    expect(chairRuns(gap.memberships)).toHaveLength(2);
    expect(chairOverLimit(gap, now, 3)).toEqual([]);
  });

  it('an open-ended chair is reported when it passes the limit within the horizon, with the month it passes', () => {
    const [later] = chairOverLimit(snapshotWith({ start: '2024-03-10', end: null }), now, 3);
    expect(later).toMatchObject({ firstMonth: '2027-03', params: { exceedsOn: '2027-03-10', alreadyExceeded: false, chairUntil: null } });
    const [passed] = chairOverLimit(snapshotWith({ start: '2023-11-23', end: null }), now, 3);
    expect(passed).toMatchObject({ firstMonth: '2026-11', params: { exceedsOn: '2026-11-23', alreadyExceeded: true } });
    const oneMonth = horizonFrom('2026-11-23', 1);
    expect(chairOverLimit(snapshotWith({ start: '2023-11-30', end: null }), oneMonth, 3)).toHaveLength(1);
    expect(chairOverLimit(snapshotWith({ start: '2023-12-01', end: null }), oneMonth, 3)).toEqual([]);
  });

  it('a planned end past the limit is reported only when the limit is passed within the horizon', () => {
    const fiveYears = snapshotWith({ start: '2026-01-01', end: '2030-12-31' });
    expect(chairOverLimit(fiveYears, now, 3)).toEqual([]);
    expect(chairOverLimit(fiveYears, horizonFrom('2026-11-23', 26), 3)).toEqual([]);
    expect(chairOverLimit(fiveYears, horizonFrom('2026-11-23', 27), 3)).toMatchObject([{ firstMonth: '2029-01' }]);
  });

  it('ignores periods that ended before today, members who are not chairs, and other groups or persons', () => {
    expect(chairOverLimit(snapshotWith({ start: '2015-01-01', end: '2020-12-31' }), now, 3)).toEqual([]);
    expect(chairOverLimit(snapshotWith({ start: '2015-01-01', end: null, role: 'MEMBER' }), now, 3)).toEqual([]);
    const split = snapshotWith(
      { start: '2022-01-01', end: '2023-12-31' },
      { start: '2024-01-01', end: '2026-12-31', groupId: 'g2' },
      { start: '2024-01-01', end: '2026-12-31', personId: 'p2' },
    );
    expect(chairOverLimit(split, now, 3)).toEqual([]);
  });

  it('follows a configured limit', () => {
    expect(chairOverLimit(snapshotWith({ start: '2024-01-01', end: '2027-01-01' }), now, 4)).toEqual([]);
  });
});
