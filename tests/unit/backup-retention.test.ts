import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_REASONS,
  backupsToDelete,
  DEFAULT_RETENTION,
  isoWeekKey,
  type BackupReason,
  type RetentionItem,
} from '../../src/main/domain/backup-retention';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const HOUR = 3_600_000;

function item(reason: BackupReason, hoursAgo: number, id = `${reason}-${hoursAgo}`): RetentionItem {
  return { id, reason, createdAt: new Date(NOW.getTime() - hoursAgo * HOUR).toISOString() };
}

function kept(items: RetentionItem[], now = NOW): string[] {
  const removed = new Set(backupsToDelete(items, now));
  return items.filter((i) => !removed.has(i.id)).map((i) => i.id);
}

describe('isoWeekKey', () => {
  it.each([
    ['2026-11-23T00:00:00Z', '2026-W48'],
    ['2026-01-01T00:00:00Z', '2026-W01'],
    ['2027-01-01T00:00:00Z', '2026-W53'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
    ['2021-01-03T23:59:59Z', '2020-W53'],
  ])('%s is in %s', (date, key) => expect(isoWeekKey(new Date(date))).toBe(key));
});

describe('backupsToDelete', () => {
  it('keeps one start-up/daily backup per day for the last 7 days with backups, plus the 2 newest', () => {
    // two start-ups a day for 10 days: 08:00 and 09:00 (hours ago measured from 10:00)
    const items = Array.from({ length: 10 }, (_, d) => [item('startup', d * 24 + 1), item('startup', d * 24 + 2)]).flat();
    const survivors = kept(items);
    // today's two (recent rule), the 09:00 one of each earlier day for 7 days, and weekly keepers
    expect(survivors).toContain('startup-1');
    expect(survivors).toContain('startup-2');
    for (let d = 1; d < 7; d++) expect(survivors).toContain(`startup-${d * 24 + 1}`);
    for (let d = 1; d < 10; d++) expect(survivors).not.toContain(`startup-${d * 24 + 2}`);
    expect(survivors.length).toBeLessThanOrEqual(2 + 7 + 4);
  });

  it('keeps the newest backup of each of the last 4 weeks', () => {
    const items = Array.from({ length: 60 }, (_, d) => item('daily', d * 24 + 3));
    const survivors = kept(items);
    const weeks = new Set(survivors.map((id) => isoWeekKey(new Date(items.find((i) => i.id === id)!.createdAt))));
    expect(weeks.size).toBe(4); // the 7 daily ones span two ISO weeks; the weekly rule adds the two before
    expect(survivors).toHaveLength(7 + 2);
    expect(survivors).toContain('daily-3');
    expect(survivors).not.toContain(`daily-${59 * 24 + 3}`);
  });

  it('keeps the last 5 of each event reason and drops older ones', () => {
    const items = (['import', 'migration', 'manual', 'restore'] as const).flatMap((reason) =>
      Array.from({ length: 8 }, (_, n) => item(reason, n + 1)),
    );
    const survivors = kept(items);
    for (const reason of ['import', 'migration', 'manual', 'restore']) {
      expect(survivors.filter((id) => id.startsWith(reason)).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `${reason}-${n}`).sort());
    }
  });

  it('event backups do not push out daily ones, and the other way round', () => {
    const items = [...Array.from({ length: 20 }, (_, n) => item('import', n + 1)), item('startup', 30), item('startup', 54)];
    const survivors = kept(items);
    expect(survivors).toContain('startup-30');
    expect(survivors).toContain('startup-54');
    expect(survivors.filter((id) => id.startsWith('import'))).toHaveLength(5);
  });

  it('never deletes the newest backup, a future-dated one, or one whose time cannot be read', () => {
    const future = item('manual', -48, 'future');
    const odd: RetentionItem = { id: 'odd', reason: 'manual', createdAt: 'not a time' };
    const items = [future, odd, ...Array.from({ length: 10 }, (_, n) => item('manual', n + 1))];
    const survivors = kept(items);
    expect(survivors).toEqual(expect.arrayContaining(['future', 'odd', 'manual-1']));
  });

  it('keeps everything while there are few backups', () => {
    const items = [item('startup', 1), item('import', 2), item('daily', 30), item('migration', 100)];
    expect(backupsToDelete(items, NOW)).toEqual([]);
  });

  it('property: bounded, order-independent, idempotent; the newest event backup of each reason and the newest time-based one survive', () => {
    const arbItem = fc.record({
      reason: fc.constantFrom(...BACKUP_REASONS),
      hoursAgo: fc.integer({ min: 0, max: 24 * 120 }),
    });
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 120 }), (raw) => {
        const items = raw.map((r, i) => item(r.reason, r.hoursAgo, `b${i}`));
        const removed = backupsToDelete(items, NOW);
        const rest = items.filter((i) => !removed.includes(i.id));
        const p = DEFAULT_RETENTION;
        expect(rest.length).toBeLessThanOrEqual(p.daily + p.weekly + p.recentTimeBased + 4 * p.perEvent + 1);
        expect(backupsToDelete(rest, NOW)).toEqual([]);
        expect(backupsToDelete([...items].reverse(), NOW).sort()).toEqual([...removed].sort());
        const groups = [['startup', 'daily'], ['import'], ['migration'], ['manual'], ['restore']];
        for (const reasons of groups) {
          const newest = items.filter((i) => reasons.includes(i.reason)).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
          if (newest) expect(rest.some((r) => reasons.includes(r.reason) && r.createdAt === newest.createdAt)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
