import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { completeFirstRun } from './helpers';
import { regionalGroup } from '../helpers/inputs';

/** Screenshots of the planning views go here (sv and en), for a person to look at. */
const SHOTS_DIR = process.env['SAMPLAN_PLANNING_SHOTS'] ?? '/tmp/shots';

export async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `planning-${name}.png`), fullPage: true });
}

/** First run with the given answer, then the example data through the overview's button. */
export async function startWithExampleData(page: Page, appUrl: string, owner: string): Promise<void> {
  await completeFirstRun(page, appUrl, owner);
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByTestId('example-added')).toBeVisible();
}

/** Follows a planning link in the main menu (Swedish or English) and waits for the view's heading. */
export async function openPlanningView(page: Page, link: string | RegExp, heading: string | RegExp = link): Promise<void> {
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: link, exact: typeof link === 'string' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

export async function switchLanguage(page: Page, language: 'sv' | 'en'): Promise<void> {
  await page.getByLabel(/^(Språk|Language)$/).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/**
 * Calls a channel of the browser-mode server from the page, the way src/renderer/src/api/transport.ts
 * does: POST /api/<channel> with the session token it keeps in sessionStorage.
 */
export async function apiCall<T = unknown>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ channel, input }) => {
      const token = window.sessionStorage.getItem('samplan.sessionToken') ?? '';
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-samplan-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { channel, input },
  );
  if (!result.ok) throw new Error(`${channel} failed: ${result.error?.message ?? 'unknown error'}`);
  return result.value as T;
}

/** Creates "Regional arbetsgrupp" (an RPT group of region 23 with two seats) through the server and opens its page. */
export async function openNewRegionalGroup(page: Page): Promise<string> {
  const created = await apiCall<{ group: { id: string } }>(page, 'groups:create', regionalGroup('Regional arbetsgrupp'));
  await page.goto(`${new URL(page.url()).origin}/#/grupper/${created.group.id}`);
  return created.group.id;
}
