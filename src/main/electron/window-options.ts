import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export type WindowOptionsInput = {
  /** Absolute path of the bundled, sandboxed preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Developer tools only in an unpackaged (development) build. */
  devTools: boolean;
};

/** Blink's switch that makes native form controls (a date input's format) follow the element's `lang`. */
export const FORM_CONTROLS_FOLLOW_LANG = 'LangAttributeAwareFormControlUI';

/**
 * The hardened web preferences of every Samplan window. Everything that widens the renderer's reach
 * is spelled out as off, so a changed Electron default cannot silently loosen it.
 */
export function createWebPreferences(input: WindowOptionsInput): WebPreferences {
  return {
    preload: input.preloadPath,
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
    enableWebSQL: false,
    safeDialogs: true,
    devTools: input.devTools,
    // the one Blink feature on: a date control takes its format from its lang (the renderer sets the UI
    // language's, src/renderer/src/i18n DATE_CONTROL_LOCALES: åååå-mm-dd in Swedish), not from the OS locale
    enableBlinkFeatures: FORM_CONTROLS_FOLLOW_LANG,
  };
}

/**
 * The options of the one application window: hidden until `ready-to-show` (no white flash), with
 * the hardened web preferences above. The only place a window's options are made.
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Samplan',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: createWebPreferences(input),
  };
}
