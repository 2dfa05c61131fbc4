import type { JobInputOf, JobKind, JobResultOf } from '@shared/contract/jobs';
import { DomainError } from '@shared/contract/domain-error';
import type { CommandContext } from './command';
import { cliErrorOf } from './errors';
import { withApp } from './services';

/**
 * A progress line on stderr, rewritten in place at most ten times a second on a terminal. Elsewhere it
 * is silent, so a script reading stderr gets exactly one line when something fails — unless
 * SAMPLAN_PROGRESS=1 asks for one progress line a second (for logs).
 */
export function progressLine(label: string): { onProgress: (done: number, total: number, phase: string) => void; finish: () => void } {
  const tty = process.stderr.isTTY === true;
  const logged = !tty && process.env['SAMPLAN_PROGRESS'] === '1';
  const interval = tty ? 100 : 1000;
  let last = 0;
  let shown = false;
  return {
    onProgress(done, total, phase) {
      const now = Date.now();
      if ((!tty && !logged) || (now - last < interval && done !== total)) return;
      last = now;
      shown = true;
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      const text = `${label}: ${phase} ${done}/${total} (${percent} %)`;
      process.stderr.write(tty ? `\r${text}\x1b[K` : `${text}\n`);
    },
    finish() {
      if (tty && shown) process.stderr.write('\n');
    },
  };
}

/**
 * Runs a long job (import, generation) in a worker thread, as the app does: the database is opened
 * (and migrated) here first, the worker writes through its own connection, progress goes to stderr and
 * Ctrl-C cancels — the worker rolls back, so the database is unchanged.
 */
export async function runCliJob<K extends JobKind>(ctx: CommandContext, label: string, input: JobInputOf<K>): Promise<JobResultOf<K>> {
  const progress = progressLine(label);
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once('SIGINT', onSigint);
  try {
    const { runJobInWorker } = await import('../jobs');
    return await withApp(ctx, (app) =>
      runJobInWorker(
        { dbPath: app.ctx.dbPath, resourcesDir: app.ctx.resourcesDir, appVersion: app.ctx.appVersion, actor: app.ctx.actor },
        input,
        { onProgress: progress.onProgress, signal: abort.signal },
      ),
    );
  } catch (error) {
    if (error instanceof DomainError) throw cliErrorOf(error);
    throw error;
  } finally {
    process.removeListener('SIGINT', onSigint);
    progress.finish();
  }
}
