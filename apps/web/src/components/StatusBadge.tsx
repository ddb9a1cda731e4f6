import { useTranslation } from 'react-i18next';
import type { AdhesionStatus, InvitationStatus } from '../gql/graphql';

/**
 * A status as a coloured badge (`badge--<status>` in styles.css), named in the interface language;
 * a dash when there is none (a firm that never applied).
 */
export function StatusBadge(
  props:
    | { kind: 'AdhesionStatus'; status: AdhesionStatus | null | undefined }
    | { kind: 'InvitationStatus'; status: InvitationStatus },
) {
  const { t } = useTranslation();
  if (!props.status) return '—';
  return (
    <span className={`badge badge--${props.status.toLowerCase()}`}>
      {props.kind === 'AdhesionStatus'
        ? t(`enums.AdhesionStatus.${props.status}`)
        : t(`enums.InvitationStatus.${props.status}`)}
    </span>
  );
}
