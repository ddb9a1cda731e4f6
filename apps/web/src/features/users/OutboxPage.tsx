import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ShowMore } from '../../components/ShowMoreButton';
import { getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import './outbox.css';

const OutboxPageFragment = graphql(`
  fragment OutboxPage_MailPage on OutboxMailConnection {
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
        to
        subject
        text
        status
        attempts
        lastError
        createdAt
      }
    }
  }
`);

// One query for the first page and each "show more" (`after`): `first` is part of the list's cache key.
const OutboxPageQuery = graphql(`
  query OutboxPage($after: String) {
    mailDelivery
    outbox(first: 20, after: $after) {
      ...OutboxPage_MailPage
    }
  }
`);

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** A mail's plain text with its addresses as links, so a reset link can be followed from here. */
function MailText({ text }: { text: string }) {
  return (
    <pre className="outbox__text">
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}

/** ADMIN: every mail Filiera wrote, newest first; without an SMTP server this is where mail is read. */
export function OutboxPage() {
  const { t } = useTranslation('users');
  const format = useFormat();
  const title = t('outbox.title');
  useDocumentTitle(title);
  const result = useQuery(OutboxPageQuery, { fetchPolicy: 'cache-and-network' });

  return (
    <>
      <PageHeader title={title} description={t('outbox.intro')} />
      <QueryState result={result}>
        {(data) => {
          const page = getFragmentData(OutboxPageFragment, data.outbox);
          return (
            <div className="stack">
              {data.mailDelivery === 'KEPT_IN_OUTBOX' && <Notice tone="info">{t('outbox.kept')}</Notice>}
              <p className="muted">{t('outbox.count', { count: page.totalCount })}</p>
              {page.edges.length === 0 && <EmptyState message={t('outbox.empty')} />}
              {page.edges.map(({ node: mail }) => (
                <Card key={mail.id} title={mail.subject} headingLevel={2}>
                  <dl className="outbox__meta">
                    <dt>{t('outbox.to')}</dt>
                    <dd>{mail.to}</dd>
                    <dt>{t('outbox.status')}</dt>
                    <dd>
                      {t(`outbox.statuses.${mail.status}`)}
                      {mail.lastError ? ` (${mail.lastError})` : ''}
                    </dd>
                    <dt>{t('outbox.written')}</dt>
                    <dd>
                      <time dateTime={mail.createdAt}>{format.dateTime(mail.createdAt)}</time>
                    </dd>
                  </dl>
                  <details>
                    <summary>{t('outbox.show')}</summary>
                    <MailText text={mail.text} />
                  </details>
                </Card>
              ))}
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
