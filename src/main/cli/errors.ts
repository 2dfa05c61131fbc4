import type { ErrorDetail } from '@shared/contract/domain-error';
import { flagOf } from './option-names';
import { isMessageKey, wordMessage, type MessageKey, type MessageParams } from '@shared/messages';

/** A user error: printed as one line on stderr, exit code 1, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** The key of a typed refusal from a channel (`seat.taken`), for a command that adds its own advice. */
    readonly detailKey?: string,
    /** That refusal's parameters. */
    readonly detailParams: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Which value the contract refused, as the option it came from (" (--person)"), from the dispatcher's "field: reason". */
function invalidField(message: string): string {
  const path = /^([\w.]+): /.exec(message)?.[1];
  return path ? ` (${flagOf(path.split('.'))})` : '';
}

/**
 * The CLI's line for a refusal from a service or the dispatcher (a DomainError or an AppError): the key
 * worded in Swedish from the message catalogue; for input the contract refused, the technical reason
 * follows in brackets so a script's author can see which value it was.
 */
export function cliErrorOf(error: { message: string; detail?: ErrorDetail | undefined }): CliError {
  const detail = error.detail;
  if (!detail || !isMessageKey(detail.key)) return new CliError(error.message);
  const line = wordMessage('sv', detail.key, detail.params);
  return new CliError(detail.key === 'input.invalid' ? `${line}${invalidField(error.message)}` : line, 1, detail.key, detail.params);
}

/** A CLI refusal worded in Swedish from the catalogue's `cli` section, with the usage line when given. */
export function cliRefusal(key: MessageKey, params: MessageParams = {}, usage?: string): CliError {
  const line = wordMessage('sv', key, params);
  return new CliError(usage ? `${line} (användning: ${usage})` : line);
}
