import { expect, test } from './fixtures';
import { completeFirstRun, plainText } from './helpers';
import { addMembership, createPerson, isoDay, openView } from './register-helpers';

test('a new person is checked field by field, saved, and gets an assignment with the default allocation', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await openView(page, 'Personer');
  await expect(page.getByTestId('persons-empty')).toBeVisible();
  await page.getByRole('link', { name: 'Ny person' }).click();
  const form = page.getByTestId('person-form');

  // Nothing filled in and a bad e-mail: each field says what is wrong, the summary links to it.
  await form.getByLabel(/^E-post/).fill('inte-en-adress');
  await form.getByRole('button', { name: 'Lägg till person' }).click();
  const summary = form.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Namn: Fyll i det här fältet.');
  await expect(form.getByLabel('Namn')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel(/^E-post/)).toHaveAccessibleDescription(/Skriv en e-postadress/);
  await summary.getByRole('link', { name: /^Namn/ }).click();
  await expect(form.getByLabel('Namn')).toBeFocused();

  await form.getByLabel('Namn').fill('Ingrid Testsson');
  await form.getByLabel(/^E-post/).fill('ingrid@example.org');
  await form.getByLabel(/^Yrke/).fill('Läkare');
  await form.getByLabel(/^Kön/).selectOption('FEMALE');
  await form.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ingrid Testsson' })).toBeVisible();
  await expect(page.getByText('Region Jämtland Härjedalen').first()).toBeVisible();
  await expect(page.getByTestId('audit-history')).toContainText('Skapad');
  // no name given at first run: the history names the installation, never the login the app runs as
  await expect(page.getByTestId('audit-history').locator('tbody td').nth(2)).toHaveText(/^\S.* \(inget namn angivet\)$/);

  // An assignment in the vacant Norra seat of an NPO; empty allocation = the default (10 %).
  await page.getByRole('button', { name: 'Lägg till uppdrag' }).click();
  const membership = page.getByTestId('membership-form');
  await membership.getByLabel('Sök grupp').fill('Akut');
  await membership.getByLabel('Grupp', { exact: true }).selectOption({ index: 1 });
  await expect(membership.getByLabel(/^Tidsandel i procent/)).toHaveAccessibleDescription(/standardvärdet .*10\s%/);
  await expect(membership.getByLabel('Plats', { exact: true }).locator('option', { hasText: 'Norra – ledig' })).toHaveCount(1);
  await page.getByTestId('membership-form').getByRole('button', { name: 'Avbryt' }).click();
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2025-01-01' });

  const current = page.getByTestId('assignments-current');
  await expect(current.getByRole('row', { name: /Akut vård/ })).toContainText('10 %');
  await expect(current.getByRole('row', { name: /Akut vård/ })).toContainText('Norra');
  expect(await plainText(page.getByTestId('person-allocation'))).toContain('10 %');
  await expect(page.getByTestId('assignment-timeline')).toContainText('Akut vård');

  // The list shows the person with the time and the assignment.
  await openView(page, 'Personer');
  const row = page.getByTestId('persons-table').getByRole('row', { name: /Ingrid Testsson/ });
  await expect(row).toContainText('Läkare');
  expect(await plainText(row)).toContain('10 %');
  await page.getByLabel('Sök', { exact: true }).fill('zzz');
  await expect(page.getByTestId('persons-empty')).toHaveText('Ingen person matchar sökningen.');
  await page.getByLabel('Sök', { exact: true }).fill('ingrid');
  await expect(page.getByTestId('persons-table').getByRole('row')).toHaveCount(2);
});

test('ending an assignment makes its seat vacant in the vacancy view', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Per Platsson' });
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2024-01-01' });

  await openView(page, 'Vakanser');
  const cell = page.getByTestId('vacancy-matrix').locator('tr[data-group="Akut vård"] td[data-hr="NORRA"]');
  await expect(cell).toHaveAttribute('data-status', 'FILLED');
  await expect(cell).toContainText('Besatt');
  await expect(cell).toContainText('Per Platsson');
  await expect(page.getByTestId('todo-list').locator('tr[data-group="Akut vård"]')).toHaveCount(0);

  // End it yesterday with the confirm dialog.
  await cell.getByRole('link', { name: 'Per Platsson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Per Platsson' })).toBeVisible();
  await page
    .getByTestId('assignments-current')
    .getByRole('button', { name: /^Avsluta/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Avsluta uppdrag' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Sista dag').fill('2023-12-31');
  await dialog.getByRole('button', { name: 'Avsluta uppdraget' }).click();
  await expect(dialog.getByLabel('Sista dag')).toBeFocused();
  await expect(dialog.getByLabel('Sista dag')).toHaveAccessibleDescription(/före starten \(2024-01-01\)/);
  await dialog.getByLabel('Sista dag').fill(isoDay(-1));
  await dialog.getByRole('button', { name: 'Avsluta uppdraget' }).click();
  await expect(dialog).toBeHidden();
  const past = page.getByTestId('assignments-past');
  await expect(past.getByRole('row', { name: /Akut vård/ })).toContainText('Avslutad');
  await expect(page.getByTestId('assignments-current')).toHaveCount(0);
  expect(await plainText(page.getByTestId('person-allocation'))).toContain('0 %');

  await openView(page, 'Vakanser');
  await expect(cell).toHaveAttribute('data-status', 'VACANT');
  await expect(cell).toContainText('Vakant');
  await expect(page.getByTestId('todo-list').locator('tr[data-group="Akut vård"]')).toContainText(`Ledig sedan ${isoDay()}`);

  // With no seat filled anywhere, the "filled" filter leaves nothing to show.
  await page.getByLabel('Status', { exact: true }).selectOption('FILLED');
  await expect(page.getByTestId('matrix-empty')).toBeVisible();
});
