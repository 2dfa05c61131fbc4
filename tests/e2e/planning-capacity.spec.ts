import { expect, test } from './fixtures';
import { expectWholeChoiceShown } from './view-helpers';
import { completeFirstRun, expectNoAxeViolations, plainText } from './helpers';
import { apiCall, openPlanningView, shoot, startWithExampleData, switchLanguage } from './planning-helpers';
import { addMembership, createPerson } from './register-helpers';

test('the capacity grid shows each month as text and band, opens the memberships behind a cell, and follows a new membership', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(180_000);
  await startWithExampleData(page, appUrl, 'NORRA');
  await openPlanningView(page, 'Kapacitet');
  await page.getByLabel('Första månad').selectOption({ label: 'januari' });
  await page.getByLabel('År', { exact: true }).selectOption('2026');
  await page.getByLabel('Antal månader').selectOption('12');
  // a long region or organisation name is shown whole in the filters
  for (const [label, choice] of [
    ['Region', 'Region Jämtland Härjedalen'],
    ['Organisation', 'Hälsocentralerna Jämtland Härjedalen'],
  ] as const) {
    const select = page.getByRole('search').getByLabel(label, { exact: true });
    await select.selectOption({ label: choice });
    await expectWholeChoiceShown(select);
    await select.selectOption('');
  }

  const grid = page.getByTestId('capacity-grid');
  await expect(page.getByTestId('capacity-count')).toHaveText('31 personer i urvalet.');
  const anna = grid.locator('tr[data-person="Anna Lindqvist"]');
  await expect(anna.locator('td[data-month="2026-03"]')).toContainText('10 %');
  await expect(anna.locator('td[data-month="2026-03"]')).toHaveAttribute('data-band', 'OK');
  // Totals per region and organisation, in FTE per month.
  expect(await plainText(page.getByTestId('totals-region').locator('tfoot tr'))).toContain('Hela urvalet');
  await expect(page.getByTestId('totals-region').locator('tbody tr:not([data-key="planned"])')).toHaveCount(4);
  // the placeholder rows (vacant seats, planned roles) are one more row of the totals
  await expect(page.getByTestId('totals-region').locator('tbody tr[data-key="planned"]')).toHaveCount(1);
  await expect(page.getByTestId('capacity-chart').getByRole('img', { name: 'Årsarbetskrafter per månad' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, 'capacity-sv');

  // Clicking a cell shows the membership behind it.
  await anna.locator('td[data-month="2026-03"] button').click();
  const dialog = page.getByTestId('capacity-cell');
  await expect(dialog.getByRole('heading', { name: 'Anna Lindqvist, mars 2026' })).toBeVisible();
  await expect(dialog.locator('tr[data-group="Akut vård"]')).toContainText('31 av 31');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).not.toBeVisible();

  // A new membership through the register views shows in the grid: 60 % from March is "high" (≥ 50 %).
  await createPerson(page, { name: 'Kim Kapacitet' });
  await addMembership(page, { group: 'Akut vård', role: 'Adjungerad', start: '2026-03-01', end: '2026-12-31', allocation: '60' });
  await openPlanningView(page, 'Kapacitet');
  await expect(page.getByTestId('capacity-count')).toHaveText('32 personer i urvalet.');
  const kim = grid.locator('tr[data-person="Kim Kapacitet"]');
  await expect(kim.locator('td[data-month="2026-02"]')).toHaveAttribute('data-band', 'NONE');
  await expect(kim.locator('td[data-month="2026-03"]')).toContainText('60 %');
  await expect(kim.locator('td[data-month="2026-03"]')).toContainText('Hög');
  await expect(kim.locator('td[data-month="2026-03"]')).toHaveAttribute('data-band', 'HIGH');

  // Keyboard: Enter on the focused cell opens it; arrow keys move between cells.
  await kim.locator('td[data-month="2026-02"] button').focus();
  await page.keyboard.press('ArrowRight');
  await expect(kim.locator('td[data-month="2026-03"] button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: 'Kim Kapacitet, mars 2026' })).toBeVisible();
  await expect(dialog.locator('tr[data-group="Akut vård"]')).toContainText('Adjungerad');
  await expect(dialog.locator('tr[data-group="Akut vård"]')).toContainText('60 %');
  await page.keyboard.press('Escape');
  await expect(kim.locator('td[data-month="2026-03"] button')).toBeFocused();

  // Sorted by the highest load, Kim comes first.
  await page.getByLabel('Sortering').selectOption({ label: 'Högsta belastning först' });
  await expect(grid.locator('tbody tr[aria-rowindex="2"]')).toHaveAttribute('data-person', 'Kim Kapacitet');
  await shoot(page, 'capacity-high-sv');
  await page.getByLabel('Sortering').selectOption({ label: 'Namn' });

  // Filters: the only persons with at least one high month; by region.
  await page.getByLabel('Visa personer').selectOption('HIGH');
  await expect(page.getByTestId('capacity-count')).toHaveText('1 person i urvalet.');
  await expect(grid.locator('tbody tr[data-person]')).toHaveCount(1);
  await page.getByLabel('Visa personer').selectOption('');
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Västerbotten' });
  await expect(grid.locator('tbody tr[data-person="Anna Lindqvist"]')).toHaveCount(1);
  await expect(grid.locator('tbody tr[data-person="Kim Kapacitet"]')).toHaveCount(0);
  await expect(page.getByTestId('totals-region').locator('tbody tr:not([data-key="planned"])')).toHaveCount(1);
  await page.getByLabel('Region', { exact: true }).selectOption('');

  // The band limits are a setting: with "high" from 70 %, Kim's 60 % is no longer high.
  const settings = page.getByTestId('band-settings');
  await settings.getByLabel('Hög från (procent)').fill('70');
  await settings.getByRole('button', { name: 'Spara gränserna' }).click();
  await expect(settings.getByRole('status')).toHaveText('Gränserna är sparade.');
  await expect(kim.locator('td[data-month="2026-03"]')).toHaveAttribute('data-band', 'OK');
  await expect(page.getByTestId('band-counts').locator('li[data-band="HIGH"] strong')).toHaveText('0');

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Capacity' })).toBeVisible();
  await expect(page.getByTestId('capacity-count')).toHaveText('32 persons selected.');
  await expectNoAxeViolations(page);
  await shoot(page, 'capacity-en');
});

test('the capacity grid pages and virtualises its rows: only the rows in view are in the page', async ({ page, appUrl }) => {
  test.setTimeout(240_000);
  await completeFirstRun(page, appUrl, 'NORRA');
  const groups = await apiCall<{ id: string; name: string }[]>(page, 'groups:list', { type: 'NPO', level: null, query: 'Akut vård' });
  const groupId = groups.find((g) => g.name === 'Akut vård')?.id;
  expect(groupId).toBeTruthy();
  const count = 450;
  // Set up many persons at once through the app's own API (the register views would take far too long).
  await page.evaluate(
    async ({ count, groupId }) => {
      const token = window.sessionStorage.getItem('samplan.sessionToken') ?? '';
      const post = async (channel: string, input: unknown) => {
        const response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-samplan-token': token },
          body: JSON.stringify(input),
        });
        const body = (await response.json()) as { ok: boolean; value: { id: string }; error?: { message: string } };
        if (!body.ok) throw new Error(body.error?.message);
        return body.value;
      };
      const one = async (i: number) => {
        const name = `Virtuell ${String(i).padStart(4, '0')}`;
        const person = await post('persons:create', {
          name,
          email: null,
          phone: null,
          regionCode: '24',
          organisationId: null,
          profession: null,
          gender: null,
          notes: null,
        });
        await post('memberships:create', {
          personId: person.id,
          groupId,
          seatId: null,
          role: 'CO_OPTED',
          startDate: '2026-01-01',
          endDate: null,
          allocationBp: 1000 + (i % 9) * 1000,
          status: 'DECIDED',
          notes: null,
        });
      };
      for (let start = 0; start < count; start += 10) {
        await Promise.all(Array.from({ length: Math.min(10, count - start) }, (_, k) => one(start + k)));
      }
    },
    { count, groupId },
  );

  await openPlanningView(page, 'Kapacitet');
  await page.getByLabel('Första månad').selectOption({ label: 'januari' });
  await page.getByLabel('År', { exact: true }).selectOption('2026');
  // the region's persons only: the placeholder rows of the healthcare region's vacant seats belong to no region
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Västerbotten' });
  await expect(page.getByTestId('capacity-count')).toHaveText('450 personer i urvalet.');
  await expect(page.getByTestId('capacity-planned-count')).toHaveCount(0);
  const grid = page.getByTestId('capacity-grid');
  await expect(grid.locator('tr[data-person="Virtuell 0000"]')).toBeVisible();
  const rendered = await grid.locator('tbody tr[aria-rowindex]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  await expect(grid.locator('table')).toHaveAttribute('aria-rowcount', '451');

  // Scrolling to the end fetches the last page and shows the last person.
  await grid.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = grid.locator('tr[aria-rowindex="451"]');
  await expect(last).toHaveAttribute('data-person', 'Virtuell 0449');
  await expect(last.locator('td[data-month="2026-01"]')).toContainText('90 %');
  await expect(last.locator('td[data-month="2026-01"]')).toHaveAttribute('data-band', 'OVER');
  expect(await grid.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);

  // Keyboard: Ctrl+Home goes back to the first cell, scrolling it into view.
  await last.locator('td[data-month="2026-01"] button').focus();
  await page.keyboard.press('Control+Home');
  await expect(grid.locator('tr[data-person="Virtuell 0000"] td[data-month="2026-01"] button')).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-cell', /^\d+:0$/);
  await expectNoAxeViolations(page);
});
