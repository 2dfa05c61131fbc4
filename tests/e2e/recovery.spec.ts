import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test as base } from './fixtures';
import { countCell, expectNoAxeViolations, openDataView, plainText } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI_BUNDLE = path.join(ROOT, 'out', 'node', 'cli.js');
const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The data folder holds a database with one verified backup, then its pages are overwritten before the server starts. */
const test = base.extend<{ damagedHash: string }>({
  dataDir: async ({ dataDir }, provide) => {
    const db = path.join(dataDir, 'samplan.db');
    const cli = (...args: string[]) => execFileSync(process.execPath, [CLI_BUNDLE, '--db', db, ...args], { cwd: ROOT, stdio: 'pipe' });
    cli('init', '--region', '23');
    cli('backup');
    const bytes = fs.readFileSync(db);
    bytes.fill(0xa5, 4096);
    fs.writeFileSync(db, bytes);
    await provide(dataDir);
  },
  damagedHash: async ({ dataDir }, provide) => {
    await provide(hashOf(path.join(dataDir, 'samplan.db')));
  },
});

test('a damaged database: a clear message, the file untouched, a verified backup restored', async ({
  page,
  dataDir,
  damagedHash,
  appUrl,
}) => {
  await page.goto(appUrl);
  const recovery = page.getByTestId('recovery');
  await expect(recovery.getByRole('heading', { level: 1, name: 'Databasen går inte att läsa' })).toBeVisible();
  await expect(recovery).toContainText('Samplan har inte ändrat den');
  await expect(recovery).toContainText('cannot be read');
  await expectNoAxeViolations(page);
  expect(hashOf(path.join(dataDir, 'samplan.db'))).toBe(damagedHash);

  const rows = page.getByTestId('recovery-backups').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  const restore = rows.first().getByRole('button', { name: /^Återställ säkerhetskopian från/ });
  await restore.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Återställa från säkerhetskopian?' });
  await expect(dialog).toContainText('backups/damaged');
  await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await openDataView(page);
  expect(await plainText(countCell(page, 'nationalGroups'))).toBe('33');
  const damagedDir = path.join(dataDir, 'backups', 'damaged');
  const kept = fs.readdirSync(damagedDir).filter((f) => f.endsWith('.damaged'));
  expect(kept).toHaveLength(1);
  expect(hashOf(path.join(damagedDir, kept[0] ?? ''))).toBe(damagedHash);
  await expectNoAxeViolations(page);
});
