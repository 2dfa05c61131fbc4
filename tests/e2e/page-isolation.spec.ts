import { expect, test } from './fixtures';
import { completeFirstRun } from './helpers';

/**
 * Checklist items 2–4 and 7 as the page sees them (browser mode, Chromium): no Node globals leak into
 * the renderer bundle, and the CSP stops injected inline scripts and inline event handlers (that
 * it has no 'unsafe-eval' is checked on the header itself in tests/unit/static-files.test.ts).
 */
test('the page has no Node globals, and the CSP blocks injected inline scripts and handlers', async ({ page, appUrl }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await completeFirstRun(page, appUrl, '23');
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>)['require'],
    process: typeof (globalThis as Record<string, unknown>)['process'],
    module: typeof (globalThis as Record<string, unknown>)['module'],
    global: typeof (globalThis as Record<string, unknown>)['global'],
    buffer: typeof (globalThis as Record<string, unknown>)['Buffer'],
    electron: typeof (globalThis as Record<string, unknown>)['electron'],
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    global: 'undefined',
    buffer: 'undefined',
    electron: 'undefined',
  });

  const injected = await page.evaluate(async () => {
    const flags = globalThis as Record<string, unknown>;
    const script = document.createElement('script');
    script.textContent = 'globalThis.__inlineRan = true';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="x" onerror="globalThis.__handlerRan = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { inline: flags['__inlineRan'] === true, handler: flags['__handlerRan'] === true };
  });
  expect(injected).toEqual({ inline: false, handler: false });
  expect(violations.length).toBeGreaterThan(0);
});
