import { expect, test } from './fixtures';
import { completeFirstRun, plainText } from './helpers';
import { checkView, go } from './costs-helpers';

/**
 * A finance officer in Region Jämtland Härjedalen (example data: the seed's five fixed contributions for
 * 2024–2026) copies the 2026 contributions to 2027 with +3 %: the dialog names every contribution with its
 * new amount before anything is written; a second copy is refused in Swedish. The region's 2027 report then
 * says what its figures rest on (PO-pålägg of 2026 assumed), with a link to where it is resolved.
 */
test('copy a region’s fixed contributions to the next year with an index; the region report lists its warnings (sv)', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(180_000);
  await completeFirstRun(page, appUrl, '23');
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByTestId('example-added')).toContainText('Kostnadsposter');

  await go(page, '#/kostnader/parametrar', 'Kostnadsparametrar');
  const block = page.getByTestId('contributions-block');
  await block.getByLabel('År', { exact: true }).selectOption('2026');
  await expect(block.getByTestId('contributions-table').locator('tbody tr')).toHaveCount(5);
  await block.getByRole('button', { name: 'Kopiera till nästa år' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kopiera fasta bidrag från 2026 till 2027' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/^Index/).fill('3');
  const summary = dialog.getByTestId('contributions-copy-summary');
  await expect(summary).toContainText('5 fasta bidrag för Region Jämtland Härjedalen kopieras från 2026 till 2027 med index +3');
  // 1 950 000 kr × 1,03 and 385 000 kr × 1,03
  const named = await plainText(summary);
  expect(named).toContain('RCC Norr – Exempel: årligt bidrag till Regionalt cancercentrum: 2 008 500 kr');
  expect(named).toContain('SKR – Exempel: Öppna jämförelser och analys: 396 550 kr');
  await checkView(page, 'sv', 'contributions-copy-dialog');
  await dialog.getByRole('button', { name: 'Kopiera 5 bidrag till 2027' }).click();
  await expect(dialog).toBeHidden();
  await expect(block.getByRole('status')).toContainText('5 fasta bidrag för Region Jämtland Härjedalen kopierades till 2027.');
  await expect(block.getByLabel('År', { exact: true })).toHaveValue('2027');
  const copied = block.getByTestId('contributions-table');
  await expect(copied.locator('tbody tr')).toHaveCount(5);
  expect(await plainText(copied)).toContain('2 008 500 kr');

  // a second copy of 2026 is refused: 2027 has its contributions
  await block.getByLabel('År', { exact: true }).selectOption('2026');
  await block.getByRole('button', { name: 'Kopiera till nästa år' }).click();
  await dialog.getByRole('button', { name: 'Kopiera 5 bidrag till 2027' }).click();
  await expect(dialog.getByRole('alert')).toContainText('2027');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();

  // the region's report for 2027: the contributions, and the assumed PO-pålägg with where to set it
  await go(page, '#/kostnader/rapporter', 'Kostnadsrapporter');
  await page.getByRole('button', { name: 'Per region' }).click();
  await page.getByLabel('År', { exact: true }).selectOption('2027');
  const report = page.getByTestId('region-report');
  await expect(report.getByTestId('region-total')).toBeVisible();
  // the region's own staff is paid to the region itself, named (never its code)
  const ownStaff = report.getByTestId('region-payees').getByRole('row', { name: /Egna företrädares tid/ });
  await expect(ownStaff.getByRole('rowheader')).toHaveText('Region Jämtland Härjedalen');
  const warnings = report.getByTestId('region-warnings');
  await expect(warnings.getByRole('heading', { name: 'Att kontrollera' })).toBeVisible();
  await expect(warnings).toContainText('PO-pålägg för 2027 saknas');
  await checkView(page, 'sv', 'region-report-warnings');
  await warnings.getByRole('link', { name: 'Åtgärda i Kostnadsparametrar' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kostnadsparametrar' })).toBeVisible();
});
