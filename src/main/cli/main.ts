import path from 'node:path';
import { DomainError, oneLine } from '@shared/contract/domain-error';
import { DatabaseOpenError } from '../db/errors';
import { DATABASE_FILE_NAME, defaultDataDir, isNetworkPath } from '../lib/paths';
import { nodeRuntimeInfo } from '../lib/runtime';
import { parseCommandArgs, type Command, type Runtime } from './command';
import { actualsCommands } from './commands/actuals';
import { assignmentCommands } from './commands/assignments';
import { basicCommands } from './commands/basic';
import { damagedDatabaseLine, hardeningCommands } from './commands/hardening';
import { costCommands } from './commands/costs';
import { exchangeCommands } from './commands/exchange';
import { costRollCommands } from './commands/costs-roll';
import { costParameterCommands } from './commands/costs-parameters';
import { invoiceCommands } from './commands/invoice';
import { nominationCommands } from './commands/nominations';
import { generateCommands } from './commands/generate';
import { insightCommands } from './commands/insights';
import { packageCommands } from './commands/packages';
import { planningCommands } from './commands/planning';
import { populationCommands } from './commands/populations';
import { privacyCommands } from './commands/privacy';
import { registerCommands } from './commands/register';
import { CliError, cliErrorOf } from './errors';
import { createOutput } from './output';

export const COMMANDS: Command[] = [
  ...basicCommands,
  ...insightCommands,
  ...registerCommands,
  ...assignmentCommands,
  ...nominationCommands,
  ...planningCommands,
  ...costCommands,
  ...costRollCommands,
  ...costParameterCommands,
  ...invoiceCommands,
  ...actualsCommands,
  ...populationCommands,
  ...packageCommands,
  ...exchangeCommands,
  ...hardeningCommands,
  ...generateCommands,
  ...privacyCommands,
];

function usage(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(44)} ${c.summary}`);
  return ['usage: npm run cli -- [--db PATH] [--json] <command> [options]', '', 'commands:', ...lines].join('\n');
}

/** Splits the global options (--db, --json) from the command and its own arguments. */
function splitGlobal(argv: string[]) {
  let db: string | undefined;
  let json = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--db') {
      db = argv[++i];
      if (db === undefined) throw new CliError('--db behöver en sökväg till databasfilen');
    } else if (arg.startsWith('--db=')) db = arg.slice(5);
    else rest.push(arg);
  }
  return { db, json, rest };
}

function findCommand(rest: string[]): { command: Command; args: string[] } {
  const two = COMMANDS.find((c) => c.name === `${rest[0]} ${rest[1]}`);
  if (two) return { command: two, args: rest.slice(2) };
  const one = COMMANDS.find((c) => c.name === rest[0]);
  if (one) return { command: one, args: rest.slice(1) };
  throw new CliError(rest[0] ? `okänt kommando "${rest.join(' ')}"; skriv "help" för en lista` : usage());
}

export async function runCli(argv: string[], runtime: Runtime, write?: (t: string) => void): Promise<void> {
  const { db, json, rest } = splitGlobal(argv);
  if (rest[0] === 'help' || rest[0] === '--help' || rest.length === 0) {
    (write ?? ((t: string) => process.stdout.write(t)))(`${usage()}\n`);
    return;
  }
  const { command, args } = findCommand(rest);
  const parsed = parseCommandArgs(command, args);
  const dbPath = path.resolve(db ?? path.join(defaultDataDir(), DATABASE_FILE_NAME));
  if (isNetworkPath(db ?? '')) throw new CliError('databasen måste ligga på en lokal disk, inte på en nätverkssökväg');
  await command.run({ dbPath, out: createOutput(json, write), runtime, positionals: parsed.positionals, values: parsed.values });
}

/** One readable line for any failure; a stack trace only with SAMPLAN_DEBUG=1. */
export function describeCliFailure(error: unknown): string {
  if (error instanceof DatabaseOpenError && error.kind === 'DAMAGED') return oneLine(damagedDatabaseLine(error), 2000);
  if (error instanceof CliError || error instanceof DatabaseOpenError) return oneLine(error.message, 2000);
  if (error instanceof DomainError) return oneLine(cliErrorOf(error).message, 2000);
  if (process.env.SAMPLAN_DEBUG === '1' && error instanceof Error) return error.stack ?? error.message;
  return oneLine(error instanceof Error ? error.message.split('\n')[0]! : String(error), 2000);
}

const isEntry = process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isEntry) {
  // Piped into `head` or a closed pager: the reader has what it wanted, so stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  runCli(process.argv.slice(2), nodeRuntimeInfo(import.meta.url)).catch((error: unknown) => {
    process.stderr.write(`samplan: ${describeCliFailure(error)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  });
}
