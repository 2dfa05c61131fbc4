import type { StartedApp } from './bootstrap';

/**
 * A restore replaces the database under a running app. The `StartedApp` object stays the same and
 * its connection is swapped in place, so everything that holds it (the IPC handlers, the web
 * server, the Electron quit hook) reads the current connection at call time. Swaps on one app run
 * one after another on its queue (services/swap-queue.ts), and calls wait while one runs.
 */

/**
 * Points the running app at a newly opened database (same settings, clock and id source) and its read
 * model; the old connection's read model is disposed (what it holds describes the old file).
 */
export function adoptDatabase(app: StartedApp, next: StartedApp): void {
  app.ctx.readModel.dispose();
  const swapped = { ...app.ctx, conn: next.ctx.conn, sqlite: next.ctx.sqlite, readModel: next.ctx.readModel };
  // the actor is read from the database at each write ("Ditt namn"): from the new one from now on
  app.ctx = Object.defineProperty(swapped, 'actor', { get: () => next.ctx.actor, enumerable: true });
  app.opened = next.opened;
  app.sources = next.sources;
}
