import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';

export const PeopleFigures_UserConnectionFragment = graphql(`
  fragment PeopleFigures_UserConnectionFragment on UserConnection {
    totalCount
  }
`);

export const PeopleFigures_InvitationConnectionFragment = graphql(`
  fragment PeopleFigures_InvitationConnectionFragment on InvitationConnection {
    totalCount
  }
`);

/** Users, and pending invitations (the parent queries `invitations(status: PENDING)`). */
export function PeopleFigures(props: {
  users: FragmentType<typeof PeopleFigures_UserConnectionFragment>;
  invitations: FragmentType<typeof PeopleFigures_InvitationConnectionFragment>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const users = getFragmentData(PeopleFigures_UserConnectionFragment, props.users);
  const invitations = getFragmentData(PeopleFigures_InvitationConnectionFragment, props.invitations);
  return (
    <Card
      title={t('dashboard.people.heading')}
      actions={<Link to="/users">{t('dashboard.people.manage')}</Link>}
    >
      <StatGrid>
        <Stat label={t('dashboard.people.users')} value={format.number(users.totalCount)} />
        <Stat
          label={t('dashboard.people.pendingInvitations')}
          value={format.number(invitations.totalCount)}
        />
      </StatGrid>
    </Card>
  );
}
