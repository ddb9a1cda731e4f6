import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { it, type CoreTranslation } from './it';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_COOKIE,
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
  toLanguage,
  type Language,
} from './language';
import { loadNamespace, type Resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: Resources;
  }
}

export { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, LANGUAGES, toLanguage, type Language } from './language';
export { FEATURE_NAMESPACES, type FeatureNamespace } from './resources';

/**
 * The core strings of a language. English ships in its own chunk, fetched when someone chooses it (or
 * chose it on an earlier visit): the first page carries Italian's core only. Features' strings are
 * namespaces of their own, fetched with their pages (resources.ts).
 */
export const loadTranslation = async (language: Language): Promise<CoreTranslation> =>
  (await loadNamespace(language, 'translation')) as CoreTranslation;

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

/**
 * The language of the first render: a `?lang=it|en` in the address (the showcase's link for each
 * language, which search engines follow) wins over the one remembered from an earlier visit.
 */
export function initialLanguage(): Language {
  const fromAddress =
    typeof window === 'undefined' ? null : new URLSearchParams(window.location?.search).get('lang');
  return LANGUAGES.find((l) => l === fromAddress) ?? storedLanguage();
}

/**
 * Switches language. i18next first loads the core strings and every namespace already loaded in the
 * other language, so everything on screen changes at once; namespaces asked for later load in the new one.
 */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  await instance.changeLanguage(language);
}

/** A year, in seconds: how long the language cookie lasts. */
const LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/**
 * A configured i18next instance: Italian unless the address asks for English or the person chose it
 * earlier (localStorage, where each change of language is remembered, and the cookie LANGUAGE_COOKIE,
 * from which the server draws a showcase page in the same language), and `<html lang>` kept in step with the language so screen
 * readers and hyphenation follow it. `preloaded` holds core strings already fetched (English, when it is
 * the remembered choice). Other namespaces come from resources.ts when first asked for: a component's
 * `useTranslation('<feature>')` suspends until its strings are there, so a page never shows a bare key.
 */
export function createI18n(preloaded: Partial<Record<Language, CoreTranslation>> = {}): I18n {
  const instance = i18next.createInstance();
  instance
    .use(initReactI18next)
    .use(resourcesToBackend((lng: string, ns: string) => loadNamespace(toLanguage(lng), ns)));
  instance.on('languageChanged', (lng: string) => {
    const language = toLanguage(lng);
    if (typeof document !== 'undefined') {
      document.documentElement.lang = language;
      document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=${LANGUAGE_COOKIE_MAX_AGE}; samesite=lax`;
    }
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // No storage (private mode, tests): the choice lasts until the page is closed.
    }
  });
  void instance.init({
    resources: Object.fromEntries(
      Object.entries({ it, ...preloaded }).map(([lng, translation]) => [lng, { translation }]),
    ),
    lng: initialLanguage(),
    // The bundled core strings, the rest from the backend.
    partialBundledLanguages: true,
    ns: ['translation'],
    defaultNS: 'translation',
    fallbackNS: 'translation',
    supportedLngs: [...LANGUAGES],
    // Every language has every key (English files are typed against Italian's), and a fallback language
    // would be fetched along with the one in use.
    fallbackLng: false,
    load: 'languageOnly',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: true },
  });
  return instance;
}

/**
 * The instance of a page's first render in the browser: an English reader (returning, or following an
 * English link) gets English in the first paint, its core strings fetched before rendering.
 */
export async function createFirstI18n(): Promise<I18n> {
  const initial = initialLanguage();
  return createI18n(initial === 'it' ? {} : { [initial]: await loadTranslation(initial) });
}
