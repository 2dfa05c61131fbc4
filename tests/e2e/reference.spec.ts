import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations, expectNoHorizontalOverflow, plainText } from './helpers';

test('reference view: populations in Swedish format and the 33 national groups', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Referensdata' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referensdata' })).toBeVisible();

  const summary = page.getByTestId('population-summary');
  await expect(summary.getByRole('columnheader', { name: 'Folkmängd 2023' })).toBeVisible();
  // No healthcare-region total exists for 2024 (not every region has a 2024 figure), so no such column.
  await expect(summary.getByRole('columnheader', { name: 'Folkmängd 2024' })).toHaveCount(0);
  // the healthcare regions' internal codes (SODRA, VASTRA) are nobody's words: no code column
  await expect(summary.getByRole('columnheader', { name: 'Kod' })).toHaveCount(0);
  await expect(summary).not.toContainText('SODRA');
  expect(await plainText(summary.locator('tr[data-code="SODRA"] td').nth(1))).toBe('1 926 100');
  expect(await plainText(summary.locator('tr[data-code="VASTRA"] td').nth(1))).toBe('1 968 102');
  expect(await plainText(summary.locator('tr[data-code="NATIONAL"] td').first())).toBe('10 551 707');

  // Halland is listed in both Södra and Västra with its part and a note.
  for (const [code, part] of [
    ['SODRA', '142 660'],
    ['VASTRA', '201 086'],
  ] as const) {
    const card = page.getByTestId(`hr-${code}`);
    const halland = card.locator('tr[data-code="13"]');
    await expect(halland.getByRole('rowheader')).toContainText('Region Halland');
    expect(await plainText(halland.locator('td').nth(1))).toBe(part);
    await expect(page.getByTestId(`split-note-${code}-13`)).toContainText('343');
  }
  await expect(page.getByTestId('hr-NORRA').locator('tr[data-code="23"]')).toContainText('Region Jämtland Härjedalen');
  expect(await plainText(page.getByTestId('hr-NORRA').locator('tr[data-code="23"] td').nth(2))).toBe('132 839');

  const groups = page.getByTestId('national-groups');
  await expect(groups.locator('caption')).toHaveText('Nationella grupper (33 st)');
  await expect(groups.locator('tbody tr')).toHaveCount(33);
  await expect(groups.locator('tbody tr', { hasText: 'Nationella primärvårdsrådet' })).toContainText('vilande');
  await expect(groups.locator('tbody tr', { hasText: 'Endokrina sjukdomar' })).toContainText('Norra sjukvårdsregionen');
  await expect(groups.locator('tbody tr', { hasText: 'Endokrina sjukdomar' })).toContainText('aktivt');
  await expect(groups.locator('tbody tr', { hasText: 'Patientsäkerhet' })).toContainText('okänt');
  await expect(page.getByTestId('sources').locator('li')).not.toHaveCount(0);

  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});
