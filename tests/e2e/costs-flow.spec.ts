import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { completeFirstRun, plainText } from './helpers';
import { checkView, go, setUpSeed001 } from './costs-helpers';

/**
 * A finance officer in NORRA reproduces seed 001 (Region Jämtland Härjedalen pays 349 178 kr of the two
 * process leaders), opens the figures' traces, compares a scenario and exports the year to Excel and PDF.
 */
test('hosting, split with traces, scenario compare and exports (sv)', async ({ page, appUrl }, testInfo) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, appUrl, 'NORRA');
  await setUpSeed001(page, 'sv');

  // The split: 2 375 568 kr by population 31 Dec 2023, Jämtland Härjedalen 349 178 kr.
  const report = page.getByTestId('hosting-report');
  await expect(report.getByTestId('report-total')).toContainText(/2\s375\s568\skr/);
  const share = report.getByTestId('share-23');
  expect(await plainText(share.getByRole('button'))).toContain('349 178 kr');

  // Open the share: population and year used, quota, floor, remainder, extra units.
  await share.getByRole('button').click();
  await expect(share.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  const shareTrace = share.getByRole('region');
  expect(await plainText(shareTrace)).toContain('132 572 (31 dec 2023)');
  await expect(shareTrace).toContainText('Extra enheter');
  await expect(shareTrace).toContainText('Befolkning');

  // Open a line: the stated salary, PO-pålägg 52,28 %, 100 %, 366 days.
  const line = report.getByTestId('line-figure').first();
  expect(await plainText(line.getByRole('button'))).toContain('1 187 784 kr');
  await line.getByRole('button').click();
  const lineTrace = line.getByRole('region');
  await expect(lineTrace).toContainText('Angiven månadslön på posten');
  expect(await plainText(lineTrace)).toContain('65 000 kr');
  expect(await plainText(lineTrace)).toContain('52,28 %');
  await expect(lineTrace).toContainText('366 av 366 dagar');
  await checkView(page, 'sv', 'hosting');

  // A scenario: PO-pålägg 50 % in 2024, compared with the plan.
  await go(page, '#/kostnader/scenarier', 'Scenarier och budget');
  const form = page.getByTestId('scenario-form');
  await form.getByLabel('Namn', { exact: true }).fill('PO 50');
  await form.getByLabel('Ändring', { exact: true }).selectOption('PO_SURCHARGE');
  await form.getByLabel('PO-pålägg (%)').fill('50');
  await form.getByLabel('År', { exact: true }).selectOption('2024');
  await form.getByRole('button', { name: 'Lägg till ändring' }).click();
  await expect(form.getByTestId('override-list')).toContainText('PO-pålägg 50 % år 2024');
  await form.getByRole('button', { name: 'Spara scenario' }).click();
  await expect(page.getByTestId('scenario-list')).toContainText('PO 50');
  const compare = page.getByTestId('scenario-compare');
  await compare.getByLabel('Från år').selectOption('2024');
  await compare.getByLabel('Till år').selectOption('2024');
  const row = compare.getByTestId('compare-regions-2024').locator('tr[data-region="23"]');
  expect(await plainText(row)).toContain('349 178 kr');
  await expect(row).toContainText('-');
  expect(await plainText(compare.getByTestId('compare-regions-2024').locator('tfoot'))).toContain('2 340 000 kr');
  await checkView(page, 'sv', 'scenarios');

  // Exports of the year report: open the files.
  await go(page, '#/kostnader/rapporter', 'Kostnadsrapporter');
  await page.getByLabel('År', { exact: true }).selectOption('2024');
  await expect(page.getByTestId('year-regions')).toContainText('Jämtland');
  const exports = page.getByTestId('cost-exports');
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'Excel (.xlsx)' }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsxPath = testInfo.outputPath(xlsxDownload.suggestedFilename());
  await xlsxDownload.saveAs(xlsxPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(xlsxPath) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Intern kostnadsrapport 23');
  expect(sheet).toBeDefined();
  const numbers: number[] = [];
  sheet?.eachRow((r) =>
    r.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === 'number') numbers.push(v);
      else if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') numbers.push(v.result);
    }),
  );
  expect(numbers).toContain(349_178);

  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'PDF' }).click()]);
  const pdfPath = testInfo.outputPath(path.basename(pdfDownload.suggestedFilename()));
  expect(pdfPath).toMatch(/\.pdf$/);
  await pdfDownload.saveAs(pdfPath);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
  expect(text).toMatch(/Jämtland Härjedalen/);
  expect(text).toContain('349 178');
  await checkView(page, 'sv', 'reports');
});
