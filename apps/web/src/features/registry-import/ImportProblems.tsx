import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { QueryState } from '../shell/QueryState';
import { ImportLinesTable } from './ImportLinesTable';

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
  const { t } = useTranslation('registryImport');
  const client = useApolloClient();
  const result = useQuery(ImportProblemsQuery, {
    variables: { id: importId },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <QueryState result={result}>
      {(data) => (
        <ImportLinesTable
          page={data.registryImport.problems}
          caption={t('job.problemsCaption')}
          empty={t('job.noProblems')}
          more={t('job.moreProblems')}
          columns={[t('job.reasons')]}
          loadMore={(after) =>
            client.query({
              query: ImportProblemsQuery,
              variables: { id: importId, after },
              fetchPolicy: 'network-only',
            })
          }
          cells={(node) => (
            <td>
              <ul className="registry-import__reasons">
                {node.reasons.map((r, i) => {
                  const reason = t(`enums.RegistryImportProblemCode.${r.code}`);
                  return (
                    <li key={i}>
                      {r.column && r.value
                        ? t('job.reasonValue', { reason, column: r.column, value: r.value })
                        : r.column
                          ? t('job.reasonColumn', { reason, column: r.column })
                          : reason}
                    </li>
                  );
                })}
              </ul>
            </td>
          )}
        />
      )}
    </QueryState>
  );
}
