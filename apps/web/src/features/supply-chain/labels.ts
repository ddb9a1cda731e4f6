import { useCallback } from 'react';
import { useLanguage } from '../../i18n/format';

/** A capability's label in the current language (the vocabulary carries both). */
export function useCapabilityLabel(): (c: { labelIt: string; labelEn: string }) => string {
  const language = useLanguage();
  return useCallback((c) => (language === 'it' ? c.labelIt : c.labelEn), [language]);
}
