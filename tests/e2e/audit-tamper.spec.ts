import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test as base } from './fixtures';
import { expectNoAxeViolations } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI_BUNDLE = path.join(ROOT, 'out', 'node', 'cli.js');

/** A database whose first audit entry was edited outside Samplan (its triggers dropped first) before the server starts. */
const test = base.extend({
  dataDir: async ({ dataDir }, provide) => {
    const db = path.join(dataDir, 'samplan.db');
    execFileSync(process.execPath, [CLI_BUNDLE, '--db', db, 'init', '--region', '23'], { cwd: ROOT, stdio: 'pipe' });
    const raw = new Database(db);
    const triggers = raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as {
      name: string;
    }[];
    for (const { name } of triggers) raw.exec(`DROP TRIGGER "${name}"`);
    raw.prepare('UPDATE audit_log SET actor = ? WHERE seq = 1').run('mallory');
    raw.close();
    await provide(dataDir);
  },
});

test('the audit log view shows the first broken entry of an edited chain', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskningslogg', exact: true }).click();
  await expect(page.getByTestId('audit-table')).toContainText('mallory');
  await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
  const result = page.getByTestId('audit-verify-result');
  await expect(result).toHaveAttribute('role', 'alert');
  await expect(result).toContainText('Kedjan är bruten vid post 1.');
  await expectNoAxeViolations(page);
});
