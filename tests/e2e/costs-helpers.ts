import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';

/** Labels the cost tests click, in Swedish and English. */
export const COST_TEXT = {
  sv: {
    hostings: 'Värdskap',
    reports: 'Kostnadsrapporter',
    scenarios: 'Scenarier och budget',
    keys: 'Fördelningsnycklar',
    parameters: 'Kostnadsparametrar',
    newKey: 'Ny nyckel',
    keyName: 'Namn',
    save: 'Spara',
    newHosting: 'Nytt värdskap',
    group: 'Grupp',
    key: 'Fördelningsnyckel',
    start: 'Från',
    create: 'Skapa värdskap',
    year: 'År',
    label: 'Benämning',
    share: 'Andel (%)',
    salary: 'Månadslön (kr)',
    addItem: 'Lägg till post',
    po: 'PO-pålägg (%)',
    addYear: 'Lägg till år',
  },
  en: {
    hostings: 'Hostings',
    reports: 'Cost reports',
    scenarios: 'Scenarios and budget',
    keys: 'Split keys',
    parameters: 'Cost parameters',
    newKey: 'New key',
    keyName: 'Name',
    save: 'Save',
    newHosting: 'New hosting',
    group: 'Group',
    key: 'Split key',
    start: 'From',
    create: 'Create hosting',
    year: 'Year',
    label: 'Label',
    share: 'Share (%)',
    salary: 'Monthly salary (kr)',
    addItem: 'Add item',
    po: 'PO surcharge (%)',
    addYear: 'Add year',
  },
} as const;

export type Language = keyof typeof COST_TEXT;

export async function go(page: Page, hash: string, title: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

const shotsDir = process.env['SAMPLAN_SCREENSHOTS'] ?? '/tmp/shots';

/** axe (WCAG 2.1 A/AA), no sideways scrolling, and a full-page screenshot costs-<lang>-<name>.png. */
export async function checkView(page: Page, language: Language, name: string): Promise<void> {
  await page.screenshot({ path: path.join(shotsDir, `costs-${language}-${name}.png`), fullPage: true });
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
}

/**
 * Seed 001 through the UI: PO 2024 = 52,28 %, a population key for NORRA, NPO Endokrina sjukdomar hosted
 * by NORRA from 2024 with two process leaders at 100 % and 65 000 kr a month. Leaves the hosting page open.
 */
export async function setUpSeed001(page: Page, language: Language): Promise<void> {
  const x = COST_TEXT[language];
  await go(page, '#/kostnader/parametrar', x.parameters);
  const params = page.getByTestId('parameters-block');
  await params.getByLabel(x.year, { exact: true }).selectOption('2024');
  await params.getByLabel(x.po, { exact: true }).fill('52,28');
  await params.getByRole('button', { name: x.addYear }).click();
  await expect(params.locator('tr[data-year="2024"] input').first()).toHaveValue('52,28');

  await go(page, '#/kostnader/nycklar', x.keys);
  await page.getByRole('button', { name: x.newKey }).click();
  await page.getByTestId('key-form').getByLabel(x.keyName, { exact: true }).fill('Befolkning NORRA');
  await page.getByTestId('key-form').getByRole('button', { name: x.save, exact: true }).click();
  await expect(page.getByTestId('keys-table')).toContainText('Befolkning NORRA');

  await go(page, '#/kostnader/vardskap', x.hostings);
  await page.getByRole('button', { name: x.newHosting }).click();
  const form = page.getByTestId('hosting-form');
  await form.getByLabel(x.group, { exact: true }).selectOption({ label: 'NPO Endokrina sjukdomar' });
  await form.getByLabel(x.start, { exact: true }).fill('2024-01-01');
  await form.getByLabel(x.key, { exact: true }).selectOption({ label: 'Befolkning NORRA' });
  await form.getByRole('button', { name: x.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'NPO Endokrina sjukdomar' })).toBeVisible();
  await page.getByLabel(x.year, { exact: true }).selectOption('2024');
  const item = page.getByTestId('item-form');
  for (const label of ['Processledare NPO Endokrina sjukdomar', 'Processledare NPO Levnadsvanor']) {
    await item.getByLabel(x.label, { exact: true }).fill(label);
    await item.getByLabel(x.share, { exact: true }).fill('100');
    await item.getByLabel(new RegExp(`^${x.salary.replace(/[()]/g, '\\$&')}`)).fill('65 000');
    await item.getByRole('button', { name: x.addItem }).click();
    await expect(page.getByTestId('items-table')).toContainText(label);
  }
}
