import { expect, test } from './fixtures';
import { completeFirstRun } from './helpers';
import { addMembership, createPerson, isoDay, openView } from './register-helpers';

test('an over-allocation warning appears above the threshold and disappears when the time is reduced', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Olle Överbokad' });
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2025-01-01', allocation: '30' });
  await expect(page.getByTestId('no-warnings')).toBeVisible();
  await addMembership(page, { group: 'Cancersjukdomar', seat: /^Norra – ledig/, start: '2025-01-01', allocation: '25,5' });

  // 55,5 % is above the 50 % limit: the person page and the warnings view say so.
  const warning = page.locator('[data-code="PERSON_OVER_ALLOCATED"]');
  await expect(warning).toContainText('Olle Överbokad har 55,5 % av en heltid i 2 pågående uppdrag – över gränsen 50 %.');
  await expect(warning).toContainText('Varning');

  await openView(page, 'Varningar');
  const section = page.locator('section[data-rule="PERSON_OVER_ALLOCATED"]');
  await expect(section.getByRole('heading', { name: /För hög tidsandel/ })).toBeVisible();
  await section.getByRole('link', { name: 'Olle Överbokad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Olle Överbokad' })).toBeVisible();

  // Ending one assignment brings the time down to 30 %: the warning is gone everywhere.
  await page
    .getByTestId('assignments-current')
    .getByRole('row', { name: /Cancersjukdomar/ })
    .getByRole('button', { name: /^Avsluta/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Avsluta uppdrag' });
  await dialog.getByLabel('Sista dag').fill(isoDay(-1));
  await dialog.getByRole('button', { name: 'Avsluta uppdraget' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('no-warnings')).toBeVisible();
  await openView(page, 'Varningar');
  await expect(page.getByTestId('warnings')).toBeVisible();
  await expect(page.locator('section[data-rule="PERSON_OVER_ALLOCATED"]')).toHaveCount(0);
});

test('a possible duplicate can be dismissed as not the same person, and the thresholds can be changed', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Eva Ek', email: 'eva.ek@example.org' });
  await createPerson(page, { name: 'Eva Ek-Berg', email: 'eva.ek@example.org' });
  await openView(page, 'Varningar');
  const section = page.locator('section[data-rule="POSSIBLE_DUPLICATE_PERSON"]');
  await expect(section).toContainText('samma e-post (eva.ek@example.org)');
  await section.getByRole('button', { name: /Inte samma person/ }).click();
  await expect(section).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'markerad som olika personer' })).toBeVisible();

  // The settings form: an invalid value is refused beside its field, a valid one is saved.
  const settings = page.getByTestId('rule-settings');
  await settings.getByLabel('Högsta tidsandel per person (%)').fill('abc');
  await settings.getByRole('button', { name: 'Spara inställningarna' }).click();
  await expect(settings.getByLabel('Högsta tidsandel per person (%)')).toHaveAccessibleDescription(/Skriv en procentsats/);
  await settings.getByLabel('Högsta tidsandel per person (%)').fill('40');
  await settings.getByLabel('Slutar snart inom (dagar)').fill('120');
  await settings.getByRole('button', { name: 'Spara inställningarna' }).click();
  await expect(settings.getByRole('status')).toHaveText('Inställningarna är sparade.');
  await page.reload();
  await expect(page.getByTestId('rule-settings').getByLabel('Högsta tidsandel per person (%)')).toHaveValue('40');
  await openView(page, 'Vakanser');
  await expect(page.getByLabel('Slutar inom (dagar)')).toHaveValue('120');
});

test('a future over-allocation is warned now in Varningar with the month it begins, within the horizon set there', async ({
  page,
  appUrl,
}) => {
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Frida Framtid' });
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2025-01-01', allocation: '30' });
  // From the first day of the month three months ahead she also takes 40 %: 70 % from then on.
  const today = isoDay();
  const ahead = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + 3, 1)).toISOString().slice(0, 7);
  await addMembership(page, { group: 'Cancersjukdomar', seat: /^Norra – ledig/, start: `${ahead}-01`, allocation: '40' });

  await openView(page, 'Varningar');
  await expect(page.getByTestId('warnings').getByRole('status')).toContainText('Reglerna ser 24 månader framåt.');
  const warning = page.locator('section[data-rule="PERSON_OVER_ALLOCATED"] tbody tr', { hasText: 'Frida Framtid' });
  await expect(warning).toHaveAttribute('data-first-month', ahead);
  const [year, month] = ahead.split('-').map(Number);
  const label = new Intl.DateTimeFormat('sv-SE', { month: 'short', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year!, month! - 1, 1)))
    .replace('.', '');
  // the table's "Från månad" column
  await expect(warning.locator('td').nth(1)).toHaveText(`${label} ${year}`);
  await expect(warning).toContainText('Frida Framtid får 70 % av en heltid i 2 uppdrag – över gränsen 50 %.');

  // A horizon that ends before that month leaves the warning out; the setting is kept.
  const settings = page.getByTestId('rule-settings');
  await settings.getByLabel('Se framåt (månader)').fill('0');
  await settings.getByRole('button', { name: 'Spara inställningarna' }).click();
  await expect(settings.getByLabel('Se framåt (månader)')).toHaveAccessibleDescription(/Skriv ett heltal mellan 1 och 120/);
  await settings.getByLabel('Se framåt (månader)').fill('3');
  await settings.getByRole('button', { name: 'Spara inställningarna' }).click();
  await expect(settings.getByRole('status')).toHaveText('Inställningarna är sparade.');
  await expect(page.getByTestId('warnings').getByRole('status')).toContainText('Reglerna ser 3 månader framåt.');
  await expect(page.locator('[data-code="PERSON_OVER_ALLOCATED"]', { hasText: 'Frida Framtid' })).toHaveCount(0);
});

test('the assignment form tells the over-allocation a new share would bring before saving', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Per Planerad' });
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2025-01-01', allocation: '30' });
  const today = isoDay();
  const ahead = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + 2, 1)).toISOString().slice(0, 7);
  await page.getByRole('button', { name: 'Lägg till uppdrag' }).click();
  const form = page.getByTestId('membership-form');
  await form.getByLabel('Startdatum').fill(`${ahead}-01`);
  await form.getByLabel(/^Tidsandel i procent/).fill('10');
  const preview = form.getByTestId('allocation-preview');
  await form.getByLabel(/^Tidsandel i procent/).fill('25');
  await expect(preview).toContainText('Med det här uppdraget får personen 55 % av en heltid från');
  await expect(preview).toContainText('över gränsen 50 %');
  await form.getByLabel(/^Tidsandel i procent/).fill('20');
  await expect(preview).toHaveText('');
});
