import { expect, test } from './fixtures';
import { completeFirstRun, plainText } from './helpers';
import { checkView, go, setUpSeed001 } from './costs-helpers';
import { addMembership, createPerson } from './register-helpers';

/**
 * A finance officer in NORRA changes a cost item and the hosting, locks the budget, records the actual
 * outcome and compares it with budget and forecast; builds, changes and deletes a scenario that adds a
 * cost item; and keeps the fixed contributions of a region.
 */
test('edit items and hosting, budget lock with actuals, scenario edit and delete, contributions (sv)', async ({ page, appUrl }) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, appUrl, 'NORRA');
  await setUpSeed001(page, 'sv');
  const report = page.getByTestId('hosting-report');
  await expect(report.getByTestId('report-total')).toContainText(/2\s375\s568\skr/);

  // One process leader at 50 %: 1 187 784 + 593 892 = 1 781 676 kr.
  await page.getByRole('button', { name: 'Ändra Processledare NPO Levnadsvanor' }).click();
  const edit = page.getByTestId('item-edit-form');
  await edit.getByLabel('Andel (%)', { exact: true }).fill('50');
  await edit.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(edit).toHaveCount(0);
  await expect(page.getByTestId('items-table').getByRole('row', { name: /Levnadsvanor/ })).toContainText('50 %');
  // the cell carries the per cent sign, so the header is one short word that does not wrap at 1280 px
  await expect(page.getByTestId('items-table').getByRole('columnheader', { name: 'Andel', exact: true })).toBeVisible();
  await expect(report.getByTestId('report-total')).toContainText(/1\s781\s676\skr/);

  // The hosting itself: an end date.
  await page.getByRole('button', { name: 'Ändra värdskapet' }).click();
  const hostingForm = page.getByTestId('hosting-edit-form');
  await hostingForm.getByLabel(/^Till/).fill('2025-12-31');
  await checkView(page, 'sv', 'hosting-edit');
  await hostingForm.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.locator('.lead').first()).toContainText('2024-01-01 – 2025-12-31');

  // Lock 2024 as the budget (1 781 676 kr), then restore 100 %: the forecast moves, the budget does not.
  await go(page, '#/kostnader/scenarier', 'Scenarier och budget');
  const budget = page.getByTestId('budget-block');
  await budget.getByLabel('År', { exact: true }).selectOption('2024');
  await budget.getByLabel('Budgetens namn').fill('Budget 2024');
  await budget.getByRole('button', { name: 'Lås som budget 2024' }).click();
  await expect(budget.getByTestId('budget-list')).toContainText('Budget 2024, version 1');
  expect(await plainText(budget.getByTestId('budget-list'))).toContain('1 781 676 kr');

  await go(page, '#/kostnader/vardskap', 'Värdskap');
  await page.getByRole('link', { name: 'NPO Endokrina sjukdomar' }).click();
  await page.getByLabel('År', { exact: true }).selectOption('2024');
  await page.getByRole('button', { name: 'Ändra Processledare NPO Levnadsvanor' }).click();
  await page.getByTestId('item-edit-form').getByLabel('Andel (%)', { exact: true }).fill('100');
  await page.getByTestId('item-edit-form').getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByTestId('hosting-report').getByTestId('report-total')).toContainText(/2\s375\s568\skr/);

  // Actual outcome 2 400 000 kr: budget 1 781 676, forecast 2 375 568, differences against the budget.
  await go(page, '#/kostnader/scenarier', 'Scenarier och budget');
  await budget.getByLabel('År', { exact: true }).selectOption('2024');
  await budget.getByLabel('Utfall 2024 (kr)').fill('2 400 000');
  await budget.getByRole('button', { name: 'Spara utfall' }).click();
  const row = budget.getByTestId('actuals-compare').getByRole('row', { name: /Endokrina/ });
  await expect(row).toContainText(/2\s400\s000\skr/);
  const cells = (await row.locator('td').allInnerTexts()).map((c) => c.replace(/[\u00a0\u202f]/g, ' '));
  expect(cells).toEqual(['1 781 676 kr', '2 375 568 kr', '2 400 000 kr', '+593 892 kr', '+618 324 kr']);
  await expect(budget.getByTestId('actuals-compare').locator('caption')).toContainText('Budget 2024');

  // A scenario that adds a fixed item of 100 000 kr in 2024: +100 000 kr against the plan.
  const form = page.getByTestId('scenario-form');
  await form.getByLabel('Namn', { exact: true }).fill('Extra post');
  await form.getByLabel('Ändring', { exact: true }).selectOption('ADD_COST_ITEM');
  await form.getByLabel('Från år', { exact: true }).selectOption('2024');
  await form.getByLabel('Till år', { exact: true }).selectOption('2024');
  await form.getByLabel('Typ', { exact: true }).selectOption('FIXED_AMOUNT');
  await form.getByLabel('Benämning', { exact: true }).fill('Konferens');
  await form.getByLabel(/^Belopp/).fill('100 000');
  await form.getByRole('button', { name: 'Lägg till ändring' }).click();
  await expect(form.getByTestId('override-list')).toContainText('Endokrina sjukdomar: ny post Konferens 2024–2024');
  await form.getByRole('button', { name: 'Spara scenario' }).click();
  await expect(page.getByTestId('scenario-list')).toContainText('Extra post');
  const compare = page.getByTestId('scenario-compare');
  await compare.getByLabel('Från år').selectOption('2024');
  await compare.getByLabel('Till år').selectOption('2024');
  expect(await plainText(compare.getByTestId('compare-regions-2024').locator('tfoot'))).toContain('+100 000 kr');
  await checkView(page, 'sv', 'scenarios-budget');

  // Change it: another name and a salary index for 2024 too; then delete it.
  await page.getByRole('button', { name: 'Ändra Extra post' }).click();
  const editScenario = page.getByTestId('scenario-edit-form');
  await expect(editScenario.getByTestId('override-list')).toContainText('Konferens');
  await editScenario.getByLabel('Namn', { exact: true }).fill('Extra post och index');
  await editScenario.getByLabel('Ändring', { exact: true }).selectOption('SALARY_INDEX');
  await editScenario.getByLabel('Löneindex (%)', { exact: true }).fill('103');
  await editScenario.getByLabel('År', { exact: true }).selectOption('2024');
  await editScenario.getByRole('button', { name: 'Lägg till ändring' }).click();
  await editScenario.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByTestId('scenario-list')).toContainText('Extra post och index');
  await expect(page.getByTestId('scenario-list')).toContainText('Löneindex 103 % år 2024');
  await page.getByRole('button', { name: 'Ta bort Extra post och index' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(page.getByText('Inga scenarier ännu.')).toBeVisible();

  // Fixed contributions of Region Jämtland Härjedalen: add, edit, delete.
  await go(page, '#/kostnader/parametrar', 'Kostnadsparametrar');
  const contributions = page.getByTestId('contributions-block');
  await contributions.getByLabel('År', { exact: true }).selectOption('2024');
  const add = contributions.getByTestId('contribution-form');
  await add.getByLabel('Region', { exact: true }).selectOption('23');
  await add.getByLabel('Mottagare').fill('RCC Norr');
  await add.getByLabel('Avser').fill('Kvalitetsregister');
  await add.getByLabel('Belopp', { exact: true }).fill('50 000');
  await add.getByRole('button', { name: 'Lägg till bidrag' }).click();
  await expect(contributions.getByTestId('contributions-table')).toContainText(/50\s000\skr/);
  await contributions.getByRole('button', { name: 'Ändra Kvalitetsregister' }).click();
  await contributions.getByTestId('contribution-form').getByLabel('Belopp', { exact: true }).fill('60 000');
  await contributions.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(contributions.getByTestId('contributions-table')).toContainText(/60\s000\skr/);
  await checkView(page, 'sv', 'parameters-contributions');
  await contributions.getByRole('button', { name: 'Ta bort Kvalitetsregister' }).click();
  await expect(contributions.getByText('Inga fasta bidrag för 2024.')).toBeVisible();
});

/**
 * Region 23 plans NORRA's hosting: its process leader, staffed by the hosting, is also a member of the
 * NPO. The region's report lists her as paid by the hosting, not as its own representative cost; her
 * salary is kept in the cost parameters.
 */
test('a person salary, and a process leader counted once (sv)', async ({ page, appUrl }) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Petra Processledare', profession: 'Läkare' });
  await addMembership(page, { group: 'Endokrina sjukdomar', seat: /Norra/, role: 'Processledare', start: '2024-01-01', allocation: '50' });

  await go(page, '#/kostnader/parametrar', 'Kostnadsparametrar');
  const params = page.getByTestId('parameters-block');
  await params.getByLabel('År', { exact: true }).selectOption('2024');
  await params.getByLabel('PO-pålägg (%)', { exact: true }).fill('50');
  await params.getByRole('button', { name: 'Lägg till år' }).click();
  const salaries = page.getByTestId('person-salaries-block');
  await salaries.getByLabel('Sök person').fill('Petra');
  await salaries.getByRole('button', { name: 'Välj Petra Processledare' }).click();
  await expect(salaries.getByText('Ingen lön registrerad för Petra Processledare: standardlönen används.')).toBeVisible();
  await salaries.getByLabel('Från och med').fill('2024-01-01');
  await salaries.getByLabel('Månadslön (kr)').fill('60 000');
  await salaries.getByRole('button', { name: 'Spara lön' }).click();
  // The form clears the salary once the save has landed; wait for that before typing the next one.
  await expect(salaries.getByTestId('person-salaries').getByRole('row')).toHaveCount(2);
  await expect(salaries.getByLabel('Månadslön (kr)')).toHaveValue('');
  await salaries.getByLabel('Från och med').fill('2025-01-01');
  await salaries.getByLabel('Månadslön (kr)').fill('62 000');
  await salaries.getByRole('button', { name: 'Spara lön' }).click();
  const table = salaries.getByTestId('person-salaries');
  await expect(table.getByRole('row')).toHaveCount(3);
  const first = (
    await table
      .getByRole('row', { name: /2024-01-01/ })
      .locator('td')
      .allInnerTexts()
  ).map((c) => c.replace(/[\u00a0\u202f]/g, ' '));
  expect(first.slice(0, 2)).toEqual(['dagen före 2025-01-01', '60 000 kr']);
  await checkView(page, 'sv', 'parameters-salaries');

  // Before the hosting staffs the role, the region pays her time: 60 000 × 12 × 1,5 × 50 % = 540 000 kr.
  await go(page, '#/kostnader/rapporter', 'Kostnadsrapporter');
  await page.getByLabel('År', { exact: true }).selectOption('2024');
  await page.getByRole('button', { name: 'Per region', exact: true }).click();
  expect(await plainText(page.getByTestId('region-total'))).toContain('540 000 kr');

  await go(page, '#/kostnader/vardskap', 'Värdskap');
  await page.getByRole('button', { name: 'Nytt värdskap' }).click();
  const hosting = page.getByTestId('hosting-form');
  await hosting.getByLabel('Grupp', { exact: true }).selectOption({ label: 'NPO Endokrina sjukdomar' });
  await hosting.getByLabel('Från', { exact: true }).fill('2024-01-01');
  await hosting.getByRole('button', { name: 'Skapa värdskap' }).click();
  await page.getByLabel('År', { exact: true }).selectOption('2024');
  const item = page.getByTestId('item-form');
  await item.getByLabel('Benämning', { exact: true }).fill('Processledare');
  await item.getByLabel('Andel (%)', { exact: true }).fill('50');
  await item.getByLabel(/^Månadslön \(kr\)/).fill('60 000');
  await item.getByRole('button', { name: 'Lägg till post' }).click();
  await expect(page.getByTestId('items-table')).toContainText('Processledare');

  // Now the hosting pays her time; the region pays only its share of the hosting.
  await go(page, '#/kostnader/rapporter', 'Kostnadsrapporter');
  await page.getByRole('button', { name: 'Per region', exact: true }).click();
  const paid = page.getByTestId('region-paid-by-hosting');
  await expect(paid.getByRole('row', { name: /Petra Processledare/ })).toContainText('Processledare, värdskap');
  await expect(page.getByTestId('region-payees')).not.toContainText('Egna företrädares tid');
  const total = Number((await plainText(page.getByTestId('region-total'))).replace(/\D/g, ''));
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(540_000);
  await checkView(page, 'sv', 'reports-region-paid');
});

/** The new forms and dialogs in English: axe clean, no sideways scrolling, screenshots. */
test('the cost editing forms pass axe in English', async ({ page, appUrl }) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, appUrl, 'NORRA');
  await page.getByLabel('Språk').selectOption('en');
  await setUpSeed001(page, 'en');
  await page.getByRole('button', { name: 'Edit Processledare NPO Levnadsvanor' }).click();
  await page.getByRole('button', { name: 'Change the hosting' }).click();
  await expect(page.getByTestId('hosting-edit-form')).toBeVisible();
  await expect(page.getByTestId('item-edit-form')).toBeVisible();
  await checkView(page, 'en', 'hosting-edit');
  await page.getByTestId('hosting-edit-form').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete the hosting' }).click();
  await expect(page.getByRole('dialog')).toContainText('cost items are removed from the plan');
  await checkView(page, 'en', 'hosting-delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await go(page, '#/kostnader/scenarier', 'Scenarios and budget');
  const form = page.getByTestId('scenario-form');
  await form.getByLabel('Change', { exact: true }).selectOption('REMOVE_COST_ITEM');
  await form.getByLabel('Year', { exact: true }).selectOption('2024');
  await form.getByLabel('Cost item').selectOption({ label: 'Processledare NPO Levnadsvanor' });
  await form.getByRole('button', { name: 'Add change' }).click();
  await expect(form.getByTestId('override-list')).toContainText('The item Processledare NPO Levnadsvanor (2024) is removed');
  await form.getByLabel('Change', { exact: true }).selectOption('HOSTING_STATUS');
  await checkView(page, 'en', 'scenario-overrides');
  await form.getByLabel('Name', { exact: true }).fill('One leader');
  await form.getByRole('button', { name: 'Save scenario' }).click();
  const compare = page.getByTestId('scenario-compare');
  await compare.getByLabel('From year').selectOption('2024');
  await compare.getByLabel('To year').selectOption('2024');
  expect(await plainText(compare.getByTestId('compare-regions-2024').locator('tfoot'))).toContain('-1 187 784 kr');
  await page.getByRole('button', { name: 'Delete One leader' }).click();
  await checkView(page, 'en', 'scenario-delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await go(page, '#/kostnader/parametrar', 'Cost parameters');
  const contributions = page.getByTestId('contributions-block');
  await contributions.getByLabel('Year', { exact: true }).selectOption('2024');
  const add = contributions.getByTestId('contribution-form');
  await add.getByLabel('Recipient').fill('SKR');
  await add.getByLabel('For').fill('Services');
  await add.getByLabel('Amount', { exact: true }).fill('12 500');
  await add.getByRole('button', { name: 'Add contribution' }).click();
  await contributions.getByRole('button', { name: 'Edit Services' }).click();
  await page.getByTestId('person-salaries-block').getByLabel('Find a person').fill('zz');
  await expect(page.getByTestId('person-salaries-block')).toContainText('0 matches');
  await checkView(page, 'en', 'parameters-edit');
});
