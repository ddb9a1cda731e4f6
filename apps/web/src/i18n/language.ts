/**
 * The interface languages, in a module of their own that imports nothing, so that i18n/index.ts, the
 * feature translations (features.ts), lazy.tsx and the formatters can all use them without importing
 * one another in a loop.
 */
export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Italian is the default: the browser's language is deliberately not consulted. */
export const DEFAULT_LANGUAGE: Language = 'it';
/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'filiera.language';
/**
 * The cookie in which it is remembered too, so the server draws a page without `?lang` in it in that
 * language (apps/api's showcase.page.ts reads it): the first paint is in the visitor's language and the
 * browser hydrates the same markup.
 */
export const LANGUAGE_COOKIE = 'filiera.language';

/** The supported language closest to `code` (e.g. "en-GB" → "en"); Italian for anything else. */
export function toLanguage(code: string | undefined): Language {
  const base = code?.toLowerCase().split('-')[0];
  return LANGUAGES.find((l) => l === base) ?? DEFAULT_LANGUAGE;
}
