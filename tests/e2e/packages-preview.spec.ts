import os from 'node:os';
import path from 'node:path';
import { completeFirstRun, expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';
import { expect, openPackagesTab, shot, test } from './packages-helpers';
import { apiCall, switchLanguage } from './planning-helpers';

/**
 * Issue #16.2: the preview names every record, grouped by what happens, and a package addressed to
 * someone else is imported only after a confirmation that names both parties.
 */
test('a package to Norra opened in Västra Götaland: the Swedish preview by name and the naming confirmation', async ({
  page,
  appUrl,
  secondUrl,
  context,
}) => {
  test.setTimeout(120_000);
  // Jämtland: Anna Lindqvist at Östersunds sjukhus, with an assignment of 20 % in a national NPO.
  await completeFirstRun(page, appUrl, '23');
  const org = await apiCall<{ id: string }>(page, 'organisations:create', {
    name: 'Östersunds sjukhus',
    type: 'COUNTY_HOSPITAL',
    regionCode: '23',
  });
  const person = { phone: null, regionCode: '23', profession: null, gender: null, notes: null, email: null };
  const anna = await apiCall<{ id: string }>(page, 'persons:create', { ...person, name: 'Anna Lindqvist', organisationId: org.id });
  const [npo] = await apiCall<{ id: string; name: string }[]>(page, 'groups:list', { type: 'NPO', level: null, query: '' });
  await apiCall(page, 'memberships:create', {
    personId: anna.id,
    groupId: npo!.id,
    seatId: null,
    role: 'MEMBER',
    startDate: '2026-01-01',
    endDate: null,
    allocationBp: 2000,
    status: 'DECIDED',
    notes: null,
  });
  await openPackagesTab(page, 'Exportera');
  await page.getByLabel('Mottagare', { exact: true }).selectOption('NORRA');
  await page.getByRole('button', { name: 'Skapa paketet' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara filen' }).click()]);
  const file = path.join(os.tmpdir(), `pkgpreview-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);

  // Västra Götalandsregionen opens the package meant for Norra.
  const pageB = await context.newPage();
  await completeFirstRun(pageB, secondUrl, '14');
  await openPackagesTab(pageB, 'Importera');
  await pageB.getByLabel('Paketfil (.samplan)').setInputFiles(file);
  const preview = pageB.getByTestId('package-preview');
  const added = preview.getByTestId('preview-group-new');
  await expect(added.getByRole('heading', { name: '3 nya' })).toBeVisible();
  await expect(added.getByRole('listitem')).toHaveText([
    'Östersunds sjukhus – ny',
    'Anna Lindqvist (Östersunds sjukhus) – ny',
    `Uppdrag: Anna Lindqvist i ${npo!.name} – ny`,
  ]);
  await expect(preview.getByTestId('preview-warnings')).toContainText(
    'Paketet är adresserat till Norra sjukvårdsregionen, inte till Västra Götalandsregionen.',
  );
  await expect(preview).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);

  const confirm = pageB.getByRole('button', { name: 'Importera paketet' });
  const naming = pageB.getByLabel(
    'Paketet är adresserat till Norra sjukvårdsregionen, inte till Västra Götalandsregionen. Importera ändå?',
  );
  await expect(confirm).toBeDisabled();
  await expectNoAxeViolations(pageB);
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    await pageB.setViewportSize({ width, height });
    await expectNoHorizontalOverflow(pageB);
    await shot(pageB, `sv-preview-${width}`);
  }
  await switchLanguage(pageB, 'en');
  await expect(added.getByRole('listitem').first()).toHaveText('Östersunds sjukhus – new');
  await expect(
    pageB.getByLabel('The package is addressed to Norra sjukvårdsregionen, not to Västra Götalandsregionen. Import anyway?'),
  ).toBeVisible();
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    await pageB.setViewportSize({ width, height });
    await expectNoHorizontalOverflow(pageB);
    await shot(pageB, `en-preview-${width}`);
  }
  await switchLanguage(pageB, 'sv');

  await naming.check();
  await confirm.click();
  const done = pageB.getByTestId('import-done');
  await expect(done.getByRole('heading', { name: 'Paketet är importerat' })).toBeVisible();
  await expect(done.getByTestId('import-result-table').locator('tr[data-type="persons"] td[data-outcome="new"]')).toHaveText('1');
});
