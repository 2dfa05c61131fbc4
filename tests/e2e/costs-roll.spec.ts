import { expect, test } from './fixtures';
import { completeFirstRun, plainText } from './helpers';
import { checkView, setUpSeed001 } from './costs-helpers';

/**
 * A finance officer in NORRA revises a process leader's salary from 1 April (65 000 → 68 000 kr): the year
 * costs the days under each salary (91 + 275 of 366) and the trace shows both periods; then copies the
 * year's items to the next year with +3 %, and a second copy is refused in Swedish.
 */
test('a cost item salary change on 1 April in the report and its trace; copy to next year (sv)', async ({ page, appUrl }) => {
  test.setTimeout(180_000);
  await completeFirstRun(page, appUrl, 'NORRA');
  await setUpSeed001(page, 'sv');
  const report = page.getByTestId('hosting-report');
  await expect(report.getByTestId('report-total')).toContainText(/2\s375\s568\skr/);

  await page.getByRole('button', { name: 'Ändra Processledare NPO Endokrina sjukdomar' }).click();
  const edit = page.getByTestId('item-edit-form');
  await edit.getByLabel(/^Ny lön från/).fill('2024-04-01');
  await edit.getByLabel(/^Ny månadslön/).fill('68 000');
  await checkView(page, 'sv', 'roll-item-salary-change');
  await edit.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(edit).toHaveCount(0);
  // 12 × 1,5228 × (65 000 × 91 + 68 000 × 275) / 366 = 1 228 974,49 kr, + 1 187 784 kr for the other leader
  await expect(report.getByTestId('report-total')).toContainText(/2\s416\s758,49\skr/);
  await page.getByRole('button', { name: /visa beräkningen av Processledare NPO Endokrina sjukdomar/ }).click();
  const segments = page.getByTestId('salary-segments');
  await expect(segments.getByRole('row')).toHaveCount(3);
  const text = await plainText(segments);
  expect(text).toContain('2024-01-01');
  expect(text).toContain('2024-04-01');
  expect(text).toMatch(/65 000/);
  expect(text).toMatch(/68 000/);

  const copy = page.getByTestId('copy-year-form');
  await copy.getByLabel(/^Index/).fill('3');
  await checkView(page, 'sv', 'roll-copy-year');
  await copy.getByRole('button', { name: 'Kopiera till nästa år' }).click();
  await expect(copy.getByTestId('copy-year-status')).toContainText('2 poster kopierades till 2025.');
  await copy.getByRole('button', { name: 'Kopiera till nästa år' }).click();
  await expect(copy.getByRole('alert')).toContainText('Värdskapet har redan kostnadsposter för 2025.');

  await page.getByLabel('År', { exact: true }).selectOption('2025');
  const items = page.getByTestId('items-table');
  await expect(items).toContainText('Processledare NPO Endokrina sjukdomar');
  // 68 000 kr (in force at the end of 2024) × 1,03 and 65 000 kr × 1,03
  expect(await plainText(items)).toMatch(/70 040 kr[\s\S]*66 950 kr/);
  await checkView(page, 'sv', 'roll-next-year');
});
