import { useMemo } from 'react';
import { useLanguage } from '../../i18n/format';
import type { FundingSource, PlanAxis } from '../../gql/graphql';

export const AXES = [
  'TERRITORIAL_MARKETING',
  'RESEARCH_INNOVATION',
  'EVENTS_INTERNATIONALISATION',
  'NETWORKING_TRAINING',
  'DIGITAL_CLUSTER',
] as const satisfies readonly PlanAxis[];

export const FUNDING_SOURCES = [
  'NETWORK_FUND',
  'REGION',
  'EU',
  'CHAMBER',
  'MUNICIPALITY',
  'FIRMS',
] as const satisfies readonly FundingSource[];

const LOCALES = { it: 'it-IT', en: 'en-GB' } as const;

/** Euros and percentages in the person's language (e.g. 45.000 € in Italian, €45,000 in English). */
export function usePlanFormat() {
  const language = useLanguage();
  return useMemo(() => {
    const locale = LOCALES[language];
    const euro = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      euro: (n: number) => euro.format(n),
      number: (n: number) => number.format(n),
      percent: (n: number) => percent.format(n / 100),
      /** A calendar day YYYY-MM-DD, never shifted by the browser's time zone. */
      day: (d: string) => day.format(new Date(`${d}T00:00:00Z`)),
    };
  }, [language]);
}
