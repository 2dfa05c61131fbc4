import type { StartedApp } from './bootstrap';

/**
 * A restore replaces the database under a running app. The `StartedApp` object stays the same and
 * its connection is swapped in place, so everything that holds it (the IPC handlers, the web
 * server, the Electron quit hook) reads the current connection at call time. Swaps on one app run
 * one after another, and calls wait while one runs.
 */
const running = new WeakMap<StartedApp, Promise<unknown>>();

/** Resolves once no swap is running on this app (a failed swap counts as finished). */
export async function swapSettled(app: StartedApp): Promise<void> {
  const current = running.get(app);
  if (current) await current.then(noop, noop);
}

function noop(): void {}

/** Runs `work` after any earlier swap on the same app; calls made meanwhile wait for it. */
export function runSwap<T>(app: StartedApp, work: () => Promise<T>): Promise<T> {
  const previous = running.get(app) ?? Promise.resolve();
  const next = previous.then(noop, noop).then(work);
  running.set(app, next);
  const clear = () => {
    if (running.get(app) === next) running.delete(app);
  };
  next.then(clear, clear);
  return next;
}

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
