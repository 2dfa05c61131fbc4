import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { apiCall, startWithExampleData } from './planning-helpers';

async function openNav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Sorts by a column header with the keyboard (focus the header's button, Enter) and waits for its aria-sort. */
async function sortBy(table: Locator, label: string, expected: 'ascending' | 'descending'): Promise<void> {
  const header = table.getByRole('columnheader', { name: label });
  await header.getByRole('button').focus();
  await header.page().keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', expected);
}

async function columnTexts(table: Locator, index: number): Promise<string[]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]?.textContent?.trim() ?? ''), index);
}

const numbers = (texts: string[]) => texts.map((text) => Number(text.replace(/\s/g, '')));
const swedish = (texts: string[]) => [...texts].sort(new Intl.Collator('sv', { numeric: true }).compare);

test('the organisations list is a dense table sorted in Swedish order by name, and by its person count with the keyboard', async ({
  page,
  appUrl,
}) => {
  await startWithExampleData(page, appUrl, '23');
  await openNav(page, 'Organisationer');
  const table = page.getByTestId('organisations-table');
  await expect(table.locator('tbody tr').nth(1)).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Namn' })).toHaveAttribute('aria-sort', 'ascending');
  const names = await columnTexts(table, 0);
  expect(names).toEqual(swedish(names));

  await sortBy(table, 'Personer', 'ascending');
  await sortBy(table, 'Personer', 'descending');
  await expect(table.getByRole('columnheader', { name: 'Namn' })).not.toHaveAttribute('aria-sort');
  const counts = numbers(await columnTexts(table, 3));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await expect(table.locator('tbody tr').first().locator('td.numeric')).toHaveCSS('text-align', 'right');
  await expectNoAxeViolations(page);
});

test('the audit log is a dense table sorted across all its pages by number or by who made the change, with the keyboard', async ({
  page,
  appUrl,
}) => {
  await startWithExampleData(page, appUrl, '23');
  const person = { email: null, phone: '', regionCode: '23', organisationId: null, profession: '', gender: null, notes: '' };
  const created = await apiCall<{ id: string }>(page, 'persons:create', { ...person, name: 'Åsa Granskad' });
  await openNav(page, 'Granskningslogg');
  const table = page.getByTestId('audit-table');
  await expect(table.locator('tbody tr').nth(1)).toBeVisible();
  // the newest entry names its record by what users call it; the id is only a technical detail in the title
  await expect(table.getByRole('columnheader', { name: 'Posttyp' })).toBeVisible();
  const newest = table.locator('tbody tr').first();
  await expect(newest).toContainText('Åsa Granskad');
  await expect(newest).not.toContainText(created.id);
  await expect(newest.getByTitle(new RegExp(created.id))).toHaveText('Åsa Granskad');
  // the visible caption keeps off the frame of its scroll box
  const box = await page.locator('.dense-scroll', { has: table }).boundingBox();
  const caption = await table.locator('caption').evaluate((c) => {
    const range = document.createRange();
    range.selectNodeContents(c);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y };
  });
  expect(caption.x - (box?.x ?? 0)).toBeGreaterThanOrEqual(6);
  expect(caption.y - (box?.y ?? 0)).toBeGreaterThanOrEqual(6);
  const seqs = numbers(await columnTexts(table, 0));
  expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  await sortBy(table, 'Nr', 'ascending');
  // sorted in the database: the page now starts at the log's first entry, not with this page's rows reversed
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('1');
  const ascending = numbers(await columnTexts(table, 0));
  expect(ascending).toEqual(ascending.map((_, i) => i + 1));
  await sortBy(table, 'Användare', 'ascending');
  const actors = await columnTexts(table, 2);
  expect(actors).toEqual(swedish(actors));
  await expectNoAxeViolations(page);
});
