import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeFirstRun } from './helpers';

/** Keyboard tests start from the document, as after a page load, whatever the view focused while loading. */
async function startFromDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement) active.blur();
  });
}

test('the navigation is reachable and usable with the keyboard', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();

  // The skip link is the first stop and moves focus to the main content.
  await startFromDocument(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  const target = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Referensdata' });
  for (let i = 0; i < 40; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 1, name: 'Referensdata' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(target).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Referensdata – Samplan');

  // The skip link takes keyboard users past header and navigation.
  await page.reload();
  await expect(heading).toBeVisible();
  await startFromDocument(page);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
