import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against browser mode: each test starts its own server on a fresh data folder
 * (tests/e2e/fixtures.ts), the bundled out/node/web.js, built when stale by the globalSetup below.
 * The renderer must be built first (`npm run build:web`).
 * The system Chromium is used; never run `npx playwright install`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/setup/build-bundles.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env['CI']),
  use: {
    browserName: 'chromium',
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 900 },
    trace: 'off',
    launchOptions: {
      executablePath: process.env['SAMPLAN_CHROMIUM'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // as in the Electron window (src/main/electron/window-options.ts): date controls follow the page's lang, the UI language
        '--enable-blink-features=LangAttributeAwareFormControlUI',
      ],
    },
  },
});
