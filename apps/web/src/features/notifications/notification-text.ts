import { useTranslation } from 'react-i18next';
import type { AdhesionStatus, NotificationKind } from '../../gql/graphql';

/** Values a notification carries in both languages (e.g. `capabilityIt`, `capabilityEn`). */
const BILINGUAL = ['capability', 'event', 'to', 'section'] as const;

/** A notification's sentence in the reader's language, from its kind and the values it carries. */
export function useNotificationText() {
  const { t, i18n } = useTranslation('notifications');
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (kind: NotificationKind, params: unknown): string => {
    const p = (params ?? {}) as Record<string, string>;
    const value = p.status ?? p.kind ?? '';
    const statusLabel = kind.startsWith('ADHESION_')
      ? t(`enums.AdhesionStatus.${value as AdhesionStatus}`)
      : t(`labels.${kind}.${value}`, { defaultValue: '' });
    return t(`text.${kind}`, {
      ...p,
      ...Object.fromEntries(BILINGUAL.map((name) => [name, p[`${name}${english ? 'En' : 'It'}`]])),
      statusLabel,
      interpolation: { escapeValue: false },
    });
  };
}
