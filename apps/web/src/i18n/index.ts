import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { it, type Translation } from './it';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Italian is the default: the browser's language is deliberately not consulted. */
export const DEFAULT_LANGUAGE: Language = 'it';
/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'filiera.language';

/** The supported language closest to `code` (e.g. "en-GB" → "en"); Italian for anything else. */
export function toLanguage(code: string | undefined): Language {
  const base = code?.toLowerCase().split('-')[0];
  return LANGUAGES.find((l) => l === base) ?? DEFAULT_LANGUAGE;
}

/**
 * A configured i18next instance: Italian unless the person chose English earlier (localStorage), and
 * `<html lang>` kept in step with the language so screen readers and hyphenation follow it.
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  instance.use(LanguageDetector).use(initReactI18next);
  instance.on('languageChanged', (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = toLanguage(lng);
  });
  void instance.init({
    resources: { it: { translation: it }, en: { translation: en } },
    supportedLngs: [...LANGUAGES],
    fallbackLng: DEFAULT_LANGUAGE,
    load: 'languageOnly',
    detection: {
      order: ['localStorage'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
  });
  return instance;
}
