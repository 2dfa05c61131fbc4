import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRecoverable, type Recoverable } from '../../src/main/ipc/recovery';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { CHANNEL_NAMES } from '../../src/shared/contract/channels';
import { caller } from '../helpers/call';
import { fileHash, RESOURCES_DIR, startTestApp, tempDir } from '../helpers/temp';
import { personFields } from '../helpers/setup';

/**
 * Start-up with a damaged database (issue #7): the app does not crash, never writes to the damaged
 * file, serves only the recovery channels, lists the verified backups, and a recovery restore moves
 * the damaged file aside untouched and switches to the full app.
 */
const now = () => new Date('2026-11-23T10:00:00.000Z');
const running: Recoverable[] = [];

afterEach(async () => {
  for (const r of running.splice(0)) await r.app?.opened.close();
});

async function preparedFolder(): Promise<{ dbPath: string; backupId: string }> {
  const dir = tempDir('samplan-recovery-');
  const app = await startTestApp({ dir, now });
  const { ok } = caller(app);
  await ok('setup:complete', { ownerCode: '23' });
  await ok('persons:create', { ...personFields, name: 'Åsa Öberg' });
  const backup = await ok('backups:create', {});
  await app.opened.close();
  return { dbPath: app.ctx.dbPath, backupId: backup.id };
}

function scramble(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes.fill(0xa5, 4096);
  fs.writeFileSync(file, bytes);
}

async function start(dbPath: string, started: StartedApp[] = []): Promise<Recoverable> {
  const r = await startRecoverable(
    { dbPath, resourcesDir: RESOURCES_DIR, appVersion: 't', actor: 't', create: true, now },
    { onStarted: (app) => started.push(app) },
  );
  running.push(r);
  return r;
}

const call = (r: Recoverable, channel: string, input: unknown) => r.call(channel, input);

describe('start-up with a damaged database file', () => {
  it('starts in recovery mode: every other channel refuses with one line, the file is never written', async () => {
    const { dbPath, backupId } = await preparedFolder();
    scramble(dbPath);
    const before = fileHash(dbPath);
    const started: StartedApp[] = [];
    const r = await start(dbPath, started);
    expect(r.damaged).toBe(true);
    expect(r.app).toBeNull();
    expect(started).toHaveLength(0);
    for (const channel of CHANNEL_NAMES.filter((c) => !c.startsWith('recovery:'))) {
      const result = await call(r, channel, {});
      expect(result.ok, channel).toBe(false);
      if (!result.ok) expect(result.error.message.split('\n'), channel).toHaveLength(1);
    }
    const status = await call(r, 'recovery:status', {});
    expect(status).toMatchObject({ ok: true, value: { damaged: true, reason: expect.stringMatching(/cannot be read/) } });
    if (status.ok)
      expect((status.value as { backups: { id: string; verified: boolean }[] }).backups).toContainEqual(
        expect.objectContaining({ id: backupId, verified: true }),
      );
    expect(await call(r, 'recovery:restore', { id: 'no-such-backup.db' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(r, 'recovery:restore', { id: '../samplan.db' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fileHash(dbPath)).toBe(before);
  });

  it('a recovery restore keeps the damaged file untouched beside the backups and opens the full app', async () => {
    const { dbPath, backupId } = await preparedFolder();
    scramble(dbPath);
    const damagedHash = fileHash(dbPath);
    const started: StartedApp[] = [];
    const r = await start(dbPath, started);
    const restored = await call(r, 'recovery:restore', { id: backupId });
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: backupId, undoBackupId: null } });
    if (!restored.ok) return;
    const damagedCopy = (restored.value as { damagedCopy: string }).damagedCopy;
    expect(path.dirname(damagedCopy)).toBe(path.join(path.dirname(dbPath), 'backups', 'damaged'));
    expect(fileHash(damagedCopy)).toBe(damagedHash);
    expect(r.damaged).toBe(false);
    expect(started).toHaveLength(1);
    expect(await call(r, 'app:info', {})).toMatchObject({ ok: true, value: { counts: { persons: 1 } } });
    expect(await call(r, 'recovery:status', {})).toMatchObject({ ok: true, value: { damaged: false, reason: null, backups: [] } });
    expect(await call(r, 'recovery:restore', { id: backupId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(r, 'audit:verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('a healthy file starts normally and a missing one is created', async () => {
    const { dbPath } = await preparedFolder();
    const r = await start(dbPath);
    expect(r.damaged).toBe(false);
    expect(await call(r, 'app:info', {})).toMatchObject({ ok: true });
    const fresh = await start(path.join(tempDir('samplan-recovery-'), 'samplan.db'));
    expect(fresh.damaged).toBe(false);
    expect(fresh.app?.opened.createdNow).toBe(true);
  });
});
