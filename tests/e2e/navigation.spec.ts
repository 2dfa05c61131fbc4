import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations } from './helpers';

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
  for (let i = 0; i < 60; i += 1) {
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

/** Tabs forward until `target` has focus (at most `limit` presses) and fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the menu is grouped by job; a group folds by keyboard and stays folded after a reload', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const groups = nav.getByRole('button');
  await expect(groups).toHaveText(['Register', 'Planering', 'Ekonomi', 'Utbyte', 'Administration']);
  for (const group of await groups.all()) await expect(group).toHaveAttribute('aria-expanded', 'true');
  // each group holds its own jobs
  const planning = page.locator('#nav-group-planning').getByRole('link');
  await expect(planning).toHaveText(['Kapacitet', 'Aktivitetsnivåer', 'Vårdförlopp', 'Årsplan']);
  await expect(page.locator('#nav-group-register').getByRole('link', { name: 'Personer' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Översikt' })).toHaveAttribute('aria-current', 'page');

  const admin = nav.getByRole('button', { name: 'Administration' });
  await expect(admin).toHaveAttribute('aria-controls', 'nav-group-administration');
  await startFromDocument(page);
  await tabTo(page, admin);
  await page.keyboard.press('Enter');
  await expect(admin).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Säkerhetskopior' })).toBeHidden();
  // folded, its links leave the tab order
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('#nav-group-administration') ?? null)).toBeNull();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await expect(admin).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Säkerhetskopior' })).toBeHidden();

  await startFromDocument(page);
  await tabTo(page, admin);
  await page.keyboard.press('Space');
  await expect(admin).toHaveAttribute('aria-expanded', 'true');
  const backups = nav.getByRole('link', { name: 'Säkerhetskopior' });
  await tabTo(page, backups, 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeFocused();
  await expect(backups).toHaveAttribute('aria-current', 'page');

  // a page of a folded group, reached another way, unfolds the group so the current page is marked
  await nav.getByRole('button', { name: 'Planering' }).click();
  await expect(planning.first()).toBeHidden();
  await page.goto(`${new URL(page.url()).origin}/#/kapacitet`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kapacitet' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Planering' })).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Kapacitet' })).toHaveAttribute('aria-current', 'page');
});
