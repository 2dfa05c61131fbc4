import { expect, test } from './fixtures';
import { completeFirstRun, plainText } from './helpers';
import { checkView, go } from './costs-helpers';
import { addMembership, createPerson } from './register-helpers';

/** SCB's table as PxWeb writes it: a title line, a blank line, the header with the year, one row per county. */
const SCB_CSV = [
  '"Folkmängden per region, 31 december"',
  '',
  '"region";"2024"',
  '"00 Riket";"10 587 710"',
  '"22 Västernorrlands län";"241 923"',
  '"25 Norrbottens län";"248 595"',
  '"Jämtlands län";"132839"',
].join('\r\n');

/**
 * Region 23: a representative at 10 % whose salary is revised on 1 April. The year's cost is the days
 * under each salary, and the trace shows both periods: 2024 has 366 days, 91 at 60 000 kr and 275 at
 * 66 000 kr; PO 50 %: 12 × 1,5 × 10 % × (60 000 × 91 + 66 000 × 275) / 366 = 116 114,75 kr
 * (a year at 60 000 kr would be 108 000 kr). Then SCB's population table is imported with a preview.
 */
test('a salary change on 1 April in the report and its trace; populations imported from SCB’s table (sv)', async ({ page, appUrl }) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Sara Lönerevision', profession: 'Sjuksköterska' });
  await addMembership(page, { group: 'Endokrina sjukdomar', seat: /Norra/, role: 'Ledamot', start: '2024-01-01', allocation: '10' });

  await go(page, '#/kostnader/parametrar', 'Kostnadsparametrar');
  const params = page.getByTestId('parameters-block');
  await params.getByLabel('År', { exact: true }).selectOption('2024');
  await params.getByLabel('PO-pålägg (%)', { exact: true }).fill('50');
  await params.getByRole('button', { name: 'Lägg till år' }).click();
  await expect(params.locator('tr[data-year="2024"] input').first()).toHaveValue('50');
  const salaries = page.getByTestId('person-salaries-block');
  await salaries.getByLabel('Sök person').fill('Sara');
  await salaries.getByRole('button', { name: 'Välj Sara Lönerevision' }).click();
  await salaries.getByLabel('Från och med').fill('2024-01-01');
  await salaries.getByLabel('Månadslön (kr)').fill('60 000');
  await salaries.getByRole('button', { name: 'Spara lön' }).click();
  await expect(salaries.getByTestId('person-salaries').getByRole('row')).toHaveCount(2);
  await expect(salaries.getByLabel('Månadslön (kr)')).toHaveValue('');
  await salaries.getByLabel('Från och med').fill('2024-04-01');
  await salaries.getByLabel('Månadslön (kr)').fill('66 000');
  await salaries.getByRole('button', { name: 'Spara lön' }).click();
  await expect(salaries.getByTestId('person-salaries').getByRole('row')).toHaveCount(3);

  await go(page, '#/kostnader/rapporter', 'Kostnadsrapporter');
  await page.getByLabel('År', { exact: true }).selectOption('2024');
  await page.getByRole('button', { name: 'Per region', exact: true }).click();
  expect(await plainText(page.getByTestId('region-total'))).toMatch(/116 11[45](,75)? kr/);
  await page.getByRole('button', { name: /visa beräkningen av Sara Lönerevision/ }).click();
  const segments = page.getByTestId('salary-segments');
  await expect(segments.getByRole('row')).toHaveCount(3);
  const cells = async (n: number) =>
    (await segments.getByRole('row').nth(n).getByRole('cell').allInnerTexts()).map((c) => c.replace(/[\u00a0\u202f]/g, ' '));
  expect(await cells(1)).toEqual(expect.arrayContaining(['2024-01-01 – 2024-03-31', '60 000 kr', '10 %', '91']));
  expect(await cells(2)).toEqual(expect.arrayContaining(['2024-04-01 – 2024-12-31', '66 000 kr', '10 %', '275']));
  await checkView(page, 'sv', 'salary-segments');

  await go(page, '#/kostnader/parametrar', 'Kostnadsparametrar');
  const populations = page.getByTestId('populations-block');
  await populations.getByLabel('År (31 december)').selectOption('2024');
  await expect(populations.locator('tr[data-region="22"][data-part=""]')).toContainText('Saknas');
  await expect(populations.locator('tr[data-region="13"]')).toHaveCount(3);
  await populations
    .getByLabel('Fil (.xlsx eller .csv)')
    .setInputFiles({ name: 'folkmangd-2024.csv', mimeType: 'text/csv', buffer: Buffer.from(SCB_CSV) });
  await populations.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = populations.getByTestId('population-preview');
  await expect(preview.locator('caption')).toHaveText('Förhandsgranskning: 3 regioner, 31 december 2024');
  await expect(preview.getByRole('row', { name: /Region Västernorrland/ })).toContainText('ny');
  await checkView(page, 'sv', 'populations-preview');
  await preview.getByRole('button', { name: 'Spara 3 uppgifter' }).click();
  await expect(preview).toHaveCount(0);
  await expect(populations.locator('tr[data-region="22"][data-part=""] input')).toHaveValue('241923');
  await expect(populations.locator('tr[data-region="22"][data-part=""]')).toContainText('SCB folkmängd 31 december 2024');

  // one figure by hand: Halland's southern part
  const halland = populations.locator('tr[data-region="13"][data-part="SODRA"]');
  await halland.getByRole('textbox').fill('141 000');
  await halland.getByRole('button', { name: /^Spara Region Halland, del i Södra/ }).click();
  await expect(populations.locator('tr[data-region="13"][data-part="SODRA"]')).toContainText('Angiven för hand');
  await checkView(page, 'sv', 'populations');
});
