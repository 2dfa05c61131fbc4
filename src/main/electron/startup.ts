import path from 'node:path';
import type { DatabaseOpenErrorKind } from '../db/errors';
import { DATABASE_FILE_NAME, defaultDataDir, isNetworkPath } from '../lib/paths';

/** A start-up problem with a message a person can act on (shown in a dialog, then the app quits). */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export type DataLocation = {
  /** Electron's userData: the local per-user folder (never roaming %APPDATA%, never a network share). */
  dataDir: string;
  /** Chromium's own files (caches, local storage) kept apart from the database. */
  sessionDir: string;
  dbPath: string;
};

/** Where the database and Chromium's files live; a network path is refused before anything is written. */
export function resolveDataLocation(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home?: string,
): DataLocation {
  const configured = home === undefined ? defaultDataDir(platform, env) : defaultDataDir(platform, env, home);
  const dataDir = path.resolve(configured);
  if (isNetworkPath(configured) || isNetworkPath(dataDir)) {
    throw new StartupError(`The data folder ${configured} is on a network share; Samplan keeps its database on a local disk only.`);
  }
  return { dataDir, sessionDir: path.join(dataDir, 'session'), dbPath: path.join(dataDir, DATABASE_FILE_NAME) };
}

/** Files of the built app relative to the bundled main script (out/main/index.js). */
export function bundleLayout(mainDir: string): { preloadPath: string; rendererDir: string } {
  return {
    preloadPath: path.join(mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: path.join(mainDir, '..', 'renderer'),
  };
}

const DATABASE_ADVICE: Record<DatabaseOpenErrorKind, string> = {
  MISSING: 'Samplans databas hittades inte.',
  TOO_NEW: 'Databasen har skapats av en nyare version av Samplan. Installera den senaste versionen av Samplan.',
  DAMAGED: 'Databasfilen är skadad eller går inte att läsa. Återställ den från en säkerhetskopia eller kontakta din IT-support.',
  UNWRITABLE:
    'Samplan kan inte skriva till databasfilen. Kontrollera att mappen finns på en lokal disk och att du har behörighet att skriva där.',
  MIGRATION_FAILED: 'Uppdateringen av databasen misslyckades och har rullats tillbaka. Kontakta din IT-support.',
};

export type StartupDialog = { title: string; content: string };

/** For a damaged file: the newest verified backup (the file itself is never written). */
function backupAdvice(backupIds: readonly string[]): string {
  const newest = backupIds[0];
  if (!newest) return '';
  return ` Senaste kontrollerade säkerhetskopia: ${newest} (${backupIds.length} finns). Återställ med: npm run cli -- restore ${newest}`;
}

type DatabaseFailure = { kind: DatabaseOpenErrorKind; message: string; backupIds: readonly string[] };

function isAdviceKind(kind: unknown): kind is DatabaseOpenErrorKind {
  return typeof kind === 'string' && Object.hasOwn(DATABASE_ADVICE, kind);
}

/**
 * A database that could not be opened, as the backend reports it (BackendStartError's `failure`) or
 * as the error itself (a DatabaseOpenError where the database is opened in this process).
 */
function databaseFailure(error: unknown): DatabaseFailure | null {
  if (typeof error !== 'object' || error === null) return null;
  const failure = 'failure' in error ? (error.failure as Record<string, unknown>) : (error as Record<string, unknown>);
  if (!isAdviceKind(failure['kind']) || typeof failure['message'] !== 'string') return null;
  const ids = Array.isArray(failure['backupIds'])
    ? (failure['backupIds'] as unknown[])
    : Array.isArray(failure['backups'])
      ? (failure['backups'] as { id: unknown }[]).map((b) => b.id)
      : [];
  return { kind: failure['kind'], message: failure['message'], backupIds: ids.filter((id): id is string => typeof id === 'string') };
}

/** The error dialog for a failed start: Swedish advice first, then the technical one-line reason. */
export function describeStartupFailure(error: unknown): StartupDialog {
  const title = 'Samplan kan inte starta';
  const database = databaseFailure(error);
  if (database) return { title, content: `${DATABASE_ADVICE[database.kind]}${backupAdvice(database.backupIds)}\n\n${database.message}` };
  if (error instanceof StartupError) {
    return { title, content: `Samplans data måste ligga på en lokal disk, inte på en nätverksenhet.\n\n${error.message}` };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { title, content: `Ett oväntat fel inträffade när Samplan startade.\n\n${reason}` };
}
