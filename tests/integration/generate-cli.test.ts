import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempDir } from '../helpers/temp';
import { CLI_BUNDLE as CLI } from '../helpers/cli';

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI generate', () => {
  it('writes the small dataset in a worker with progress on stderr (SAMPLAN_PROGRESS=1), then refuses in one line', () => {
    const db = path.join(tempDir(), 'g.db');
    expect(cli(['--db', db, 'init', '--region', 'NORRA']).code).toBe(0);
    const first = cli(['--db', db, 'generate', '--scale', 'small', '--seed', '42', '--json'], { SAMPLAN_PROGRESS: '1' });
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { scale: string; seed: number; counts: Record<string, number>; datasetSha256: string };
    expect(summary).toMatchObject({ scale: 'small', seed: 42 });
    expect(summary.counts).toMatchObject({ persons: 600, memberships: 2400 });
    expect(summary.datasetSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.stderr).toMatch(/generate: write \d+\/\d+ \(100 %\)/);
    const again = cli(['--db', db, 'generate', '--scale', 'small', '--seed', '42']);
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^samplan: Registret innehåller redan uppgifter: testdata skrivs bara in i en ny databas/),
    ]);
  });

  it('validates its options in one line', () => {
    const db = path.join(tempDir(), 'v.db');
    const bad = cli(['--db', db, 'generate', '--scale', 'huge', '--seed', '1']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim()).toMatch(/^samplan: .*scale.*användning: generate --scale national\|small --seed N/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
