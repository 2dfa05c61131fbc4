import fs from 'node:fs';
import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations } from './helpers';
import { addMembership, createPerson, openView } from './register-helpers';

test('person view: register extract (JSON and PDF), erasure with typed confirmation, then the list of erasures (axe, sv and en)', async ({
  page,
  appUrl,
}) => {
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Greta Gdprsson', email: 'greta@example.org' });
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2025-01-01' });
  const panel = page.getByRole('region', { name: 'Personuppgifter' });
  await expect(panel).toBeVisible();

  const [json] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Registerutdrag (JSON)' }).click()]);
  expect(json.suggestedFilename()).toMatch(/^registerutdrag-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
  const extract = JSON.parse(fs.readFileSync(await json.path(), 'utf8')) as { person: { name: string }; memberships: unknown[] };
  expect(extract.person.name).toBe('Greta Gdprsson');
  expect(extract.memberships).toHaveLength(1);
  const [pdf] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Registerutdrag (PDF)' }).click()]);
  expect(
    fs
      .readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  await expectNoAxeViolations(page);

  // The dialog explains the consequences and wants the name typed exactly.
  await panel.getByRole('button', { name: 'Radera person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Radera Greta Gdprsson?' });
  await expect(dialog).toContainText('raderingsmarkering');
  await expect(dialog).toContainText('Säkerhetskopior');
  await expectNoAxeViolations(page);
  const field = dialog.getByLabel(/Skriv personens namn/);
  await field.fill('Greta');
  await dialog.getByRole('button', { name: 'Radera för alltid' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(/Namnet stämmer inte/);
  await field.fill('Greta Gdprsson');
  await field.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Raderingar' })).toBeVisible();
  const table = page.getByTestId('erasures-table');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Här (');
  await expect(table).not.toContainText('Greta');
  await expectNoAxeViolations(page);

  await openView(page, 'Personer');
  await expect(page.getByText('Greta Gdprsson')).toHaveCount(0);

  await page.getByLabel('Språk').selectOption('en');
  await openView(page, 'Erasures');
  await expect(page.getByTestId('erasures-table')).toContainText('Here (');
  await expectNoAxeViolations(page);
});
