import { FIRM_KINDS } from '@filiera/shared';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Select } from '../../components/Select';
import { graphql } from '../../gql';
import type { FirmKind } from '../../gql/graphql';
import { useFailureText } from '../../lib/useErrorMessage';
import { Notice } from '../../components/Notice';
import { QueryState } from '../shell/QueryState';
import { ImportLinesTable } from './ImportLinesTable';

// Its own query, like ImportProblems: `first` and `filter` must match the "more" request below.
const ImportRowsQuery = graphql(`
  query ImportRows($id: ID!, $filter: RegistryImportRowFilter!, $after: String) {
    registryImport(id: $id) {
      id
      rows(first: 50, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            line
            action
            legalName
            vatNumber
            atecoCodes
            ateco2007 {
              from
              to
            }
            kind
            review {
              code
              value
            }
            firm {
              id
            }
          }
        }
      }
    }
  }
`);

const SetKindMutation = graphql(`
  mutation SetRegistryImportRowKind($input: SetRegistryImportRowKindInput!) {
    setRegistryImportRowKind(input: $input) {
      id
      version
      kindCounts {
        kind
        count
      }
    }
  }
`);

const isKind = (v: string): v is FirmKind => (FIRM_KINDS as readonly string[]).includes(v);

/**
 * Rows of the last dry run, 50 at a time: the new firms with the kind each will get (changeable while
 * `editable`, for the version `version`), or the firms to review with the reason. ATECO 2007 codes are
 * shown with the ATECO 2025 code they became.
 */
export function ImportRows(props: {
  importId: string;
  variant: 'new' | 'review';
  version: number;
  editable: boolean;
}) {
  const { t } = useTranslation('registryImport');
  const client = useApolloClient();
  const failureText = useFailureText();
  const filter = props.variant === 'new' ? { action: 'NEW' as const } : { needsReview: true };
  const result = useQuery(ImportRowsQuery, {
    variables: { id: props.importId, filter },
    fetchPolicy: 'cache-and-network',
  });
  const [setKind, setKindState] = useMutation(SetKindMutation, { refetchQueries: ['ImportRows'] });
  const [problem, setProblem] = useState<string | null>(null);

  const changeKind = async (line: number, kind: FirmKind) => {
    setProblem(null);
    try {
      await setKind({ variables: { input: { id: props.importId, version: props.version, line, kind } } });
    } catch (error) {
      setProblem(failureText(error));
    }
  };

  return (
    <QueryState result={result}>
      {(data) => (
        <>
          {problem && (
            <Notice tone="error" role="alert">
              {problem}
            </Notice>
          )}
          <ImportLinesTable
            page={data.registryImport.rows}
            caption={t(props.variant === 'new' ? 'job.rowsCaption' : 'job.reviewCaption')}
            empty={t('job.noRows')}
            more={t('job.moreRows')}
            columns={[
              t('job.firm'),
              t('job.atecoCodes'),
              t(props.variant === 'new' ? 'job.kind' : 'job.why'),
            ]}
            loadMore={(after) =>
              client.query({
                query: ImportRowsQuery,
                variables: { id: props.importId, filter, after },
                fetchPolicy: 'network-only',
              })
            }
            cells={(node) => (
              <>
                <td>
                  {node.firm ? <Link to={`/firms/${node.firm.id}`}>{node.legalName}</Link> : node.legalName}
                  {node.vatNumber && (
                    <div className="muted tabular">
                      {t('job.vatNumber')} {node.vatNumber}
                    </div>
                  )}
                </td>
                <td>
                  <span className="tabular">{node.atecoCodes.join(', ')}</span>
                  {node.ateco2007.map((a) => (
                    <div key={a.from} className="muted tabular">
                      {a.to
                        ? t('job.translated', { from: a.from, to: a.to })
                        : t('job.translatedNone', { from: a.from })}
                    </div>
                  ))}
                </td>
                <td>
                  {props.variant === 'new' && node.kind ? (
                    <Select
                      label={t('job.kindOf', { name: node.legalName })}
                      className="registry-import__kind"
                      value={node.kind}
                      disabled={!props.editable || setKindState.loading}
                      options={FIRM_KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
                      onChange={(e) => {
                        if (isKind(e.target.value)) void changeKind(node.line, e.target.value);
                      }}
                    />
                  ) : (
                    <ul className="registry-import__reasons">
                      {node.review.map((r) => (
                        <li key={`${r.code}-${r.value}`}>
                          {t(`enums.RegistryImportReviewCode.${r.code}`, { value: r.value })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </>
            )}
          />
        </>
      )}
    </QueryState>
  );
}
