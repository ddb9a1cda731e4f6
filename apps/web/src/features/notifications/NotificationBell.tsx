import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import './notifications.css';

const NotificationBellQuery = graphql(`
  query NotificationBell {
    unreadNotificationCount
  }
`);

const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      unreadCount
      notification {
        id
      }
    }
  }
`);

/**
 * The bell in the banner: the unread count, kept live over the socket (a new notification raises it,
 * and the notifications page, if open, shows it at once), linking to the notifications page.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(NotificationBellQuery);
  useSubscription(NotificationAddedSubscription, {
    onData: ({ data: event }) => {
      const added = event.data?.notificationAdded;
      if (!added) return;
      client.writeQuery({
        query: NotificationBellQuery,
        data: { unreadNotificationCount: added.unreadCount },
      });
      void client.refetchQueries({ include: ['NotificationsPage'] });
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link to="/notifications" className="notification-bell" aria-label={t('header.notifications', { count })}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
