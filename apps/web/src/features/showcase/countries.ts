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
  return namedCountryGroups(
    [...ISO_COUNTRY_CODES].map((code) => ({ value: code, label: countryName(code, language) })),
    language,
    labels,
  );
}

/**
 * The same groups of countries already named (by the API, so a page need not build the browser's
 * country names): the usual markets among them first, then all of them by name.
 */
export function namedCountryGroups(
  countries: readonly { value: string; label: string }[],
  language: Language,
  labels: { usual: string; all: string },
): SelectOptionGroup[] {
  const { compare } = createFormatters(language);
  const byCode = new Map(countries.map((c) => [c.value, c]));
  const usual = USUAL_MARKETS.flatMap((code) => byCode.get(code) ?? []);
  const all = [...countries].sort((a, b) => compare(a.label, b.label));
  return [
    ...(usual.length ? [{ label: labels.usual, options: usual }] : []),
    { label: labels.all, options: all },
  ];
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
