import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations, expectNoHorizontalOverflow, plainText } from './helpers';

test('switching to English translates the app and persists after a reload', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Samplan' })).toBeVisible();

  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Samplan' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Language')).toHaveValue('en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Samplan' })).toBeVisible();

  await page.getByLabel('Region or healthcare region').fill('NORRA');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByTestId('overview-owner')).toHaveText('Norra sjukvårdsregionen');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Reference data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reference data' })).toBeVisible();
  // Numbers stay in Swedish format; domain terms stay Swedish.
  const national = page.getByTestId('population-summary').locator('tr[data-code="NATIONAL"]');
  await expect(national.getByRole('rowheader')).toHaveText('Sweden');
  expect(await plainText(national.locator('td').first())).toBe('10 551 707');
  await expect(page.getByTestId('national-groups').locator('tbody tr', { hasText: 'Nationella primärvårdsrådet' })).toContainText(
    'dormant (vilande)',
  );
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  // Back to Swedish, which is also saved.
  await page.getByLabel('Language').selectOption('sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Referensdata' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Referensdata' })).toBeVisible();
});

test('the chosen language is restored in a new session', async ({ page, appUrl, context }) => {
  await completeFirstRun(page, appUrl, '23');
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const other = await context.newPage();
  await other.goto(appUrl);
  await expect(other.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await other.close();
});
