import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import type { Output } from './output';
import { CliError } from './errors';

export type Runtime = { resourcesDir: string; appVersion: string; actor: string };

export type CommandContext = {
  dbPath: string;
  out: Output;
  runtime: Runtime;
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
};

export type Command = {
  /** One or two words: `info`, `persons list`. */
  name: string;
  summary: string;
  usage: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  positionals?: { min: number; max: number };
  run(ctx: CommandContext): Promise<void>;
};

/** Node's parseArgs refusal in Swedish: the option it is about, quoted from its message. */
function parseArgsProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `okänd flagga ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `flaggan ${option.split(' ')[0] ?? option} har fel värde eller saknar värde`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `oväntat argument ${option}`;
  return message;
}

/** Parses the command's own arguments strictly; an unknown option is a one-line user error. */
export function parseCommandArgs(command: Command, args: string[]) {
  try {
    const parsed = parseArgs({ args, options: command.options ?? {}, allowPositionals: true, strict: true });
    const limits = command.positionals ?? { min: 0, max: 0 };
    if (parsed.positionals.length < limits.min || parsed.positionals.length > limits.max) {
      throw new CliError(`fel antal argument (användning: ${command.usage})`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${parseArgsProblem(error)} (användning: ${command.usage})`);
  }
}

export function requireString(values: CommandContext['values'], name: string, usage: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${name} krävs (användning: ${usage})`);
  return value;
}

/**
 * Validates `value` with a zod schema that is imported on first use (`load`), so the CLI's start
 * (`--help`, argument errors) imports no zod; a failure is one line ending in the usage.
 */
export async function validated<S extends z.ZodType>(load: () => Promise<S>, value: unknown, usage: string): Promise<z.output<S>> {
  const [schema, { validationLine }] = await Promise.all([load(), import('./validation-words')]);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CliError(`${validationLine(parsed.error)} (användning: ${usage})`);
  return parsed.data;
}
