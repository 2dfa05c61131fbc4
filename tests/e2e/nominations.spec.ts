import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';
import { switchLanguage } from './planning-helpers';
import { addMembership, createPerson, isoDay, openView, selectByText } from './register-helpers';

/** Screenshots of the nominations views go here, at both window sizes and in both languages, for a person to look at. */
const SHOTS_DIR = process.env['SAMPLAN_UI_SHOTS'] ?? '/tmp/ui-shots';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

async function checkAndShoot(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SHOTS_DIR, `nominations-${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function toStart(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: /^(Översikt|Overview)$/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Översikt|Overview)$/ })).toBeVisible();
}

/** One candidate's row group in the candidates table. */
function candidate(page: Page, name: string) {
  return page.getByTestId('candidates-table').locator(`tbody[data-candidate="${name}"]`);
}

test('from a seat ending in 60 days to a decided successor: request, two candidates, approval, declaration, decision', async ({
  page,
  appUrl,
}) => {
  // the whole road through the UI, then axe and four screenshots at two sizes
  test.setTimeout(180_000);
  await completeFirstRun(page, appUrl, '23');
  // the Norra seat of Akut vård is held by Anna until 60 days from now
  await createPerson(page, { name: 'Anna Avgående', profession: 'Läkare' });
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2024-01-01', end: isoDay(60), allocation: '20' });
  await createPerson(page, { name: 'Berit Befintlig', profession: 'Sjuksköterska' });

  // the start page reminds of the term that ends with no nomination started; its link opens the prefilled form
  await toStart(page);
  const card = page.getByTestId('start-nominations');
  const termEnds = card.locator('li[data-kind="TERM_ENDS_NO_REQUEST"]', { hasText: 'Akut vård' });
  await expect(termEnds).toContainText('Anna Avgående');
  await expect(termEnds).toContainText(isoDay(60));
  await termEnds.getByRole('link', { name: /^Starta nominering/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny nominering' })).toBeVisible();
  const form = page.getByTestId('request-form');
  await expect(form.getByLabel('Grupp', { exact: true })).toHaveValue(/.+/);
  await expect(form.getByLabel('Plats', { exact: true }).locator('option:checked')).toHaveText(/^Norra – Anna Avgående/);
  await expect(form.getByLabel(/^Perioden börjar/)).toHaveValue(isoDay(61));
  await expect(form.getByLabel('Svar senast')).toHaveValue(isoDay(31));
  await expect(form.getByLabel(/^Tidsandel i procent/)).toHaveValue('20');
  await form.getByLabel(/^Diarienummer/).fill('Dnr 2026/117');
  await form.getByRole('button', { name: 'Skapa förfrågan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Akut vård, Norra' })).toBeVisible();
  await expect(page.getByTestId('request-facts')).toContainText('Dnr 2026/117');
  await expect(page.getByTestId('request-facts')).toContainText('Anna Avgående');
  const requestUrl = page.url();

  // two candidates: one in the register, one new; the balance panel counts each as it is added
  const balance = page.getByTestId('nomination-balance');
  await expect(balance).toContainText('Lägg till kandidater');
  const add = page.getByTestId('candidate-form');
  await add.getByLabel('Sök person').fill('Berit');
  await selectByText(add.getByLabel('Person', { exact: true }), /^Berit Befintlig/);
  await add.getByLabel(/^Föreslagen av/).fill('Verksamhetschef Lund');
  await add.getByRole('button', { name: 'Lägg till kandidaten' }).click();
  await expect(candidate(page, 'Berit Befintlig')).toBeVisible();
  await expect(balance.getByTestId('nomination-balance-changes').getByRole('listitem')).toHaveCount(1);
  await expect(balance.getByTestId('nomination-balance-changes')).toContainText('Berit Befintlig');

  await add.getByLabel('En ny person').check();
  await add.getByLabel('Namn', { exact: true }).fill('Cecilia Ny');
  await selectByText(add.getByLabel('Region', { exact: true }), /Jämtland/);
  await add.getByLabel(/^Kön/).selectOption({ label: 'Kvinna' });
  await add.getByLabel(/^Yrke/).fill('Fysioterapeut');
  await add.getByRole('button', { name: 'Lägg till kandidaten' }).click();
  await expect(candidate(page, 'Cecilia Ny')).toBeVisible();
  await expect(balance.getByTestId('nomination-balance-changes').getByRole('listitem')).toHaveCount(2);
  await expect(balance.getByTestId('nomination-balance-changes').locator('li[data-candidate="Cecilia Ny"]')).toContainText('+1 kvinna');
  await expect(balance.getByRole('columnheader', { name: 'Med Cecilia Ny' }).first()).toBeVisible();
  // the table heads its row as the balance chart does ("Kvinna"), the sentence above in lower case
  await expect(balance.getByTestId('nomination-balance-byGender').getByRole('rowheader', { name: 'Kvinna', exact: true })).toBeVisible();

  // what is missing shows at a glance
  const berit = candidate(page, 'Berit Befintlig');
  await expect(berit.locator('[data-missing="MANAGER_APPROVAL"]')).toBeVisible();
  await expect(berit.locator('[data-missing="DECLARATION"]')).toBeVisible();
  // the region has not sent its nomination yet: said so, not a bare "Inte nominerad"
  await expect(berit.locator('[data-missing="NOMINATION"]')).toHaveText('Ännu inte nominerad av regionen');
  // at 1440×900 the candidates take the page's width; the balance goes under them, not beside
  await page.setViewportSize({ width: 1440, height: 900 });
  const pageWidth = (await page.locator('.nomination-layout').boundingBox())?.width ?? 0;
  const tableWidth = (await page.getByTestId('candidates-table').boundingBox())?.width ?? 0;
  expect(tableWidth).toBeGreaterThan(pageWidth * 0.85);
  await page.setViewportSize({ width: 1280, height: 900 });

  // the manager's approval, then the declaration
  await berit.getByRole('button', { name: 'Chefen godkänner Berit Befintlig' }).click();
  const approval = page.getByRole('dialog', { name: 'Chefens godkännande för Berit Befintlig' });
  await approval.getByLabel(/^Godkänt av/).fill('Christina Chef');
  await approval.getByRole('button', { name: 'Spara steget' }).click();
  await expect(approval).toBeHidden();
  await expect(berit.locator('[data-missing="MANAGER_APPROVAL"]')).toHaveCount(0);
  await expect(berit.locator('li[data-step="MANAGER_APPROVED"]')).toHaveAttribute('data-state', 'done');

  await berit.getByRole('button', { name: 'Jävsdeklaration Berit Befintlig' }).click();
  const declaration = page.getByRole('dialog', { name: 'Jävsdeklaration för Berit Befintlig' });
  await declaration.getByLabel('Jävsprövningens utfall').selectOption({ label: 'Inget jäv' });
  await declaration.getByLabel(/^Granskad av/).fill('Processledare Ek');
  await declaration.getByLabel(/^Jävsblankettens referens/).fill('JB-17');
  await declaration.getByRole('button', { name: 'Spara steget' }).click();
  await expect(declaration).toBeHidden();
  await expect(berit.locator('li[data-step="DECLARATION_RECEIVED"]')).toContainText('Inget jäv');
  await checkAndShoot(page, 'request-open-sv');

  // the nomination letter for Berit is a PDF download
  const letter = page.waitForEvent('download');
  await berit.getByRole('button', { name: 'Brev (PDF) Berit Befintlig' }).click();
  expect((await letter).suggestedFilename()).toMatch(/\.pdf$/);

  // Berit is chosen: appointed into the seat from the day after Anna's end (the successor)
  await berit.getByRole('button', { name: 'Beslut Berit Befintlig' }).click();
  const decide = page.getByRole('dialog', { name: 'Beslut om Berit Befintlig' });
  await expect(decide.getByLabel('Vald – utse till uppdraget')).toBeChecked();
  await expect(decide.getByLabel('Uppdraget börjar')).toHaveValue(isoDay(61));
  await decide.getByLabel(/^Beslutets referens/).fill('NPO-beslut 2026:4');
  await decide.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(decide).toBeHidden();
  const result = page.getByTestId('decision-result');
  await expect(result).toContainText(`Berit Befintlig är utsedd till ledamot i Akut vård (Norra), ${isoDay(61)}`);
  await expect(berit).toHaveAttribute('data-status', 'DECIDED');

  // Cecilia is not chosen
  const cecilia = candidate(page, 'Cecilia Ny');
  await cecilia.getByRole('button', { name: 'Beslut Cecilia Ny' }).click();
  const notChosen = page.getByRole('dialog', { name: 'Beslut om Cecilia Ny' });
  await notChosen.getByLabel('Ej vald').check();
  await notChosen.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(notChosen).toBeHidden();
  await expect(cecilia).toHaveAttribute('data-status', 'NOT_CHOSEN');
  await expect(cecilia.getByTestId('candidate-stepper')).toContainText('Ej vald');

  // Cecilia, not a person in the register, asks for her register extract (GDPR Art. 15): a PDF from her row
  const extract = page.waitForEvent('download');
  await cecilia.getByRole('button', { name: 'Registerutdrag (PDF) Cecilia Ny' }).click();
  expect((await extract).suggestedFilename()).toMatch(/\.pdf$/);

  // Cecilia asks to be erased (GDPR Art. 17): not a person in the register, she is erased from her candidacy
  await cecilia.getByRole('button', { name: 'Radera enligt GDPR Cecilia Ny' }).click();
  const erase = page.getByRole('dialog', { name: 'Radera Cecilia Ny?' });
  await erase.getByLabel(/^Skriv personens namn för att bekräfta/).fill('Cecilia Ny');
  await erase.getByRole('button', { name: 'Radera för alltid' }).click();
  await expect(erase).toBeHidden();
  await expect(cecilia).toHaveCount(0);

  // the link leads to the appointed person; the seat has its successor from the day after Anna's end
  await result.getByRole('link', { name: 'Öppna Berit Befintlig' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berit Befintlig' })).toBeVisible();
  await openView(page, 'Grupper');
  await page.getByRole('link', { name: 'Akut vård', exact: true }).first().click();
  const norra = page.getByTestId('seats-table').locator('tr[data-seat="NORRA"]');
  await expect(norra).toContainText('Berit Befintlig');
  await expect(norra).toContainText(`${isoDay(61)} – `);

  // resolved: the start page no longer reminds of the seat
  await toStart(page);
  await expect(page.getByTestId('start-nominations')).toBeVisible();
  await expect(page.getByTestId('start-nominations').locator('li', { hasText: 'Akut vård' })).toHaveCount(0);

  // axe and screenshots of the list and the request page, in Swedish and English
  await openView(page, 'Nomineringar');
  await page.getByLabel('Alla').check();
  await expect(page.getByTestId('requests-table')).toContainText('Akut vård');
  await checkAndShoot(page, 'list-sv');
  await page.goto(requestUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Akut vård, Norra' })).toBeVisible();
  await expect(candidate(page, 'Berit Befintlig')).toBeVisible();
  await checkAndShoot(page, 'request-sv');
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Balance in the group' })).toBeVisible();
  await checkAndShoot(page, 'request-en');
  await openView(page, 'Nominations');
  await page.getByLabel('All', { exact: true }).check();
  await expect(page.getByTestId('requests-table')).toContainText('Akut vård');
  await checkAndShoot(page, 'list-en');
});

test('the Nomineringar view offers a new request and the one-click start from Vakanser and the group page', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Dan Slutar' });
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2024-01-01', end: isoDay(45) });

  await openView(page, 'Nomineringar');
  await expect(page.getByTestId('nomination-reminders').locator('li[data-kind="TERM_ENDS_NO_REQUEST"]')).toContainText('Dan Slutar');
  await expect(page.getByTestId('requests-none')).toBeVisible();

  // Vakanser: the seat's row starts a nomination
  await openView(page, 'Vakanser');
  await page.getByTestId('todo-list').locator('tr[data-group="Akut vård"]').getByTestId('start-nomination').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny nominering' })).toBeVisible();
  await expect(page.getByTestId('request-form').getByLabel(/^Perioden börjar/)).toHaveValue(isoDay(46));

  // Escape leaves the form; the group page offers the same start on the seat whose term ends
  await page
    .getByTestId('request-form')
    .getByLabel(/^Diarienummer/)
    .press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Vakanser' })).toBeVisible();
  await openView(page, 'Grupper');
  await page.getByRole('link', { name: 'Akut vård', exact: true }).first().click();
  await page
    .getByTestId('seats-table')
    .locator('tr[data-seat="NORRA"]')
    .getByRole('link', { name: /^Starta nominering/ })
    .click();
  await expect(page.getByTestId('request-form').getByLabel(/^Perioden börjar/)).toHaveValue(isoDay(46));
});
