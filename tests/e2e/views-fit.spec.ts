import type { Locator, Page } from '@playwright/test';
import { go } from './costs-helpers';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { startWithExampleData, switchLanguage } from './planning-helpers';
import { expectWholeChoiceShown, textLines } from './view-helpers';

/**
 * The last findings of looking at every view at 1280×720 and 1440×900 in Swedish and English (#14): the
 * scenario changes look like the app's other forms and cut no choice, "Spara utfallet" looks like the
 * app's other buttons, and the header's tagline is never cut.
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

/** The text of an element is laid out whole: nothing hidden beyond its box sideways. */
async function expectNotCut(element: Locator): Promise<void> {
  const box = await element.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, text: el.textContent ?? '' }));
  expect(box.scroll, `"${box.text}" is cut (${box.scroll} px in ${box.client} px)`).toBeLessThanOrEqual(box.client);
}

async function expectEveryChoiceShown(editor: Locator): Promise<void> {
  const selects = editor.locator('select');
  for (let i = 0; i < (await selects.count()); i++) await expectWholeChoiceShown(selects.nth(i));
}

async function checkOverrideEditor(page: Page, heading: string): Promise<void> {
  const editor = page.getByTestId('override-editor');
  // a form section like the others: no browser groove border, the legend a heading-weight label
  const look = await editor.evaluate((fieldset) => {
    const legend = fieldset.querySelector('legend')!;
    return {
      border: getComputedStyle(fieldset).borderTopStyle,
      padding: getComputedStyle(fieldset).paddingLeft,
      legendWeight: Number(getComputedStyle(legend).fontWeight),
      legend: legend.textContent,
    };
  });
  expect(look).toMatchObject({ border: 'none', padding: '0px', legend: heading });
  expect(look.legendWeight).toBeGreaterThanOrEqual(600);
  const kind = editor.locator('select').first();
  const kinds = await kind.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(kinds.length).toBeGreaterThan(3);
  for (const value of kinds) {
    await kind.selectOption(value);
    await expectEveryChoiceShown(editor);
  }
}

test('the scenario changes are a form section like the others and cut no choice, in both languages at 1280', async ({ page, appUrl }) => {
  test.setTimeout(120_000);
  await startWithExampleData(page, appUrl, 'NORRA');
  await page.setViewportSize(SIZES[0]);
  await go(page, '#/kostnader/scenarier', 'Scenarier och budget');
  await checkOverrideEditor(page, 'Ändringar mot planen');
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios and budget' })).toBeVisible();
  await checkOverrideEditor(page, 'Changes to the plan');
  await expectNoAxeViolations(page);
});

test('"Spara utfallet" is a usable primary button that says what is missing, axe clean', async ({ page, appUrl }) => {
  await startWithExampleData(page, appUrl, 'NORRA');
  await page.setViewportSize(SIZES[1]);
  await go(page, '#/kostnader/budget-och-utfall', 'Budget och utfall');
  const entry = page.getByTestId('region-actual-entry');
  const save = entry.getByRole('button', { name: 'Spara utfallet' });
  await expect(save).toBeEnabled();
  // the app's primary colour (#1d4f91), not the grey-blue of a button that is busy
  await expect(save).toHaveCSS('background-color', 'rgb(29, 79, 145)');
  await save.click();
  await expect(entry.getByRole('alert')).toHaveText('Välj vilket värdskap utfallet gäller.');
  await expectNoAxeViolations(page);
});

test("the header's tagline is shown whole at both sizes in both languages", async ({ page, appUrl }) => {
  await startWithExampleData(page, appUrl, 'NORRA');
  const tagline = page.locator('.app-header__tagline');
  for (const language of ['sv', 'en'] as const) {
    if (language === 'en') await switchLanguage(page, 'en');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectNotCut(tagline);
      expect(await textLines(tagline), `${language} ${size.width}`).toBeLessThanOrEqual(2);
    }
  }
});

test("a native date control is drawn in the UI language's format (sv-SE, en-GB), also after switching", async ({ page, appUrl }) => {
  await startWithExampleData(page, appUrl, 'NORRA');
  await go(page, '#/kostnader/parametrar', 'Kostnadsparametrar');
  const date = page.getByTestId('parameters-block').locator('input[type="date"]').first();
  await expect(date).toHaveAttribute('lang', 'sv-SE');
  await switchLanguage(page, 'en');
  await expect(date).toHaveAttribute('lang', 'en-GB');
});
