import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeFirstRun, countCell, expectNoAxeViolations, expectNoHorizontalOverflow, plainText } from './helpers';

async function openNav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function personCount(page: Page): Promise<number> {
  await openNav(page, 'Innehåll och testdata');
  return Number((await plainText(countCell(page, 'persons'))).replace(/\s/g, ''));
}

test('backups: make one now, restore it after a change, then undo the restore', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await openNav(page, 'Säkerhetskopior');
  await page.getByRole('button', { name: 'Gör en säkerhetskopia nu' }).click();
  await expect(page.getByText(/Säkerhetskopian från .* är sparad och kontrollerad\./)).toBeVisible();
  const table = page.getByTestId('backup-table');
  const manual = table.locator('tbody tr', { hasText: 'Manuell' });
  await expect(manual).toHaveCount(1);
  await expect(manual.locator('td').nth(2)).toHaveText('Ja');
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  await openNav(page, 'Översikt');
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByTestId('example-added')).toBeVisible();
  const withExample = await personCount(page);
  expect(withExample).toBeGreaterThan(0);

  await openNav(page, 'Säkerhetskopior');
  await manual.getByRole('button', { name: /^Återställ säkerhetskopian från/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställa säkerhetskopian?' });
  await expect(dialog).toContainText('Återställningen går att ångra');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
  await expect(dialog).toBeHidden();
  const notice = page.getByTestId('restored-notice');
  await expect(notice).toContainText('Databasen är återställd från');
  await expect(table.locator('tbody tr', { hasText: 'Före återställning' })).toHaveCount(1);
  await expectNoAxeViolations(page);
  expect(await personCount(page)).toBe(0);

  await openNav(page, 'Säkerhetskopior');
  await page.getByRole('button', { name: 'Ångra återställningen' }).click();
  await expect(page.getByTestId('restored-notice')).toBeHidden();
  expect(await personCount(page)).toBe(withExample);
});

test('audit log: paged entries and a verified hash chain, in Swedish and English, by keyboard', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByTestId('example-added')).toBeVisible();
  await openNav(page, 'Granskningslogg');
  const table = page.getByTestId('audit-table');
  // the entries load after the view opens: wait for them before counting
  await expect(table.locator('tbody tr').nth(1)).toBeVisible();
  const rows = await table.locator('tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(2);
  await expect(table.locator('caption')).toContainText('poster, nyast först');
  const seqs = await table.locator('tbody tr th').allTextContents();
  expect(seqs.map(Number)).toEqual([...seqs.map(Number)].sort((a, b) => b - a));
  const pager = page.getByRole('navigation', { name: 'Sidor i granskningsloggen' });
  await expect(pager).toContainText(`Visar 1–${rows} av ${rows}`);
  const verify = page.getByRole('button', { name: 'Kontrollera kedjan' });
  await verify.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('audit-verify-result')).toHaveText(/^Kedjan är hel: [\d\s\u00a0]+ poster kontrollerade\./);
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByTestId('audit-verify-result')).toHaveText(/^The chain is intact: \d+ entr(y|ies) checked\./);
  await expectNoAxeViolations(page);
});
