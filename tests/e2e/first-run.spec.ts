import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations, openDataView } from './helpers';

test('first run: choosing 23 makes the app work for Region Jämtland Härjedalen', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Samplan' })).toBeVisible();
  // The session token is taken out of the address bar at once.
  expect(page.url()).not.toContain('token=');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  // All 21 regions and 6 healthcare regions are offered.
  await expect(page.locator('datalist option')).toHaveCount(27);
  await expectNoAxeViolations(page);

  await page.getByLabel('Region eller sjukvårdsregion').fill('23');
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();

  const overview = page.getByRole('heading', { level: 1, name: 'Översikt' });
  await expect(overview).toBeVisible();
  // Focus follows to the new view instead of being lost with the removed form.
  await expect(overview).toBeFocused();
  await expect(page.getByTestId('header-owner')).toContainText('Region Jämtland Härjedalen');
  await expect(page.getByTestId('overview-owner')).toHaveText('Region Jämtland Härjedalen');
  await expect(page.getByText('Region, kod 23')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('overview-owner')).toHaveText('Region Jämtland Härjedalen');
});

test('first run accepts a healthcare-region name', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, 'Västra sjukvårdsregionen');
  await expect(page.getByTestId('overview-owner')).toHaveText('Västra sjukvårdsregionen');
  await expect(page.getByText('Sjukvårdsregion, kod VASTRA')).toBeVisible();
});

test('a rejected call shows its error and saves nothing', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  const input = page.getByLabel('Region eller sjukvårdsregion');
  await input.fill('99');
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading', { name: 'Valet kunde inte sparas' })).toBeVisible();
  await expect(alert).toContainText('”99” är ingen känd region eller sjukvårdsregion');
  await expect(alert).not.toContainText('VALIDATION');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Samplan' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Samplan' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('first run resolves part of a name, and names the choices when the words fit several', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  const input = page.getByLabel('Region eller sjukvårdsregion');
  await input.fill('Stockholm');
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('”Stockholm” passar flera: Region Stockholm (01)');
  await expect(alert).toContainText('Sjukvårdsregion Stockholm-Gotland (STOCKHOLM_GOTLAND)');
  await input.fill('jamtland');
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await expect(page.getByTestId('header-owner')).toContainText('Region Jämtland Härjedalen');
});

test('first run asks for the user\'s name beside the region; "Jämtland" resolves to the region and the name signs the changes', async ({
  page,
  appUrl,
}) => {
  await page.goto(appUrl);
  await page.getByLabel('Ditt namn').fill('Karin Berg');
  await page.getByLabel('Region eller sjukvårdsregion').fill('Jämtland');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await expect(page.getByTestId('header-owner')).toContainText('Region Jämtland Härjedalen');
  await openDataView(page);
  await expect(page.getByLabel('Ditt namn')).toHaveValue('Karin Berg');
});
