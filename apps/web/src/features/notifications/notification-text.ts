import { useTranslation } from 'react-i18next';
import type { AdhesionStatus, NotificationKind } from '../../gql/graphql';

/** A notification's sentence in the reader's language, from its kind and the values it carries. */
export function useNotificationText() {
  const { t, i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (kind: NotificationKind, params: unknown): string => {
    const p = (params ?? {}) as Record<string, string>;
    return t(`notifications.text.${kind}`, {
      ...p,
      capability: english ? p.capabilityEn : p.capabilityIt,
      statusLabel: p.status ? t(`enums.AdhesionStatus.${p.status as AdhesionStatus}`) : '',
      interpolation: { escapeValue: false },
    });
  };
}
