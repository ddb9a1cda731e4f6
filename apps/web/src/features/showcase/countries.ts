import { ISO_COUNTRY_CODES } from '@filiera/shared';
import type { Language } from '../../i18n';

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

/** A country's name in the language, from its ISO code (the code itself if the browser does not know it). */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country as select options, sorted by name in the language. */
export function countryOptions(language: Language): { value: string; label: string }[] {
  const collator = new Intl.Collator(LOCALES[language]);
  return [...ISO_COUNTRY_CODES]
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
