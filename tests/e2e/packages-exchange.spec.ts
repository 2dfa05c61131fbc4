import os from 'node:os';
import path from 'node:path';
import { completeFirstRun, expectNoAxeViolations, expectNoHorizontalOverflow } from './helpers';
import { expect, inflatePackage, openPackagesTab, pressTabUntilFocused, shot, test } from './packages-helpers';
import { createPerson, openView } from './register-helpers';

const PERSON = 'Astrid Lind';

test('region 22 exports its own records; region 23 previews, imports and undoes them', async ({ page, appUrl, secondUrl, context }) => {
  test.setTimeout(120_000);
  // Installation A: region 22 with one person of its own.
  await completeFirstRun(page, appUrl, '22');
  await createPerson(page, { name: PERSON, email: 'astrid.lind@example.org' });
  await openPackagesTab(page, 'Nycklar');
  await page.getByRole('button', { name: 'Skapa signeringsnyckel' }).click();
  const fingerprint = ((await page.getByTestId('own-fingerprint').textContent()) ?? '').replace(/ /g, '');
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  await openPackagesTab(page, 'Exportera');
  await expect(page.getByRole('heading', { level: 2, name: 'Exportera ett paket' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Mottagare', { exact: true }).selectOption('23');
  await page.getByLabel('Signera paketet med installationens nyckel').check();
  await page.getByRole('button', { name: 'Skapa paketet' }).click();
  const result = page.getByTestId('export-result');
  await expect(result.getByRole('heading', { name: 'Paketet är klart' })).toBeVisible();
  await expect(result.getByTestId('package-sequence')).toHaveText('1');
  await expect(result.getByTestId('package-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(result.getByTestId('package-counts').locator('tr[data-type="persons"] td')).toHaveText('1');
  await expectNoAxeViolations(page);
  await shot(page, 'sv-1-export-done');
  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Spara filen' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^samplan-22-own-23-000001-\d{8}\.samplan$/);
  const file = path.join(os.tmpdir(), `pkgui-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);

  // A's history lists the package sent and whose data went to 23.
  await openPackagesTab(page, 'Historik');
  await expect(page.getByTestId('history-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('history-table').locator('tbody tr').first()).toHaveAttribute('data-status', 'SENT');
  await expect(page.getByTestId('recipients-table').getByRole('row', { name: new RegExp(PERSON) })).toContainText('23');

  // Installation B: region 23 of the same healthcare region.
  const pageB = await context.newPage();
  await completeFirstRun(pageB, secondUrl, '23');
  await openPackagesTab(pageB, 'Importera');
  await pageB.getByLabel('Paketfil (.samplan)').setInputFiles(file);
  const preview = pageB.getByTestId('package-preview');
  await expect(preview).toBeVisible();
  await expect(pageB.getByTestId('import-facts')).toContainText('Region Västernorrland (22)');
  await expectNoHorizontalOverflow(pageB);
  await expect(preview.getByTestId('preview-table').locator('tr[data-type="persons"] td[data-outcome="new"]')).toHaveText('1');
  // An unknown signer: its fingerprint is shown and must be trusted once before the import.
  await expect(pageB.getByTestId('signer-status')).toContainText('Okänd signeringsnyckel för Region Västernorrland');
  await expect(pageB.getByTestId('signer-fingerprint')).toHaveText(fingerprint);
  const confirm = pageB.getByRole('button', { name: 'Importera paketet' });
  await expect(confirm).toBeDisabled();
  await expectNoAxeViolations(pageB);
  await shot(pageB, 'sv-2-import-preview');
  await pageB.getByLabel('Jag har kontrollerat fingeravtrycket med avsändaren och litar på nyckeln för Region Västernorrland.').check();
  await confirm.click();
  const done = pageB.getByTestId('import-done');
  await expect(done.getByRole('heading', { name: 'Paketet är importerat' })).toBeVisible();
  await expect(done.getByTestId('import-result-table').locator('tr[data-type="persons"] td[data-outcome="new"]')).toHaveText('1');
  await shot(pageB, 'sv-3-import-done');
  await openPackagesTab(pageB, 'Nycklar');
  await expect(pageB.getByTestId('trusted-keys').getByRole('row', { name: /^22 / })).toBeVisible();

  // The person is there, read-only, with where it came from.
  await openView(pageB, 'Personer');
  await pageB.getByTestId('persons-table').getByRole('link', { name: PERSON }).click();
  await expect(pageB.getByRole('heading', { level: 1, name: PERSON })).toBeVisible();
  await expect(pageB.getByTestId('provenance')).toContainText('Mottagen från Region Västernorrland');
  await shot(pageB, 'sv-4-person-provenance');

  // Undo the import: the person is gone again.
  await openPackagesTab(pageB, 'Historik');
  const row = pageB.getByTestId('history-table').locator('tbody tr').first();
  await expect(row).toHaveAttribute('data-status', 'APPLIED');
  await row.getByText(/^[0-9a-f]{8}…/).click();
  await expect(row.getByText(/^[0-9a-f]{64}$/)).toBeVisible();
  await expectNoHorizontalOverflow(pageB);
  await expectNoAxeViolations(pageB);
  // With the keyboard: Tab to the undo button, Enter opens the dialog, Escape closes it and focus returns.
  const undoButton = pageB.getByRole('button', { name: 'Ångra senaste importen' });
  await pressTabUntilFocused(pageB, undoButton);
  await pageB.keyboard.press('Enter');
  const dialog = pageB.getByRole('dialog', { name: 'Ångra senaste importen?' });
  await expect(dialog).toBeVisible();
  await pageB.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(undoButton).toBeFocused();
  // Enter on the button itself: the history may re-render after the dialog closed, and a keypress must not
  // land on a button that was just replaced.
  await undoButton.press('Enter');
  await expect(dialog).toBeVisible();
  await shot(pageB, 'sv-5-undo-dialog');
  await dialog.getByRole('button', { name: 'Ångra importen' }).click();
  await expect(pageB.getByTestId('undo-notice')).toContainText('Importen från Region Västernorrland är ångrad');
  await expect(row).toHaveAttribute('data-status', 'UNDONE');
  await expect(pageB.getByRole('button', { name: 'Ångra senaste importen' })).toHaveCount(0);
  await shot(pageB, 'sv-6-history-undone');
  await openView(pageB, 'Personer');
  await expect(pageB.getByRole('link', { name: PERSON })).toHaveCount(0);
});

test('a long import shows a progress bar, can be cancelled and then changes nothing', async ({ page, appUrl, secondUrl, context }) => {
  test.setTimeout(180_000);
  await completeFirstRun(page, appUrl, '22');
  await createPerson(page, { name: PERSON });
  await openPackagesTab(page, 'Exportera');
  await page.getByRole('button', { name: 'Skapa paketet' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara filen' }).click()]);
  const small = path.join(os.tmpdir(), `pkgui-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(small);
  const big = inflatePackage(small, 30_000);

  const pageB = await context.newPage();
  await completeFirstRun(pageB, secondUrl, '23');
  await openPackagesTab(pageB, 'Importera');
  await pageB.getByLabel('Paketfil (.samplan)').setInputFiles(big);
  await expect(pageB.getByTestId('preview-table').locator('tr[data-type="persons"] td[data-outcome="new"]')).toHaveText('30 000', {
    timeout: 60_000,
  });
  await pageB.getByRole('button', { name: 'Importera paketet' }).click();
  const progress = pageB.getByTestId('job-progress');
  await expect(progress.getByRole('progressbar', { name: 'Paketet importeras' })).toBeVisible();
  // Cancel while records are being written: the worker rolls its transaction back.
  await expect(progress.getByRole('status')).toContainText(/^Läser in poster – \d+ %$/, { timeout: 60_000 });
  await shot(pageB, 'sv-8-import-progress');
  await progress.getByRole('button', { name: 'Avbryt' }).click();
  await expect(pageB.getByText('Avbrutet. Ingenting ändrades.')).toBeVisible({ timeout: 60_000 });
  await expectNoAxeViolations(pageB);
  await shot(pageB, 'sv-9-import-cancelled');
  await openPackagesTab(pageB, 'Historik');
  await expect(pageB.getByTestId('history-empty')).toBeVisible();
  await openView(pageB, 'Personer');
  await expect(pageB.getByTestId('persons-empty')).toBeVisible();
});

test('a file that is not a package is rejected with its one-line reason and nothing changes', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, '23');
  await openPackagesTab(page, 'Importera');
  await page.getByLabel('Paketfil (.samplan)').setInputFiles({
    name: 'trasig.samplan',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('not a package at all, just some bytes'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Paketet avvisades – ingenting ändrades');
  await expect(alert).toContainText('Filen är inget Samplan-paket. Välj en fil som slutar på .samplan.');
  await expect(page.getByTestId('package-preview')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Importera paketet' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, 'sv-7-rejected');
  await openPackagesTab(page, 'Historik');
  await expect(page.getByTestId('history-empty')).toBeVisible();
});

test('in English: keys, a signed export and the views pass axe', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByLabel('Språk').selectOption('en');
  await page.getByLabel('Region or healthcare region').fill('NORRA');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await openPackagesTab(page, 'Keys');
  await expect(page.getByText('This installation has no signing key yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Create a signing key' }).click();
  await expect(page.getByTestId('own-fingerprint')).toHaveText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  await expectNoAxeViolations(page);
  await shot(page, 'en-1-keys');

  await openPackagesTab(page, 'Export');
  await page.getByRole('radio', { name: /^Everything held as the healthcare region's coordinator/ }).check();
  await page.getByLabel("Sign the package with this installation's key").check();
  await expect(page.getByText(/^Signed with the key [0-9a-f]{16}/)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'en-2-export-form');
  await page.getByRole('button', { name: 'Create the package' }).click();
  const result = page.getByTestId('export-result');
  await expect(result.getByRole('heading', { name: 'The package is ready' })).toBeVisible();
  await expect(result.getByTestId('export-facts')).toContainText('Healthcare region');
  await expect(result.getByTestId('export-facts')).not.toContainText('Not signed');
  await expectNoAxeViolations(page);
  await shot(page, 'en-3-export-done');

  await openPackagesTab(page, 'Import');
  await expectNoAxeViolations(page);
  await shot(page, 'en-4-import');
  await openPackagesTab(page, 'History');
  await expect(page.getByTestId('history-table').locator('tbody tr')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await shot(page, 'en-5-history');
});
