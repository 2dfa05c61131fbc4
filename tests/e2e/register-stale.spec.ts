import { expect, test } from './fixtures';
import { apiCall, startWithExampleData } from './planning-helpers';
import { openView } from './register-helpers';

type Organisation = { id: string; version: number; name: string; type: string; regionCode: string | null };

test('an edit saved after someone else changed the record is refused in Swedish, and reloading shows the record as it is now', async ({
  page,
  appUrl,
}) => {
  await startWithExampleData(page, appUrl, '14');
  await openView(page, 'Organisationer');
  const newForm = page.getByTestId('organisation-form');
  await newForm.getByLabel('Namn').fill('Gamla kliniken');
  await newForm.getByRole('button', { name: 'Lägg till organisation' }).click();
  const row = page.locator('tr[data-organisation="Gamla kliniken"]');
  await expect(page.getByRole('status').filter({ hasText: 'Gamla kliniken' })).toBeVisible();

  await row.getByRole('button', { name: /^Ändra/ }).click();
  const inline = page.locator('tr.row--editing').getByTestId('organisation-form');
  await expect(inline.getByLabel('Namn')).toHaveValue('Gamla kliniken');

  // someone else (another window, the CLI) renames it while the form is open
  const all = await apiCall<Organisation[]>(page, 'organisations:list', {});
  const mine = all.find((o) => o.name === 'Gamla kliniken')!;
  const { id, version, type, regionCode } = mine;
  await apiCall(page, 'organisations:update', { id, version, type, regionCode, name: 'Andras namn' });

  await inline.getByLabel('Namn').fill('Mitt namn');
  await inline.getByRole('button', { name: 'Spara' }).click();
  await expect(inline.getByRole('alert')).toContainText('Organisationen har ändrats av någon annan sedan du öppnade den');
  // the form stays open with the user's text; nothing of it was saved
  await expect(inline.getByLabel('Namn')).toHaveValue('Mitt namn');

  await page.getByTestId('stale-reload').click();
  await expect(page.locator('tr.row--editing')).toHaveCount(0);
  await expect(page.locator('tr[data-organisation="Andras namn"]')).toBeVisible();
  await expect(page.locator('tr[data-organisation="Mitt namn"]')).toHaveCount(0);
});
