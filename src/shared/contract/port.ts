import type { AppError } from './errors';

/**
 * The desktop app's call path: the preload asks main for a port on PORT_REQUEST_CHANNEL; main checks
 * the sender is its window and answers on PORT_CHANNEL with one end of a MessageChannel whose other end
 * it handed to the backend process. Calls then travel the port as `{ id, channel, input }` → `{ id, result }`.
 * After a backend restart main sends a fresh port unasked.
 */
export const PORT_REQUEST_CHANNEL = 'samplan:port-request';
export const PORT_CHANNEL = 'samplan:port';

/** The typed error a call gets when the backend process ended before answering it (a call never hangs). */
export const BACKEND_LOST: AppError = {
  code: 'INTERNAL',
  message: 'Samplans bakgrundsprocess avslutades innan svaret kom; den startas om. Försök igen.',
};
