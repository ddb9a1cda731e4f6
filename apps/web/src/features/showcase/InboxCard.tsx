import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { graphql } from '../../gql';
import type { ContactRequestState } from '../../gql/graphql';
import { useFormat, useLanguage } from '../../i18n/format';
import { useFailureText } from '../../lib/useErrorMessage';
import { QueryState } from '../shell/QueryState';
import { countryName } from './countries';
import './showcase.css';

const FirmDashboardInboxQuery = graphql(`
  query FirmDashboardInbox {
    me {
      user {
        id
        firm {
          id
        }
      }
    }
    showcaseInsights {
      showcaseConsent
      viewsLast30Days
      requestCount
      unreadCount
    }
    contactRequests(first: 20) {
      edges {
        node {
          id
          version
          kind
          name
          company
          country
          email
          message
          quantity
          state
          createdAt
        }
      }
    }
  }
`);

const MarkContactRequestMutation = graphql(`
  mutation MarkContactRequest($id: ID!, $version: Int!, $state: ContactRequestState!) {
    markContactRequest(id: $id, version: $version, state: $state) {
      id
      version
      state
    }
  }
`);

/** The FIRM dashboard's showcase card: page views, and the buyers' requests with read/replied state. */
export function InboxCard() {
  const { t } = useTranslation('showcase');
  const format = useFormat();
  const language = useLanguage();
  const failureText = useFailureText();
  const result = useQuery(FirmDashboardInboxQuery, { fetchPolicy: 'cache-and-network' });
  const [mark, markState] = useMutation(MarkContactRequestMutation, {
    refetchQueries: ['FirmDashboardInbox'],
  });
  const firmId = result.data?.me?.user.firm?.id;
  const onMark = (id: string, version: number, state: ContactRequestState) =>
    void mark({ variables: { id, version, state } }).catch(() => undefined);

  return (
    <Card
      title={t('inbox.heading')}
      actions={firmId && <Link to={`/showcase/firms/${firmId}`}>{t('inbox.publicPage')}</Link>}
    >
      <QueryState result={result}>
        {(data) => {
          const insights = data.showcaseInsights;
          return (
            <>
              {!insights.showcaseConsent && <Notice>{t('inbox.noConsent')}</Notice>}
              <p className="muted">
                {t('inbox.views', { count: insights.viewsLast30Days })} · {t('inbox.requests')}:{' '}
                {format.number(insights.requestCount)} · {t('inbox.unread')}:{' '}
                {format.number(insights.unreadCount)}
              </p>
              {markState.error && (
                <Notice tone="error" role="alert">
                  {failureText(markState.error)}
                </Notice>
              )}
              {data.contactRequests.edges.length === 0 ? (
                <EmptyState message={t('inbox.empty')} />
              ) : (
                <ul className="inbox">
                  {data.contactRequests.edges.map(({ node: r }) => (
                    <li key={r.id} className="inbox__item">
                      <h3 className="inbox__title">
                        {t(`contact.kinds.${r.kind}`)}:{' '}
                        {t('inbox.from', {
                          name: r.name,
                          company: r.company,
                          country: countryName(r.country, language),
                        })}
                      </h3>
                      <p className="muted">
                        {format.dateTime(r.createdAt)} · <strong>{t(`inbox.states.${r.state}`)}</strong>
                        {r.quantity != null && ` · ${t('inbox.quantity', { count: r.quantity })}`}
                      </p>
                      <p className="inbox__message">{r.message}</p>
                      <div className="inbox__actions">
                        <a href={`mailto:${r.email}`}>{t('inbox.reply')}</a>
                        {r.state === 'NEW' && (
                          <Button variant="secondary" onClick={() => onMark(r.id, r.version, 'READ')}>
                            {t('inbox.markRead')}
                          </Button>
                        )}
                        {r.state !== 'REPLIED' && (
                          <Button variant="secondary" onClick={() => onMark(r.id, r.version, 'REPLIED')}>
                            {t('inbox.markReplied')}
                          </Button>
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
