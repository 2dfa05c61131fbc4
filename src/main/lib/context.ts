import type { Database as Sqlite } from 'better-sqlite3';
import type { Connection } from '../db/data';
import type { ReadModel } from '../read-model';

/** Everything a service needs, created once at start-up and passed down; never a global. */
export type ServiceContext = {
  /** The synchronous data API (src/main/db/data.ts): what repositories take. */
  readonly conn: Connection;
  /** The raw handle, for the few database-level operations (backup, audit-chain verification): `conn.sqlite`. */
  readonly sqlite: Sqlite;
  readonly dbPath: string;
  readonly resourcesDir: string;
  readonly appVersion: string;
  /** Who acts: shown in the audit log (OS user name in the app, `cli` in the CLI). */
  readonly actor: string;
  readonly now: () => Date;
  readonly newId: () => string;
  /** What the national views keep in memory for this connection (src/main/read-model); replaced with the connection. */
  readonly readModel: ReadModel;
};
