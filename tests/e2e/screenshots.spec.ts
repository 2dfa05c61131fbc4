import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Screenshots of every view in both languages for a human to look at. Runs only when
 * SAMPLAN_SCREENSHOTS names a folder: `SAMPLAN_SCREENSHOTS=/tmp/shots npx playwright test screenshots`.
 */
const shotsDir = process.env['SAMPLAN_SCREENSHOTS'];

async function shoot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

const TEXTS = {
  sv: {
    welcome: 'Välkommen till Samplan',
    label: 'Region eller sjukvårdsregion',
    submit: 'Spara och fortsätt',
    overview: 'Översikt',
    load: 'Ladda exempeldata',
    reference: 'Referensdata',
  },
  en: {
    welcome: 'Welcome to Samplan',
    label: 'Region or healthcare region',
    submit: 'Save and continue',
    overview: 'Overview',
    load: 'Load example data',
    reference: 'Reference data',
  },
} as const;

for (const language of shotsDir ? (['sv', 'en'] as const) : []) {
  test(`screenshots in ${language}`, async ({ page, appUrl }) => {
    const text = TEXTS[language];
    await page.goto(appUrl);
    if (language === 'en') await page.getByLabel('Språk').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: text.welcome })).toBeVisible();
    await expect(page.locator('datalist option')).toHaveCount(27);
    await shoot(page, `${language}-1-first-run`);

    await page.getByLabel(text.label).fill('99');
    await page.getByRole('button', { name: text.submit }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await shoot(page, `${language}-2-first-run-error`);

    await page.getByLabel(text.label).fill('23');
    await page.getByRole('button', { name: text.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.overview })).toBeVisible();
    await shoot(page, `${language}-3-overview`);

    await page.getByRole('button', { name: text.load }).click();
    await expect(page.getByTestId('example-added')).toBeVisible();
    await shoot(page, `${language}-4-overview-example`);

    await page.getByRole('link', { name: text.reference }).click();
    await expect(page.getByTestId('national-groups')).toBeVisible();
    await shoot(page, `${language}-5-reference`);
    if (shotsDir) {
      await page.getByTestId('hr-SODRA').screenshot({ path: path.join(shotsDir, `${language}-5b-reference-sodra.png`) });
      await page.getByTestId('national-groups').screenshot({ path: path.join(shotsDir, `${language}-5c-reference-groups.png`) });
    }

    await page.keyboard.press('Tab');
    if (shotsDir) await page.screenshot({ path: path.join(shotsDir, `${language}-6-focus-skip-link.png`) });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    if (shotsDir) await page.screenshot({ path: path.join(shotsDir, `${language}-7-focus-select.png`) });
  });
}
