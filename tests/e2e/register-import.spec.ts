import { expect, test } from './fixtures';
import { completeFirstRun } from './helpers';
import { openView } from './register-helpers';

const CSV = [
  'Namn;E-post;Region;Organisation;Yrke;Grupp;Roll;Start;Slut;Andel;Övrigt',
  'Karin Ek;karin.ek@example.org;23;Östersunds sjukhus;Läkare;Akut vård;ledamot;2025-01-01;2027-12-31;10;x',
  'Bo Ek;bo.ek@example.org;23;Östersunds sjukhus;Sjuksköterska;RPT Hjärtsvikt;ledamot;2025-01-01;;10;y',
  'Ola Fel;ola@fel;23;;Läkare;Akut vård;ledamot;2025-01-01;;10;z',
].join('\n');

test('a spreadsheet import shows mapping, preview with errors, offers unknown groups, and writes only on confirm', async ({
  page,
  appUrl,
}) => {
  await completeFirstRun(page, appUrl, '23');
  await openView(page, 'Importera register');
  await page
    .getByLabel('Kalkylark att importera')
    .setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });

  // Mapping: detected headers with the automatic choice; an unknown column is skipped.
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping.getByRole('row', { name: /Namn/ })).toContainText('Automatiskt');
  await expect(page.getByLabel('Registerfält för kolumnen Övrigt')).toHaveValue('ignore');
  await page.getByLabel('Registerfält för kolumnen Yrke').selectOption('ignore');
  await expect(mapping.getByRole('row', { name: /Yrke/ })).toContainText('Ditt val');

  // Preview: counts, the rejected row with its reason, nothing written yet.
  const counts = page.getByTestId('import-counts');
  await expect(counts.locator('tr[data-count="rows"] td')).toHaveText('3');
  await expect(counts.locator('tr[data-count="rejected"] td')).toHaveText('2');
  await expect(page.getByText('Inget har sparats ännu.')).toBeVisible();
  await page.getByLabel('Visa rader').selectOption('rejected');
  const rows = page.getByTestId('import-rows').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Ola Fel' })).toContainText('ola@fel');

  // The unknown group is created only when ticked; the preview follows.
  const unknown = page.getByTestId('unknown-groups');
  await expect(unknown).toContainText('RPT Hjärtsvikt');
  await unknown.getByLabel('Skapa RPT Hjärtsvikt').check();
  await expect(counts.locator('tr[data-count="groupsToCreate"] td')).toHaveText('1');
  await expect(counts.locator('tr[data-count="rejected"] td')).toHaveText('1');
  await expect(unknown.getByLabel('Typ för RPT Hjärtsvikt')).toHaveValue('RPT');

  await openView(page, 'Personer');
  await expect(page.getByTestId('persons-empty')).toBeVisible();
  await openView(page, 'Importera register');

  await page.getByRole('button', { name: /^Importera \d+ ändring/ }).click();
  const result = page.getByTestId('import-result');
  await expect(result.getByRole('heading', { name: 'Importen av register.csv är klar' })).toBeFocused();
  await expect(result.locator('tr[data-count="personsToCreate"] td')).toHaveText('2');
  await expect(result.locator('tr[data-count="groupsToCreate"] td')).toHaveText('1');

  await result.getByRole('link', { name: 'Till personerna' }).click();
  const table = page.getByTestId('persons-table');
  await expect(table.getByRole('row', { name: /Karin Ek/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Bo Ek/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Ola Fel/ })).toHaveCount(0);
});

test('the register export downloads an .xlsx file', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByTestId('example-added')).toBeVisible();
  await openView(page, 'Importera register');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera register (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: 'är nedladdad' })).toBeVisible();
});
