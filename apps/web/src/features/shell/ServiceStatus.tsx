import { useTranslation } from 'react-i18next';
import { useServiceUnavailable } from '../../lib/service-status';

/**
 * "Temporarily unavailable, retrying" while the API's database is down, on every page. The polite live
 * region is always on the page (empty when all is well, and without the status role so that it is not
 * one more status for pages to tell apart) so that screen readers announce the message when it
 * appears; it goes away by itself when answers come back.
 */
export function ServiceStatus() {
  const { t } = useTranslation();
  const unavailable = useServiceUnavailable();
  return (
    <div className="service-status" aria-live="polite">
      {unavailable ? (
        <p className="notice notice--error service-status__message">{t('states.unavailable')}</p>
      ) : null}
    </div>
  );
}
