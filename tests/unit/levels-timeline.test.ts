import { describe, expect, it } from 'vitest';
import { boardTeam, buildBoard } from '../../src/main/domain/levels/board';
import { DEFAULT_MEMBER_ALLOCATION_BP, expectedAllocation, resolveLevelAllocations } from '../../src/main/domain/levels/allocations';
import {
  daysByLevel,
  levelOn,
  levelSegments,
  predominantLevel,
  sortEvents,
  type LevelEventInput,
} from '../../src/main/domain/levels/timeline';
import { dayNumber } from '../../src/shared/calendar';

function event(level: LevelEventInput['level'], effectiveDate: string, createdAt = '2025-01-01T00:00:00Z'): LevelEventInput {
  return { id: `${level}-${effectiveDate}-${createdAt}`, level, effectiveDate, createdAt };
}
const span = (from: string, to: string) => ({ start: dayNumber(from), end: dayNumber(to) });

describe('activity level timeline', () => {
  const events = sortEvents([event('MEDIUM', '2025-03-16'), event('HIGH', '2025-01-01'), event('DORMANT', '2025-11-01')]);

  it('the level in force is the latest event on or before the day; none before the first', () => {
    expect(levelOn(events, '2024-12-31')).toBe('NONE');
    expect(levelOn(events, '2025-01-01')).toBe('HIGH');
    expect(levelOn(events, '2025-03-15')).toBe('HIGH');
    expect(levelOn(events, '2025-03-16')).toBe('MEDIUM');
    expect(levelOn(events, '2030-01-01')).toBe('DORMANT');
  });

  it('two events on one date: the one recorded later wins', () => {
    const same = sortEvents([event('LOW', '2025-05-01', '2025-05-02T10:00:00Z'), event('HIGH', '2025-05-01', '2025-05-01T10:00:00Z')]);
    expect(levelOn(same, '2025-05-01')).toBe('LOW');
    expect(levelSegments(same, span('2025-05-01', '2025-05-31'))).toEqual([{ level: 'LOW', ...span('2025-05-01', '2025-05-31') }]);
  });

  it('a mid-month change splits the month by days', () => {
    const march = span('2025-03-01', '2025-03-31');
    const segments = levelSegments(events, march);
    expect(daysByLevel(segments, march)).toEqual([
      { level: 'HIGH', days: 15 },
      { level: 'MEDIUM', days: 16 },
    ]);
    const leapFeb = span('2024-02-01', '2024-02-29');
    const early = sortEvents([event('STARTUP', '2024-02-20')]);
    expect(daysByLevel(levelSegments(early, leapFeb), leapFeb)).toEqual([
      { level: 'STARTUP', days: 10 },
      { level: 'NONE', days: 19 },
    ]);
  });

  it('the predominant level has most days; a tie goes to the level in force later', () => {
    const year = span('2025-01-01', '2025-12-31');
    expect(predominantLevel(levelSegments(events, year), year)).toBe('MEDIUM'); // 230 days vs 74 and 61
    const tie = sortEvents([event('HIGH', '2023-01-01'), event('LOW', '2023-07-02')]); // 182 + 183 days in 2023
    const y2023 = span('2023-01-01', '2023-12-31');
    expect(predominantLevel(levelSegments(tie, y2023), y2023)).toBe('LOW');
    const exact = sortEvents([event('HIGH', '2024-01-01'), event('LOW', '2024-07-02')]); // 2024: 183 + 183
    const y2024 = span('2024-01-01', '2024-12-31');
    expect(daysByLevel(levelSegments(exact, y2024), y2024)).toEqual([
      { level: 'HIGH', days: 183 },
      { level: 'LOW', days: 183 },
    ]);
    expect(predominantLevel(levelSegments(exact, y2024), y2024)).toBe('LOW');
  });

  it('places teams on the board by most days or by the level at year start', () => {
    const team = { groupId: 'g1', name: 'RPT Stroke', regionCode: '14', events };
    const entry = boardTeam(team, 2025, { plannedFte: 0.1, actualFte: 0.2 });
    expect(entry).toMatchObject({ levelAtYearStart: 'HIGH', levelAtYearEnd: 'DORMANT', predominantLevel: 'MEDIUM' });
    const other = boardTeam({ groupId: 'g2', name: 'RPT Astma', regionCode: '14', events: [] }, 2025, { plannedFte: 0, actualFte: 0 });
    const entries = [
      { team: entry, plannedBpDays: 1000 * 365, actualBpDays: 2000 * 365 },
      { team: other, plannedBpDays: 0, actualBpDays: 0 },
    ];
    const byDays = buildBoard(entries, 2025, 'PREDOMINANT');
    expect(byDays.columns.map((c) => c.level)).toEqual(['STARTUP', 'HIGH', 'MEDIUM', 'LOW', 'CLOSING', 'CLOSED', 'DORMANT', 'NONE']);
    expect(byDays.columns.find((c) => c.level === 'MEDIUM')!.teams.map((t) => t.name)).toEqual(['RPT Stroke']);
    expect(byDays.columns.find((c) => c.level === 'NONE')!.teams.map((t) => t.name)).toEqual(['RPT Astma']);
    expect(byDays.plannedFte).toBe(0.1);
    expect(buildBoard(entries, 2025, 'YEAR_START').columns.find((c) => c.level === 'HIGH')!.teams).toHaveLength(1);
  });
});

describe('expected allocation per level and role', () => {
  it('defaults MEMBER per level; other roles follow MEMBER unless configured', () => {
    const matrix = resolveLevelAllocations([]);
    expect(matrix).toHaveLength(7 * 8);
    const expected = expectedAllocation(matrix);
    expect(['HIGH', 'MEDIUM', 'LOW', 'DORMANT', 'STARTUP', 'CLOSING', 'CLOSED'].map((l) => expected(l as 'HIGH', 'MEMBER'))).toEqual([
      2000, 1000, 500, 0, 1000, 500, 0,
    ]);
    expect(expected('HIGH', 'CHAIR')).toBe(DEFAULT_MEMBER_ALLOCATION_BP.HIGH);
    expect(expected('NONE', 'MEMBER')).toBe(0);
    const configured = resolveLevelAllocations([
      { level: 'HIGH', role: 'MEMBER', allocationBp: 3000 },
      { level: 'HIGH', role: 'CHAIR', allocationBp: 4000 },
    ]);
    const lookup = expectedAllocation(configured);
    expect([lookup('HIGH', 'MEMBER'), lookup('HIGH', 'CHAIR'), lookup('HIGH', 'SECRETARY'), lookup('LOW', 'CHAIR')]).toEqual([
      3000, 4000, 3000, 500,
    ]);
    expect(configured.filter((c) => c.configured).map((c) => c.role)).toEqual(['MEMBER', 'CHAIR']);
  });
});
