import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';

/**
 * Shown when a route fails to render, typically a page's code that could not be downloaded after a new
 * release: reloading fetches the current version.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="app-main app-main--narrow">
      <h1>{t('states.errorTitle')}</h1>
      <ErrorState message={t('errors.unexpected')} onRetry={() => window.location.reload()} />
    </main>
  );
}
