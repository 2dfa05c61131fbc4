import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/contract/common';
import en from './en.json';
import sv from './sv.json';

export const DEFAULT_LANGUAGE: Language = 'sv';
export const LANGUAGES: readonly Language[] = ['sv', 'en'];

export const resources = {
  sv: { translation: sv },
  en: { translation: en },
} as const;

/** Swedish first; English is a full translation with the same keys (see tests/unit/i18n-keys.test.ts). */
export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}

export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * The locale a native date control is drawn in, per UI language (its `lang`: åååå-mm-dd in Swedish,
 * dd/mm/yyyy in British English). It takes effect where Blink's LangAttributeAwareFormControlUI is on:
 * the Electron window and the E2E browser; elsewhere the browser's own locale decides.
 */
export const DATE_CONTROL_LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export function dateControlLocale(language: string): string {
  return language.startsWith('en') ? DATE_CONTROL_LOCALES.en : DATE_CONTROL_LOCALES.sv;
}
