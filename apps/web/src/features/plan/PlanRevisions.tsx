import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import { FUNDING_SOURCES } from './plan-helpers';

const PlanRevisionsQuery = graphql(`
  query PlanRevisions($id: ID!) {
    strategicPlan(id: $id) {
      id
      revisions(first: 20) {
        totalCount
        edges {
          node {
            id
            before
            after
            createdAt
            action {
              id
              title
            }
            author {
              id
              name
            }
          }
        }
      }
    }
  }
`);

interface Line {
  year: number;
  fundingSource: (typeof FUNDING_SOURCES)[number];
  amount: number;
}

/** Budget lines from a revision's JSON; anything malformed is left out rather than shown wrongly. */
function linesOf(json: unknown): Line[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { year, fundingSource, amount } = item as Record<string, unknown>;
    const source = FUNDING_SOURCES.find((s) => s === fundingSource);
    return typeof year === 'number' && typeof amount === 'number' && source
      ? [{ year, fundingSource: source, amount }]
      : [];
  });
}

const sum = (lines: Line[]) => lines.reduce((s, l) => s + l.amount, 0);

/** The budget changes kept since the plan's approval, newest first: who, when, before and after. */
export function PlanRevisions({ id }: { id: string }) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const result = useQuery(PlanRevisionsQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState result={result}>
      {({ strategicPlan: plan }) =>
        plan.revisions.edges.length === 0 ? (
          <EmptyState message={t('revisions.none')} />
        ) : (
          <>
            <ul className="plan-list" aria-label={t('revisions.heading')}>
              {plan.revisions.edges.map(({ node }) => {
                const before = linesOf(node.before);
                const after = linesOf(node.after);
                const keys = [...before, ...after]
                  .map((l) => `${l.year}/${l.fundingSource}`)
                  .filter((k, i, all) => all.indexOf(k) === i)
                  .sort();
                const amount = (lines: Line[], key: string) =>
                  lines.find((l) => `${l.year}/${l.fundingSource}` === key)?.amount ?? 0;
                return (
                  <li key={node.id}>
                    {node.action ? (
                      <Link to={`/plan/actions/${node.action.id}`}>{node.action.title}</Link>
                    ) : (
                      t('revisions.deletedAction')
                    )}
                    {': '}
                    <span className="plan-revision__amounts">
                      {t('revisions.change', {
                        before: format.euro(sum(before)),
                        after: format.euro(sum(after)),
                      })}
                    </span>{' '}
                    <span className="muted">
                      (
                      {t('revisions.by', {
                        who: node.author?.name ?? t('revisions.someone'),
                        when: format.dateTime(node.createdAt),
                      })}
                      )
                    </span>
                    <details>
                      <summary>{t('revisions.details')}</summary>
                      <ul className="plan-chips">
                        {keys.map((key) => {
                          const [year, source] = key.split('/');
                          return (
                            <li key={key} className="plan-revision__amounts">
                              {year} · {t(`funding.${source as Line['fundingSource']}`)}:{' '}
                              {t('revisions.change', {
                                before: format.euro(amount(before, key)),
                                after: format.euro(amount(after, key)),
                              })}
                            </li>
                          );
                        })}
                      </ul>
                    </details>
                  </li>
                );
              })}
            </ul>
            {plan.revisions.totalCount > plan.revisions.edges.length && (
              <p className="muted">
                {t('revisions.more', { count: plan.revisions.totalCount - plan.revisions.edges.length })}
              </p>
            )}
          </>
        )
      }
    </QueryState>
  );
}
