import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { canonicalJson } from '../../src/main/domain/packages/canonical';
import { encodeContainer, sha256Hex } from '../../src/main/services/packages/codec';
import { test as base, expect, spawnServer, stopServer, waitForUrl } from './fixtures';

/** A second browser-mode server on its own fresh data folder: another region's installation. */
export const test = base.extend<{ secondUrl: string }>({
  secondUrl: async ({}, provide) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'samplan-e2e-b-'));
    const child = spawnServer(dir);
    try {
      await provide(await waitForUrl(child));
    } finally {
      await stopServer(child);
      await rm(dir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Screenshots go to SAMPLAN_SCREENSHOTS when it names a folder; otherwise none are taken. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env['SAMPLAN_SCREENSHOTS'];
  if (dir) await page.screenshot({ path: path.join(dir, `packages-${name}.png`), fullPage: true });
}

/** Opens a tab of "Paketutbyte" / "Package exchange" through the main menu and the tab list. */
export async function openPackagesTab(page: Page, tab: string | RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: /^(Paketutbyte|Package exchange)$/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Paketutbyte|Package exchange)$/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: /Delar av paketutbytet|Parts of package exchange/ })
    .getByRole('link', { name: tab })
    .click();
}

type PackageDocument = {
  manifest: { counts: Record<string, number>; payloadSha256: string };
  payload: Record<string, Record<string, unknown>[]>;
};

/** A copy of an unsigned package file whose one person is cloned `count` times under new ids (a big, valid package). */
export function inflatePackage(file: string, count: number): string {
  const bytes = fs.readFileSync(file);
  const document = JSON.parse(inflateRawSync(bytes.subarray(10, bytes.length - 8)).toString('utf8')) as PackageDocument;
  const template = document.payload['persons']?.[0];
  if (!template) throw new Error('the package holds no person to clone');
  document.payload['persons'] = Array.from({ length: count }, (_, i) => ({ ...template, id: randomUUID(), name: `Testperson ${i + 1}` }));
  document.manifest.counts['persons'] = count;
  document.manifest.payloadSha256 = sha256Hex(canonicalJson(document.payload));
  const out = file.replace(/\.samplan$/, `-x${count}.samplan`);
  fs.writeFileSync(out, encodeContainer(JSON.stringify(document)));
  return out;
}

/** Moves focus with the Tab key until `target` has it (keyboard reachability), at most `max` presses. */
export async function pressTabUntilFocused(page: Page, target: Locator, max = 60): Promise<void> {
  let presses = 0;
  while (presses < max && !(await target.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await expect(target).toBeFocused();
}
