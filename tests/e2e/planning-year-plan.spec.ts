import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, plainText } from './helpers';
import { openPlanningView, shoot, startWithExampleData, switchLanguage } from './planning-helpers';

async function download(page: Page, button: string, folder: string): Promise<{ file: string; name: string }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const name = event.suggestedFilename();
  const file = path.join(folder, name);
  await event.saveAs(file);
  return { file, name };
}

/** The text of a PDF as pdftotext reads it, with runs of spaces made single. */
function pdfText(file: string): string {
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \u00a0]+/g, ' ');
}

/** The value beside a label in the first column of a sheet. */
function valueBeside(sheet: ExcelJS.Worksheet, label: string): unknown {
  let found: unknown;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).value;
  });
  return found;
}

test('the year plan sums up the year and exports as PDF and .xlsx with the same figures', async ({ page, appUrl, dataDir }) => {
  test.setTimeout(180_000);
  await startWithExampleData(page, appUrl, 'NORRA');
  await openPlanningView(page, 'Årsplan');
  await page.getByLabel('År', { exact: true }).selectOption('2026');
  const summary = page.getByTestId('yp-summary');
  await expect(summary.getByRole('heading', { name: 'Norra sjukvårdsregionen 2026' })).toBeVisible();

  const held = Number((await plainText(page.getByTestId('yp-held-total'))).replace(/\s/g, ''));
  const vacant = Number((await plainText(page.getByTestId('yp-vacant-total'))).replace(/\s/g, ''));
  expect(held).toBeGreaterThan(20);
  expect(vacant).toBeGreaterThan(0);
  const averageText = await plainText(page.getByTestId('yp-fte-average'));
  const average = Number(averageText.replace(',', '.'));
  expect(average).toBeGreaterThan(1);
  await expect(page.getByTestId('yp-fte').locator('thead')).toContainText('NPO');
  await expect(page.getByTestId('yp-fte-block').getByRole('img', { name: 'Årsarbetskrafter per månad och grupptyp' })).toBeVisible();
  await expect(page.getByTestId('yp-pathways').locator('tr[data-region="24"]')).toContainText('0 av 49');
  await expectNoAxeViolations(page);
  await shoot(page, 'year-plan-sv');

  // PDF: open it and read headings and figures.
  const pdf = await download(page, 'Exportera PDF', dataDir);
  expect(pdf.name).toMatch(/\.pdf$/);
  await expect(summary.getByRole('status')).toHaveText(`${pdf.name} är nedladdad.`);
  const text = pdfText(pdf.file);
  expect(text).toContain('Årsplan');
  expect(text).toContain('Norra sjukvårdsregionen');
  expect(text).toContain('2026');
  expect(text).toContain('Platser');
  expect(text).toContain('Tid per månad');
  expect(text).toContain('Vårdförlopp');
  expect(text).toMatch(new RegExp(`Besatta\\b[\\s\\S]*\\b${held}\\b`));
  expect(text).toContain(averageText);

  // Excel: open it with exceljs and check a sheet and its numbers.
  const xlsx = await download(page, 'Exportera Excel (.xlsx)', dataDir);
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx.file);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(['Översikt', 'Platser', 'Tid per månad', 'Team', 'Vårdförlopp']),
  );
  const overview = workbook.getWorksheet('Översikt');
  expect(overview).toBeDefined();
  if (!overview) return;
  expect(valueBeside(overview, 'Årsplan')).toBe(2026);
  expect(valueBeside(overview, 'Platser: Besatta')).toBe(held);
  expect(valueBeside(overview, 'Platser: Vakanta')).toBe(vacant);
  expect(valueBeside(overview, 'Tid per månad (årsarbetskrafter): Medel')).toBeCloseTo(average, 3);
  const time = workbook.getWorksheet('Tid per månad');
  let totalAverage: unknown;
  time?.eachRow((row) => {
    if (row.getCell(1).value === 'Totalt') totalAverage = row.getCell(14).value;
  });
  expect(totalAverage).toBeCloseTo(average, 3);

  // English: the same view and an English PDF.
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Year plan' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Norra sjukvårdsregionen 2026' })).toBeVisible();
  // each key figure's number stands on one line at 1280×720, its words in small type under it
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByTestId('yp-kf-fte')).toContainText('on average, at most');
  const lines = await summary.locator('.key-figures dd').evaluateAll((dds) =>
    dds.map((dd) => {
      const range = document.createRange();
      range.selectNodeContents(dd.firstChild ?? dd);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }),
  );
  expect(lines.length).toBe(5);
  for (const count of lines) expect(count).toBe(1);
  await expectNoAxeViolations(page);
  await shoot(page, 'year-plan-en');
  const pdfEn = await download(page, 'Export PDF', dataDir);
  expect(pdfText(pdfEn.file)).toContain('Year plan');
});
