import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations } from './helpers';
import { expect, openPackagesTab, shot, test } from './packages-helpers';
import { apiCall } from './planning-helpers';
import { openView } from './register-helpers';

const PERSON = 'Anna Lindqvist';

/** Chooses the shared folder on the "Utbytesmapp" tab. */
async function chooseFolder(page: Page, folder: string): Promise<void> {
  await openPackagesTab(page, 'Utbytesmapp');
  await page.getByLabel('Utbytesmapp', { exact: true }).fill(folder);
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(page.getByText('Inställningarna är sparade.')).toBeVisible();
}

test('two installations exchange through a shared folder: send, pick-up on the start page, preview, import; a second pick-up changes nothing', async ({
  page,
  appUrl,
  secondUrl,
  context,
}) => {
  test.setTimeout(180_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'samplan-e2e-exchange-'));
  try {
    // Jämtland (23) sends one person of its own, at its own organisation, to Norra through the folder (issue #16,
    // done-when: nothing rejected — the package carries the organisation the person refers to).
    await completeFirstRun(page, appUrl, '23');
    const org = await apiCall<{ id: string }>(page, 'organisations:create', {
      name: 'Östersunds sjukhus',
      type: 'COUNTY_HOSPITAL',
      regionCode: '23',
    });
    await apiCall(page, 'persons:create', {
      name: PERSON,
      organisationId: org.id,
      regionCode: '23',
      phone: null,
      profession: null,
      gender: null,
      notes: null,
      email: null,
    });
    await chooseFolder(page, folder);
    await expectNoAxeViolations(page);
    await page.getByLabel(/^Mottagare/).fill('NORRA');
    await page.getByRole('button', { name: 'Skicka ändringar nu' }).click();
    await expect(page.getByTestId('exchange-sent')).toHaveText('till-NORRA: 2 poster skickade.');
    expect(await readdir(path.join(folder, 'till-NORRA'))).toEqual([
      expect.stringMatching(/^samplan-23-own-NORRA-000001-\d{8}-[0-9a-f]{12}\.samplan$/),
    ]);
    await shot(page, 'sv-exchange-1-sent');

    // Norra chooses the same folder: the package waits on the start page.
    const pageB = await context.newPage();
    await completeFirstRun(pageB, secondUrl, 'NORRA');
    await chooseFolder(pageB, folder);
    await openView(pageB, 'Översikt');
    const card = pageB.getByTestId('start-exchange');
    await expect(card.getByTestId('start-exchange-count')).toHaveText('1');
    await expect(card).toContainText('Paket att granska');
    await expectNoAxeViolations(pageB);
    await shot(pageB, 'sv-exchange-2-start');

    // The preview, then the import.
    await card.getByRole('link', { name: /^Från Region Jämtland Härjedalen \(23\), hämtat/ }).click();
    await expect(pageB.getByRole('heading', { level: 1, name: 'Granska paket från Region Jämtland Härjedalen (23)' })).toBeVisible();
    const preview = pageB.getByTestId('package-preview');
    await expect(preview.getByTestId('preview-table').locator('tr[data-type="persons"] td[data-outcome="new"]')).toHaveText('1');
    await expect(preview.getByTestId('preview-table').locator('tr[data-type="organisations"] td[data-outcome="new"]')).toHaveText('1');
    await expect(preview.getByTestId('preview-table').locator('td[data-total="rejected"]')).toHaveText('0');
    await expectNoAxeViolations(pageB);
    await shot(pageB, 'sv-exchange-3-preview');
    await pageB.getByRole('button', { name: 'Importera paketet' }).click();
    const done = pageB.getByTestId('exchange-import-done');
    await expect(done.getByRole('heading', { name: 'Paketet är importerat.' })).toBeVisible();
    await expect(done.getByTestId('exchange-result-table').locator('tr[data-type="persons"] td[data-outcome="new"]')).toHaveText('1');
    await expect(done.getByTestId('exchange-result-table').locator('td[data-total="new"]')).toHaveText('2');
    await expect(done.getByTestId('exchange-result-table').locator('td[data-total="rejected"]')).toHaveText('0');

    // A second pick-up changes nothing: nothing waits, and one import in the history.
    await done.getByRole('link', { name: 'Tillbaka till startsidan' }).click();
    await expect(pageB.getByTestId('start-exchange-count')).toHaveText('0');
    await pageB.reload();
    await expect(pageB.getByTestId('start-exchange-count')).toHaveText('0');
    await expect(pageB.getByTestId('start-exchange')).toContainText('Inga nya paket i utbytesmappen.');
    await openPackagesTab(pageB, 'Historik');
    await expect(pageB.getByTestId('history-table').locator('tbody tr')).toHaveCount(1);
    await expect(pageB.getByTestId('history-table').locator('tbody tr').first()).toHaveAttribute('data-status', 'APPLIED');
    await openView(pageB, 'Personer');
    await expect(pageB.getByTestId('persons-table').getByRole('link', { name: PERSON })).toHaveCount(1);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
