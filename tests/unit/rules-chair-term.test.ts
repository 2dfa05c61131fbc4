import { describe, expect, it } from 'vitest';
import { chairOverLimit, chairRuns } from '../../src/main/domain/rules/chair-term';
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

describe('CHAIR_OVER_3_YEARS', () => {
  it('exactly three years is within the limit; three years and one day is not', () => {
    expect(chairOverLimit(snapshotWith({ start: '2024-01-01', end: '2026-12-31' }), '2026-11-23', 3)).toEqual([]);
    const [warning] = chairOverLimit(snapshotWith({ start: '2024-01-01', end: '2027-01-01' }), '2026-11-23', 3);
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
    const [warning] = chairOverLimit(consecutive, '2026-11-23', 3);
    expect(warning?.params).toMatchObject({ chairSince: '2022-01-01', chairUntil: null, alreadyExceeded: true });
    expect(warning?.membershipIds).toHaveLength(2);
    const overlapping = snapshotWith({ start: '2022-01-01', end: '2024-06-30' }, { start: '2024-01-01', end: '2025-03-31' });
    expect(chairRuns(overlapping.memberships)).toMatchObject([{ start: '2022-01-01', end: '2025-03-31' }]);
  });

  it('a gap of one day starts a new period', () => {
    const gap = snapshotWith({ start: '2022-01-01', end: '2023-12-30' }, { start: '2024-01-01', end: '2026-12-31' });
    expect(chairRuns(gap.memberships)).toHaveLength(2);
    expect(chairOverLimit(gap, '2026-11-23', 3)).toEqual([]);
  });

  it('an open-ended chair is reported once today passes the limit, not before', () => {
    expect(chairOverLimit(snapshotWith({ start: '2023-11-24', end: null }), '2026-11-23', 3)).toEqual([]);
    expect(chairOverLimit(snapshotWith({ start: '2023-11-23', end: null }), '2026-11-23', 3)).toHaveLength(1);
  });

  it('ignores periods that ended before today, members who are not chairs, and other groups or persons', () => {
    expect(chairOverLimit(snapshotWith({ start: '2015-01-01', end: '2020-12-31' }), '2026-11-23', 3)).toEqual([]);
    expect(chairOverLimit(snapshotWith({ start: '2015-01-01', end: null, role: 'MEMBER' }), '2026-11-23', 3)).toEqual([]);
    const split = snapshotWith(
      { start: '2022-01-01', end: '2023-12-31' },
      { start: '2024-01-01', end: '2026-12-31', groupId: 'g2' },
      { start: '2024-01-01', end: '2026-12-31', personId: 'p2' },
    );
    expect(chairOverLimit(split, '2026-11-23', 3)).toEqual([]);
  });

  it('follows a configured limit', () => {
    expect(chairOverLimit(snapshotWith({ start: '2024-01-01', end: '2027-01-01' }), '2026-11-23', 4)).toEqual([]);
  });
});
