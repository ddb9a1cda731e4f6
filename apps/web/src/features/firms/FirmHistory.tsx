import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShowMore } from '../../components/ShowMoreButton';
import { Card } from '../../components/Card';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { firmsIt } from './firms.i18n';

export const FirmHistory_PageFragment = graphql(`
  fragment FirmHistory_PageFragment on AuditEntryConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        changes
        createdAt
        actor {
          id
          name
        }
      }
    }
  }
`);

export const FirmHistory_FirmFragment = graphql(`
  fragment FirmHistory_FirmFragment on Firm {
    id
    history(first: 20) {
      totalCount
      ...FirmHistory_PageFragment
    }
  }
`);

const MoreHistoryQuery = graphql(`
  query FirmHistoryMore($id: ID!, $after: String!) {
    firm(id: $id) {
      id
      history(first: 20, after: $after) {
        ...FirmHistory_PageFragment
      }
    }
  }
`);

interface Entry {
  id: string;
  action: string;
  changes: unknown;
  createdAt: string;
  actor?: { id: string; name: string } | null;
}
type ActionKey = keyof typeof firmsIt.history.actions;
type FieldKey = keyof typeof firmsIt.fields;

/** The profile's changes from the audit log, newest first, with "show more". */
export function FirmHistory(props: { firm: FragmentType<typeof FirmHistory_FirmFragment> }) {
  const { t } = useTranslation('firms');
  const format = useFormat();
  const client = useApolloClient();
  const firm = getFragmentData(FirmHistory_FirmFragment, props.firm);
  const [more, setMore] = useState<{
    entries: Entry[];
    endCursor: string | null;
    hasNextPage: boolean;
  } | null>(null);
  if (!firm.history) return null;
  const first = getFragmentData(FirmHistory_PageFragment, firm.history);
  const entries: Entry[] = [...first.edges.map((e) => e.node), ...(more?.entries ?? [])];
  const page = more ?? first.pageInfo;

  const loadMore = async (after: string) => {
    const { data } = await client.query({
      query: MoreHistoryQuery,
      variables: { id: firm.id, after },
      fetchPolicy: 'network-only',
    });
    const h = data?.firm.history && getFragmentData(FirmHistory_PageFragment, data.firm.history);
    if (h) setMore({ entries: [...(more?.entries ?? []), ...h.edges.map((e) => e.node)], ...h.pageInfo });
  };

  const fieldLabel = (name: string) =>
    Object.hasOwn(firmsIt.fields, name) ? t(`fields.${name as FieldKey}`) : name;

  return (
    <Card title={t('history.heading')}>
      {entries.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <Table
          caption={t('history.caption')}
          captionHidden
          columns={[t('history.when'), t('history.who'), t('history.what')]}
        >
          <tbody>
            {entries.map((e) => {
              const changed = e.changes && typeof e.changes === 'object' ? Object.keys(e.changes) : [];
              const action = Object.hasOwn(firmsIt.history.actions, e.action)
                ? t(`history.actions.${e.action as ActionKey}`)
                : e.action;
              return (
                <tr key={e.id}>
                  <td className="table__nowrap">{format.dateTime(e.createdAt)}</td>
                  <td>{e.actor?.name ?? t('history.system')}</td>
                  <td>
                    <strong>{action}</strong>
                    {changed.length > 0 && `: ${changed.map(fieldLabel).join(', ')}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <ShowMore label={t('history.showMore')} pageInfo={page} loadMore={loadMore} />
    </Card>
  );
}
