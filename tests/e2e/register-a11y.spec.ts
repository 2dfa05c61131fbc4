import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';
import { expectChartLabelsInside, expectWholeChoiceShown, textLines } from './view-helpers';

/**
 * Every register view in Swedish and English: axe (WCAG 2.1 A/AA) finds nothing and nothing is wider
 * than the window. With SAMPLAN_SCREENSHOTS=/tmp/shots each state is also saved as register-*.png.
 */
const shotsDir = process.env['SAMPLAN_SCREENSHOTS'];

async function check(page: Page, language: string, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  if (shotsDir) await page.screenshot({ path: path.join(shotsDir, `register-${language}-${name}.png`), fullPage: true });
}

async function go(page: Page, hash: string, heading: Locator): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(heading).toBeVisible();
}

const TEXT = {
  sv: {
    persons: 'Personer',
    newPerson: 'Ny person',
    add: 'Lägg till person',
    addAssignment: 'Lägg till uppdrag',
    end: 'Avsluta',
    cancel: 'Avbryt',
    groups: 'Grupper',
    edit: 'Ändra',
    orgs: 'Organisationer',
    newGroup: 'Ny grupp',
    fill: 'Tillsätt',
    vacancies: 'Vakanser',
    balance: 'Representationsbalans',
    warnings: 'Varningar',
    importTitle: 'Importera register',
    file: 'Kalkylark att importera',
    load: 'Ladda exempeldata',
  },
  en: {
    persons: 'Persons',
    newPerson: 'New person',
    add: 'Add person',
    addAssignment: 'Add assignment',
    end: 'End',
    cancel: 'Cancel',
    groups: 'Groups',
    edit: 'Edit',
    orgs: 'Organisations',
    newGroup: 'New group',
    fill: 'Fill',
    vacancies: 'Vacancies',
    balance: 'Representation balance',
    warnings: 'Warnings',
    importTitle: 'Import register',
    file: 'Spreadsheet to import',
    load: 'Load example data',
  },
} as const;

const CSV =
  'Namn;E-post;Grupp;Roll;Start\nKarin Ek;karin@example.org;Akut vård;ledamot;2025-01-01\nOla Fel;ola@example.org;RPT Okänd;ledamot;2025-01-01\nPer Fel;per@fel;Akut vård;ledamot;2025-01-01\n';

for (const language of ['sv', 'en'] as const) {
  test(`the register views pass axe in ${language === 'sv' ? 'Swedish' : 'English'}`, async ({ page, appUrl }) => {
    test.setTimeout(180_000);
    const text = TEXT[language];
    const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
    await completeFirstRun(page, appUrl, '23');
    if (language === 'en') await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('button', { name: text.load }).click();
    await expect(page.getByTestId('example-added')).toBeVisible();

    await go(page, '#/personer', h1(text.persons));
    await expect(page.getByTestId('persons-table')).toBeVisible();
    await check(page, language, 'persons');

    await go(page, '#/personer/ny', h1(text.newPerson));
    await page.getByRole('button', { name: text.add }).click();
    await expect(page.getByTestId('person-form').getByRole('alert')).toBeVisible();
    await check(page, language, 'person-new-errors');

    // A person owned by another region (read-only, with provenance), then one of our own.
    await go(page, '#/personer', h1(text.persons));
    await page.getByTestId('persons-table').getByRole('link').first().click();
    await expect(page.getByTestId('provenance')).toBeVisible();
    await check(page, language, 'person-read-only');
    await go(page, '#/personer', h1(text.persons));
    await page.getByLabel('Region', { exact: true }).selectOption('23');
    await expect(page.getByTestId('persons-table').locator('tbody tr').first()).toContainText('Jämtland');
    await page.getByTestId('persons-table').getByRole('link').first().click();
    await expect(page.getByTestId('assignment-timeline')).toBeVisible();
    await check(page, language, 'person');
    await page.getByRole('button', { name: text.addAssignment }).click();
    await expect(page.getByTestId('membership-form')).toBeVisible();
    // the seat choice ("Ingen plats (adjungerad eller utanför platserna)", a seat with its holder) shows whole
    await expectWholeChoiceShown(page.getByTestId('membership-form').getByLabel(language === 'sv' ? 'Plats' : 'Seat', { exact: true }));
    await check(page, language, 'person-add-assignment');
    await page.getByTestId('membership-form').getByRole('button', { name: text.cancel }).click();
    await page.getByRole('button', { name: text.end, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(page, language, 'person-end-dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    await go(page, '#/organisationer', h1(text.orgs));
    await page
      .getByTestId('organisations-table')
      .getByRole('button', { name: new RegExp(`^${text.edit}`) })
      .first()
      .click();
    // a region stays on one line in the list
    const regionCell = page.getByTestId('organisations-table').locator('tbody td', { hasText: 'Region Jämtland Härjedalen' }).first();
    expect(await textLines(regionCell)).toBe(1);
    await check(page, language, 'organisations');

    await go(page, '#/grupper', h1(text.groups));
    await expect(page.getByTestId('groups-table')).toBeVisible();
    await check(page, language, 'groups');
    await go(page, '#/grupper/ny', h1(text.newGroup));
    await check(page, language, 'group-new');
    await go(page, '#/grupper', h1(text.groups));
    await page.getByTestId('groups-table').getByRole('link', { name: 'Akut vård', exact: true }).click();
    await expect(page.getByTestId('seats-table')).toBeVisible();
    await page
      .getByTestId('seats-table')
      .getByRole('button', { name: new RegExp(`^${text.fill}`) })
      .first()
      .click();
    await expect(page.getByTestId('membership-form')).toBeVisible();
    await check(page, language, 'group-national');
    await go(page, '#/grupper', h1(text.groups));
    // the list is virtualised: narrow it to the RPTs rather than scroll to them
    await page
      .getByRole('search')
      .getByLabel(language === 'sv' ? 'Typ' : 'Type', { exact: true })
      .selectOption('RPT');
    await page.getByTestId('groups-table').getByRole('link', { name: /^RPT / }).first().click();
    await expect(page.getByTestId('group-chair')).toBeVisible();
    await check(page, language, 'group-rpt');

    await go(page, '#/vakanser', h1(text.vacancies));
    await expect(page.getByTestId('vacancy-matrix')).toBeVisible();
    // another healthcare region's seat is one dash (the legend says what it means), its words kept for screen readers
    const noData = page.getByTestId('vacancy-matrix').locator('td[data-status="NO_DATA"] .seat-status').first();
    await expect(noData).toContainText(language === 'sv' ? 'uppgift saknas' : 'no data');
    expect((await noData.boundingBox())?.width ?? 99).toBeLessThan(24);
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await check(page, language, 'vacancies');

    await go(page, '#/balans', h1(text.balance));
    await expect(page.getByTestId('balance-gender').locator('.recharts-surface')).toBeVisible();
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await expectChartLabelsInside(page.getByTestId('balance-region'));
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await check(page, language, 'balance');

    await go(page, '#/varningar', h1(text.warnings));
    await expect(page.getByTestId('rule-settings')).toBeVisible();
    await check(page, language, 'warnings');

    await go(page, '#/importera', h1(text.importTitle));
    await check(page, language, 'import');
    await page.getByLabel(text.file).setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await expect(page.getByTestId('unknown-groups')).toBeVisible();
    await check(page, language, 'import-preview');
  });
}

/** Presses Tab until the target has focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the main register actions are reachable with the keyboard', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });

  // Menu → Personer → "Ny person" → the form, all by keyboard.
  await tabTo(page, nav.getByRole('link', { name: 'Personer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Ny person' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Namn'));
  await page.keyboard.type('Kim Tangentbord');
  await tabTo(page, page.getByRole('button', { name: 'Lägg till person' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kim Tangentbord' })).toBeVisible();

  // The person page: add an assignment and open "Avsluta", which Escape closes.
  await tabTo(page, page.getByRole('button', { name: 'Lägg till uppdrag' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Sök grupp'));
  await page.keyboard.type('Akut');
  await tabTo(page, page.getByLabel('Grupp', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Grupp', { exact: true })).not.toHaveValue('');
  await tabTo(page, page.getByRole('button', { name: 'Lägg till uppdraget' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('assignments-current')).toContainText('Akut vård');
  await tabTo(page, page.getByRole('button', { name: 'Avsluta', exact: true }), 60);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Avsluta Kim Tangentbord' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Sista dag')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Vacancies and import: their first controls are in the tab order.
  await tabTo(page, nav.getByRole('link', { name: 'Vakanser' }), 80);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Grupptyp'));
  await tabTo(page, page.locator('div[role="region"]').filter({ has: page.getByTestId('vacancy-matrix') }));
  await tabTo(page, nav.getByRole('link', { name: 'Importera register' }), 200);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Kalkylark att importera'));
  await tabTo(page, page.getByRole('button', { name: 'Exportera register (.xlsx)' }));
});
