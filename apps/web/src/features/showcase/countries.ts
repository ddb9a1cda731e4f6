import { ISO_COUNTRY_CODES } from '@filiera/shared';
import type { SelectOptionGroup } from '../../components/Select';
import type { Language } from '../../i18n';
import { createFormatters } from '../../i18n/format';

/** A country's name in the language, from its ISO code (the code itself if the browser does not know it). */
export function countryName(code: string, language: Language): string {
  return createFormatters(language).country(code);
}

/**
 * Where the district's shoes usually go (Italy, then the main export markets of Tuscan footwear), in
 * this order: most buyers and most answers come from these, so they head the country lists.
 */
export const USUAL_MARKETS = [
  'IT',
  'FR',
  'DE',
  'CH',
  'US',
  'GB',
  'ES',
  'NL',
  'BE',
  'AT',
  'CN',
  'JP',
  'KR',
  'AE',
] as const;

/**
 * Country lists as select groups: the usual markets first, then every country sorted by name in the
 * language (the usual ones again, so an alphabetical search finds them too).
 */
export function countryGroups(
  language: Language,
  labels: { usual: string; all: string },
): SelectOptionGroup[] {
  const { compare } = createFormatters(language);
  return sortedCountryGroups(
    [...ISO_COUNTRY_CODES]
      .map((code) => ({ value: code, label: countryName(code, language) }))
      .sort((a, b) => compare(a.label, b.label)),
    labels,
  );
}

/**
 * The same groups of countries already named and sorted by name (by the API, so a page need not build
 * the browser's country names nor its collation): the usual markets among them first, then all of them.
 */
export function sortedCountryGroups(
  countries: readonly { value: string; label: string }[],
  labels: { usual: string; all: string },
): SelectOptionGroup[] {
  const byCode = new Map(countries.map((c) => [c.value, c]));
  const usual = USUAL_MARKETS.flatMap((code) => byCode.get(code) ?? []);
  return [
    ...(usual.length ? [{ label: labels.usual, options: usual }] : []),
    { label: labels.all, options: countries },
  ];
}

/** A country the API named (CountryName). */
export interface NamedCountry {
  code: string;
  nameIt: string;
  nameEn: string;
}

/** The name in the language of a country the API named. */
export const localName = (country: NamedCountry, language: Language): string =>
  language === 'en' ? country.nameEn : country.nameIt;

/** Names of countries from those the API gave with a page (the code itself for one it did not name). */
export function namesFrom(
  countries: readonly NamedCountry[] | null | undefined,
  language: Language,
): (code: string) => string {
  const names = new Map((countries ?? []).map((c) => [c.code, localName(c, language)]));
  return (code) => names.get(code) ?? code;
}

/** One flat country list (for selects without groups): the usual markets first, then the rest by name. */
export function countryOptions(language: Language): { value: string; label: string }[] {
  const { compare } = createFormatters(language);
  const option = (code: string) => ({ value: code, label: countryName(code, language) });
  const usual = new Set<string>(USUAL_MARKETS);
  const rest = [...ISO_COUNTRY_CODES]
    .filter((code) => !usual.has(code))
    .map(option)
    .sort((a, b) => compare(a.label, b.label));
  return [...USUAL_MARKETS.map(option), ...rest];
}
