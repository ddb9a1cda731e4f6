import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from './language';

/** The locale each language formats in (en-GB: day before month, as in Italian). */
export const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

/**
 * Formatters for numbers and dates in a language's conventions (1.234 and 25/11/2026 in Italian). The one
 * place of the web app that builds Intl formatters: features call these instead of Intl or toLocale*.
 */
export interface Formatters {
  language: Language;
  /** 12.345 / 12,345; `maxFraction` decimals at most (Intl's 3 when not given). */
  number(value: number, maxFraction?: number): string;
  /** A percentage given as 0–100: 12,5% (one decimal at most). */
  percent(value: number): string;
  /** A share given as 0–1: 0.125 → 12,5% (one decimal at most). */
  share(value: number): string;
  /** Euros, whole (45.000 €) unless `cents` (1.500,00 €). */
  euro(value: number, options?: { cents?: boolean }): string;
  /** A chart tick: the language's plain figures (12.000), its short form only from a million (1,3 Mln). */
  axisTick(value: number): string;
  /** A calendar date, e.g. 25 nov 2026. */
  date(value: string | Date): string;
  /** A date with the time of day. */
  dateTime(value: string | Date): string;
  /** A calendar day YYYY-MM-DD (25 nov 2026), read and written in UTC so it never shifts with the time zone. */
  day(value: string): string;
  /** A month YYYY-MM, short: "nov 2026" / "Nov 2026". */
  month(value: string): string;
  /** A local date's month, long: "novembre 2026". */
  monthYear(value: Date): string;
  /** A local date's weekday: "lun" / "lunedì". */
  weekday(value: Date, width: 'short' | 'long'): string;
  /** A country's name from its ISO code (the code itself if the browser does not know it). */
  country(code: string): string;
  /** Compares two texts in the language's alphabetical order. */
  compare(a: string, b: string): number;
}

const cache = new Map<Language, Formatters>();

/** A value made on first use: a page hydrating on a phone pays only for the formatters it shows. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createFormatters(language: Language): Formatters {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = LOCALES[language];
  const numbers = new Map<number | undefined, Intl.NumberFormat>();
  const numberFormat = (maxFraction?: number) => {
    let f = numbers.get(maxFraction);
    if (!f) {
      f = new Intl.NumberFormat(
        locale,
        maxFraction === undefined ? {} : { maximumFractionDigits: maxFraction },
      );
      numbers.set(maxFraction, f);
    }
    return f;
  };
  const dateTimeFormat = (options: Intl.DateTimeFormatOptions) =>
    lazily(() => new Intl.DateTimeFormat(locale, options));
  const percent = lazily(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const euro = lazily(
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  );
  const euroCents = lazily(() => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }));
  const compact = lazily(() => new Intl.NumberFormat(locale, { notation: 'compact' }));
  const date = dateTimeFormat({ dateStyle: 'medium' });
  const dateTime = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' });
  const day = dateTimeFormat({ dateStyle: 'medium', timeZone: 'UTC' });
  const month = dateTimeFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthYear = dateTimeFormat({ month: 'long', year: 'numeric' });
  const weekdays = {
    short: dateTimeFormat({ weekday: 'short' }),
    long: dateTimeFormat({ weekday: 'long' }),
  };
  const regions = lazily(() => {
    try {
      return new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      return null;
    }
  });
  const collator = lazily(() => new Intl.Collator(locale));
  const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));
  const formatters: Formatters = {
    language,
    number: (value, maxFraction) => numberFormat(maxFraction).format(value),
    percent: (value) => percent().format(value / 100),
    share: (value) => percent().format(value),
    euro: (value, options) => (options?.cents ? euroCents() : euro()).format(value),
    axisTick: (value) =>
      Math.abs(value) >= 1_000_000 ? compact().format(value) : numberFormat(2).format(value),
    date: (value) => date().format(toDate(value)),
    dateTime: (value) => dateTime().format(toDate(value)),
    day: (value) => day().format(new Date(`${value}T00:00:00Z`)),
    month: (value) => month().format(new Date(`${value}-01T00:00:00Z`)),
    monthYear: (value) => monthYear().format(value),
    weekday: (value, width) => weekdays[width]().format(value),
    country: (code) => {
      try {
        return regions()?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    compare: (a, b) => collator().compare(a, b),
  };
  cache.set(language, formatters);
  return formatters;
}

/**
 * The formatters of the current language; they change when the person switches language. One set per
 * language for the whole app (createFormatters keeps them): making Intl formatters costs (their locale
 * data), and a list of cards each asking for them blocked a slow phone while a page was hydrated.
 */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  return useMemo(() => createFormatters(language), [language]);
}

/** The current language as one of ours. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage);
}
