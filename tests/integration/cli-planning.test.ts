import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempDir } from '../helpers/temp';
import { CLI_BUNDLE as CLI } from '../helpers/cli';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI capacity, teams and pathways', () => {
  it('prints capacity, the team board and the pathways as JSON, and capacity as text', () => {
    const db = path.join(tempDir(), 's.db');
    expect(cli(['--db', db, 'init', '--region', '14']).code).toBe(0);
    expect(cli(['--db', db, 'demo']).code).toBe(0);

    const grid = JSON.parse(cli(['--db', db, 'capacity', '--from', '2025-07', '--to', '2026-06', '--region', '23', '--json']).stdout) as {
      months: { month: string }[];
      totalRows: number;
      rows: { regionCode: string; cells: { bp: number }[] }[];
      totals: { all: { fte: number[] } };
    };
    expect(grid.months).toHaveLength(12);
    expect(grid.months[6]!.month).toBe('2026-01');
    expect(grid.rows.length).toBe(grid.totalRows);
    expect(grid.rows.length).toBeGreaterThan(0);
    expect(grid.rows.every((r) => r.regionCode === '23')).toBe(true);
    expect(grid.totals.all.fte[0]).toBeGreaterThan(0);
    expect(cli(['--db', db, 'capacity', '--from', '2025-01', '--to', '2025-12']).stdout).toMatch(
      /^Capacity 2025-01 – 2025-12: \d+ persons/,
    );

    const board = JSON.parse(cli(['--db', db, 'teams', '--year', '2025', '--json']).stdout) as {
      columns: { level: string; teams: { name: string; plannedFte: number }[] }[];
    };
    expect(board.columns.find((c) => c.level === 'HIGH')!.teams).toHaveLength(10);
    expect(board.columns.find((c) => c.level === 'HIGH')!.teams[0]).toHaveProperty('plannedFte', 0);

    const pathways = JSON.parse(cli(['--db', db, 'pathways', '--json']).stdout) as {
      pathways: { owner: string }[];
      matrix: { regions: { code: string }[] };
    };
    expect(pathways.pathways.length).toBeGreaterThan(40);
    expect(pathways.matrix.regions.map((r) => r.code)).toEqual(['13', '14']);
  }, 180_000);

  it.each([
    [['capacity', '--from', '2025-01', '--to', '2025-06'], /12–36 månader/],
    [['capacity', '--from', '2025-1', '--to', '2025-12'], /YYYY-MM/],
    [['capacity', '--to', '2025-12'], /--from krävs/],
    [['teams', '--year', 'next'], /--year tar ett år/],
  ])('rejects %j with one readable line', (args, pattern) => {
    const result = cli(['--db', path.join(tempDir(), 'none.db'), ...args]); // validated before the database is opened
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  });
});
