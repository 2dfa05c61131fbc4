import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';
import { apiCall, startWithExampleData, switchLanguage } from './planning-helpers';

const SHOTS_DIR = process.env['SAMPLAN_UI_SHOTS'] ?? '/tmp/ui-shots';
const swedish = new Intl.Collator('sv', { sensitivity: 'variant', numeric: true });
const fte = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 3 });

type GridRow = { personId: string; placeholder: { kind: string } | null; cells: { bpDays: number }[] };
type Grid = {
  months: { month: string; days: number }[];
  totalRows: number;
  plannedRows: number;
  rows: GridRow[];
  totals: { all: { fte: number[]; bpDays: number[] }; planned: { rows: number; bpDays: number[] } };
};

async function groupsInOrder(todo: Locator): Promise<string[]> {
  return todo.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-group') ?? ''));
}

async function openCapacity(page: Page): Promise<Locator> {
  await page.goto(`${new URL(page.url()).origin}/#/kapacitet`);
  await expect(page.getByRole('heading', { level: 1, name: /^(Kapacitet|Capacity)$/ })).toBeVisible();
  const grid = page.getByTestId('capacity-grid');
  await expect(grid.locator('tbody tr[aria-rowindex="2"]')).toBeVisible();
  return grid;
}

test('the seats to fill sort by keyboard in Swedish order, with aria-sort on the header', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await startWithExampleData(page, appUrl, '23');
  await page.goto(`${new URL(page.url()).origin}/#/vakanser`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vakanser' })).toBeVisible();
  const todo = page.getByTestId('todo-list');
  await expect(todo.locator('tbody tr').first()).toBeVisible();
  const asGiven = await groupsInOrder(todo);
  expect(asGiven.length).toBeGreaterThan(1);
  await expect(todo.locator('th[aria-sort]')).toHaveCount(0);

  const groupHeader = todo.getByRole('columnheader', { name: 'Grupp' });
  await groupHeader.getByRole('button', { name: 'Grupp' }).focus();
  await page.keyboard.press('Enter');
  await expect(groupHeader).toHaveAttribute('aria-sort', 'ascending');
  const ascending = [...asGiven].sort(swedish.compare);
  await expect.poll(() => groupsInOrder(todo)).toEqual(ascending);
  await page.keyboard.press('Space');
  await expect(groupHeader).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => groupsInOrder(todo)).toEqual([...asGiven].sort((a, b) => swedish.compare(b, a)));
  // another column takes the order over
  const statusHeader = todo.getByRole('columnheader', { name: 'Status' });
  await statusHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(statusHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(todo.locator('th[aria-sort]')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the capacity heatmap: 12 months at 1280 px without sideways scrolling, placeholder rows in the totals, .xlsx export, axe clean', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(180_000);
  await startWithExampleData(page, appUrl, '23');
  await page.setViewportSize({ width: 1280, height: 720 });
  const grid = await openCapacity(page);
  const table = grid.locator('table');

  // 12 months, and the grid is no wider than its box: nothing scrolls sideways
  await expect(table.locator('thead th.capacity-table__month')).toHaveCount(12);
  const { scrollWidth, clientWidth } = await grid.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await expectNoHorizontalOverflow(page);

  // every non-empty cell is painted from the scale; a higher load is a different colour
  const filled = table.locator('td.cap-cell[data-band="OK"], td.cap-cell[data-band="HIGH"], td.cap-cell[data-band="OVER"]').first();
  await expect(filled).toBeVisible();
  expect(await filled.evaluate((td) => td.style.getPropertyValue('--heat-bg'))).toMatch(/^#[0-9a-f]{6}$/);
  await expect(page.getByTestId('heat-legend')).toBeVisible();

  // placeholder rows: planned time without a name, counted in the totals
  const whole = await apiCall<Grid>(page, 'capacity:grid', { from: await firstMonth(page), monthCount: 12, limit: 5000 });
  expect(whole.plannedRows).toBeGreaterThan(0);
  await expect(page.getByTestId('capacity-planned-count')).toContainText(`${whole.plannedRows} planerade rader`);
  await grid.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const planned = table.locator('tr[data-placeholder^="SEAT:"]').first();
  await expect(planned).toContainText('Vakant plats – planerad');
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await planned.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS_DIR, 'capacity-planned-sv-1280x720.png') });
  const month = 0;
  const personsOnly = whole.rows.filter((r) => r.placeholder === null).reduce((s, r) => s + r.cells[month]!.bpDays, 0);
  const plannedSum = whole.rows.filter((r) => r.placeholder !== null).reduce((s, r) => s + r.cells[month]!.bpDays, 0);
  expect(plannedSum).toBeGreaterThan(0);
  expect(whole.totals.all.bpDays[month]).toBe(personsOnly + plannedSum);
  const totals = page.getByTestId('totals-region');
  await expect(totals.locator('tbody tr[data-key="planned"]')).toContainText('Planerat, ej tillsatt');
  const footFirstMonth = totals.locator('tfoot tr td').nth(1);
  await expect(footFirstMonth).toHaveText(fte.format(whole.totals.all.fte[month]!));

  // the export: every row, persons and placeholders, a share per month
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('capacity-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^Kapacitet \d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows[0]?.slice(0, 3)).toEqual(['Person eller planerad rad', 'Slag', 'Organisation / Grupp']);
  expect(rows).toHaveLength(whole.totalRows + 1);
  expect(rows.filter((r) => r[1] === 'Vakant plats – planerad').length).toBe(
    whole.rows.filter((r) => r.placeholder?.kind === 'SEAT').length,
  );
  await grid.evaluate((el) => el.scrollTo(0, 0));
  await expectNoAxeViolations(page);

  for (const language of ['sv', 'en'] as const) {
    if (language === 'en') {
      await switchLanguage(page, 'en');
      await expect(page.getByRole('heading', { level: 1, name: 'Capacity' })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(size);
      await expect(table.locator('tbody tr[aria-rowindex="2"]')).toBeVisible();
      const box = await grid.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(box, `${language} ${size.width}`).toBeLessThanOrEqual(0);
      await grid.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS_DIR, `capacity-${language}-${size.width}x${size.height}.png`) });
    }
  }
});

/** The grid's first month as the view asks for it (the filter's default). */
async function firstMonth(page: Page): Promise<string> {
  return (await page.locator('[data-testid="capacity-grid"] thead th.capacity-table__month').first().getAttribute('data-month')) ?? '';
}
