/** A user error: printed as one line on stderr, exit code 1, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** The key of a typed refusal from a channel (`seat.taken`), for a command that adds its own advice. */
    readonly detailKey?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
