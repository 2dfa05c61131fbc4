import { createVerifiedBackup, listBackupFiles, type BackupFile } from '../db/backup';
import type { StartedApp } from './bootstrap';

const DAY_MS = 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

export type BackupLogger = { error(message: string): void };

/** True when no start-up or daily backup is younger than a day. */
export function needsDailyBackup(files: readonly BackupFile[], now: Date): boolean {
  const newest = files.find((f) => f.reason === 'startup' || f.reason === 'daily');
  return newest === undefined || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

async function backupNow(app: StartedApp, reason: 'startup' | 'daily'): Promise<string> {
  await app.swaps.settled();
  return createVerifiedBackup(app.ctx.sqlite, app.ctx.dbPath, reason, app.ctx.now());
}

/** The daily check: takes a 'daily' backup when the last time-based one is a day old. */
export async function dailyBackupIfDue(app: StartedApp): Promise<string | null> {
  if (!needsDailyBackup(listBackupFiles(app.ctx.dbPath), app.ctx.now())) return null;
  return backupNow(app, 'daily');
}

/**
 * For the long-running app (desktop and browser mode): a 'startup' backup at each start (not for a
 * database created just now), then an hourly check for the daily backup. Retention prunes both.
 * Failures are logged, never thrown: a failed backup must not stop the app. Returns a stop function
 * that settles once no backup is running any more, so a quick shutdown never closes the database
 * under a backup that is still being written.
 */
export function startBackupRoutine(app: StartedApp, logger: BackupLogger, checkEveryMs = CHECK_EVERY_MS): () => Promise<void> {
  const report = (error: unknown) => logger.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  const running = new Set<Promise<unknown>>();
  const track = (backup: Promise<unknown>) => {
    const settled = backup.catch(report).finally(() => running.delete(settled));
    running.add(settled);
  };
  if (!app.opened.createdNow) track(backupNow(app, 'startup'));
  const timer = setInterval(() => track(dailyBackupIfDue(app)), checkEveryMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await Promise.all([...running]);
  };
}
