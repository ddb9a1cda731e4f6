import { useMemo } from 'react';
import { useLanguage } from '../../i18n/format';

/** Euro amounts in the person's language (1.500,00 € in Italian, €1,500.00 in English). */
export function useEuro(): (value: number) => string {
  const language = useLanguage();
  return useMemo(() => {
    const f = new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB', {
      style: 'currency',
      currency: 'EUR',
    });
    return (value: number) => f.format(value);
  }, [language]);
}
