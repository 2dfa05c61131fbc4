import { DomainError } from '@shared/contract/errors';
import type { ServiceContext } from '../../lib/context';
import { lastSentAt } from '../../repositories/packages/exchange-log';
import type { StartedApp } from '../bootstrap';
import { pickUpInJob } from './exchange-pickup';
import { sendPackages } from './exchange-send';
import { exchangeSettingsOf } from './exchange-settings';

const HOUR_MS = 60 * 60 * 1000;
const CHECK_EVERY_MS = 15 * 60 * 1000;

export type ExchangeLogger = { error(message: string): void };

/** True when a send is due: a schedule is set and the last package went out that many hours ago (or none did). */
export function sendIsDue(ctx: ServiceContext): boolean {
  const { folder, sendEveryHours } = exchangeSettingsOf(ctx.conn);
  if (folder === null || sendEveryHours === null) return false;
  const last = lastSentAt(ctx.conn);
  return last === null || ctx.now().getTime() - Date.parse(last) >= sendEveryHours * HOUR_MS;
}

/**
 * One round of the routine: picks up new packages as a job (importing only what the user chose to
 * import automatically; the rest waits on the start page), then sends the changes to every recipient
 * when the schedule says so. While another job runs the pick-up waits for the next round.
 */
export async function exchangeRound(app: StartedApp): Promise<void> {
  await app.swaps.settled();
  if (exchangeSettingsOf(app.ctx.conn).folder === null) return;
  try {
    await pickUpInJob(app.jobs, { dryRun: false, confirm: false });
  } catch (error) {
    if (!(error instanceof DomainError && error.detail?.key === 'job.busy')) throw error;
  }
  if (sendIsDue(app.ctx)) await sendPackages(app.ctx, { recipient: null, scope: 'own', full: false });
}

/**
 * For the long-running app, beside the backup routine: a round soon after the start, then every 15
 * minutes. Failures (a share offline) are logged, never thrown. Returns a stop function that settles once
 * no round is running any more.
 */
export function startExchangeRoutine(app: StartedApp, logger: ExchangeLogger, checkEveryMs = CHECK_EVERY_MS): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const round = () => {
    if (busy) return;
    busy = true;
    running = exchangeRound(app)
      .catch((error: unknown) => logger.error(`exchange failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (busy = false));
  };
  const first = setTimeout(round, 5000);
  first.unref();
  const timer = setInterval(round, checkEveryMs);
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
