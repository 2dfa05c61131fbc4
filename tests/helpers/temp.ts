import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { startServices, type StartedApp } from '../../src/main/services/bootstrap';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const RESOURCES_DIR = path.join(PROJECT_ROOT, 'resources');

const created: string[] = [];

/** A new folder under the system temp folder; removed after the test file (tests/setup/remove-temp.ts). */
export function tempDir(prefix = 'samplan-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every folder tempDir() made in this test file. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** A fresh database in a temp folder, migrated and with reference data. */
export async function startTestApp(options: { dir?: string; now?: () => Date } = {}): Promise<StartedApp> {
  const dir = options.dir ?? tempDir();
  return startServices({
    dbPath: path.join(dir, 'samplan.db'),
    resourcesDir: RESOURCES_DIR,
    appVersion: '0.0.0-test',
    actor: 'test',
    create: true,
    now: options.now ?? (() => new Date('2026-11-23T10:00:00.000Z')),
  });
}

/** SHA-256 of a file and its WAL, to prove a database was not written. */
export function fileHash(file: string): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) {
    if (fs.existsSync(file + suffix)) hash.update(fs.readFileSync(file + suffix));
  }
  return hash.digest('hex');
}

/**
 * A logical dump of every table, for "database unchanged" assertions independent of page layout; without
 * the change log (bookkeeping of the read model, emptied whenever a connection opens).
 */
export function logicalDump(app: StartedApp): string {
  // the FTS5 search indexes (virtual tables and their shadow tables) are indexes, like SQLite's own: not dumped
  const tables = app.ctx.sqlite
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT GLOB '*_fts' AND name NOT GLOB '*_fts_*' AND name NOT IN ('change_log', 'saved_answers') ORDER BY name",
    )
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, app.ctx.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}
