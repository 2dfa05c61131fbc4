import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../src/main/electron/window-options';

const HARDENED = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  spellcheck: false,
  navigateOnDragDrop: false,
} as const;

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
  const prefs = options.webPreferences ?? {};

  it.each(Object.entries(HARDENED))('sets %s to %s', (key, value) => {
    expect(prefs[key as keyof typeof prefs]).toBe(value);
  });

  it('uses the bundled preload and stays hidden until ready-to-show', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
  });

  it('never enables Blink features or a shared session/partition', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.session).toBeUndefined();
    expect(prefs.partition).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
  });

  it('offers developer tools only when asked to (unpackaged builds)', () => {
    expect(prefs.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('returns a fresh object each time, so a caller cannot loosen the next window', () => {
    const first = createWindowOptions({ preloadPath: 'p', devTools: false });
    if (first.webPreferences) first.webPreferences.sandbox = false;
    expect(createWindowOptions({ preloadPath: 'p', devTools: false }).webPreferences?.sandbox).toBe(true);
  });
});
