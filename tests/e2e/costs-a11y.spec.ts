import { expect, test } from './fixtures';
import { completeFirstRun } from './helpers';
import { checkView, COST_TEXT, go, setUpSeed001 } from './costs-helpers';

/** Every cost view in Swedish and English passes axe (WCAG 2.1 A/AA); each is saved as /tmp/shots/costs-<lang>-*.png. */
for (const language of ['sv', 'en'] as const) {
  test(`the cost views pass axe in ${language === 'sv' ? 'Swedish' : 'English'}`, async ({ page, appUrl }) => {
    test.setTimeout(240_000);
    const x = COST_TEXT[language];
    await completeFirstRun(page, appUrl, 'NORRA');
    if (language === 'en') await page.getByLabel('Språk').selectOption('en');
    await setUpSeed001(page, language);
    await page.getByTestId('share-23').getByRole('button').click();
    await checkView(page, language, 'hosting-trace');

    await go(page, '#/kostnader/vardskap', x.hostings);
    await expect(page.getByTestId('hostings-table')).toContainText('Endokrina');
    await page.getByRole('button', { name: x.newHosting }).click();
    await checkView(page, language, 'hostings');

    await go(page, '#/kostnader/nycklar', x.keys);
    await page.getByRole('button', { name: x.newKey }).click();
    await page
      .getByTestId('key-form')
      .getByLabel(language === 'sv' ? 'Typ' : 'Kind', { exact: true })
      .selectOption('CUSTOM');
    await page.getByTestId('key-form').getByLabel('Region Jämtland Härjedalen (%)').fill('40');
    await expect(page.getByTestId('key-sum')).toContainText('40 %');
    await checkView(page, language, 'keys');

    await go(page, '#/kostnader/parametrar', x.parameters);
    await expect(page.getByTestId('parameters-table').locator('tr[data-year="2024"]')).toBeVisible();
    await checkView(page, language, 'parameters');

    await go(page, '#/kostnader/rapporter', x.reports);
    await page.getByLabel(x.year, { exact: true }).selectOption('2024');
    await expect(page.getByTestId('year-regions')).toContainText('Jämtland');
    await checkView(page, language, 'reports-year');
    await page.getByRole('button', { name: language === 'sv' ? 'Per region' : 'Per region', exact: true }).click();
    await expect(page.getByTestId('region-payees')).toBeVisible();
    await checkView(page, language, 'reports-region');
    await page.getByRole('button', { name: language === 'sv' ? 'Flera år' : 'Several years' }).click();
    await page.getByLabel(language === 'sv' ? 'Från år' : 'From year').selectOption('2023');
    await page.getByLabel(language === 'sv' ? 'Till år' : 'To year').selectOption('2027');
    await expect(page.getByTestId('multi-year-table')).toContainText('2027');
    await checkView(page, language, 'reports-multi-year');

    await go(page, '#/kostnader/scenarier', x.scenarios);
    await expect(page.getByTestId('budget-block')).toBeVisible();
    await checkView(page, language, 'scenarios-empty');
  });
}
