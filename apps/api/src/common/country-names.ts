import type { CountryName } from '../generated/graphql.js';

/** A country named in the interface's languages: the schema's CountryName. */
export type CountryNameModel = Omit<CountryName, '__typename'>;

let displayNames: { it: Intl.DisplayNames; en: Intl.DisplayNames } | undefined;

/**
 * Countries named in Italian and English (en-GB, as the web app formats English), in the order given,
 * each once: a public page shows the server's names rather than building the browser's (Intl.DisplayNames
 * costs a phone ~100 ms). The formatters are made on first use, not when the API starts.
 */
export function nameCountries(codes: Iterable<string>): CountryNameModel[] {
  displayNames ??= {
    it: new Intl.DisplayNames(['it-IT'], { type: 'region', fallback: 'code' }),
    en: new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'code' }),
  };
  const names = displayNames;
  return [...new Set(codes)].map((code) => ({
    code,
    nameIt: names.it.of(code) ?? code,
    nameEn: names.en.of(code) ?? code,
  }));
}

let collators: { it: Intl.Collator; en: Intl.Collator } | undefined;

/** Named countries by name in a language's alphabetical order (as the web app sorts them). */
export function sortByName(
  countries: readonly CountryNameModel[],
  language: 'it' | 'en',
): CountryNameModel[] {
  collators ??= { it: new Intl.Collator('it-IT'), en: new Intl.Collator('en-GB') };
  const collator = collators[language];
  const name = (c: CountryNameModel) => (language === 'en' ? c.nameEn : c.nameIt);
  return [...countries].sort((a, b) => collator.compare(name(a), name(b)));
}
