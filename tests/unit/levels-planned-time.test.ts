import { describe, expect, it } from 'vitest';
import { expectedAllocation, resolveLevelAllocations } from '../../src/main/domain/levels/allocations';
import { deviations, regionTimes, teamTime, type TeamMemberInput } from '../../src/main/domain/levels/planned-time';
import { sortEvents, type LevelEventInput } from '../../src/main/domain/levels/timeline';
import { monthWindow } from '../../src/shared/calendar';

const expected = expectedAllocation(resolveLevelAllocations([]));

function event(level: LevelEventInput['level'], effectiveDate: string): LevelEventInput {
  return { id: `${level}-${effectiveDate}`, level, effectiveDate, createdAt: '2025-01-01T00:00:00Z' };
}

function member(
  id: string,
  startDate: string,
  endDate: string | null,
  allocationBp: number,
  role: TeamMemberInput['role'] = 'MEMBER',
): TeamMemberInput {
  return {
    id,
    personId: `p-${id}`,
    personName: `Person ${id}`,
    groupId: 'g1',
    groupName: 'RPT Stroke',
    groupType: 'RPT',
    groupRegionCode: '14',
    role,
    status: 'DECIDED',
    startDate,
    endDate,
    allocationBp,
  };
}

const team = (events: LevelEventInput[]) => ({ groupId: 'g1', name: 'RPT Stroke', regionCode: '14', events: sortEvents(events) });

describe('planned time from activity levels', () => {
  it('follows a mid-month level change by days', () => {
    const result = teamTime(
      team([event('HIGH', '2025-01-01'), event('LOW', '2025-03-16')]),
      [member('a', '2024-01-01', null, 2000)],
      monthWindow('2025-01', 12),
      expected,
      '2025-06-01',
    );
    const march = result.months[2]!;
    expect(march.levels).toEqual([
      { level: 'HIGH', days: 15 },
      { level: 'LOW', days: 16 },
    ]);
    expect(march.plannedBpDays).toBe(2000 * 15 + 500 * 16);
    expect(march.actualBpDays).toBe(2000 * 31);
    expect(result.months[0]!.plannedFte).toBe(0.2);
    expect(result.months[3]!.plannedFte).toBe(0.05);
    const a = result.members[0]!;
    expect(a.expectedBpNow).toBe(500);
    expect(a.deviates).toBe(true);
    expect(a.plannedBpDays).toBe(2000 * (31 + 28 + 15) + 500 * (16 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31));
    expect(result.differenceBpDays).toBe(a.actualBpDays - a.plannedBpDays);
  });

  it('counts members who join or leave mid-month by days, in a leap February', () => {
    const members = [member('a', '2024-02-10', null, 1000), member('b', '2023-01-01', '2024-02-05', 1000, 'CHAIR')];
    const result = teamTime(team([event('MEDIUM', '2023-06-01')]), members, monthWindow('2024-01', 12), expected, '2024-06-01');
    const feb = result.months[1]!;
    expect(feb.levels).toEqual([{ level: 'MEDIUM', days: 29 }]);
    expect(feb.plannedBpDays).toBe(1000 * 20 + 1000 * 5);
    expect(feb.actualBpDays).toBe(feb.plannedBpDays);
    expect(result.members.every((m) => !m.deviates)).toBe(true);
    expect(result.members.find((m) => m.membershipId === 'b')!.expectedBpNow).toBeNull();
    expect(deviations([result])).toEqual([]);
  });

  it('plans nothing for days without a level and sums teams per region', () => {
    const result = teamTime(
      team([event('HIGH', '2025-07-01')]),
      [member('a', '2025-01-01', null, 2000)],
      monthWindow('2024-11', 12),
      expected,
      '2025-01-01',
    );
    expect(result.months.map((m) => m.plannedBpDays)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 2000 * 31, 2000 * 31, 2000 * 30, 2000 * 31]);
    expect(result.members[0]!.expectedBpNow).toBe(0);
    const other = { ...result, groupId: 'g2', name: 'RPT Astma' };
    const regions = regionTimes([result, other], monthWindow('2024-11', 12), new Map([['14', 'Västra Götalandsregionen']]));
    expect(regions).toHaveLength(1);
    expect(regions[0]!.regionName).toBe('Västra Götalandsregionen');
    expect(regions[0]!.months[8]!.plannedBpDays).toBe(2 * 2000 * 31);
    const list = deviations([result]);
    expect(list).toHaveLength(1);
    expect(list[0]!.differenceBp).toBeGreaterThan(0);
  });

  it('compares a member with the level in force for the member, not with an average over the year (20 % against 10 % is 10 % more)', () => {
    const levels = expectedAllocation(
      resolveLevelAllocations([
        { level: 'HIGH', role: 'MEMBER', allocationBp: 2000 },
        { level: 'MEDIUM', role: 'MEMBER', allocationBp: 1000 },
      ]),
    );
    const result = teamTime(
      team([event('HIGH', '2025-01-01'), event('MEDIUM', '2026-07-01')]),
      [member('a', '2025-01-01', null, 2000), member('b', '2026-01-01', '2026-03-31', 2000)],
      monthWindow('2026-01', 12),
      levels,
      '2026-09-01',
    );
    const a = result.members.find((m) => m.membershipId === 'a')!;
    expect(a.expectedBpNow).toBe(1000);
    expect(a.differenceBp).toBe(1000);
    expect(a.deviates).toBe(true);
    const b = result.members.find((m) => m.membershipId === 'b')!;
    expect(b.differenceBp).toBe(0);
    expect(b.deviates).toBe(false);
    expect(deviations([result]).map((m) => m.membershipId)).toEqual(['a']);
  });
});
