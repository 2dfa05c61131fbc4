import { expect, test } from './fixtures';
import { completeFirstRun, countCell, expectNoAxeViolations, openDataView, plainText } from './helpers';

test('loading example data adds records and labels them as fictitious', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await openDataView(page);
  await expect(page.getByTestId('example-badge')).toHaveCount(0);
  expect(await plainText(countCell(page, 'persons'))).toBe('0');
  expect(await plainText(countCell(page, 'nationalGroups'))).toBe('33');
  await expectNoAxeViolations(page);

  const button = page.getByRole('button', { name: 'Ladda exempeldata' });
  await button.click();

  const added = page.getByTestId('example-added');
  await expect(added).toBeVisible();
  await expect(added.getByRole('heading', { name: 'Det här lades till' })).toBeVisible();
  await expect(page.getByTestId('example-loaded-label')).toHaveText('Exempeldata är inlagd. Personerna är fiktiva.');
  await expect(page.getByTestId('example-badge')).toHaveText('Exempeldata inlagd – fiktiva personer');
  await expect.poll(async () => Number((await plainText(countCell(page, 'persons'))).replace(/\s/g, ''))).toBeGreaterThan(0);
  await expect.poll(async () => Number((await plainText(countCell(page, 'memberships'))).replace(/\s/g, ''))).toBeGreaterThan(0);
  const addedPersons = await plainText(added.locator('tr', { hasText: 'Personer' }).locator('td'));
  expect(await plainText(countCell(page, 'persons'))).toBe(addedPersons);
  await expectNoAxeViolations(page);

  // The label is read from the database, so it survives a reload.
  await page.reload();
  await expect(page.getByTestId('example-loaded-label')).toBeVisible();
  await expect(page.getByTestId('example-badge')).toBeVisible();
});
