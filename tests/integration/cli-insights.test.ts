import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempDir } from '../helpers/temp';
import { CLI_BUNDLE as CLI } from '../helpers/cli';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI vacancies and rules', () => {
  it('prints the vacancy view and the rule warnings as JSON and as text', () => {
    const db = path.join(tempDir(), 's.db');
    expect(cli(['--db', db, 'init', '--region', 'NORRA']).code).toBe(0);
    expect(cli(['--db', db, 'demo']).code).toBe(0);
    const view = JSON.parse(cli(['--db', db, 'vacancies', '--days', '30', '--json']).stdout) as {
      endingWithinDays: number;
      ownHealthcareRegionCodes: string[];
      rows: unknown[];
      todo: { status: string }[];
      forecast: { quarters: unknown[] };
    };
    expect(view).toMatchObject({ endingWithinDays: 30, ownHealthcareRegionCodes: ['NORRA'] });
    expect(view.rows).toHaveLength(33);
    expect(view.todo.filter((t) => t.status === 'VACANT')).toHaveLength(3);
    expect(view.forecast.quarters).toHaveLength(8);
    const text = cli(['--db', db, 'vacancies', '--type', 'NSG']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Seats to fill/);
    expect(text.stdout).not.toMatch(/Akut vård/);
    const rules = JSON.parse(cli(['--db', db, 'rules', '--json']).stdout) as { warnings: { code: string }[] };
    expect(rules.warnings.map((w) => w.code)).toContain('GROUP_WITHOUT_CHAIR');
    expect(cli(['--db', db, 'rules']).stdout).toMatch(/^Rule warnings as of \d{4}-\d{2}-\d{2}/);
  });

  it.each([
    [['vacancies', '--days', 'soon'], /--days tar ett helt antal dagar/],
    [['vacancies', '--status', 'EMPTY'], /status/],
  ])('rejects %j with one readable line', (args, pattern) => {
    const db = path.join(tempDir(), 's.db');
    expect(cli(['--db', db, 'init', '--region', '23']).code).toBe(0);
    const result = cli(['--db', db, ...args]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  });
});
