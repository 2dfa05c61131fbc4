import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A local date `days` away from today as `YYYY-MM-DD` (the app's "today" is the computer's). */
export function isoDay(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Follows a link in the main menu and waits for the view's heading. */
export async function openView(page: Page, link: string, heading: string | RegExp = link): Promise<void> {
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: link, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Chooses the one option of a <select> whose text matches. */
export async function selectByText(select: Locator, text: RegExp): Promise<void> {
  const option = select.locator('option', { hasText: text });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute('value')) ?? '');
}

export type NewPerson = { name: string; email?: string; profession?: string };

/** Creates a person through "Ny person" and lands on the person page. */
export async function createPerson(page: Page, person: NewPerson): Promise<void> {
  await openView(page, 'Personer');
  await page.getByRole('link', { name: 'Ny person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny person' })).toBeVisible();
  const form = page.getByTestId('person-form');
  await form.getByLabel('Namn').fill(person.name);
  if (person.email) await form.getByLabel(/^E-post/).fill(person.email);
  if (person.profession) await form.getByLabel(/^Yrke/).fill(person.profession);
  await form.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
}

export type NewMembership = { group: string; seat?: RegExp; role?: string; start?: string; end?: string; allocation?: string };

/** On a person page: adds an assignment through "Lägg till uppdrag". */
export async function addMembership(page: Page, m: NewMembership): Promise<void> {
  await page.getByRole('button', { name: 'Lägg till uppdrag' }).click();
  const form = page.getByTestId('membership-form');
  await form.getByLabel('Sök grupp').fill(m.group);
  await selectByText(form.getByLabel('Grupp', { exact: true }), new RegExp(`^${m.group} \\(`));
  if (m.seat) await selectByText(form.getByLabel('Plats', { exact: true }), m.seat);
  if (m.role) await form.getByLabel('Roll').selectOption({ label: m.role });
  if (m.start) await form.getByLabel('Startdatum').fill(m.start);
  if (m.end) await form.getByLabel(/^Slutdatum/).fill(m.end);
  if (m.allocation !== undefined) await form.getByLabel(/^Tidsandel i procent/).fill(m.allocation);
  await form.getByRole('button', { name: 'Lägg till uppdraget' }).click();
  await expect(form).toHaveCount(0);
}
