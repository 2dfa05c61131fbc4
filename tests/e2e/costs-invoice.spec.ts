import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { completeFirstRun, plainText } from './helpers';
import { checkView, go } from './costs-helpers';

/**
 * A finance officer at Norra loads the example data (seed 001's costs), sees non-zero costs for 2024 and
 * downloads the invoice basis (fakturaunderlag) of Region Jämtland Härjedalen as PDF and xlsx; the views
 * pass axe in Swedish and English.
 */
test('example data with the seed’s costs and the invoice basis for Jämtland from Norra', async ({ page, appUrl }, testInfo) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, appUrl, 'NORRA');
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByTestId('example-added')).toContainText('Kostnadsposter');

  // The year view: Jämtland's share of Norra's two process leaders, and representatives that cost money.
  await go(page, '#/kostnader/rapporter', 'Kostnadsrapporter');
  await page.getByLabel('År', { exact: true }).selectOption('2024');
  const jamtland = page.getByTestId('year-regions').locator('tr[data-region="23"]');
  await expect(jamtland).toBeVisible();
  const row = await plainText(jamtland);
  expect(row).toContain('349 178 kr');
  expect(row).toContain('5 774 000 kr'); // the seed's fixed contributions: 1,95 + 2,3 MSEK + 385 + 177 + 962 tkr
  const totals = await plainText(page.locator('.cost-figures').first());
  expect(totals).not.toMatch(/(^|\D)0 kr/);
  await checkView(page, 'sv', 'reports-example');

  // 2023 has representatives but no example salary or PO-pålägg yet: the year view says so instead of a bare 0 kr.
  await page.getByLabel('År', { exact: true }).selectOption('2023');
  await expect(page.getByTestId('year-warnings')).toContainText('uppdrag räknas inte in: lön eller PO-pålägg saknas');
  await page.getByLabel('År', { exact: true }).selectOption('2024');
  await expect(page.getByTestId('year-regions').locator('tr[data-region="23"]')).toContainText(/349\s178\skr/);

  // The invoice basis: only the hosting shares, with parties and instalments.
  await page.getByRole('button', { name: 'Fakturaunderlag', exact: true }).click();
  const invoice = page.getByTestId('cost-invoice');
  await invoice.getByLabel('Region', { exact: true }).selectOption('23');
  await expect(invoice.getByLabel('Värd (sjukvårdsregion)')).toHaveValue('NORRA');
  await invoice.getByLabel('Delbetalningar').selectOption('quarterly');
  await expect(invoice.getByTestId('invoice-total')).toHaveText(/^349\s178,00\skr$/);
  await expect(invoice.getByTestId('invoice-parties')).toContainText('VÄRD-2024-NORRA-23');
  await expect(invoice.getByTestId('invoice-parties')).toContainText('232100-0214');
  await expect(invoice.getByTestId('invoice-parties')).toContainText('saknas – ange under Kostnadsparametrar');
  expect(await plainText(invoice.getByTestId('invoice-instalments'))).toContain('87 294,50 kr');
  await checkView(page, 'sv', 'invoice');

  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), invoice.getByRole('button', { name: 'Ladda ner PDF' }).click()]);
  expect(pdfDownload.suggestedFilename()).toBe('fakturaunderlag-2024-norra-23.pdf');
  const pdfPath = testInfo.outputPath('fakturaunderlag.pdf');
  await pdfDownload.saveAs(pdfPath);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
  expect(text).toContain('Fakturaunderlag VÄRD-2024-NORRA-23');
  expect(text).toContain('Region Jämtland Härjedalen');
  expect(text).toContain('232100-0214');
  expect(text).toMatch(/Att fakturera totalt\s+349 178,00 kr/);
  expect(text).toContain('Sida 1 av');
  // the missing organisation number is also among what to check before sending
  expect(text.replace(/\s+/g, ' ')).toContain('Avsändarens organisationsnummer saknas');
  expect(text).not.toContain('RCC');

  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    invoice.getByRole('button', { name: 'Ladda ner Excel (.xlsx)' }).click(),
  ]);
  const xlsxPath = testInfo.outputPath('fakturaunderlag.xlsx');
  await xlsxDownload.saveAs(xlsxPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(xlsxPath) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Fakturaunderlag');
  const amounts: number[] = [];
  const sums: { formula: string; result: unknown }[] = [];
  sheet?.eachRow((r) => {
    const v = r.getCell(6).value;
    if (typeof v === 'number') amounts.push(v);
    else if (v && typeof v === 'object' && 'formula' in v) sums.push({ formula: String(v.formula), result: v.result });
  });
  // two hostings at 174 589 kr each, four quarters at 87 294,50 kr
  expect(amounts).toEqual([174_589, 174_589, 87_294.5, 87_294.5, 87_294.5, 87_294.5]);
  expect(sums).toHaveLength(2);
  expect(sums.every((s) => s.result === 349_178 && s.formula.startsWith('SUM(F'))).toBe(true);

  // The organisation numbers in the cost parameters (the settings of finance).
  await go(page, '#/kostnader/parametrar', 'Kostnadsparametrar');
  const numbers = page.getByTestId('organisation-numbers');
  await expect(numbers.locator('tr[data-party="23"]')).toContainText('232100-0214');
  await checkView(page, 'sv', 'organisation-numbers');

  // English: the same views pass axe.
  await go(page, '#/', 'Översikt');
  await page.getByLabel('Språk').selectOption('en');
  await go(page, '#/kostnader/rapporter', 'Cost reports');
  await page.getByLabel('Year', { exact: true }).selectOption('2024');
  await page.getByRole('button', { name: 'Invoice basis', exact: true }).click();
  await page.getByTestId('cost-invoice').getByLabel('Region', { exact: true }).selectOption('23');
  await expect(page.getByTestId('invoice-total')).toHaveText(/^349\s178,00\skr$/);
  await expect(page.getByTestId('invoice-parties')).toContainText('missing – enter it under Cost parameters');
  await checkView(page, 'en', 'invoice');
});
