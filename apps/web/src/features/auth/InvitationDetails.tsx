import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';

export const InvitationDetails_InvitationPreviewFragment = graphql(`
  fragment InvitationDetails_InvitationPreviewFragment on InvitationPreview {
    email
    role
    firmName
    expiresAt
  }
`);

/** What the invitation is for: the e-mail, the role, the firm and until when the link works. */
export function InvitationDetails(props: {
  invitation: FragmentType<typeof InvitationDetails_InvitationPreviewFragment>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const invitation = getFragmentData(InvitationDetails_InvitationPreviewFragment, props.invitation);
  return (
    <Card title={t('invitation.detailsHeading')}>
      <dl className="details">
        <div>
          <dt>{t('invitation.email')}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>{t('invitation.role')}</dt>
          <dd>{t(`enums.Role.${invitation.role}`)}</dd>
        </div>
        {invitation.firmName && (
          <div>
            <dt>{t('invitation.firm')}</dt>
            <dd>{invitation.firmName}</dd>
          </div>
        )}
        <div>
          <dt>{t('invitation.expires')}</dt>
          <dd>{format.dateTime(invitation.expiresAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
