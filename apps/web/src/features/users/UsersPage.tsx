import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { QueryState } from '../shell/QueryState';
import { useViewer } from '../shell/viewer';
import { InvitationsTable } from './InvitationsTable';
import { InviteUserForm } from './InviteUserForm';
import { UsersTable } from './UsersTable';

// `first` is part of the cache key of these lists: keep it the same in the "more" queries below.
const UsersPageQuery = graphql(`
  query UsersPage {
    users(first: 50) {
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
    invitations(first: 50) {
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
  }
`);

const MoreUsersQuery = graphql(`
  query UsersPageMoreUsers($after: String!) {
    users(first: 50, after: $after) {
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
  }
`);

const MoreInvitationsQuery = graphql(`
  query UsersPageMoreInvitations($after: String!) {
    invitations(first: 50, after: $after) {
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
  }
`);

/** ADMIN: who uses Filiera, the invitations, and the form to invite someone. */
export function UsersPage() {
  const { canManageUsers } = useViewer();
  return canManageUsers ? <UsersPageContent /> : <ForbiddenPage />;
}

function UsersPageContent() {
  const { t } = useTranslation();
  const title = t('users.title');
  useDocumentTitle(title);
  const result = useQuery(UsersPageQuery, { fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState<'users' | 'invitations' | null>(null);

  const more = async (list: 'users' | 'invitations', after: string | null | undefined) => {
    if (!after) return;
    setLoadingMore(list);
    try {
      await result.fetchMore({
        query: list === 'users' ? MoreUsersQuery : MoreInvitationsQuery,
        variables: { after },
      });
    } finally {
      setLoadingMore(null);
    }
  };

  return (
    <>
      <PageHeader title={title} description={t('users.intro')} />
      <div className="stack">
        <Card title={t('users.invite.heading')}>
          <InviteUserForm />
        </Card>
        <QueryState result={result}>
          {(data) => (
            <>
              <Card title={t('users.invitations.heading')}>
                <InvitationsTable invitations={data.invitations.edges.map((e) => e.node)} />
                {data.invitations.pageInfo.hasNextPage && (
                  <Button
                    variant="secondary"
                    busy={loadingMore === 'invitations'}
                    onClick={() => void more('invitations', data.invitations.pageInfo.endCursor)}
                  >
                    {t('users.showMore')}
                  </Button>
                )}
              </Card>
              <Card
                title={t('users.list.heading')}
                actions={
                  <span className="muted">{t('users.list.count', { count: data.users.totalCount })}</span>
                }
              >
                <UsersTable users={data.users.edges.map((e) => e.node)} />
                {data.users.pageInfo.hasNextPage && (
                  <Button
                    variant="secondary"
                    busy={loadingMore === 'users'}
                    onClick={() => void more('users', data.users.pageInfo.endCursor)}
                  >
                    {t('users.showMore')}
                  </Button>
                )}
              </Card>
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}
