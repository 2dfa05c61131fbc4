import { describe, expect, it } from 'vitest';
import { levelChangesInYear } from '../../src/main/domain/year-plan';
import type { LevelEventInput } from '../../src/main/domain/levels/timeline';

const event = (level: LevelEventInput['level'], effectiveDate: string): LevelEventInput => ({
  id: `${level}-${effectiveDate}`,
  level,
  effectiveDate,
  createdAt: '2025-01-01T00:00:00Z',
});

describe('the year plan lists activity-level changes', () => {
  it('gives each change in the year with the level before it, skipping repeats of the same level', () => {
    const teams = [
      { groupId: 'b', name: 'RPT Stroke', events: [event('LOW', '2026-09-01'), event('HIGH', '2025-01-01'), event('LOW', '2026-10-01')] },
      { groupId: 'a', name: 'RPT Astma', events: [event('STARTUP', '2026-03-15'), event('DORMANT', '2027-01-01')] },
    ];
    expect(levelChangesInYear(teams, 2026)).toEqual([
      { groupId: 'a', name: 'RPT Astma', date: '2026-03-15', fromLevel: 'NONE', toLevel: 'STARTUP' },
      { groupId: 'b', name: 'RPT Stroke', date: '2026-09-01', fromLevel: 'HIGH', toLevel: 'LOW' },
    ]);
    expect(levelChangesInYear(teams, 2024)).toEqual([]);
  });
});
