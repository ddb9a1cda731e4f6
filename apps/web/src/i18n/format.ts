import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from './index';

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

/** Formatters for numbers and dates in a language's conventions (1.234 and 25/11/2026 in Italian). */
export interface Formatters {
  number(value: number): string;
  /** A calendar date, e.g. 25 nov 2026. */
  date(value: string | Date): string;
  /** A date with the time of day. */
  dateTime(value: string | Date): string;
}

export function createFormatters(language: Language): Formatters {
  const locale = LOCALES[language];
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));
  return {
    number: (value) => number.format(value),
    date: (value) => date.format(toDate(value)),
    dateTime: (value) => dateTime.format(toDate(value)),
  };
}

/**
 * One set per language for the whole app: making Intl formatters costs (their locale data), and a list
 * of cards each asking for them blocked a slow phone while a page was hydrated.
 */
const shared = new Map<Language, Formatters>();

/** The formatters of the current language; they change when the person switches language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  return useMemo(() => {
    let formatters = shared.get(language);
    if (!formatters) {
      formatters = createFormatters(language);
      shared.set(language, formatters);
    }
    return formatters;
  }, [language]);
}

/** The current language as one of ours. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage);
}
