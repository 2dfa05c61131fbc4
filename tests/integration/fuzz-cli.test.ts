import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/main/cli/errors';
import { COMMANDS, describeCliFailure, runCli } from '../../src/main/cli/main';
import type { Command } from '../../src/main/cli/command';
import { ODD_STRINGS } from '../helpers/fuzz';
import { fileHash, RESOURCES_DIR, tempDir } from '../helpers/temp';

/**
 * The CLI under malformed argv, run in-process through runCli: unknown commands, unknown options,
 * options without their value, too many arguments, odd unicode. Every case must fail with one
 * CliError line (never a stack trace), print nothing on stdout, and leave the database file and
 * its folder unchanged. `--db` is always given first, so no generated argument can point elsewhere.
 */
const RUNS = Math.max(300, Math.floor(Number(process.env.SAMPLAN_FUZZ_RUNS ?? 1000) / 2));
const runtime = { resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'fuzz' };

let dir: string;
let db: string;

beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, 's.db');
  await runCli(['--db', db, 'init', '--region', '23'], runtime, () => {});
  await runCli(['--db', db, 'demo'], runtime, () => {});
});

const NAMES = new Set(COMMANDS.map((c) => c.name));
const word = fc.oneof(
  fc.constantFrom(...ODD_STRINGS.filter((s) => s !== '')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
);
/** A token that cannot be a global option (--db would point elsewhere; --json is harmless but not malformed). */
const safe = (t: string) => t !== '--db' && !t.startsWith('--db=') && t !== '--json' && t !== '--';

function isKnownStart(tokens: string[]): boolean {
  const first = tokens.find((t) => t !== '--json');
  return first === undefined || first === 'help' || first === '--help' || NAMES.has(first) || NAMES.has(`${tokens[0]} ${tokens[1]}`);
}

function stringOptions(command: Command): string[] {
  return Object.entries(command.options ?? {})
    .filter(([, o]) => o.type === 'string')
    .map(([name]) => name);
}

const command = fc.constantFrom(...COMMANDS);
const unknownCommand = fc.array(word, { minLength: 1, maxLength: 4 }).filter((t) => t.every(safe) && !isKnownStart(t));
const unknownOption = fc
  .tuple(command, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.array(word.filter(safe), { maxLength: 2 }))
  .filter(([c, name]) => !/[=]/.test(name) && !(name in (c.options ?? {})) && name !== 'db' && name !== 'json' && name !== 'help')
  .map(([c, name, extra]) => [...c.name.split(' '), `--${name}`, ...extra]);
const missingValue = command
  .filter((c) => stringOptions(c).length > 0)
  .chain((c) => fc.constantFrom(...stringOptions(c)).map((o) => [...c.name.split(' '), `--${o}`]));
const tooManyArguments = fc
  .tuple(command, fc.array(word, { minLength: 1, maxLength: 3 }))
  .map(([c, words]) => [
    ...c.name.split(' '),
    ...Array.from({ length: (c.positionals?.max ?? 0) + 1 }, (_, i) => `p${words[i % words.length]}`),
  ]);
const dbWithoutPath = fc.tuple(command).map(([c]) => [...c.name.split(' '), '--db']);
const argvs = fc.oneof(unknownCommand, unknownOption, missingValue, tooManyArguments, dbWithoutPath);

describe('CLI fuzzing', () => {
  it(`fails with one CliError line and writes nothing for ${RUNS} malformed argument lists`, { timeout: 120_000 }, async () => {
    const started = Date.now();
    const hash = fileHash(db);
    const files = fs.readdirSync(dir).sort();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(argvs, async (argv) => {
        let stdout = '';
        const error = await runCli(['--db', db, ...argv], runtime, (t) => (stdout += t)).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, JSON.stringify(argv)).toBeInstanceOf(CliError);
        const line = describeCliFailure(error);
        expect(line.length).toBeGreaterThan(0);
        expect(line, JSON.stringify(argv)).not.toMatch(/[\r\n]/);
        expect(line).not.toMatch(/\bat .+:\d+:\d+/);
        expect(stdout).toBe('');
        runs += 1;
        if (runs % 50 === 0) expect(fileHash(db)).toBe(hash);
      }),
      { numRuns: RUNS },
    );
    expect(fileHash(db)).toBe(hash);
    expect(fs.readdirSync(dir).sort()).toEqual(files);
    process.stdout.write(`[fuzz-cli] ${runs} malformed argv, 0 stack traces, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  });
});
