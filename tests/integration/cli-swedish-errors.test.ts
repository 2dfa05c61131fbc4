import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import sv from '../../src/shared/messages/sv.json' with { type: 'json' };
import { runCliProcess } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

/**
 * Every CLI command answers a bad argument with one Swedish line and exit 1: no English sentence, no
 * zod message, no field name of the contract. The usage line after it ("(användning: …)") is the
 * command's synopsis and is left out of the check.
 */
let db: string;
let dir: string;

beforeAll(() => {
  dir = tempDir();
  db = path.join(dir, 's.db');
  expect(runCliProcess(['--db', db, 'init', '--region', '23']).code).toBe(0);
}, 60_000);

const ID = '00000000-0000-4000-8000-000000000000';
const ENGLISH =
  /\b(the|is|are|takes|must|not|cannot|invalid|expected|such as|exists|choose|larger|found|failed|did|option|usage|Invalid)\b/;
const SWEDISH = /[åäöÅÄÖ]|\b(ska|har|är|tar|finns|krävs|okänd|ingen|inget|kan|fel)\b/;

function swedishLine(args: string[]): string {
  const result = runCliProcess(['--db', db, ...args], { cwd: dir });
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  const line = lines[0]!.replace(/^samplan: /, '').replace(/ \(användning: .*\)$/s, '');
  expect(line, args.join(' ')).not.toMatch(ENGLISH);
  expect(line, args.join(' ')).toMatch(SWEDISH);
  expect(line).not.toMatch(/\b(regionCode|groupType|personId|fromId|monthCount)\b/);
  return line;
}

describe('the CLI refuses bad input in Swedish', () => {
  it.each([
    [['teams', '--year', 'abc'], sv.cli.yearFour],
    [['teams', '--year', '2026', '--region', 'XX'], sv.cli.regionTwoDigits],
    [['capacity', '--from', 'abc', '--to', '2026-12'], sv.cli.monthsRange],
    [['capacity', '--from', '2025-01', '--to', '2025-12', '--region', 'XX'], sv.cli.regionTwoDigits],
    [['vacancies', '--days', 'abc'], sv.cli.daysWhole],
    [['persons', 'list', '--region', 'XX'], sv.cli.regionTwoDigits],
    [['restore', 'abc'], '”abc” är inget id för en säkerhetskopia (se ”backups list”)'],
    [['person', 'export', 'abc'], '”abc” är inget person-id'],
    [['person', 'erase', ID], sv.cli.eraseNeedsYes],
    [['register', 'export', 'register.txt'], sv.cli.exportIsXlsx],
    [['nominations', 'propose', ID, '--name', 'Dag Nyström', '--region', 'XX'], sv.cli.regionTwoDigits],
    [['nominations', 'propose', ID, '--name', 'Dag Nyström', '--region', '123'], sv.cli.regionTwoDigits],
  ])('%j answers with its catalogue line', (args, expected) => {
    expect(swedishLine(args)).toBe(expected);
  });

  it.each([
    [['capacity', '--from', '2025-01', '--to', '2025-06'], /^--to: perioden ska vara 12–36 månader$/],
    [['vacancies', '--type', 'XYZ'], /^--type tar NPO, /],
    [['vacancies', '--status', 'BAD'], /^--status tar FILLED, /],
    [['export', '--scope', 'bad', '--out', 'x.samplan'], /^--scope tar own, /],
    [['generate', '--scale', 'bad', '--seed', '1'], /^--scale tar national, small$/],
    [['budget', 'compare', '--from', 'a', '--to', 'b'], /^--from: ett id eller år:revision/],
    [['recipients', '--person', 'abc'], /^Uppgifterna kunde inte tas emot: .* \(--person\)$/],
    [['keys', 'trust', '23', 'abc'], /^Uppgifterna kunde inte tas emot: /],
    [['warnings', '--horizon', 'abc'], /^--horizon tar /],
    [['assignments', 'add', '--person', 'abc', '--group', 'x', '--role', 'MEMBER', '--from', '2026-01-01'], /^--person ska vara/],
    [['nominations', 'request', '--group', 'x', '--due', 'abc'], /^--due ska vara ett datum/],
    [['costs', '--year', 'abc'], /^--year tar ett år/],
    [['populations', 'list', '--year', 'abc'], /^--year tar ett år/],
    [['import', 'saknas.samplan'], /^kan inte läsa .*saknas\.samplan$/],
    [['pathways', '--bad'], /^okänd flagga --bad$/],
  ])('%j answers with one Swedish line', (args, pattern) => {
    expect(swedishLine(args)).toMatch(pattern);
  });
});
