import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Text with the Swedish thousands separator (a no-break space) shown as a plain space. */
export async function plainText(locator: Locator): Promise<string> {
  const text = (await locator.textContent()) ?? '';
  return text.replace(/[\u00a0\u202f]/g, ' ').trim();
}

/** Opens the app and answers the first-run question. */
export async function completeFirstRun(page: Page, appUrl: string, answer: string): Promise<void> {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Samplan' })).toBeVisible();
  await page.getByLabel('Region eller sjukvårdsregion').fill(answer);
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
}

/** Opens Administration → "Innehåll och testdata": the counts, the example data and the test data. */
export async function openDataView(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Innehåll och testdata', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Innehåll och testdata' })).toBeVisible();
}

export function countCell(page: Page, key: string): Locator {
  return page.locator(`[data-testid="counts-table"] tr[data-count="${key}"] td`);
}

/** Nothing is wider than the window: no sideways scrolling at the test viewport (1280 px). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
