import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, type Channel } from '@shared/contract/channels';
import type { Result } from '@shared/contract/errors';
import { dispatch, type Logger } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';
import { isAppUrl } from './navigation';

/**
 * An IPC call is trusted only from the top-level frame of a page at the app origin; a sub-frame, an
 * unknown or destroyed frame, or any other origin is refused.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}

/** The slice of an invoke event the sender check reads (a fake in tests). */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Reads the sender frame defensively: a frame that is gone or throws on access is untrusted. */
export function isTrustedEvent(event: SenderEvent): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false;
    return isTrustedSender(frame.url, frame.parent === null);
  } catch {
    return false;
  }
}

export const FORBIDDEN_RESULT: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Call refused: it did not come from the Samplan window' },
};

export type InvokeListener = (event: SenderEvent, input: unknown) => Promise<Result<unknown>>;

/** The listener of one channel: sender check first, then the shared dispatcher (validation, typed errors). */
export function createInvokeListener(handlers: Handlers, channel: Channel, logger: Logger): InvokeListener {
  return async (event, input) => {
    if (!isTrustedEvent(event)) {
      logger.error(`refused ${channel} from an untrusted sender`);
      return FORBIDDEN_RESULT;
    }
    return dispatch(handlers, channel, input, logger);
  };
}

export type IpcRegistry = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * Registers exactly one `ipcMain.handle` per contract channel and nothing else. Returns a function
 * that removes them again.
 */
export function registerIpcHandlers(ipcMain: IpcRegistry, handlers: Handlers, logger: Logger): () => void {
  for (const channel of CHANNEL_NAMES) {
    const listener = createInvokeListener(handlers, channel, logger);
    ipcMain.handle(channel, (event, input: unknown) => listener(event, input));
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
