import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';
import { apiCall, startWithExampleData, switchLanguage } from './planning-helpers';

/** Screenshots of the start page go here, at both window sizes, for a person to look at. */
const SHOTS_DIR = process.env['SAMPLAN_UI_SHOTS'] ?? '/tmp/ui-shots';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

async function shootBothSizes(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-${size.width}x${size.height}.png`) });
  }
}

async function backToStart(page: Page, heading = 'Översikt'): Promise<void> {
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: heading, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('the coordinator start page: what needs action now, each a link into the view that resolves it', async ({ page, appUrl }) => {
  await startWithExampleData(page, appUrl, '23');
  // right after loading the example data, what needs action comes first and what was loaded under it
  const cardsTop = (await page.getByTestId('start-seats').boundingBox())?.y ?? Infinity;
  const addedTop = (await page.getByTestId('example-added').boundingBox())?.y ?? -Infinity;
  expect(cardsTop).toBeLessThan(addedTop);
  // a limit of 0 makes every person with a share of time over-allocated
  await apiCall(page, 'rules:settings-update', { overAllocationThresholdBp: 0 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Samordnare' })).toBeChecked();

  // seats to fill within 90 days: the count matches the vacancy view's own to-do list, each item leads to its group
  const seats = page.getByTestId('start-seats');
  await expect(page.getByTestId('start-seats-count')).toHaveText(/^[1-9]\d*$/);
  const vacancies = await apiCall<{ todo: unknown[] }>(page, 'vacancies:get', { endingWithinDays: 90 });
  await expect(page.getByTestId('start-seats-count')).toHaveText(String(vacancies.todo.length));
  await expect(seats.getByRole('listitem')).toHaveCount(Math.min(5, vacancies.todo.length));
  const firstGroup = seats.getByRole('listitem').first().getByRole('link');
  const groupName = (await firstGroup.textContent()) ?? '';
  await firstGroup.click();
  await expect(page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  await backToStart(page);
  await seats.getByRole('link', { name: 'Öppna Vakanser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vakanser' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Vakanser' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // warnings: counted per rule, and the link opens Varningar
  await backToStart(page);
  const rules = await apiCall<{ warnings: { code: string }[] }>(page, 'rules:list', {});
  const others = rules.warnings.filter((w) => w.code !== 'PERSON_OVER_ALLOCATED').length;
  const over = rules.warnings.length - others;
  expect(over).toBeGreaterThan(0);
  await expect(page.getByTestId('start-warnings-count')).toHaveText(String(others));
  await page.getByTestId('start-warnings').getByRole('link', { name: 'Öppna Varningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Varningar' })).toBeVisible();

  // over-allocated persons: each a link to the person
  await backToStart(page);
  await expect(page.getByTestId('start-overAllocated-count')).toHaveText(String(over));
  const person = page.getByTestId('start-overAllocated').getByRole('listitem').first().getByRole('link');
  const personName = (await person.textContent()) ?? '';
  await person.click();
  await expect(page.getByRole('heading', { level: 1, name: personName })).toBeVisible();

  // packages: nothing sent yet, so one is due
  await backToStart(page);
  const packages = page.getByTestId('start-packages');
  await expect(packages).toContainText('Inget paket har skickats ännu.');
  await packages.getByRole('link', { name: 'Öppna Paketutbyte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paketutbyte' })).toBeVisible();

  await backToStart(page);
  await expect(page.getByTestId('start-seats-count')).toHaveText(String(vacancies.todo.length));
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  await shootBothSizes(page, 'start-coordinator-sv');
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByTestId('start-seats')).toContainText('Seats to fill within 90 days');
  await expectNoAxeViolations(page);
  await shootBothSizes(page, 'start-coordinator-en');
});

test('the finance start page: chosen once and remembered; cost warnings, hostings without items, the budget', async ({ page, appUrl }) => {
  await startWithExampleData(page, appUrl, 'NORRA');
  const year = new Date().getFullYear();
  await page.getByRole('radio', { name: 'Ekonomi' }).check();
  await expect(page.getByText('Det som behöver göras nu med årets kostnader.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Ekonomi' })).toBeChecked();
  await expect(page.getByTestId('start-seats')).toHaveCount(0);

  const report = await apiCall<{ warnings: unknown[] }>(page, 'cost-report:year', { year });
  await expect(page.getByTestId('start-costWarnings-count')).toHaveText(String(report.warnings.length));
  const hostings = await apiCall<{ planningCopy: boolean; itemYears: number[] }[]>(page, 'hostings:list', { year });
  const empty = hostings.filter((h) => !h.planningCopy && !h.itemYears.includes(year)).length;
  await expect(page.getByTestId('start-emptyHostings-count')).toHaveText(String(empty));
  // no budget is locked in the example data
  const budget = page.getByTestId('start-budget');
  await expect(budget).toContainText(`Budgeten för ${year} är inte låst.`);
  await expect(page.getByTestId('start-budget-count')).toHaveText('1');
  await expectNoAxeViolations(page);
  await shootBothSizes(page, 'start-finance-sv');

  await budget.getByRole('link', { name: 'Öppna Scenarier och budget' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarier och budget' })).toBeVisible();
  await backToStart(page);
  await page.getByTestId('start-costWarnings').getByRole('link', { name: 'Öppna Kostnadsrapporter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kostnadsrapporter' })).toBeVisible();
  await backToStart(page);
  await page.getByTestId('start-emptyHostings').getByRole('link', { name: 'Öppna Värdskap' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Värdskap' })).toBeVisible();

  await switchLanguage(page, 'en');
  await backToStart(page, 'Overview');
  await expect(page.getByRole('radio', { name: 'Finance' })).toBeChecked();
  await expect(page.getByTestId('start-budget')).toContainText(`The budget for ${year} is not locked.`);
  await expectNoAxeViolations(page);
  await shootBothSizes(page, 'start-finance-en');
});
