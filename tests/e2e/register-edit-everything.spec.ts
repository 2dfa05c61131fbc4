import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { apiCall, openPlanningView, startWithExampleData } from './planning-helpers';
import { createPerson, openView } from './register-helpers';

test('an organisation, a group and an activity level are corrected in place, and a mistaken person is removed', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(180_000);
  await startWithExampleData(page, appUrl, '14');

  // Organisation: edited in its own row, Escape cancels, saving returns focus to the row with a confirmation.
  await openView(page, 'Organisationer');
  const newForm = page.getByTestId('organisation-form');
  await newForm.getByLabel('Namn').fill('Felstavad klinik');
  await newForm.getByRole('button', { name: 'Lägg till organisation' }).click();
  const row = page.locator('tr[data-organisation="Felstavad klinik"]');
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /^Ändra/ }).click();
  const inline = page.locator('tr.row--editing').getByTestId('organisation-form');
  await expect(inline.getByLabel('Namn')).toHaveValue('Felstavad klinik');
  await inline.getByLabel('Namn').press('Escape');
  await expect(page.locator('tr.row--editing')).toHaveCount(0);
  await expect(row.getByRole('button', { name: /^Ändra/ })).toBeFocused();
  await row.getByRole('button', { name: /^Ändra/ }).click();
  await page.locator('tr.row--editing').getByLabel('Namn').fill('Rättstavad klinik');
  await page.locator('tr.row--editing').getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rättstavad klinik' })).toBeVisible();
  await expect(page.locator('tr[data-organisation="Rättstavad klinik"]').getByRole('button', { name: /^Ändra/ })).toBeFocused();
  await expectNoAxeViolations(page);

  // Group: "Ändra" on an own regional group, pre-filled; saving confirms and returns focus to "Ändra".
  const [stroke] = await apiCall<{ id: string }[]>(page, 'groups:list', { type: 'RPT', level: null, query: 'RPT Stroke' });
  await page.evaluate((id) => (window.location.hash = `#/grupper/${id}`), stroke!.id);
  await expect(page.getByRole('heading', { level: 1, name: 'RPT Stroke' })).toBeVisible();
  await page.getByRole('button', { name: 'Ändra gruppen', exact: true }).click();
  const groupName = page.getByRole('textbox', { name: /^Namn/ });
  await expect(groupName).toHaveValue('RPT Stroke');
  await groupName.fill('RPT Stroke och TIA');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByTestId('saved-status')).toContainText('RPT Stroke och TIA');
  await expect(page.getByRole('button', { name: 'Ändra gruppen', exact: true })).toBeFocused();
  await expectNoAxeViolations(page);

  // A person created by mistake is removed as a correction, not erased.
  await createPerson(page, { name: 'Felaktigt Inlagd' });
  await page.getByTestId('person-remove-mistaken').click();
  const dialog = page.getByRole('dialog', { name: /Ta bort Felaktigt Inlagd/ });
  await expect(dialog).toContainText('inte en radering enligt GDPR');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Ta bort personen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();

  // Activity level: corrected in place in the team board.
  await openPlanningView(page, 'Aktivitetsnivåer');
  await page
    .getByTestId('team-board')
    .getByRole('button', { name: /RPT Stroke och TIA/ })
    .first()
    .click();
  const panel = page.getByTestId('team-panel');
  const history = panel.getByTestId('level-history');
  const first = history.locator('tbody tr').first();
  await first.getByRole('button', { name: /^Ändra/ }).click();
  const editRow = panel.getByTestId('level-edit-row');
  await editRow.getByLabel('Nivå', { exact: true }).selectOption({ label: 'Medelintensiv' });
  await editRow.getByRole('button', { name: 'Spara' }).click();
  await expect(panel.getByTestId('saved-status')).toHaveText('Nivån är ändrad.');
  await expect(history.locator('tbody tr').first()).toContainText('Medelintensiv');
  await expectNoAxeViolations(page);
});
