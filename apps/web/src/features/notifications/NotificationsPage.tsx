import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { OutcomeNotice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ShowMore } from '../../components/ShowMoreButton';
import { getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useActionOutcome } from '../../lib/useActionOutcome';
import { QueryState } from '../shell/QueryState';
import { PendingRequests } from '../supply-chain/PendingRequests';
import { useNotificationText } from './notification-text';
import './notifications.css';

const NotificationsPageFragment = graphql(`
  fragment NotificationsPage_NotificationPage on NotificationConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        kind
        params
        path
        createdAt
        readAt
        supplyLink {
          id
          ...PendingRequests_SupplyLinkFragment
        }
      }
    }
  }
`);

// One query for the first page and each "show more" (`after`): `first` is part of the list's cache key.
const NotificationsPageQuery = graphql(`
  query NotificationsPage($after: String) {
    unreadNotificationCount
    notifications(first: 20, after: $after) {
      ...NotificationsPage_NotificationPage
    }
  }
`);

const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead {
      count
      unreadCount
    }
  }
`);

const COUNTS = ['NotificationBell', 'NotificationsPage'];

/** The viewer's notifications, newest first: each links to its object; a link to confirm is decided here. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const text = useNotificationText();
  const title = t('title');
  useDocumentTitle(title);
  const result = useQuery(NotificationsPageQuery, { fetchPolicy: 'cache-and-network' });
  const { outcome, run } = useActionOutcome();
  const [markRead] = useMutation(MarkNotificationReadMutation, { refetchQueries: COUNTS });
  const [markAllRead, markingAll] = useMutation(MarkAllNotificationsReadMutation, { refetchQueries: COUNTS });

  return (
    <>
      <PageHeader title={title} description={t('intro')} />
      <QueryState result={result}>
        {(data) => {
          const page = getFragmentData(NotificationsPageFragment, data.notifications);
          return (
            <div className="stack">
              <div className="notification__head">
                <p className="muted">
                  {t('count', { count: page.totalCount, unread: data.unreadNotificationCount })}
                </p>
                {data.unreadNotificationCount > 0 && (
                  <Button
                    variant="secondary"
                    busy={markingAll.loading}
                    onClick={() => void run(() => markAllRead(), { done: t('allRead') })}
                  >
                    {t('markAllRead')}
                  </Button>
                )}
              </div>
              <OutcomeNotice outcome={outcome} />
              {page.edges.length === 0 && <EmptyState message={t('empty')} />}
              <ul className="notification-list">
                {page.edges.map(({ node: n }) => (
                  <li key={n.id} className={n.readAt ? 'notification' : 'notification notification--unread'}>
                    <div className="notification__head">
                      <p className="notification__text">
                        {!n.readAt && <span className="visually-hidden">{t('unread')}: </span>}
                        {text(n.kind, n.params)}
                      </p>
                      <time dateTime={n.createdAt} className="muted">
                        {format.dateTime(n.createdAt)}
                      </time>
                    </div>
                    {/* A link to confirm is decided right here (the buttons go once it is decided). */}
                    {n.kind === 'SUPPLY_LINK_DECLARED' && n.supplyLink && (
                      <PendingRequests links={[n.supplyLink]} />
                    )}
                    <div className="notification__actions">
                      <Link
                        to={n.path}
                        onClick={() => void (n.readAt ? null : markRead({ variables: { id: n.id } }))}
                      >
                        {t('open')}
                      </Link>
                      {!n.readAt && (
                        <Button
                          variant="quiet"
                          onClick={() => void run(() => markRead({ variables: { id: n.id } }))}
                        >
                          {t('markRead')}
                        </Button>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
              <ShowMore
                label={t('showMore')}
                pageInfo={page.pageInfo}
                loadMore={(after) => result.fetchMore({ variables: { after } })}
              />
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
