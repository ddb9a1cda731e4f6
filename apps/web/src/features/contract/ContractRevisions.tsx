import { useLazyQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { useFailureText } from '../../lib/useErrorMessage';
import { wordDiff } from './word-diff';

export const ContractRevisions_NetworkContractFragment = graphql(`
  fragment ContractRevisions_NetworkContractFragment on NetworkContract {
    revisions(first: 10) {
      totalCount
      edges {
        node {
          id
          number
          changeSummary
          createdAt
          author {
            id
            name
          }
        }
      }
    }
  }
`);

const RevisionDiffQuery = graphql(`
  query ContractRevisionDiff($fromId: ID!, $toId: ID!, $language: ContractLanguage) {
    networkContract {
      id
      revisionDiff(fromId: $fromId, toId: $toId, language: $language) {
        from {
          id
          number
        }
        to {
          id
          number
        }
        sections {
          section
          before
          after
          changed
        }
      }
    }
  }
`);

/** The saved revisions, and any two of them side by side with the changed words highlighted. */
export function ContractRevisions(props: {
  contract: FragmentType<typeof ContractRevisions_NetworkContractFragment>;
}) {
  const { t } = useTranslation('contract');
  const format = useFormat();
  const language = useLanguage();
  const failureText = useFailureText();
  const c = getFragmentData(ContractRevisions_NetworkContractFragment, props.contract);
  const revisions = c.revisions.edges.map((e) => e.node);
  // Until the person picks, compare the two latest revisions (also after a save adds one).
  const [pickedFrom, setFromId] = useState('');
  const [pickedTo, setToId] = useState('');
  const fromId = pickedFrom || revisions[1]?.id || '';
  const toId = pickedTo || revisions[0]?.id || '';
  const [onlyChanged, setOnlyChanged] = useState(true);
  const [compare, diff] = useLazyQuery(RevisionDiffQuery);

  const onCompare = (event: FormEvent) => {
    event.preventDefault();
    if (fromId && toId)
      void compare({ variables: { fromId, toId, language: language === 'en' ? 'EN' : 'IT' } });
  };
  const options = revisions.map((r) => ({
    value: r.id,
    label: t('revisions.revisionLabel', { n: r.number, summary: r.changeSummary }),
  }));
  const result = diff.data?.networkContract.revisionDiff;
  const sections = result?.sections.filter((s) => !onlyChanged || s.changed) ?? [];

  return (
    <Card title={t('revisions.heading')}>
      {revisions.length === 0 ? (
        <EmptyState message={t('revisions.none')} />
      ) : (
        <>
          <Table
            caption={t('revisions.caption')}
            captionHidden
            columns={[
              t('revisions.number'),
              t('revisions.summary'),
              t('revisions.author'),
              t('revisions.when'),
            ]}
          >
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id}>
                  <td className="tabular">{format.number(r.number)}</td>
                  <th scope="row">{r.changeSummary}</th>
                  <td>{r.author?.name ?? '—'}</td>
                  <td className="table__nowrap">{format.dateTime(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          {revisions.length > 1 && (
            <form className="filters" onSubmit={onCompare}>
              <Select
                label={t('revisions.from')}
                value={fromId}
                options={options}
                onChange={(e) => setFromId(e.target.value)}
              />
              <Select
                label={t('revisions.to')}
                value={toId}
                options={options}
                onChange={(e) => setToId(e.target.value)}
              />
              <Button type="submit" variant="secondary" busy={diff.loading}>
                {t('revisions.compare')}
              </Button>
            </form>
          )}
          {diff.loading && !result && <LoadingState />}
          {diff.error && <ErrorState message={failureText(diff.error)} onRetry={() => void diff.refetch()} />}
          {result && (
            <div className="revision-diff">
              <h3>{t('revisions.compareHeading', { from: result.from.number, to: result.to.number })}</h3>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={onlyChanged}
                  onChange={(e) => setOnlyChanged(e.target.checked)}
                />{' '}
                {t('revisions.onlyChanged')}
              </label>
              <Table
                caption={t('revisions.compareHeading', {
                  from: result.from.number,
                  to: result.to.number,
                })}
                captionHidden
                columns={[
                  t('revisions.summary'),
                  t('revisions.before', { n: result.from.number }),
                  t('revisions.after', { n: result.to.number }),
                ]}
              >
                <tbody>
                  {sections.map((s) => {
                    const parts = wordDiff(s.before, s.after);
                    return (
                      <tr key={s.section} className={s.changed ? 'diff-row--changed' : undefined}>
                        <th scope="row">
                          {t(`sections.${s.section}`)}
                          <br />
                          <span className="muted">
                            {s.changed ? t('revisions.changed') : t('revisions.unchanged')}
                          </span>
                        </th>
                        <td className="pre-line">
                          {parts
                            .filter((p) => p.kind !== 'added')
                            .map((p, i) =>
                              p.kind === 'removed' ? (
                                <del key={i} className="diff-removed" title={t('revisions.removed')}>
                                  {p.text}
                                </del>
                              ) : (
                                <span key={i}>{p.text}</span>
                              ),
                            )}
                        </td>
                        <td className="pre-line">
                          {parts
                            .filter((p) => p.kind !== 'removed')
                            .map((p, i) =>
                              p.kind === 'added' ? (
                                <ins key={i} className="diff-added" title={t('revisions.added')}>
                                  {p.text}
                                </ins>
                              ) : (
                                <span key={i}>{p.text}</span>
                              ),
                            )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
