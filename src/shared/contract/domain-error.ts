import { MESSAGE_KEYS, wordMessage, type MessageKey, type MessageParams } from '../messages';

// The error codes, DomainError and oneLine without zod: the CLI's start (`--help`, argument errors) imports
// only this; src/shared/contract/errors.ts re-exports it with the zod schema of an error.

/** Every failure that crosses the IPC boundary is one of these codes with a one-line message. */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'NOT_INITIALISED', 'UNKNOWN_CHANNEL', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Refusals the renderer and the CLI word themselves, in the user's language, from the key and its parameters. */
export const ERROR_DETAIL_KEYS = MESSAGE_KEYS;
export type ErrorDetailKey = MessageKey;
export type ErrorDetail = { key: ErrorDetailKey; params: Record<string, string | number> };

/**
 * A failure a service raises on purpose; the dispatcher turns it into an `AppError`. Its `detail` (a
 * message key with parameters) is required: the user reads the key's wording in their language, never
 * the English `message` (meant for logs). Prefer `refusal(code, key, params)`, which words the message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail: ErrorDetail,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * A refusal with a key the user's language words (the renderer from the catalogue, the CLI in Swedish);
 * its `message` is the English wording, for logs and debugging.
 */
export function refusal(code: ErrorCode, key: MessageKey, params: MessageParams = {}): DomainError {
  return new DomainError(code, wordMessage('en', key, params), { key, params: { ...params } });
}

/** Keeps a message on one short line: control and line-break characters (e.g. from an unknown key) are shown escaped. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
