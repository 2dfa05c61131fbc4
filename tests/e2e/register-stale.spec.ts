import { expect, test } from './fixtures';
import { completeFirstRun } from './helpers';
import { apiCall, openNewRegionalGroup, startWithExampleData } from './planning-helpers';
import { addMembership, createPerson, openView } from './register-helpers';

type Organisation = { id: string; version: number; name: string; type: string; regionCode: string | null };
type Seat = { id: string; version: number; ordinal: number; regionCode: string | null; healthcareRegionCode: string | null };
type Group = { group: { id: string }; seats: Seat[] };
type Membership = {
  id: string;
  version: number;
  personId: string;
  personName: string;
  groupId: string;
  seatId: string | null;
  role: string;
  startDate: string;
  endDate: string | null;
  allocationBp: number;
  status: string;
  notes: string | null;
};

// someone else (another window, the CLI) saves the record while the form is open: the save is refused, never made over it
const STALE = /har ändrats av .+, efter att du öppnade den/;

test('an edit saved after someone else changed the record is refused in Swedish, and reloading shows the record as it is now', async ({
  page,
  appUrl,
}) => {
  await startWithExampleData(page, appUrl, '14');
  await openView(page, 'Organisationer');
  const newForm = page.getByTestId('organisation-form');
  await newForm.getByLabel('Namn').fill('Gamla kliniken');
  await newForm.getByRole('button', { name: 'Lägg till organisation' }).click();
  const row = page.locator('tr[data-organisation="Gamla kliniken"]');
  await expect(page.getByRole('status').filter({ hasText: 'Gamla kliniken' })).toBeVisible();

  await row.getByRole('button', { name: /^Ändra/ }).click();
  const inline = page.locator('tr.row--editing').getByTestId('organisation-form');
  await expect(inline.getByLabel('Namn')).toHaveValue('Gamla kliniken');

  // someone else (another window, the CLI) renames it while the form is open
  const all = await apiCall<Organisation[]>(page, 'organisations:list', {});
  const mine = all.find((o) => o.name === 'Gamla kliniken')!;
  const { id, version, type, regionCode } = mine;
  await apiCall(page, 'organisations:update', { id, version, type, regionCode, name: 'Andras namn' });

  await inline.getByLabel('Namn').fill('Mitt namn');
  await inline.getByRole('button', { name: 'Spara' }).click();
  // who changed it and when (from the record's history), never version numbers
  await expect(inline.getByRole('alert')).toContainText(
    /Organisationen har ändrats av .+ \d{4}-\d{2}-\d{2} \d{2}:\d{2}, efter att du öppnade den/,
  );
  await expect(inline.getByRole('alert')).not.toContainText('version');
  // the form stays open with the user's text; nothing of it was saved
  await expect(inline.getByLabel('Namn')).toHaveValue('Mitt namn');

  await page.getByTestId('stale-reload').click();
  await expect(page.locator('tr.row--editing')).toHaveCount(0);
  await expect(page.locator('tr[data-organisation="Andras namn"]')).toBeVisible();
  await expect(page.locator('tr[data-organisation="Mitt namn"]')).toHaveCount(0);
});

test('a seat corrected after someone else changed it is refused, and reloading shows the seat as it is now', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  const groupId = await openNewRegionalGroup(page);
  const seats = page.getByTestId('seats-table');
  await seats.locator('tr[data-seat="1"]').getByRole('button', { name: 'Ändra platsen 1' }).click();
  const row = page.getByTestId('seat-edit-row');
  await expect(row.getByLabel('Platsnummer')).toHaveValue('1');

  const { seats: now } = await apiCall<Group>(page, 'groups:get', { id: groupId });
  const seat = now.find((s) => s.ordinal === 1)!;
  await apiCall(page, 'seats:update', { id: seat.id, version: seat.version, ordinal: 8, regionCode: null, healthcareRegionCode: null });
  // the group is fetched anew behind the open row (as after a change in another window)
  await expect(row.getByRole('form', { name: 'Ändra platsen 8' })).toBeVisible();

  await row.getByLabel('Platsnummer').fill('5');
  await row.getByRole('button', { name: 'Spara' }).click();
  await expect(row.getByRole('alert')).toContainText(STALE);
  await expect(row.getByLabel('Platsnummer')).toHaveValue('5');

  await row.getByTestId('stale-reload').click();
  await expect(page.getByTestId('seat-edit-row')).toHaveCount(0);
  await expect(seats.locator('tr[data-seat="8"]')).toBeVisible();
  await expect(seats.locator('tr[data-seat="5"]')).toHaveCount(0);
});

test('an assignment corrected after someone else changed it is refused, and reloading shows it as it is now', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await createPerson(page, { name: 'Anna Samtidig' });
  await addMembership(page, { group: 'Akut vård', seat: /^Norra – ledig/, start: '2024-01-01', allocation: '10' });
  const akut = page.getByTestId('assignments-current').getByRole('row', { name: /Akut vård/ });
  await akut.getByRole('button', { name: /^Ändra/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra uppdraget i Akut vård' });
  const form = dialog.getByTestId('membership-form');
  await expect(form.getByLabel(/^Tidsandel i procent/)).toHaveValue('10');

  const all = await apiCall<(Membership & Record<string, unknown>)[]>(page, 'memberships:list', {});
  const m = all.find((x) => x.personName === 'Anna Samtidig')!;
  const { id, version, personId, groupId, seatId, role, startDate, endDate, status, notes } = m;
  await apiCall(page, 'memberships:update', {
    id,
    version,
    personId,
    groupId,
    seatId,
    role,
    startDate,
    endDate,
    status,
    notes,
    allocationBp: 2000,
  });
  // the person page is fetched anew behind the open dialog
  await expect(akut).toContainText('20 %');

  await form.getByLabel(/^Tidsandel i procent/).fill('25');
  await form.getByRole('button', { name: 'Spara ändringen' }).click();
  await expect(form.getByRole('alert')).toContainText(STALE);
  await expect(form.getByLabel(/^Tidsandel i procent/)).toHaveValue('25');

  await form.getByTestId('stale-reload').click();
  await expect(dialog).toBeHidden();
  await expect(akut).toContainText('20 %');
  await expect(akut).not.toContainText('25 %');
});
