import { useMemo } from 'react';
import { useLanguage } from '../../i18n/format';

const LOCALES = { it: 'it-IT', en: 'en-GB' } as const;

/** Numbers, percentages and euro in the person's language, for the report figures. */
export function useReportFormat() {
  const language = useLanguage();
  return useMemo(() => {
    const locale = LOCALES[language];
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const euro = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return {
      number: (v: number) => number.format(v),
      /** A 0–1 share. */
      share: (v: number) => percent.format(v),
      /** A 0–100 percentage. */
      percent: (v: number) => percent.format(v / 100),
      euro: (v: number) => euro.format(v),
      /** YYYY-MM as "gen 2026" / "Jan 2026". */
      month: (v: string) => month.format(new Date(`${v}-01T00:00:00Z`)),
    };
  }, [language]);
}
