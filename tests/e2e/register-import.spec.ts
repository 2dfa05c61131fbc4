import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations, plainText } from './helpers';
import { openView } from './register-helpers';

const CSV = [
  'Namn;E-post;Region;Organisation;Yrke;Grupp;Roll;Start;Slut;Andel;Övrigt',
  'Karin Ek;karin.ek@example.org;23;Östersunds sjukhus;Läkare;Akut vård;ledamot;2025-01-01;2027-12-31;10;x',
  'Bo Ek;bo.ek@example.org;23;Östersunds sjukhus;Sjuksköterska;RPT Hjärtsvikt;ledamot;2025-01-01;;10;y',
  'Ola Fel;ola@fel;23;;Läkare;Akut vård;ledamot;2025-01-01;;10;z',
].join('\n');

test('a spreadsheet import shows mapping, preview with errors, offers unknown groups, and writes only on confirm', async ({
  page,
  appUrl,
}) => {
  await completeFirstRun(page, appUrl, '23');
  await openView(page, 'Importera register');
  // the file field is worded in Swedish, not in the browser's language ("Choose File / No file chosen")
  await expect(page.getByTestId('file-picker-name')).toHaveText('Ingen fil vald');
  await expect(page.getByText('Välj fil …')).toBeVisible();
  await page
    .getByLabel('Kalkylark att importera')
    .setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });

  // Mapping: detected headers with the automatic choice; an unknown column is skipped.
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping.getByRole('row', { name: /Namn/ })).toContainText('Automatiskt');
  await expect(page.getByLabel('Registerfält för kolumnen Övrigt')).toHaveValue('ignore');
  await page.getByLabel('Registerfält för kolumnen Yrke').selectOption('ignore');
  await expect(mapping.getByRole('row', { name: /Yrke/ })).toContainText('Ditt val');

  // Preview: counts, the rejected row with its reason, nothing written yet.
  const counts = page.getByTestId('import-counts');
  await expect(counts.locator('tr[data-count="rows"] td')).toHaveText('3');
  await expect(counts.locator('tr[data-count="rejected"] td')).toHaveText('2');
  await expect(page.getByText('Inget har sparats ännu.')).toBeVisible();
  await page.getByLabel('Visa rader').selectOption('rejected');
  const rows = page.getByTestId('import-rows').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Ola Fel' })).toContainText('ola@fel');

  // The unknown group is created only when ticked; the preview follows.
  const unknown = page.getByTestId('unknown-groups');
  await expect(unknown).toContainText('RPT Hjärtsvikt');
  await unknown.getByLabel('Skapa RPT Hjärtsvikt').check();
  await expect(counts.locator('tr[data-count="groupsToCreate"] td')).toHaveText('1');
  await expect(counts.locator('tr[data-count="rejected"] td')).toHaveText('1');
  await expect(unknown.getByLabel('Typ för RPT Hjärtsvikt')).toHaveValue('RPT');
  // one rejected row is worded in the singular
  await expect(page.getByRole('region', { name: '4. Bekräfta' })).toContainText(
    '3 ändringar sparas när du bekräftar. 1 avvisad rad importeras inte.',
  );

  await openView(page, 'Personer');
  await expect(page.getByTestId('persons-empty')).toBeVisible();
  await openView(page, 'Importera register');

  await page.getByRole('button', { name: /^Importera \d+ ändring/ }).click();
  const result = page.getByTestId('import-result');
  await expect(result.getByRole('heading', { name: 'Importen av register.csv är klar' })).toBeFocused();
  await expect(result.locator('tr[data-count="personsToCreate"] td')).toHaveText('2');
  await expect(result.locator('tr[data-count="groupsToCreate"] td')).toHaveText('1');

  await result.getByRole('link', { name: 'Till personerna' }).click();
  const table = page.getByTestId('persons-table');
  await expect(table.getByRole('row', { name: /Karin Ek/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Bo Ek/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Ola Fel/ })).toHaveCount(0);
});

test('the register export downloads an .xlsx file', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByTestId('example-added')).toBeVisible();
  await openView(page, 'Importera register');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera register (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: 'är nedladdad' })).toBeVisible();
});

/** A workbook as a coordinator keeps it: a cover sheet first, Swedish headers, shares written every which way. */
async function coordinatorWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Om filen').addRow(['Ledamöter i nationella grupper']);
  const sheet = workbook.addWorksheet('Ledamöter');
  sheet.addRow(['Namn', 'E-post', 'Arbetsplats', 'Befattning', 'Grupp', 'Roll', 'Fr.o.m.', 'T.o.m.', 'Andel av heltid']);
  const rows = [
    ['Anna Berg', 'anna@example.org', 'Östersunds sjukhus', 'Överläkare', 'NPO Akutvård', 'Ledamot', '2025-01-01', '', '10 %'],
    [
      'Bo Dahl',
      'bo@example.org',
      'Östersunds sjukhus',
      'Psykolog',
      'Nationellt programområde psykisk hälsa',
      'Ledamot',
      '2025-01-01',
      '',
      '0,25',
    ],
    ['Cia Ek', 'cia@example.org', 'Hälsocentralen', 'Läkare', 'NPO Cancersjukdomar', 'Ledamot', '2025-01-01', '', '25%'],
    ['Dan Fors', 'dan@example.org', 'Östersunds sjukhus', 'Kardiolog', 'NPO Hjärt och kärlsjukdommar', 'Ledamot', '2025-01-01', '', 0.15],
    ['Eva Gran', 'eva@example.org', 'Östersunds sjukhus', 'Dietist', 'NPO Levnadsvanor', 'Ledamot', '2025-01-01', '', 'abc'],
    ['Anna Berg', 'anna@example.org', 'Östersunds sjukhus', 'Överläkare', 'NPO Akut vård', 'Ledamot', '2025-01-01', '', '10 %'],
    ['Fia Holm', 'fia@example.org', 'Östersunds sjukhus', 'Sjuksköterska', 'NPO Akutvårdsfrågor', 'Ledamot', '2025-01-01', '', '10'],
    ['Gun Is', 'gun@example.org', 'Hälsocentralen', 'Läkare', 'NPO Tandvård', 'Ledamot', '1/3/2027', '', '10'],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.getCell(5, 9).numFmt = '0%';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('an .xlsx import keeps every value: the preview shows what is saved, Swedish reasons, seated NPO members, rejected rows download', async ({
  page,
  appUrl,
}) => {
  await completeFirstRun(page, appUrl, '23');
  await openView(page, 'Importera register');
  await page
    .getByLabel('Kalkylark att importera')
    .setInputFiles({ name: 'ledamoter.xlsx', mimeType: XLSX_TYPE, buffer: await coordinatorWorkbook() });

  // The cover sheet comes first: the sheet with the rows is chosen, and any sheet can be chosen.
  const sheet = page.getByLabel('Kalkylblad');
  await expect(sheet).toHaveValue('Ledamöter');
  await expect(sheet.locator('option')).toHaveText(['Om filen', 'Ledamöter']);
  await expect(page.getByLabel('Registerfält för kolumnen Andel av heltid')).toHaveValue('allocation');
  await expect(page.getByLabel('Registerfält för kolumnen Fr.o.m.')).toHaveValue('startDate');
  await expect(page.getByLabel('Registerfält för kolumnen Befattning')).toHaveValue('profession');

  // Row by row, the values that will be saved.
  const rows = page.getByTestId('import-rows').locator('tbody tr');
  const row = (n: number) => rows.filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) });
  const cells = async (n: number) => (await row(n).locator('td').allTextContents()).map((t) => t.replace(/\u00a0/g, ' ').trim());
  expect((await cells(2)).slice(1, 7)).toEqual(['Anna Berg', 'NPO Akut vård', 'Ledamot', '10 %', '2025-01-01 –', 'Norra']);
  await expect(row(2).locator('td').first()).toContainText('Nytt uppdrag');
  await expect(row(2)).toContainText('skapar personen');
  expect((await cells(3)).slice(2, 6)).toEqual(['NPO Psykisk hälsa', 'Ledamot', '25 %', '2025-01-01 –']);
  expect((await cells(4))[4]).toBe('25 %');
  expect((await cells(5)).slice(2, 5)).toEqual(['NPO Hjärt- och kärlsjukdomar', 'Ledamot', '15 %']);

  // Bad values are rejected with a Swedish reason, a duplicate is reported, a national group is suggested, not offered.
  await expect(row(6)).toContainText('Avvisad');
  await expect(row(6)).toContainText('Andelen ”abc” kan inte läsas – skriv till exempel 10 %, 10 eller 0,1.');
  await expect(row(7)).toContainText('Dubblett');
  await expect(row(7)).toContainText('Samma person, grupp, roll och start som rad 2.');
  await expect(row(8)).toContainText('Okänd nationell grupp ”NPO Akutvårdsfrågor”. Menade du NPO Akut vård?');
  await expect(row(9)).toContainText('Datumet ”1/3/2027” kan inte läsas – skriv det som 2025-01-01.');
  const unknown = page.getByTestId('unknown-groups');
  await expect(unknown).toContainText('Menade du NPO Akut vård?');
  await expect(unknown.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByTestId('import-counts').locator('tr[data-count="rejected"] td')).toHaveText('3');
  await expectNoAxeViolations(page);

  // The rejected rows as a workbook, with the reason in a new last column.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner avvisade rader (.xlsx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ledamoter-avvisade.xlsx');
  const rejected = new ExcelJS.Workbook();
  await rejected.xlsx.readFile(await file.path());
  const values = rejected.worksheets[0]!.getSheetValues()
    .slice(1)
    .map((r) => (Array.isArray(r) ? r.slice(1) : []));
  expect(values.map((r) => [r[0], r[9]])).toEqual([
    ['Namn', 'Orsak'],
    ['Eva Gran', 'Andelen ”abc” kan inte läsas – skriv till exempel 10 %, 10 eller 0,1.'],
    ['Fia Holm', 'Okänd nationell grupp ”NPO Akutvårdsfrågor”. Menade du NPO Akut vård?'],
    ['Gun Is', 'Datumet ”1/3/2027” kan inte läsas – skriv det som 2025-01-01.'],
  ]);

  // English words the same codes.
  await page.getByLabel('Språk').selectOption('en');
  await expect(row(6)).toContainText('The share “abc” cannot be read');
  await expect(row(8)).toContainText('Did you mean NPO Akut vård?');
  await expectNoAxeViolations(page);
  // Switching the language asks for the same preview anew (settings reach everything): while that runs
  // (held back here), the preview shown is still the one of these choices and can be confirmed.
  let holdPreview = true;
  await page.route('**/api/register:import-preview', async (route) => {
    if (holdPreview) await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue();
  });
  await page.getByLabel('Language').selectOption('sv');
  await expect(page.locator('section[aria-labelledby="preview-heading"]')).toHaveAttribute('aria-busy', 'true');
  const confirm = page.getByRole('button', { name: /^Importera \d+ ändring/ });
  expect(await confirm.isEnabled()).toBe(true);
  holdPreview = false;

  await confirm.click();
  const result = page.getByTestId('import-result');
  await expect(result.locator('tr[data-count="personsToCreate"] td')).toHaveText('4');

  // The imported NPO members sit on Norra's seats: Vakanser shows them, not a vacancy.
  await openView(page, 'Vakanser');
  for (const [group, person] of [
    ['Akut vård', 'Anna Berg'],
    ['Psykisk hälsa', 'Bo Dahl'],
    ['Cancersjukdomar', 'Cia Ek'],
    ['Hjärt- och kärlsjukdomar', 'Dan Fors'],
  ]) {
    const cell = page.getByTestId('vacancy-matrix').locator(`tr[data-group="${group}"] td[data-hr="NORRA"]`);
    await expect(cell).toHaveAttribute('data-status', 'FILLED');
    await expect(cell).toContainText(person!);
  }
  await openView(page, 'Personer');
  await page.getByTestId('persons-table').getByRole('link', { name: 'Dan Fors' }).click();
  expect(await plainText(page.getByTestId('person-allocation'))).toContain('15 %');
});

test('the import template downloads and reads back as one new assignment', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await openView(page, 'Importera register');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner importmall (.xlsx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^samplan-importmall-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: 'har laddats ner' })).toBeVisible();
  const buffer = fs.readFileSync(await file.path());
  await page.getByLabel('Kalkylark att importera').setInputFiles({ name: file.suggestedFilename(), mimeType: XLSX_TYPE, buffer });
  await expect(page.getByTestId('import-counts').locator('tr[data-count="toCreate"] td')).toHaveText('1');
  await expect(page.getByTestId('import-rows').locator('tbody tr')).toContainText('NPO Akut vård');
});
