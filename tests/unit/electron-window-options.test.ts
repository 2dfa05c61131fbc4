import { describe, expect, it } from 'vitest';
import { createWindowOptions, FORM_CONTROLS_FOLLOW_LANG } from '../../src/main/electron/window-options';

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

  it('enables no Blink feature but the one that lets date controls follow the UI language, and no shared session/partition', () => {
    expect(prefs.enableBlinkFeatures).toBe(FORM_CONTROLS_FOLLOW_LANG);
    expect(FORM_CONTROLS_FOLLOW_LANG).toBe('LangAttributeAwareFormControlUI');
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
