import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations, plainText } from './helpers';
import { addMembership, createPerson, isoDay, selectByText } from './register-helpers';

test('an assignment is corrected, ended ahead, removed when mistaken, and a held seat offers "Ersätt från"', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Anna Rättare' });
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2024-01-01', allocation: '10' });
  const current = page.getByTestId('assignments-current');
  const akut = current.getByRole('row', { name: /Akut vård/ });

  // Correct the share and the dates in the pre-filled form; focus comes back to the row with a confirmation.
  await akut.getByRole('button', { name: /^Ändra/ }).click();
  const editDialog = page.getByRole('dialog', { name: 'Ändra uppdraget i Akut vård' });
  const form = editDialog.getByTestId('membership-form');
  await expect(form.getByLabel(/^Tidsandel i procent/)).toHaveValue('10');
  await expect(form.getByLabel('Startdatum')).toHaveValue('2024-01-01');
  await form.getByLabel(/^Tidsandel i procent/).fill('25');
  await form.getByLabel('Startdatum').fill('2024-02-01');
  await form.getByLabel(/^Slutdatum/).fill(isoDay(300));
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Spara ändringen' }).click();
  await expect(editDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Uppdraget i Akut vård är sparat.' })).toBeVisible();
  await expect(akut.getByRole('rowheader')).toBeFocused();
  expect(await plainText(akut)).toContain('25 %');
  await expect(akut).toContainText(`2024-02-01 – ${isoDay(300)}`);

  // Ended with a last day still ahead: "Slutar <dag>" under Pågående uppdrag, not "Avslutad".
  await akut.getByRole('button', { name: /^Avsluta/ }).click();
  const endDialog = page.getByRole('dialog', { name: 'Avsluta uppdrag' });
  await endDialog.getByLabel('Sista dag').fill(isoDay(30));
  await endDialog.getByRole('button', { name: /Avsluta/ }).click();
  await expect(endDialog).toBeHidden();
  await expect(akut).toContainText(`Slutar ${isoDay(30)}`);
  await expect(akut).not.toContainText('Avslutad');

  // A mistaken assignment is removed after a confirmation that says it is not an erasure.
  await addMembership(page, { group: 'Endokrina sjukdomar', start: '2025-01-01' });
  const mistaken = current.getByRole('row', { name: /Endokrina sjukdomar/ });
  await mistaken.getByRole('button', { name: /^Ta bort/ }).click();
  const removeDialog = page.getByRole('dialog', { name: 'Ta bort felregistrerat uppdrag' });
  await expect(removeDialog).toContainText('registrerats av misstag');
  await expect(removeDialog).toContainText('inte en radering enligt GDPR');
  await expectNoAxeViolations(page);
  await removeDialog.getByRole('button', { name: 'Ta bort uppdraget' }).click();
  await expect(removeDialog).toBeHidden();
  await expect(mistaken).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Uppdraget i Endokrina sjukdomar är borttaget.' })).toBeVisible();

  // A second person in the held Norra seat: refused with the holder and dates, then "Ersätt från".
  await createPerson(page, { name: 'Bo Efterträdare' });
  await page.getByRole('button', { name: 'Lägg till uppdrag' }).click();
  const add = page.getByTestId('membership-form');
  await add.getByLabel('Sök grupp').fill('Akut vård');
  await selectByText(add.getByLabel('Grupp', { exact: true }), /^Akut vård \(/);
  await selectByText(add.getByLabel('Plats', { exact: true }), /^Norra – Anna Rättare/);
  await add.getByLabel('Startdatum').fill(isoDay(10));
  await add.getByRole('button', { name: 'Lägg till uppdraget' }).click();
  const refusal = add.getByTestId('seat-taken');
  await expect(refusal).toContainText(`Platsen Norra innehas av Anna Rättare 2024-02-01 – ${isoDay(30)}`);
  await expect(refusal).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}/);
  await expectNoAxeViolations(page);
  await refusal.getByRole('button', { name: `Ersätt från ${isoDay(10)}` }).click();
  await expect(add).toHaveCount(0);
  // it starts in ten days: a planned assignment
  const bo = page.getByTestId('assignments-planned').getByRole('row', { name: /Akut vård/ });
  await expect(bo.getByRole('rowheader')).toBeFocused();
  await expect(bo).toContainText(`${isoDay(10)} – `);

  // The holder now ends the day before.
  await bo.getByRole('link', { name: 'Akut vård' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Akut vård' })).toBeVisible();
  const members = page.getByTestId('member-history');
  await expect(members.getByRole('row', { name: /Anna Rättare/ })).toContainText(`2024-02-01 – ${isoDay(9)}`);
  // "Slutar <dag>" keeps its date on one line in the narrow status column (not "2027-02-" above "03")
  const endsBadge = members.getByRole('row', { name: /Anna Rättare/ }).getByText(`Slutar ${isoDay(9)}`);
  const lines = await endsBadge.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
  expect(lines).toBeLessThan(1.5);
  await expect(members.getByRole('row', { name: /Bo Efterträdare/ })).toContainText(`${isoDay(10)} – `);
  await expectNoAxeViolations(page);
});
