/**
 * A team's activity level over time, from dated events: the level in force on a day is the latest
 * event with effectiveDate <= day (two events on one date: the one recorded later wins). Before the
 * first event the team has no level (`NONE`).
 */
import type { LevelOrNone } from '@shared/contract/planning/teams';
import { ACTIVITY_LEVELS, type ActivityLevel } from '@shared/domain/enums';
import { dayFromNumber, dayNumber } from '@shared/calendar';
import { spanDays, type DaySpan } from '../capacity/load';

export type LevelEventInput = { id: string; level: ActivityLevel; effectiveDate: string; createdAt: string };

export type LevelSegment = DaySpan & { level: LevelOrNone };

/** Board columns in the order of VGR's table. */
export const LEVEL_COLUMNS: readonly LevelOrNone[] = [...ACTIVITY_LEVELS, 'NONE'];

export function sortEvents<T extends LevelEventInput>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** The event in force on `day` in a sorted list, or null. */
export function eventOn<T extends LevelEventInput>(sorted: readonly T[], day: string): T | null {
  let found: T | null = null;
  for (const event of sorted) {
    if (event.effectiveDate > day) break;
    found = event;
  }
  return found;
}

export function levelOn(sorted: readonly LevelEventInput[], day: string): LevelOrNone {
  return eventOn(sorted, day)?.level ?? 'NONE';
}

/** The levels in force across an inclusive range of day numbers, as consecutive segments covering it. */
export function levelSegments(sorted: readonly LevelEventInput[], range: DaySpan): LevelSegment[] {
  const segments: LevelSegment[] = [];
  let level: LevelOrNone = levelOn(sorted, dayFromNumber(range.start));
  let start = range.start;
  for (const event of sorted) {
    const day = dayNumber(event.effectiveDate);
    if (day <= range.start) continue;
    if (day > range.end) break;
    if (event.level !== level) {
      segments.push({ level, start, end: day - 1 });
      level = event.level;
      start = day;
    }
  }
  segments.push({ level, start, end: range.end });
  return segments.filter((s) => s.end >= s.start);
}

/** Days per level over a range; only levels with days, in board-column order. */
export function daysByLevel(segments: readonly LevelSegment[], range: DaySpan): { level: LevelOrNone; days: number }[] {
  const days = new Map<LevelOrNone, number>();
  for (const s of segments) days.set(s.level, (days.get(s.level) ?? 0) + spanDays(s, range));
  return LEVEL_COLUMNS.filter((l) => (days.get(l) ?? 0) > 0).map((level) => ({ level, days: days.get(level)! }));
}

/** The level with most days; on a tie the one whose last segment is later. */
export function predominantLevel(segments: readonly LevelSegment[], range: DaySpan): LevelOrNone {
  const totals = new Map<LevelOrNone, { days: number; lastEnd: number }>();
  for (const s of segments) {
    const days = spanDays(s, range);
    if (days === 0) continue;
    const entry = totals.get(s.level) ?? { days: 0, lastEnd: 0 };
    totals.set(s.level, { days: entry.days + days, lastEnd: Math.max(entry.lastEnd, s.end) });
  }
  let best: LevelOrNone = 'NONE';
  let bestEntry = { days: -1, lastEnd: -1 };
  for (const [level, entry] of totals) {
    if (entry.days > bestEntry.days || (entry.days === bestEntry.days && entry.lastEnd > bestEntry.lastEnd)) {
      best = level;
      bestEntry = entry;
    }
  }
  return best;
}
