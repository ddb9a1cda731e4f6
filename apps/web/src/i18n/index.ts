import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
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
 * English ships in its own chunk, fetched when someone chooses it (or chose it on an earlier visit):
 * the first page carries Italian, the default, only.
 */
export const loadTranslation = async (language: Language): Promise<Translation> =>
  language === 'it' ? it : (await import('./en')).en;

/** The language remembered from an earlier visit, without i18next (to preload it before the first render). */
export function storedLanguage(): Language {
  try {
    return toLanguage(
      typeof window === 'undefined'
        ? undefined
        : (window.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? undefined),
    );
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Switches language, loading its translations first when they are not there yet. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadTranslation(language));
  }
  await instance.changeLanguage(language);
}

/**
 * A configured i18next instance: Italian unless the person chose English earlier (localStorage), and
 * `<html lang>` kept in step with the language so screen readers and hyphenation follow it. `preloaded`
 * holds translations already fetched (English, when it is the remembered choice).
 */
export function createI18n(preloaded: Partial<Record<Language, Translation>> = {}): I18n {
  const instance = i18next.createInstance();
  instance.use(LanguageDetector).use(initReactI18next);
  instance.on('languageChanged', (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = toLanguage(lng);
  });
  void instance.init({
    resources: Object.fromEntries(
      Object.entries({ it, ...preloaded }).map(([lng, translation]) => [lng, { translation }]),
    ),
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
