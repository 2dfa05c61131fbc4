import { BACKUP_REASON_VALUES } from '@shared/contract/backups';

/*
 * Which backups to keep: a pure rule, given the list and the current time. Time-based backups
 * (start-up and daily) are thinned to one per day and one per week; event backups (before an import,
 * a migration or a restore, and manual ones) are kept by count. Days and weeks are UTC.
 */

export const BACKUP_REASONS = BACKUP_REASON_VALUES;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export type RetentionItem = { readonly id: string; readonly reason: BackupReason; readonly createdAt: string };

export type RetentionPolicy = {
  /** The newest time-based backup of each of this many most recent days that have one. */
  readonly daily: number;
  /** The newest time-based backup of each of this many most recent ISO weeks that have one. */
  readonly weekly: number;
  /** The newest backups of each event reason (migration, import, manual, restore). */
  readonly perEvent: number;
  /** The newest time-based backups kept whatever their day, so a restart never drops the morning's state. */
  readonly recentTimeBased: number;
};

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, perEvent: 5, recentTimeBased: 2 };

const TIME_BASED: ReadonlySet<BackupReason> = new Set<BackupReason>(['startup', 'daily']);

/** ISO-8601 week of a UTC date as `YYYY-Www` (the week belongs to the year of its Thursday). */
export function isoWeekKey(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function newestFirst(a: RetentionItem, b: RetentionItem): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Keeps the first (newest) item of each bucket, for the `count` most recent buckets. */
function newestPerBucket(items: readonly RetentionItem[], count: number, bucketOf: (item: RetentionItem) => string): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const item of items) {
    const bucket = bucketOf(item);
    if (seen.has(bucket)) continue;
    if (seen.size >= count) break;
    seen.add(bucket);
    kept.push(item.id);
  }
  return kept;
}

/**
 * The ids to delete. Never deletes the newest backup, a backup dated after `now` (a clock that went
 * back must not cost a backup), or one whose time cannot be read.
 */
export function backupsToDelete(items: readonly RetentionItem[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const nowIso = now.toISOString();
  const valid = items.filter((i) => !Number.isNaN(Date.parse(i.createdAt)) && i.createdAt <= nowIso);
  const sorted = [...valid].sort(newestFirst);
  const keep = new Set<string>(items.filter((i) => !valid.includes(i)).map((i) => i.id));
  if (sorted[0]) keep.add(sorted[0].id);
  const timeBased = sorted.filter((i) => TIME_BASED.has(i.reason));
  for (const item of timeBased.slice(0, policy.recentTimeBased)) keep.add(item.id);
  for (const id of newestPerBucket(timeBased, policy.daily, (i) => i.createdAt.slice(0, 10))) keep.add(id);
  for (const id of newestPerBucket(timeBased, policy.weekly, (i) => isoWeekKey(new Date(i.createdAt)))) keep.add(id);
  for (const reason of BACKUP_REASONS.filter((r) => !TIME_BASED.has(r))) {
    for (const item of sorted.filter((i) => i.reason === reason).slice(0, policy.perEvent)) keep.add(item.id);
  }
  return items.filter((i) => !keep.has(i.id)).map((i) => i.id);
}
