import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempDir } from '../helpers/temp';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';
import { CLI_BUNDLE as CLI } from '../helpers/cli';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI', () => {
  it('init, info, check and demo work on a new database', () => {
    const db = path.join(tempDir(), 's.db');
    expect(cli(['--db', db, 'init', '--region', '23']).code).toBe(0);
    const info = JSON.parse(cli(['--db', db, 'info', '--json']).stdout) as {
      schemaVersion: number;
      ownRegion: string;
      counts: Record<string, number>;
    };
    expect(info).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, ownRegion: '23' });
    expect(info.counts).toMatchObject({ healthcareRegions: 6, regions: 21, persons: 0 });
    expect(info.counts.groups).toBeGreaterThanOrEqual(33);
    expect(cli(['--db', db, 'check']).code).toBe(0);
    expect(cli(['--db', db, 'demo', '--json']).code).toBe(0);
    const after = JSON.parse(cli(['--db', db, 'info', '--json']).stdout) as { counts: Record<string, number>; exampleDataLoaded: boolean };
    expect(after.exampleDataLoaded).toBe(true);
    expect(after.counts.persons).toBeGreaterThan(25);
    expect(after.counts.memberships).toBe(after.counts.persons);
    expect(after.counts.groups).toBeGreaterThan(33);
  });

  it('accepts a healthcare-region code', () => {
    const db = path.join(tempDir(), 'hr.db');
    expect(cli(['--db', db, 'init', '--region', 'NORRA']).code).toBe(0);
    expect(JSON.parse(cli(['--db', db, 'info', '--json']).stdout)).toMatchObject({ ownRegion: 'NORRA', ownerKind: 'HEALTHCARE_REGION' });
  });

  it.each([
    ['unknown region code', (dir: string) => ['--db', path.join(dir, 'x.db'), 'init', '--region', '99'], /”99” är ingen känd region/],
    ['missing database', (dir: string) => ['--db', path.join(dir, 'none.db'), 'info'], /No Samplan database/],
    ['unwritable path', () => ['--db', '/etc/hostname/s.db', 'init', '--region', '23'], /ENOTDIR|Cannot open/],
    ['unknown command', () => ['fly'], /okänt kommando "fly"/],
    ['unknown option', (dir: string) => ['--db', path.join(dir, 'x.db'), 'info', '--nope'], /okänd flagga --nope/],
  ])('%s: exits non-zero with one readable line and no stack trace', (_name, args, pattern) => {
    const dir = tempDir();
    const result = cli(args(dir));
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('prints help', () => {
    expect(execFileSync(process.execPath, [CLI, 'help'], { cwd: PROJECT_ROOT, encoding: 'utf8' })).toMatch(/init --region CODE/);
  });
});
