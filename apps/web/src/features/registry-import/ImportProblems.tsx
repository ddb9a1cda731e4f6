import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';

// Its own query, not a fragment of the page's: nested two fragments deep in the page query, this list
// alone pushed the page past the API's query cost limit. `first` must match the "more" query below.
const ImportProblemsQuery = graphql(`
  query ImportProblems($id: ID!, $after: String) {
    registryImport(id: $id) {
      id
      problems(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            line
            reasons {
              code
              column
              value
            }
          }
        }
      }
    }
  }
`);

/** The invalid rows of the last dry run: line and every reason, translated; 50 at a time. */
export function ImportProblems({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const result = useQuery(ImportProblemsQuery, {
    variables: { id: importId },
    fetchPolicy: 'cache-and-network',
  });
  const [loading, setLoading] = useState(false);

  return (
    <QueryState result={result}>
      {(data) => {
        const { problems } = data.registryImport;
        if (problems.totalCount === 0) return <p className="muted">{t('registryImport.job.noProblems')}</p>;
        const showMore = async () => {
          if (!problems.pageInfo.endCursor) return;
          setLoading(true);
          try {
            // The page is merged into RegistryImport.problems by its type policy.
            await client.query({
              query: ImportProblemsQuery,
              variables: { id: importId, after: problems.pageInfo.endCursor },
              fetchPolicy: 'network-only',
            });
          } finally {
            setLoading(false);
          }
        };
        return (
          <>
            <Table caption={t('registryImport.job.problemsCaption')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('registryImport.job.line')}</th>
                  <th scope="col">{t('registryImport.job.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.edges.map(({ node }) => (
                  <tr key={node.line}>
                    <th scope="row" className="tabular">
                      {format.number(node.line)}
                    </th>
                    <td>
                      <ul className="registry-import__reasons">
                        {node.reasons.map((r, i) => {
                          const reason = t(`registryImport.enums.RegistryImportProblemCode.${r.code}`);
                          return (
                            <li key={i}>
                              {r.column && r.value
                                ? t('registryImport.job.reasonValue', {
                                    reason,
                                    column: r.column,
                                    value: r.value,
                                  })
                                : r.column
                                  ? t('registryImport.job.reasonColumn', { reason, column: r.column })
                                  : reason}
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {problems.pageInfo.hasNextPage && (
              <Button variant="secondary" busy={loading} onClick={() => void showMore()}>
                {t('registryImport.job.moreProblems')}
              </Button>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
