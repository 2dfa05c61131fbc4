import fs from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';
import { apiCall, startWithExampleData, switchLanguage } from './planning-helpers';
import { expectWholeChoiceShown } from './view-helpers';

const SHOTS_DIR = process.env['SAMPLAN_UI_SHOTS'] ?? '/tmp/ui-shots';

/** Rows of the list wholly inside both the window and the list's scrolling region. */
async function visibleRows(page: Page, table: string): Promise<number> {
  return page.evaluate((testId) => {
    const selector = `[data-testid="${testId}"]`;
    const scroll = document.querySelector(`[data-testid="${testId}-scroll"]`)?.getBoundingClientRect();
    if (!scroll) return 0;
    const bottom = Math.min(scroll.bottom, window.innerHeight);
    return [...document.querySelectorAll(`${selector} tbody tr[aria-rowindex]`)].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= scroll.top && box.bottom <= bottom;
    }).length;
  }, table);
}

async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function firstNames(page: Page, table: string, count: number): Promise<string[]> {
  const cells = page.locator(`[data-testid="${table}"] tbody tr[aria-rowindex] th`);
  await expect(cells.first()).toBeVisible();
  return (await cells.allTextContents()).slice(0, count);
}

test('the person list: dense (15 rows at 1440×900), sorted by keyboard with aria-sort, filters in a row that folds away', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(120_000);
  await startWithExampleData(page, appUrl, '23');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${new URL(page.url()).origin}/#/personer`);
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
  const table = page.getByTestId('persons-table');
  await expect(table.locator('tbody tr[aria-rowindex="2"] a')).toBeVisible();
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, 'persons-sv-1440x900-start.png') });
  expect(await visibleRows(page, 'persons-table')).toBeGreaterThanOrEqual(15);

  // name order ascending by default, marked on the header
  const nameHeader = table.getByRole('columnheader', { name: 'Namn' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  const orgHeader = table.getByRole('columnheader', { name: 'Organisation' });
  await expect(orgHeader).not.toHaveAttribute('aria-sort');

  // sort by organisation with the keyboard; again reverses
  const orgButton = orgHeader.getByRole('button', { name: 'Organisation' });
  await tabTo(page, orgButton, 80);
  await page.keyboard.press('Enter');
  await expect(orgHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).not.toHaveAttribute('aria-sort');
  const expected = await apiCall<{ rows: { name: string }[] }>(page, 'persons:search', { query: '', sort: 'organisation', limit: 10 });
  await expect.poll(() => firstNames(page, 'persons-table', 10)).toEqual(expected.rows.map((r) => r.name));
  await expect(orgButton).toBeFocused();
  await page.keyboard.press('Space');
  await expect(orgHeader).toHaveAttribute('aria-sort', 'descending');
  const reversed = await apiCall<{ rows: { name: string }[] }>(page, 'persons:search', {
    query: '',
    sort: 'organisation',
    descending: true,
    limit: 10,
  });
  await expect.poll(() => firstNames(page, 'persons-table', 10)).toEqual(reversed.rows.map((r) => r.name));
  // columns the database cannot sort by keep plain headers
  await expect(table.getByRole('columnheader', { name: 'Aktiva uppdrag' }).getByRole('button')).toHaveCount(0);

  // the filters fold away behind one button, and stay folded after a reload
  const filters = page.getByRole('search', { name: 'Sök och filtrera personer' });
  const toggle = filters.getByRole('button', { name: 'Filter' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await filters.getByLabel('Region', { exact: true }).selectOption('23');
  await expect(filters.getByRole('button', { name: 'Filter (1 valt)' })).toBeVisible();
  await filters.getByRole('button', { name: 'Filter (1 valt)' }).click();
  await expect(filters.getByLabel('Region', { exact: true })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
  await expect(filters.getByRole('button', { name: 'Filter' })).toHaveAttribute('aria-expanded', 'false');
  await expect(filters.getByLabel('Region', { exact: true })).toBeHidden();
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(filters.getByLabel('Region', { exact: true })).toBeVisible();
  // the chosen region's whole name shows ("Region Jämtland Härjedalen", not "Region Jämtland Här…")
  await filters.getByLabel('Region', { exact: true }).selectOption('23');
  await expect(filters.getByLabel('Region', { exact: true }).locator('option:checked')).toHaveText('Region Jämtland Härjedalen');
  await expectWholeChoiceShown(filters.getByLabel('Region', { exact: true }));
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  for (const language of ['sv', 'en'] as const) {
    if (language === 'en') await switchLanguage(page, 'en');
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(size);
      await expect(table.locator('tbody tr[aria-rowindex="2"] a')).toBeVisible();
      await page.screenshot({ path: path.join(SHOTS_DIR, `persons-${language}-${size.width}x${size.height}.png`) });
    }
  }
  await expectNoAxeViolations(page);
});

test('the group list sorts by name, type and level with the keyboard', async ({ page, appUrl }) => {
  await startWithExampleData(page, appUrl, '23');
  await page.goto(`${new URL(page.url()).origin}/#/grupper`);
  await expect(page.getByRole('heading', { level: 1, name: 'Grupper' })).toBeVisible();
  const table = page.getByTestId('groups-table');
  await expect(table.locator('tbody tr[aria-rowindex="2"] a')).toBeVisible();
  // the register's hierarchy by default: no column claims the order
  await expect(table.locator('th[aria-sort]')).toHaveCount(0);
  const nameHeader = table.getByRole('columnheader', { name: 'Namn' });
  await tabTo(page, nameHeader.getByRole('button'), 80);
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  const expected = await apiCall<{ rows: { name: string }[] }>(page, 'groups:search', { sort: 'name', limit: 10 });
  await expect.poll(() => firstNames(page, 'groups-table', 10)).toEqual(expected.rows.map((r) => r.name));
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  const levelHeader = table.getByRole('columnheader', { name: 'Nivå' });
  await levelHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(levelHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.locator('th[aria-sort]')).toHaveCount(1);
  await expectNoAxeViolations(page);

  // fixed column shares: every column header lies inside the list's visible box, whatever rows are drawn
  const region = page.getByTestId('groups-table-scroll');
  for (const language of ['sv', 'en'] as const) {
    if (language === 'en') await switchLanguage(page, 'en');
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await expect(table.locator('tbody tr[aria-rowindex="2"] a')).toBeVisible();
      const box = await region.boundingBox();
      const headers = await table.locator('thead th').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().right));
      expect(headers).toHaveLength(7);
      for (const right of headers) expect(right).toBeLessThanOrEqual(Math.min(width, (box?.x ?? 0) + (box?.width ?? 0)) + 1);
    }
  }
});

/** Clicks an export button and reads the downloaded workbook's first sheet. */
async function exported(page: Page, button: Locator): Promise<{ name: string; sheet: string; rows: unknown[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: download.suggestedFilename(), sheet: sheet?.name ?? '', rows };
}

test('the seats to fill and the warnings export to .xlsx as listed, in Swedish', async ({ page, appUrl }) => {
  await startWithExampleData(page, appUrl, '23');
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/#/vakanser`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vakanser' })).toBeVisible();
  const todo = page.getByTestId('todo-list');
  await expect(todo).toBeVisible();
  const listed = await todo.locator('tbody tr').count();
  const seats = await exported(page, page.getByTestId('todo-export'));
  expect(seats.name).toMatch(/^Platser att tillsätta \d{4}-\d{2}-\d{2}\.xlsx$/);
  // the sheet is named in full, not the heading cut at Excel's 31 characters
  expect(seats.sheet).toBe('Att tillsätta');
  expect(seats.rows[0]).toEqual(['Grupp', 'Grupptyp', 'Plats', 'Status', 'Ledig från', 'Dagar kvar', 'Nuvarande', 'Nästa steg']);
  expect(seats.rows).toHaveLength(listed + 1);
  const firstGroup = (await todo.locator('tbody tr').first().getAttribute('data-group')) ?? '';
  expect(seats.rows[1]?.[0]).toBe(firstGroup);

  await page.goto(`${origin}/#/varningar`);
  await expect(page.getByRole('heading', { level: 1, name: 'Varningar' })).toBeVisible();
  const rules = await apiCall<{ warnings: unknown[] }>(page, 'rules:list', {});
  expect(rules.warnings.length).toBeGreaterThan(0);
  const warnings = await exported(page, page.getByTestId('warnings-export'));
  expect(warnings.rows[0]).toEqual(['Regel', 'Allvarlighet', 'Personer', 'Grupper', 'Läget per']);
  expect(warnings.rows).toHaveLength(rules.warnings.length + 1);
  expect(String(warnings.rows[1]?.[0])).toMatch(
    /^(Ordförande för länge|Plats i annan sjukvårdsregion|Grupp utan ordförande|Grupp utan processledare|För hög tidsandel|Möjliga dubbletter)$/,
  );
  await expectNoAxeViolations(page);
});
