import { CHANNEL_NAMES } from '@shared/contract/channels';
import { swapSettled } from '../../services/app-swap';
import type { StartedApp } from '../../services/bootstrap';
import type { Handlers } from '../handlers';

type AnyHandler = (input: unknown) => Promise<unknown>;

/**
 * Handlers that survive a database swap (backup restore): the domain handlers capture `app.ctx`
 * when built, so they are rebuilt whenever the app's context changed, and each call waits while a
 * swap is running. Callers keep one `Handlers` object for the life of the app.
 */
export function followSwaps(app: StartedApp, build: (app: StartedApp) => Handlers): Handlers {
  let builtFor = app.ctx;
  let built = build(app);
  const current = (): Handlers => {
    if (app.ctx !== builtFor) {
      builtFor = app.ctx;
      built = build(app);
    }
    return built;
  };
  const entries = CHANNEL_NAMES.map((channel) => {
    const call: AnyHandler = async (input) => {
      await swapSettled(app);
      return (current()[channel] as AnyHandler)(input);
    };
    return [channel, call] as const;
  });
  return Object.fromEntries(entries) as unknown as Handlers;
}
