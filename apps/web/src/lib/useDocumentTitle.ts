import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<title> · Filiera", in the current language. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const full = t('app.pageTitle', { title });
  useEffect(() => {
    document.title = full;
  }, [full]);
}
