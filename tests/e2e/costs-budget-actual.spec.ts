import { expect, test } from './fixtures';
import { completeFirstRun, plainText } from './helpers';
import path from 'node:path';
import { checkView, go } from './costs-helpers';

const shots = process.env['SAMPLAN_SCREENSHOTS'] ?? '/tmp/shots';

/** Jämtland's ledger export: its share of Norra's Endokrina hosting in 2024 and 2025, own staff, fixed contributions, and a row no rule maps. */
const LEDGER = [
  'Konto;Kostnadsställe;Period;Belopp;Text',
  '6550;9100;2024-06;"200 000,50";Endokrina halvår 1',
  '6550;9100;2024-12;160 000 kr;Endokrina halvår 2',
  '7010;9200;2024-12;"1 300 000,00";Lön NPO-representanter',
  '6980;;2024;5 774 000 kr;Fasta bidrag',
  '6550;9100;2025-03;90 000;Endokrina kv 1',
  '4010;9100;2024-05;999;Förbrukning',
].join('\n');

/**
 * A finance officer in Region Jämtland Härjedalen locks the 2024 budget, imports the year's actual outcomes
 * from a small ledger .csv (mapping accounts to Norra's hosting and own staff), and reads budget, forecast,
 * actual and the differences per region over 2024–2025, as a table and a chart; axe clean in Swedish.
 */
test('budget vs actual per region over two years, with actuals imported from the ledger', async ({ page, appUrl }) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, appUrl, '23');
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByTestId('example-added')).toContainText('Kostnadsposter');

  await go(page, '#/kostnader/scenarier', 'Scenarier och budget');
  const block = page.getByTestId('budget-block');
  await block.getByLabel('År', { exact: true }).selectOption('2024');
  await block.getByRole('button', { name: 'Lås som budget 2024' }).click();
  await expect(block.getByTestId('budget-list')).toContainText('Budget 2024, version 1');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Budget och utfall' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget och utfall' })).toBeVisible();
  await page.getByLabel('Från år').selectOption('2024');
  await page.getByLabel('Till år').selectOption('2025');
  const jamtland2024 = page.getByTestId('budget-actual-row-23-2024');
  await expect(jamtland2024).toBeVisible();
  // the example's budget for Jämtland 2024: 349 178 kr hosting share + own staff + 5 774 000 kr fixed contributions
  await expect(jamtland2024).toContainText(/7\s420\s004,46\skr/);
  await page.getByLabel('Visa per kategori').check();
  await expect(page.getByTestId('budget-actual-row-23-2024-hosting')).toContainText(/349\s178\skr/);

  // Import: columns, rules, a preview per row with the reason for the rejected one, then apply.
  const panel = page.getByTestId('actuals-import');
  await panel
    .getByLabel('Fil från huvudboken')
    .setInputFiles({ name: 'huvudbok.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER, 'utf8') });
  await panel.getByLabel('Konto', { exact: true }).selectOption('Konto');
  await panel.getByLabel('Kostnadsställe', { exact: true }).selectOption('Kostnadsställe');
  await panel.getByLabel('Period', { exact: true }).selectOption('Period');
  await panel.getByLabel('Belopp', { exact: true }).selectOption('Belopp');
  await panel.getByLabel('Konto i regel 1').fill('6550');
  await panel.getByLabel('Värdskap i regel 1').selectOption({ label: 'Endokrina sjukdomar (NORRA)' });
  await panel.getByRole('button', { name: 'Lägg till regel' }).click();
  await panel.getByLabel('Konto i regel 2').fill('70*');
  await panel.getByLabel('Utfall i regel 2').selectOption('staff');
  await panel.getByRole('button', { name: 'Lägg till regel' }).click();
  await panel.getByLabel('Konto i regel 3').fill('69*');
  await panel.getByLabel('Utfall i regel 3').selectOption('contribution');
  await panel.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByTestId('actuals-import-preview');
  await expect(preview.getByRole('status')).toHaveText('5 rader sparas, 1 avvisas.');
  await expect(preview.getByTestId('ledger-rows')).toContainText(
    'Avvisas: Konto 4010 med kostnadsställe 9100 är inte kopplat till något utfall.',
  );
  expect(await plainText(preview.getByTestId('ledger-targets'))).toContain('360 000,50 kr');
  await checkView(page, 'sv', 'budget-actual-preview');
  await page.getByTestId('actuals-import-apply').click();
  await expect(page.getByText('Utfallet sparades: 4 belopp från huvudbok.csv.')).toBeVisible();

  // The differences per region and year: 360 000,50 + 1 300 000 + 5 774 000 kr against the budget of 7 420 004,46 kr.
  await expect(jamtland2024).toContainText(/7\s434\s000,50\skr/);
  const row = await plainText(jamtland2024);
  expect(row).toContain('+13 996,04 kr');
  expect(row).toContain('+0,2 %');
  const hosting = await plainText(page.getByTestId('budget-actual-row-23-2024-hosting'));
  expect(hosting).toContain('360 000,50 kr');
  expect(hosting).toContain('+10 822,50 kr');
  expect(hosting).toContain('+3,1 %');
  await expect(page.getByTestId('budget-actual-row-23-2025')).toContainText(/90\s000\skr/);
  // One outcome corrected by hand: the imported 90 000 kr of 2025 becomes 95 000,25 kr; an unreadable amount is refused.
  const entry = page.getByTestId('region-actual-entry');
  await entry.getByLabel('År', { exact: true }).selectOption('2025');
  await entry.getByLabel('Värdskap', { exact: true }).selectOption({ label: 'Endokrina sjukdomar (NORRA)' });
  await expect(entry).toContainText(/Sparat nu: 90\s000\skr \(Import: huvudbok\.csv \(1 rad\)\)/);
  await entry.getByLabel('Belopp (kr)').fill('95 000,255');
  await entry.getByRole('button', { name: 'Spara utfallet' }).click();
  await expect(entry.getByRole('alert')).toHaveText('Beloppet ”95 000,255” har fler än två decimaler; öre är minsta enhet.');
  await entry.getByLabel('Belopp (kr)').fill('95 000,25');
  await entry.getByRole('button', { name: 'Spara utfallet' }).click();
  await expect(page.getByTestId('budget-actual-row-23-2025')).toContainText(/95\s000,25\skr/);
  const chart = page.getByTestId('budget-actual-chart');
  await expect(chart.getByRole('img', { name: 'Alla regioner (summa): budget, prognos och utfall 2024–2025' })).toBeVisible();
  await expect(chart.locator('svg .recharts-bar-rectangle').first()).toBeVisible();
  await expect(chart.getByTestId('budget-actual-chart-table')).toContainText('2025');
  await page.getByLabel('Region i diagrammet').selectOption('23');
  await expect(chart.getByRole('heading', { name: /Region Jämtland Härjedalen: budget, prognos och utfall 2024–2025/ })).toBeVisible();
  await expect(chart.getByTestId('budget-actual-chart-table')).toContainText(/7\s434\s000,50\skr/);
  await checkView(page, 'sv', 'budget-actual');

  // Looked at in both languages at the two common window sizes (the screenshots are read by a person, not compared).
  for (const language of ['sv', 'en'] as const) {
    if (language === 'en') {
      await page.getByLabel('Språk').selectOption('en');
      await expect(page.getByRole('heading', { level: 1, name: 'Budget and actual' })).toBeVisible();
      await expect(page.getByTestId('budget-actual-row-23-2024')).toContainText(/7,434,000\.50|7\s434\s000,50/);
      await checkView(page, 'en', 'budget-actual');
    }
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByTestId('budget-actual-table').scrollIntoViewIfNeeded();
      // the caption keeps off the frame of the table's scroll box
      const frame = await page.getByRole('region', { name: /Budget, (prognos|forecast)/ }).boundingBox();
      const caption = await page
        .getByTestId('budget-actual-table')
        .locator('caption')
        .evaluate((c) => {
          const range = document.createRange();
          range.selectNodeContents(c);
          return range.getBoundingClientRect().toJSON() as { x: number; y: number };
        });
      expect(caption.x - (frame?.x ?? 0)).toBeGreaterThanOrEqual(6);
      expect(caption.y - (frame?.y ?? 0)).toBeGreaterThanOrEqual(6);
      await page.screenshot({ path: path.join(shots, `costs-${language}-budget-actual-${width}x${height}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});
