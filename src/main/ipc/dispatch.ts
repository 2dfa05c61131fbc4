import { channels, isChannel } from '@shared/contract/channels';
import {
  describeValidationError,
  DomainError,
  issueDetail,
  oneLine,
  type AppError,
  type ErrorDetail,
  type Result,
} from '@shared/contract/errors';
import { isConstraintError } from '../db/errors';
import type { Handlers } from './handlers';

export type Logger = { error(message: string): void };

/** The wording keys of the failures the dispatcher itself raises (the message keeps the technical detail for logs). */
const INTERNAL = {
  unknownChannel: { key: 'internal.unknownChannel', params: {} },
  invalidInput: { key: 'input.invalid', params: {} },
  error: { key: 'internal.error', params: {} },
  conflict: { key: 'internal.conflict', params: {} },
} as const satisfies Record<string, ErrorDetail>;

function failure(code: AppError['code'], message: string, detail?: AppError['detail']): Result<never> {
  return { ok: false, error: { code, message: oneLine(message, 1000), ...(detail ? { detail } : {}) } };
}

/**
 * The single entry of every call from the UI (IPC or browser mode) and the CLI: checks the channel,
 * validates the input strictly, runs the handler, validates the output, and turns every failure into
 * a typed error with one readable line. Nothing is thrown across the boundary.
 */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown, logger?: Logger): Promise<Result<unknown>> {
  if (!isChannel(channel)) return failure('UNKNOWN_CHANNEL', `Unknown channel: ${String(channel).slice(0, 80)}`, INTERNAL.unknownChannel);
  const definition = channels[channel];
  const parsed = definition.input.safeParse(input);
  if (!parsed.success)
    return failure('VALIDATION', describeValidationError(parsed.error), issueDetail(parsed.error) ?? INTERNAL.invalidInput);
  try {
    const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = definition.output.safeParse(value);
    if (!checked.success) {
      logger?.error(`output of ${channel} failed its schema: ${describeValidationError(checked.error)}`);
      return failure('INTERNAL', `Internal error in ${channel}`, INTERNAL.error);
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof DomainError) return failure(error.code, error.message, error.detail);
    if (isConstraintError(error))
      return failure('CONFLICT', `The change conflicts with existing data (${error.message})`, INTERNAL.conflict);
    logger?.error(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return failure('INTERNAL', `Internal error in ${channel}`, INTERNAL.error);
  }
}
