import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations } from './helpers';
import { openNewRegionalGroup } from './planning-helpers';

test('a seat of a regional group is corrected in place and a mistaken one removed; Ctrl+Z brings it back', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await completeFirstRun(page, appUrl, '23');
  await openNewRegionalGroup(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Regional arbetsgrupp' })).toBeVisible();
  const seats = page.getByTestId('seats-table');
  await expect(seats.locator('tbody tr')).toHaveCount(2);

  // seat 1 becomes seat 5 of Region Jämtland Härjedalen; Escape first cancels an edit
  const edit = seats.locator('tr[data-seat="1"]').getByRole('button', { name: 'Ändra platsen 1' });
  await edit.click();
  await page.getByLabel('Platsnummer').fill('9');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('seat-edit-row')).toHaveCount(0);
  await expect(edit).toBeFocused();
  await edit.click();
  await page.getByLabel('Platsnummer').fill('5');
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Jämtland Härjedalen' });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByTestId('seat-saved-status')).toContainText('Platsen Region Jämtland Härjedalen 5 är ändrad.');
  const moved = seats.locator('tr[data-seat="23"]');
  await expect(moved.getByRole('rowheader')).toHaveText('Region Jämtland Härjedalen 5');
  // focus returns to the seat's own edit button once the group has been fetched anew
  await expect(moved.getByRole('button', { name: 'Ändra platsen Region Jämtland Härjedalen 5' })).toBeFocused();

  // the other seat was added by mistake: removed after a confirmation, then Ctrl+Z brings it back
  await seats.locator('tr[data-seat="2"]').getByRole('button', { name: 'Ta bort platsen 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort platsen 2' });
  await dialog.getByRole('button', { name: 'Ta bort platsen' }).click();
  await expect(seats.locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('seat-saved-status')).toContainText('Platsen 2 är borttagen.');
  await page.locator('h1').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('undo-status')).toContainText('Ångrat');
  await expect(seats.locator('tbody tr')).toHaveCount(2);
});
