import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatters, useLanguage } from './format';
import type { Language } from './language';

const SEPARATORS: Record<Language, { decimal: string; group: string }> = {
  it: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};
const escape = (c: string) => `\\${c}`;

/**
 * A number as typed in the interface language: "12,5" and "1.250" in Italian, "12.5" and "1,250" in
 * English. Grouping separators count only in their place (groups of three), so "12.5" in Italian is not
 * read as 125. Empty text is null; anything else that is not a number is NaN.
 */
export function parseLocaleNumber(text: string, language: Language): number | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  const { decimal, group } = SEPARATORS[language];
  const pattern = new RegExp(
    `^([-+]?)(\\d{1,3}(?:${escape(group)}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?$`,
  );
  const m = pattern.exec(s);
  if (!m) return Number.NaN;
  const digits = m[2]!.split(group).join('');
  return Number(`${m[1]}${digits}${m[3] ? `.${m[3]}` : ''}`);
}

/** A stored number as a person types it in the language: "43,85" in Italian, without grouping; '' for none. */
export function numberForInput(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return language === 'it' ? String(value).replace('.', ',') : String(value);
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Why a typed number is refused, with what the message needs (the limit, an example). */
export type NumberProblem =
  | { key: 'numbers.notANumber'; params: { example: string } }
  | { key: 'numbers.notWhole'; params: Record<string, never> }
  | { key: 'numbers.atLeast'; params: { limit: number } }
  | { key: 'numbers.atMost'; params: { limit: number } };

/**
 * Reads a number field: its value (null when empty) or the real reason it is refused ("at most 100"),
 * with limits and examples written in the interface language.
 */
export function readNumber(
  text: string,
  language: Language,
  rule: NumberRule = {},
): { value: number | null; problem: null } | { value: null; problem: NumberProblem } {
  const value = parseLocaleNumber(text, language);
  const show = createFormatters(language).number;
  const refuse = (problem: NumberProblem) => ({ value: null, problem });
  if (value === null) return { value: null, problem: null };
  if (Number.isNaN(value))
    return refuse({ key: 'numbers.notANumber', params: { example: rule.integer ? show(1250) : show(12.5) } });
  if (rule.integer && !Number.isInteger(value)) return refuse({ key: 'numbers.notWhole', params: {} });
  if (rule.min !== undefined && value < rule.min)
    return refuse({ key: 'numbers.atLeast', params: { limit: rule.min } });
  if (rule.max !== undefined && value > rule.max)
    return refuse({ key: 'numbers.atMost', params: { limit: rule.max } });
  return { value, problem: null };
}

/**
 * `read(text, rule)`: the value of a number field typed in the interface language, or the message that
 * says why it is refused ("Al massimo 100.").
 */
export function useReadNumber(): (
  text: string,
  rule?: NumberRule,
) => { value: number | null; error: string | null } {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (text, rule) => {
      const read = readNumber(text, language, rule);
      return { value: read.value, error: read.problem ? t(read.problem.key, read.problem.params) : null };
    },
    [t, language],
  );
}
