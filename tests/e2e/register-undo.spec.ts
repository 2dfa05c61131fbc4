import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations, openDataView, plainText } from './helpers';
import { addMembership, createPerson, openView } from './register-helpers';

test('a changed share is undone with Ctrl+Z, and the history names the configured user and the change in words', async ({
  page,
  appUrl,
}) => {
  await completeFirstRun(page, appUrl, '23');
  // "Ditt namn": the name the history shows instead of the login
  await openDataView(page);
  await page.getByLabel('Ditt namn').fill('Karin Berg');
  await page.getByRole('button', { name: 'Spara namnet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Namnet är sparat.' })).toBeVisible();

  await createPerson(page, { name: 'Anna Lindqvist' });
  await addMembership(page, { group: 'Akut vård', start: '2024-01-01', allocation: '20' });
  const row = page.getByTestId('assignments-current').getByRole('row', { name: /Akut vård/ });
  expect(await plainText(row)).toContain('20 %');

  await row.getByRole('button', { name: /^Ändra/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra uppdraget i Akut vård' });
  await dialog.getByLabel(/^Tidsandel i procent/).fill('25');
  await dialog.getByRole('button', { name: 'Spara ändringen' }).click();
  await expect(dialog).toBeHidden();
  const notice = page.getByTestId('assignment-notice');
  await expect(notice).toContainText('Uppdraget i Akut vård är sparat.');
  // the notice offers the undo, saying what it would take back
  await expect(notice.getByRole('button', { name: 'Ångra: ändrade andel för Anna Lindqvist i Akut vård' })).toBeVisible();
  expect(await plainText(row)).toContain('25 %');
  await expectNoAxeViolations(page);

  // Ctrl+Z outside a text field undoes the last change and the open page shows the restored share
  await expect(row.getByRole('rowheader')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('undo-status')).toContainText('Ångrat: ändrade andel för Anna Lindqvist i Akut vård.');
  await expect.poll(() => plainText(row)).toContain('20 %');
  // the notice's close button is a button, not a bar across the notice
  const closeBox = await page.getByTestId('undo-status').getByRole('button', { name: 'Stäng' }).boundingBox();
  const popupBox = await page.getByTestId('undo-status').locator('.undo-control__popup').boundingBox();
  expect(closeBox!.width).toBeLessThan(popupBox!.width / 2);

  // the history: who (the configured name), what, and the field from what to what, never an id or a column name
  const history = page.getByTestId('audit-history');
  const changed = history.getByRole('row').filter({ hasText: 'Ändrad · Uppdrag i Akut vård' });
  await expect(changed).toContainText('Karin Berg');
  expect(await plainText(changed)).toContain('Andel tidigare 20 % → nu 25 %');
  const undone = history.getByRole('row').filter({ hasText: 'Ändring ångrad' });
  expect(await plainText(undone)).toContain('Andel tidigare 25 % → nu 20 %');
  await expect(history).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}|allocation_bp|Tidsandel/);
  await expectNoAxeViolations(page);

  // the same keys in a text field are the field's own undo: the register is not touched
  await page.getByRole('button', { name: 'Lägg till uppdrag' }).click();
  await page.getByTestId('membership-form').getByLabel('Sök grupp').fill('Akut');
  await page.getByTestId('membership-form').getByLabel('Sök grupp').press('Control+z');
  await expect(page.getByTestId('undo-status')).toContainText('Ångrat: ändrade andel');
  expect(await plainText(row)).toContain('20 %');

  // the saying floats over the page: it goes with the page instead of covering the next view's text
  await openView(page, 'Varningar');
  await expect(page.getByTestId('undo-status')).toBeEmpty();
});
