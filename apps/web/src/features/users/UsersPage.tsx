import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ShowMore } from '../../components/ShowMoreButton';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { getFragmentData, graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { QueryState } from '../shell/QueryState';
import { useViewer } from '../shell/viewer';
import { InvitationsTable } from './InvitationsTable';
import { InviteUserForm } from './InviteUserForm';
import { UsersTable } from './UsersTable';

// A "show more" page of either list is read with the same selection as the first page.
const UserPageFragment = graphql(`
  fragment UsersPage_UserPage on UserConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        ...UsersTable_UserFragment
      }
    }
  }
`);

const InvitationPageFragment = graphql(`
  fragment UsersPage_InvitationPage on InvitationConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        ...InvitationsTable_InvitationFragment
      }
    }
  }
`);

// `first` is part of the cache key of these lists: keep it the same in the "more" queries below.
const UsersPageQuery = graphql(`
  query UsersPage {
    users(first: 50) {
      ...UsersPage_UserPage
    }
    invitations(first: 50) {
      ...UsersPage_InvitationPage
    }
  }
`);

const MoreUsersQuery = graphql(`
  query UsersPageMoreUsers($after: String!) {
    users(first: 50, after: $after) {
      ...UsersPage_UserPage
    }
  }
`);

const MoreInvitationsQuery = graphql(`
  query UsersPageMoreInvitations($after: String!) {
    invitations(first: 50, after: $after) {
      ...UsersPage_InvitationPage
    }
  }
`);

/** ADMIN: who uses Filiera, the invitations, and the form to invite someone. */
export function UsersPage() {
  const { canManageUsers } = useViewer();
  return canManageUsers ? <UsersPageContent /> : <ForbiddenPage />;
}

function UsersPageContent() {
  const { t } = useTranslation('users');
  const title = t('title');
  useDocumentTitle(title);
  const result = useQuery(UsersPageQuery, { fetchPolicy: 'cache-and-network' });

  return (
    <>
      <PageHeader title={title} description={t('intro')} />
      <div className="stack">
        <Card title={t('invite.heading')}>
          <InviteUserForm />
        </Card>
        <QueryState result={result}>
          {(data) => {
            const users = getFragmentData(UserPageFragment, data.users);
            const invitations = getFragmentData(InvitationPageFragment, data.invitations);
            return (
              <>
                <Card title={t('invitations.heading')}>
                  <InvitationsTable invitations={invitations.edges.map((e) => e.node)} />
                  <ShowMore
                    label={t('showMore')}
                    pageInfo={invitations.pageInfo}
                    loadMore={(after) =>
                      result.fetchMore({ query: MoreInvitationsQuery, variables: { after } })
                    }
                  />
                </Card>
                <Card
                  title={t('list.heading')}
                  actions={<span className="muted">{t('list.count', { count: users.totalCount })}</span>}
                >
                  <UsersTable users={users.edges.map((e) => e.node)} />
                  <ShowMore
                    label={t('showMore')}
                    pageInfo={users.pageInfo}
                    loadMore={(after) => result.fetchMore({ query: MoreUsersQuery, variables: { after } })}
                  />
                </Card>
              </>
            );
          }}
        </QueryState>
      </div>
    </>
  );
}
