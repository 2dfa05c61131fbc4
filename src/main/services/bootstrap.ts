import { openDatabase, type OpenedDatabase } from '../db/connection';
import { transaction } from '../db/data';
import { JobRegistry } from '../jobs/registry';
import type { ServiceContext } from '../lib/context';
import { ReadModel } from '../read-model';
import { randomId } from '../lib/ids';
import { readGroupsFile, readRegionsFile } from '../reference/files';
import { loadReferenceData } from '../reference/load-reference';
import { readSetting, SETTING_KEYS, writeSetting } from '../repositories/settings';
import { SwapQueue } from './swap-queue';
import { actorName } from './app-service';

export type StartOptions = {
  dbPath: string;
  resourcesDir: string;
  appVersion: string;
  actor: string;
  /** Create the database when missing (app start, `init`); the CLI's other commands require it. */
  create: boolean;
  now?: () => Date;
  /** Another connection of a running app (a job's worker): its change log is left as it is (db/connection.ts). */
  keepChangeLog?: boolean;
};

/**
 * A running app. A restore swaps `ctx`, `opened` and `sources` in place (services/app-swap.ts), so
 * whoever holds the app reads the current connection at call time; its job registry and its swap
 * queue belong to the app and outlive a swap.
 */
export type StartedApp = {
  ctx: ServiceContext;
  opened: OpenedDatabase;
  sources: string[];
  /** The long jobs (package import/export, generation); one runs at a time. */
  readonly jobs: JobRegistry;
  /** Database swaps (restore) run one after another; calls wait while one runs. */
  readonly swaps: SwapQueue;
};

/**
 * Opens and migrates the database, then makes sure the installation id and the national reference
 * data are there (first start loads them in one transaction).
 */
export async function startServices(options: StartOptions): Promise<StartedApp> {
  const now = options.now ?? (() => new Date());
  const regionsFile = readRegionsFile(options.resourcesDir);
  const groupsFile = readGroupsFile(options.resourcesDir);
  const opened = await openDatabase(options.dbPath, { create: options.create, now, keepChangeLog: options.keepChangeLog ?? false });
  const ctx: ServiceContext = {
    conn: opened.conn,
    sqlite: opened.sqlite,
    dbPath: options.dbPath,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    // the configured name ("Ditt namn") as soon as it is set, read at each write
    get actor(): string {
      return actorName(opened.conn, options.actor);
    },
    now,
    newId: randomId,
    readModel: new ReadModel(opened.conn, options.appVersion),
  };
  try {
    if (readSetting(ctx.conn, SETTING_KEYS.installationId) === null) {
      transaction(ctx.conn, () => {
        writeSetting(ctx.conn, SETTING_KEYS.installationId, randomId());
        writeSetting(ctx.conn, SETTING_KEYS.language, 'sv');
        loadReferenceData(ctx.conn, regionsFile, groupsFile, now().toISOString());
      });
    }
  } catch (error) {
    ctx.readModel.dispose();
    await opened.close();
    throw error;
  }
  const app: StartedApp = {
    ctx,
    opened,
    sources: [...new Set([...regionsFile.sources, ...groupsFile.sources])],
    jobs: new JobRegistry({
      // read when a job starts: a restore may have swapped the database since
      workerOptions: () => ({
        dbPath: app.ctx.dbPath,
        resourcesDir: app.ctx.resourcesDir,
        appVersion: app.ctx.appVersion,
        actor: app.ctx.actor,
      }),
      newId: () => app.ctx.newId(),
    }),
    swaps: new SwapQueue(),
  };
  return app;
}
