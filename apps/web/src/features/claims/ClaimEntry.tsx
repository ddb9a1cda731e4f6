import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';

/**
 * "Is your firm here?": the way in for a person whose firm is in the registry, on the showcase and the
 * sign-in page (core strings, so that it costs those pages nothing to load).
 */
export function ClaimEntry() {
  const { t } = useTranslation();
  return (
    <Card title={t('claimEntry.title')} className="claim-entry">
      <p>
        {t('claimEntry.text')} <Link to="/claim">{t('claimEntry.link')}</Link>
      </p>
    </Card>
  );
}
