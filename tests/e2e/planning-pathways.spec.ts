import { expect, test } from './fixtures';
import { expectNoAxeViolations, plainText } from './helpers';
import { openPlanningView, shoot, startWithExampleData, switchLanguage } from './planning-helpers';

test('a region records a care pathway status and the matrix counts follow; pathways are added and their national status changed', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(180_000);
  await startWithExampleData(page, appUrl, '14');
  await openPlanningView(page, 'Vårdförlopp');

  const counts = page.getByTestId('pathway-counts');
  const vgr = counts.locator('tr[data-region="14"]');
  await expect(vgr.getByTestId('started')).toHaveText('0 av 49');
  await expect(vgr.getByTestId('implemented')).toHaveText('0 av 49');
  // Halland belongs to both Södra and Västra, so Västra's matrix shows it too; VGR cannot record Halland's status.
  await expect(counts.locator('tr[data-region="13"]')).toBeVisible();
  const matrix = page.getByTestId('pathway-matrix');
  await expect(matrix.locator('tr[data-pathway="ALS"] td[data-region="13"] button')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, 'pathways-sv');

  // In place: the cell opens a status select; Escape closes it unchanged, a choice is saved at once.
  const alsButton = matrix.locator('tr[data-pathway="ALS"] td[data-region="14"] button').first();
  await alsButton.click();
  const inline = page.getByRole('combobox', { name: 'Status för ALS i Västra Götalandsregionen' });
  await expect(inline).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(inline).toHaveCount(0);
  await expect(alsButton).toBeFocused();
  await alsButton.click();
  await inline.selectOption({ label: 'Beslut om införande' });
  await expect(matrix.locator('tr[data-pathway="ALS"] td[data-region="14"]')).toHaveAttribute('data-status', 'DECIDED');
  await expect(page.getByTestId('saved-status')).toContainText('Status för ALS i Västra Götalandsregionen: sparat.');
  await expect(vgr.getByTestId('started')).toHaveText('1 av 49');
  // a status recorded by mistake is removed (a correction), and the cell is "not started" again
  await alsButton.click();
  await page.getByTestId('inline-status').getByRole('button', { name: 'Ta bort' }).click();
  const remove = page.getByRole('dialog', { name: 'Ta bort statusen för ALS i Västra Götalandsregionen' });
  await remove.getByRole('button', { name: 'Ta bort statusen' }).click();
  await expect(remove).not.toBeVisible();
  await expect(matrix.locator('tr[data-pathway="ALS"] td[data-region="14"]')).toHaveAttribute('data-status', 'NOT_STARTED');
  await expect(vgr.getByTestId('started')).toHaveText('0 av 49');

  // "Införande pågår" for ALS in VGR, with its date and the responsible RPT (the dialog behind "Datum och team …").
  await alsButton.click();
  await page.getByTestId('inline-status').getByRole('button', { name: 'Datum och team …' }).click();
  const dialog = page.getByRole('dialog', { name: 'ALS i Västra Götalandsregionen' });
  await dialog.getByLabel('Status').selectOption({ label: 'Införande pågår' });
  await dialog.getByLabel(/^Beslut om införande/).fill('2026-02-01');
  await dialog.getByLabel(/^Införandet startade/).fill('2026-03-15');
  await dialog.getByLabel('Ansvarigt team').selectOption({ label: 'RPT Parkinson (RPT)' });
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Spara status' }).click();
  await expect(dialog).not.toBeVisible();
  const alsCell = matrix.locator('tr[data-pathway="ALS"] td[data-region="14"]');
  await expect(alsCell).toHaveAttribute('data-status', 'IN_PROGRESS');
  await expect(alsCell).toContainText('Införande pågår');
  await expect(alsCell).toContainText('2026-03-15');
  await expect(alsCell).toContainText('RPT Parkinson');
  await expect(vgr.getByTestId('started')).toHaveText('1 av 49');
  await expect(vgr.getByTestId('implemented')).toHaveText('0 av 49');
  await expect(matrix.locator('tfoot td[data-testid="matrix-started"][data-region="14"]')).toHaveText('1');

  // Dates must follow each other.
  await alsButton.click();
  await page.getByTestId('inline-status').getByRole('button', { name: 'Datum och team …' }).click();
  await dialog.getByLabel('Status').selectOption({ label: 'Infört' });
  await dialog.getByLabel(/^Infört/).fill('2026-01-01');
  await dialog.getByRole('button', { name: 'Spara status' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText('Datumen ska följa varandra');
  await dialog.getByLabel(/^Infört/).fill('2026-10-01');
  await dialog.getByRole('button', { name: 'Spara status' }).click();
  await expect(dialog).not.toBeVisible();
  await expect(alsCell).toHaveAttribute('data-status', 'IMPLEMENTED');
  await expect(vgr.getByTestId('started')).toHaveText('1 av 49');
  await expect(vgr.getByTestId('implemented')).toHaveText('1 av 49');

  // A national pathway's status may change (not its name); a new pathway is the region's own and counts in the matrix.
  const list = page.getByTestId('pathway-list');
  // the national status in place, in the list
  await list.locator('tr[data-pathway="ALS"] td').first().getByRole('button').click();
  await page.getByRole('combobox', { name: 'Nationell status för ALS' }).selectOption({ label: 'På remiss' });
  await expect(list.locator('tr[data-pathway="ALS"]')).toContainText('På remiss');
  await list
    .locator('tr[data-pathway="ALS"]')
    .getByRole('button', { name: /Ändra status/ })
    .click();
  const edit = page.getByRole('dialog', { name: 'Ändra ALS' });
  await expect(edit.getByLabel('Namn')).toBeDisabled();
  await edit.getByLabel('Nationell status').selectOption({ label: 'Fastställt' });
  await edit.getByLabel(/^Statusdatum/).fill('2026-09-01');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(edit).not.toBeVisible();
  await expect(list.locator('tr[data-pathway="ALS"]')).toContainText('Fastställt');
  await expect(list.locator('tr[data-pathway="ALS"]')).toContainText('2026-09-01');

  const add = page.getByTestId('pathway-new-form');
  await add.getByLabel('Namn').fill('Långvarig smärta');
  await add.getByLabel('Nationell status').selectOption({ label: 'Under arbete' });
  await add.getByRole('button', { name: 'Lägg till vårdförloppet' }).click();
  await expect(page.getByText('Långvarig smärta är tillagt.')).toBeVisible();
  await expect(list.locator('tr[data-pathway="Långvarig smärta"]')).toContainText('Västra Götalandsregionen');
  await expect(vgr.getByTestId('started')).toHaveText('1 av 50');
  expect(await plainText(counts.locator('caption'))).toContain('50 vårdförlopp');

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Care pathways' })).toBeVisible();
  await expect(vgr.getByTestId('implemented')).toHaveText('1 of 50');
  await expect(alsCell).toContainText('Implemented');
  await expectNoAxeViolations(page);
  await shoot(page, 'pathways-en');
});
