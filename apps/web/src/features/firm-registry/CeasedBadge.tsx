import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/**
 * "Cessata il … / Ceased on …" for a firm the registry records as ceased (nothing while it is active).
 * Core strings only (`firmState`), so every page showing firms can use it without loading this feature.
 */
export function CeasedBadge(props: { on: string | null | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!props.on) return null;
  return (
    <span className="badge badge--ceased">{t('firmState.ceasedOn', { date: format.date(props.on) })}</span>
  );
}
