import fs from 'node:fs';
import path from 'node:path';
import { ROUTES, type Route } from '../../src/renderer/src/routes';
import { expect, test } from './fixtures';
import { apiCall, startWithExampleData, switchLanguage } from './planning-helpers';

/**
 * A screenshot of every route of the route table, at 1280×720 and 1440×900, in Swedish and English,
 * with the example data loaded, for a person to look at (#14: "look at every view"). Runs only when
 * SAMPLAN_VIEW_SHOTS names a folder: `SAMPLAN_VIEW_SHOTS=/tmp/views npx playwright test every-view-shots`;
 * SAMPLAN_VIEW_ROUTES limits it to some routes or navigation groups.
 */
const shotsDir = process.env['SAMPLAN_VIEW_SHOTS'];
/** Optional: only these routes or navigation groups (comma-separated, e.g. `finance,exchange` or `person,group`). */
const only = (process.env['SAMPLAN_VIEW_ROUTES'] ?? '').split(',').filter((s) => s !== '');

function wanted(route: Route): boolean {
  if (only.length === 0) return true;
  const entry: { group?: string | null; within?: string } = ROUTES[route];
  const group = entry.group ?? (entry.within ? (ROUTES[entry.within as Route] as { group?: string | null }).group : null);
  return only.includes(route) || (group != null && only.includes(group));
}
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

type Page = { rows: { id: string }[] };

/** The browser's locale of each run, as the date controls' (src/renderer/src/i18n DATE_CONTROL_LOCALES): Swedish and British English. */
const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

for (const language of shotsDir ? (['sv', 'en'] as const) : []) {
  test.describe(language, () => {
    test.use({ locale: LOCALES[language] });
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
        if (route === 'packagesReview' || !wanted(route)) continue; // packagesReview needs a package on its way in
        const hash = 'record' in entry ? `${entry.hash}/${records[route] ?? ''}` : entry.hash;
        await page.goto(`${origin}/${hash}`);
        await expect(page.locator('h1').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        // a picture of "Loading …" is no use: wait until nothing is busy and no spinner turns
        await expect(page.locator('[aria-busy="true"], .spinner, p.loading')).toHaveCount(0, { timeout: 30_000 });
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await page.screenshot({ path: path.join(shotsDir!, `${language}-${size.width}-${route}.png`) });
        }
      }
    });
  });
}
