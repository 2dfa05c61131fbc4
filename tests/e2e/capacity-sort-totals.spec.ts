import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { apiCall, startWithExampleData } from './planning-helpers';

type GridRow = {
  personId: string;
  regionCode: string | null;
  organisationId: string | null;
  placeholder: { kind: string } | null;
  cells: { bpDays: number }[];
};
type Grid = { months: { month: string; days: number }[]; totalRows: number; rows: GridRow[] };

const fte = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 3 });

/** The share each rendered row shows for one month, top to bottom ("–" is 0). */
async function sharesShown(grid: Locator, month: string): Promise<number[]> {
  return grid.locator(`tbody tr td[data-month="${month}"] .cap-cell__value`).evaluateAll((cells) =>
    cells.map((cell) => {
      const text = (cell.textContent ?? '').replace(/\s/g, '').replace(',', '.');
      const match = /^([\d.]+)%/.exec(text);
      return match ? Number(match[1]) : 0;
    }),
  );
}

test('the capacity grid sorts by a month from the keyboard, and the totals per region and organisation sum its rows', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(180_000);
  await startWithExampleData(page, appUrl, '23');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${new URL(page.url()).origin}/#/kapacitet`);
  const grid = page.getByTestId('capacity-grid');
  await expect(grid.locator('tbody tr[aria-rowindex="2"]')).toBeVisible();
  const header = grid.locator('thead th.capacity-table__month').nth(2);
  const month = (await header.getAttribute('data-month')) ?? '';
  await expect(header).not.toHaveAttribute('aria-sort');

  // keyboard only: Tab reaches the header's button, Enter sorts ascending, Enter again descending
  await header.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid.locator('thead th[aria-sort]')).toHaveCount(1);
  const inOrder = async (descending: boolean) => {
    const shown = await sharesShown(grid, month);
    const ordered = shown.every((v, i) => i === 0 || (descending ? shown[i - 1]! >= v : shown[i - 1]! <= v));
    return shown.length > 3 && ordered && (!descending || shown[0]! > shown[shown.length - 1]!);
  };
  await expect.poll(() => inOrder(false)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => inOrder(true)).toBe(true);
  await expect(header.getByRole('button')).toBeFocused();
  // 12 months still fit at 1280 px with the sort buttons
  expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);

  // the totals beside the grid: each region's and organisation's FTE is the sum of its rows (placeholders in their own row)
  const from = (await grid.locator('thead th.capacity-table__month').first().getAttribute('data-month')) ?? '';
  const whole = await apiCall<Grid>(page, 'capacity:grid', {
    from,
    monthCount: 12,
    limit: 5000,
  });
  const index = whole.months.findIndex((m) => m.month === month);
  const days = whole.months[index]!.days;
  const sumBy = (key: (r: GridRow) => string) => {
    const sums = new Map<string, number>();
    for (const r of whole.rows) sums.set(key(r), (sums.get(key(r)) ?? 0) + r.cells[index]!.bpDays);
    return sums;
  };
  const shownFte = (table: Locator, key: string) => table.locator(`tbody tr[data-key="${key}"] td`).nth(1 + index);
  const expected = (bpDays: number) => fte.format(Math.round((bpDays / (days * 10_000)) * 1000) / 1000);
  const byRegion = sumBy((r) => (r.placeholder ? 'planned' : (r.regionCode ?? 'none')));
  const byOrganisation = sumBy((r) => (r.placeholder ? 'planned' : (r.organisationId ?? 'none')));
  expect(byRegion.get('planned') ?? 0).toBeGreaterThan(0);
  const regions = page.getByTestId('totals-region');
  const organisations = page.getByTestId('totals-organisation');
  await expect(regions.locator('tbody tr')).toHaveCount(byRegion.size);
  await expect(organisations.locator('tbody tr')).toHaveCount(byOrganisation.size);
  for (const [key, bpDays] of byRegion) await expect(shownFte(regions, key)).toHaveText(expected(bpDays));
  for (const [key, bpDays] of byOrganisation) await expect(shownFte(organisations, key)).toHaveText(expected(bpDays));
  // a filled total is painted on the grid's scale
  const painted = regions
    .locator('tbody td.cap-cell')
    .filter({ hasNotText: /^0,00$/ })
    .first();
  expect(await painted.evaluate((td) => td.style.getPropertyValue('--heat-bg'))).toMatch(/^#[0-9a-f]{6}$/);
  await expectNoAxeViolations(page);
});
