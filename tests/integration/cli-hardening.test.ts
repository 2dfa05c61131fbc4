import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDirFor } from '../../src/main/db/backup';
import { runCli } from '../../src/main/cli/main';
import { PROJECT_ROOT, RESOURCES_DIR, fileHash, tempDir } from '../helpers/temp';
import { CLI_BUNDLE as CLI } from '../helpers/cli';

const runtime = { resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'test' };

/** Runs the CLI in-process and returns what it printed (JSON parsed when asked for). */
async function cliJson<T>(args: string[]): Promise<T> {
  let out = '';
  await runCli([...args, '--json'], runtime, (text) => (out += text));
  return JSON.parse(out) as T;
}

type Listed = { id: string; reason: string; verified: boolean }[];

describe('CLI: backup, backups list, restore, audit verify', () => {
  it('backs up, lists, verifies the audit log, restores and undoes the restore', async () => {
    const db = path.join(tempDir(), 's.db');
    await runCli(['--db', db, 'init', '--region', '23'], runtime, () => {});
    const made = await cliJson<{ id: string; reason: string }>(['--db', db, 'backup']);
    expect(made.reason).toBe('manual');
    await runCli(['--db', db, 'demo'], runtime, () => {});
    expect((await cliJson<Listed>(['--db', db, 'backups', 'list'])).map((b) => [b.id, b.verified])).toEqual([[made.id, true]]);
    expect(await cliJson<{ ok: boolean; entries: number }>(['--db', db, 'audit', 'verify'])).toMatchObject({ ok: true, entries: 2 });

    const restored = await cliJson<{ restoredFrom: string; undoBackupId: string }>(['--db', db, 'restore', made.id]);
    expect(restored.restoredFrom).toBe(made.id);
    expect((await cliJson<{ counts: { persons: number } }>(['--db', db, 'info'])).counts.persons).toBe(0);
    await cliJson(['--db', db, 'restore', restored.undoBackupId]);
    expect((await cliJson<{ counts: { persons: number } }>(['--db', db, 'info'])).counts.persons).toBeGreaterThan(25);
    expect(await cliJson<{ ok: boolean }>(['--db', db, 'audit', 'verify'])).toMatchObject({ ok: true });
  });

  it('on a damaged database prints one line naming the newest backup and the restore command; restore recovers without writing to the damaged file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 's.db');
    await runCli(['--db', db, 'init', '--region', '23'], runtime, () => {});
    const made = await cliJson<{ id: string }>(['--db', db, 'backup']);
    const bytes = fs.readFileSync(db);
    bytes.fill(0xa5, 4096);
    fs.writeFileSync(db, bytes);
    const damagedHash = fileHash(db);

    const info = spawnSync(process.execPath, [CLI, '--db', db, 'info'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(info.status).toBe(1);
    const lines = info.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`npm run cli -- restore ${made.id}`);
    expect(info.stderr).not.toMatch(/\n\s+at /);
    expect(fileHash(db)).toBe(damagedHash);

    expect((await cliJson<Listed>(['--db', db, 'backups', 'list'])).map((b) => b.id)).toEqual([made.id]);
    const restored = await cliJson<{ undoBackupId: string | null; damagedCopy: string }>(['--db', db, 'restore', made.id]);
    expect(restored.undoBackupId).toBeNull();
    expect(path.dirname(restored.damagedCopy)).toBe(path.join(backupDirFor(db), 'damaged'));
    expect(fileHash(restored.damagedCopy)).toBe(damagedHash);
    expect(await cliJson<{ ownRegion: string }>(['--db', db, 'info'])).toMatchObject({ ownRegion: '23' });
  });

  it.each([
    [['restore'], /användning: restore ID/],
    [['restore', '../s.db'], /är inget id för en säkerhetskopia/],
    [['restore', 'samplan-2020-01-01T00-00-00-000Z-manual.db'], /No verified backup/],
    [['backups', 'list', '--all'], /okänd flagga --all/],
  ])('%j fails with one line and writes nothing', async (args, message) => {
    const dir = tempDir();
    const db = path.join(dir, 's.db');
    await runCli(['--db', db, 'init', '--region', '23'], runtime, () => {});
    const before = fileHash(db);
    const error = await runCli(['--db', db, ...args], runtime, () => {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect(fileHash(db)).toBe(before);
  });
});
