import i18next, { type i18n } from 'i18next';
import en from '../../../src/renderer/src/i18n/en.json';
import sv from '../../../src/renderer/src/i18n/sv.json';

/** The renderer's translations in `language`, as the page words them (no HTML escaping: React escapes). */
export async function translator(language: 'sv' | 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return instance;
}
