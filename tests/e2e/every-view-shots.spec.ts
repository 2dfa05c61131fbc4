import fs from 'node:fs';
import path from 'node:path';
import { ROUTES, type Route } from '../../src/renderer/src/routes';
import { expect, test } from './fixtures';
import { apiCall, startWithExampleData, switchLanguage } from './planning-helpers';

/**
 * A screenshot of every route of the route table, at 1280×720 and 1440×900, in Swedish and English,
 * with the example data loaded, for a person to look at (#14: "look at every view"). Runs only when
 * SAMPLAN_VIEW_SHOTS names a folder: `SAMPLAN_VIEW_SHOTS=/tmp/views npx playwright test every-view-shots`.
 */
const shotsDir = process.env['SAMPLAN_VIEW_SHOTS'];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

type Page = { rows: { id: string }[] };

for (const language of shotsDir ? (['sv', 'en'] as const) : []) {
  test(`every view in ${language}`, async ({ page, appUrl }) => {
    test.setTimeout(600_000);
    fs.mkdirSync(shotsDir!, { recursive: true });
    await startWithExampleData(page, appUrl, 'NORRA');
    if (language === 'en') await switchLanguage(page, 'en');
    const person = (await apiCall<Page>(page, 'persons:search', { query: '' })).rows[0]?.id ?? '';
    const group = (await apiCall<{ id: string }[]>(page, 'groups:list', { type: 'NPO', level: null, query: '' }))[0]?.id ?? '';
    const hosting = (await apiCall<{ id: string }[]>(page, 'hostings:list', {}))[0]?.id ?? '';
    const records: Partial<Record<Route, string>> = { person, group, costHosting: hosting };
    const origin = new URL(page.url()).origin;
    for (const [route, entry] of Object.entries(ROUTES) as [Route, (typeof ROUTES)[Route]][]) {
      if (route === 'packagesReview') continue; // needs a package on its way in
      const hash = 'record' in entry ? `${entry.hash}/${records[route] ?? ''}` : entry.hash;
      await page.goto(`${origin}/${hash}`);
      await expect(page.locator('h1').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({ path: path.join(shotsDir!, `${language}-${size.width}-${route}.png`) });
      }
    }
  });
}
