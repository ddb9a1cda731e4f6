import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { it } from '../../i18n/it';

export const AuditLog_AuditEntryFragment = graphql(`
  fragment AuditLog_AuditEntryFragment on AuditEntry {
    id
    action
    entityType
    entityId
    createdAt
    actor {
      id
      name
    }
  }
`);

// Actions and entity types are open-ended strings: known ones are translated, new ones shown as they are.
const ACTIONS = it.dashboard.audit.actions;
const ENTITIES = it.dashboard.audit.entities;

function hasKey<T extends object>(labels: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(labels, key);
}

/** The latest recorded changes: when, who, what, on which item. */
export function AuditLog(props: { entries: readonly FragmentType<typeof AuditLog_AuditEntryFragment>[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = getFragmentData(AuditLog_AuditEntryFragment, props.entries);
  return (
    <Card title={t('dashboard.audit.heading')}>
      {entries.length === 0 ? (
        <EmptyState message={t('dashboard.audit.empty')} />
      ) : (
        <Table
          caption={t('dashboard.audit.caption')}
          captionHidden
          columns={[
            t('dashboard.audit.when'),
            t('dashboard.audit.who'),
            t('dashboard.audit.action'),
            t('dashboard.audit.entity'),
          ]}
        >
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row" className="table__nowrap">
                  <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
                </th>
                <td>{entry.actor?.name ?? t('dashboard.audit.system')}</td>
                <td>
                  {hasKey(ACTIONS, entry.action)
                    ? t(`dashboard.audit.actions.${entry.action}`)
                    : entry.action}
                </td>
                <td>
                  {hasKey(ENTITIES, entry.entityType)
                    ? t(`dashboard.audit.entities.${entry.entityType}`)
                    : entry.entityType}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
