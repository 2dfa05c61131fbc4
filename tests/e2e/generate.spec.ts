import { expect, test } from './fixtures';
import { completeFirstRun, countCell, expectNoAxeViolations, openDataView, plainText } from './helpers';

test('test data is generated in a worker job with progress, and a second run is refused with nothing changed', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await openDataView(page);
  const panel = page.getByRole('region', { name: 'Testdata i nationell skala' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Omfattning').selectOption('small');
  await panel.getByLabel('Frö', { exact: true }).fill('7');
  await expectNoAxeViolations(page);

  await panel.getByRole('button', { name: 'Skapa testdata' }).click();
  const done = panel.getByTestId('generate-done');
  await expect(done).toBeVisible({ timeout: 45_000 });
  expect(await plainText(done)).toMatch(/^Klart: [\d ]+ poster skrevs, varav 600 personer\.$/);
  await expect.poll(async () => plainText(countCell(page, 'persons'))).toBe('600');
  await expectNoAxeViolations(page);

  // The register is no longer empty: the generator refuses and the counts stay as they were.
  await panel.getByRole('button', { name: 'Skapa testdata' }).click();
  await expect(panel.getByRole('alert')).toContainText('Testdata kunde inte skapas');
  expect(await plainText(countCell(page, 'persons'))).toBe('600');

  // An invalid seed cannot be started.
  await panel.getByLabel('Frö', { exact: true }).fill('-1');
  await expect(panel.getByRole('button', { name: 'Skapa testdata' })).toBeDisabled();
});
