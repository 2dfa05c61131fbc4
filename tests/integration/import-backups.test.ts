import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackupFiles } from '../../src/main/db/backup';
import { caller } from '../helpers/call';
import { PROJECT_ROOT, startTestApp } from '../helpers/temp';

/** Issue #7: a verified backup before every import, the register spreadsheet import included. */
describe('a verified backup before a register import', () => {
  it('is taken when the file is applied, not when it is only previewed or cannot be read', async () => {
    let t = Date.parse('2026-11-23T10:00:00.000Z');
    const app = await startTestApp({ now: () => new Date((t += 1000)) });
    const { ok, raw } = caller(app);
    await ok('setup:complete', { ownerCode: '23' });
    const file = {
      fileName: 'messy.xlsx',
      contentBase64: fs.readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'register', 'messy.xlsx')).toString('base64'),
    };
    const imports = () => listBackupFiles(app.ctx.dbPath).filter((b) => b.reason === 'import');
    await ok('register:import-preview', file);
    expect(imports()).toHaveLength(0);
    const broken = await raw('register:import-apply', {
      fileName: 'a.pdf',
      contentBase64: Buffer.from('%PDF-1.4').toString('base64'),
      confirm: true,
    });
    expect(broken.ok).toBe(false);
    expect(imports()).toHaveLength(0);
    const before = (app.ctx.sqlite.prepare('SELECT count(*) AS n FROM persons').get() as { n: number }).n;
    await ok('register:import-apply', { ...file, confirm: true });
    const [backup] = imports();
    expect(imports()).toHaveLength(1);
    const copy = new Database(backup?.path ?? '', { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM persons').get() as { n: number }).n).toBe(before);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    await app.opened.close();
  });
});
