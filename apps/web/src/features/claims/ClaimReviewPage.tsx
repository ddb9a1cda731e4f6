import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ShowMore } from '../../components/ShowMoreButton';
import { TextArea } from '../../components/TextArea';
import { graphql } from '../../gql';
import type { ClaimReviewQueueQuery } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormProblem } from '../../lib/useFormProblem';
import { QueryState } from '../shell/QueryState';
import './claims.css';

// `first` is part of the list's cache key: the "more" page reads with the same one.
const ClaimReviewQueueQueryDocument = graphql(`
  query ClaimReviewQueue($after: String) {
    claimReviewQueue(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          version
          name
          roleInFirm
          email
          documentKind
          documentUrl
          createdAt
          firm {
            id
            name
            municipality
            vatNumber
          }
        }
      }
    }
  }
`);

const ReviewClaimMutation = graphql(`
  mutation ReviewClaim($input: ReviewClaimInput!) {
    reviewClaim(input: $input) {
      id
      version
      status
    }
  }
`);

type QueuedClaim = ClaimReviewQueueQuery['claimReviewQueue']['edges'][number]['node'];

/** CONSULTANT and ADMIN: the claims whose document waits, oldest first; approve, or reject with a reason. */
export function ClaimReviewPage() {
  const { t } = useTranslation('claims');
  useDocumentTitle(t('review.title'));
  const result = useQuery(ClaimReviewQueueQueryDocument, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('review.title')} description={t('review.intro')} />
      {done && (
        <Notice tone="success" role="status">
          {done}
        </Notice>
      )}
      <QueryState result={result}>
        {(data) => {
          const queue = data.claimReviewQueue;
          if (queue.totalCount === 0) return <EmptyState message={t('review.empty')} />;
          return (
            <Card title={t('review.count', { count: queue.totalCount })}>
              <ul className="claim-list">
                {queue.edges.map(({ node }) => (
                  <ReviewItem
                    key={node.id}
                    claim={node}
                    onDone={(message) => {
                      setDone(message);
                      void result.refetch();
                    }}
                  />
                ))}
              </ul>
              <ShowMore
                label={t('review.showMore')}
                pageInfo={queue.pageInfo}
                loadMore={(after) => result.fetchMore({ variables: { after } })}
              />
            </Card>
          );
        }}
      </QueryState>
    </>
  );
}

function ReviewItem({ claim, onDone }: { claim: QueuedClaim; onDone(message: string): void }) {
  const { t } = useTranslation('claims');
  const format = useFormat();
  const [review, { loading }] = useMutation(ReviewClaimMutation);
  const [rejecting, setRejecting] = useState(false);
  const { setProblem, fail, refuse, forget, field, notice } = useFormProblem(['reason'], {
    fieldReason: () => t('review.reasonRequired'),
  });
  const name = claim.name;

  const decide = async (approve: boolean, reason?: string) => {
    setProblem(null);
    try {
      await review({ variables: { input: { id: claim.id, version: claim.version, approve, reason } } });
      onDone(t(approve ? 'review.approved' : 'review.rejected', { name }));
    } catch (error) {
      fail(error);
    }
  };

  const onReject = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (refuse(event.currentTarget, { reason: reason.length < 3 && t('review.reasonRequired') })) return;
    void decide(false, reason);
  };

  const kind = claim.documentKind ? t(`document.${claim.documentKind}`) : '';
  return (
    <li className="card stack">
      <div className="spread">
        <div>
          <strong>{claim.firm.name}</strong>
          {claim.firm.municipality && ` · ${claim.firm.municipality}`}
          <br />
          {t('requests.who', { name, role: claim.roleInFirm, email: claim.email })}
          <br />
          <span className="muted">{t('review.received', { date: format.dateTime(claim.createdAt) })}</span>
        </div>
        {claim.documentUrl && (
          <a href={claim.documentUrl} download>
            {t('review.open', { kind, name })}
          </a>
        )}
      </div>
      {notice}
      {rejecting ? (
        <form className="form" noValidate onSubmit={onReject}>
          <TextArea
            label={t('review.reason')}
            {...field('reason')}
            rows={2}
            maxLength={500}
            onChange={() => forget('reason')}
          />
          <div className="claim-row__actions">
            <Button type="submit" variant="danger" busy={loading}>
              {t('review.confirmReject')}
            </Button>
            <Button type="button" variant="quiet" onClick={() => setRejecting(false)}>
              {t('review.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="claim-row__actions">
          <Button
            busy={loading}
            aria-label={t('review.approveLabel', { name })}
            onClick={() => void decide(true)}
          >
            {t('review.approve')}
          </Button>
          <Button
            variant="secondary"
            aria-label={t('review.rejectLabel', { name })}
            onClick={() => setRejecting(true)}
          >
            {t('review.reject')}
          </Button>
        </div>
      )}
    </li>
  );
}
