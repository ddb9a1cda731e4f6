import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';

export const RegistryImportsTable_RegistryImportFragment = graphql(`
  fragment RegistryImportsTable_RegistryImportFragment on RegistryImport {
    id
    fileName
    status
    createdAt
    createdBy {
      id
      name
    }
    newCount
    updatedCount
    unchangedCount
    invalidCount
  }
`);

/** Past imports, newest first: file (a link that opens it), when, who, status and counts. */
export function RegistryImportsTable(props: {
  imports: FragmentType<typeof RegistryImportsTable_RegistryImportFragment>[];
}) {
  const { t } = useTranslation('registryImport');
  const format = useFormat();
  const rows = props.imports.map((i) => getFragmentData(RegistryImportsTable_RegistryImportFragment, i));
  if (rows.length === 0) return <EmptyState message={t('list.empty')} />;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '–' : format.number(v));
  return (
    <Table
      caption={t('list.caption')}
      captionHidden
      columns={[t('list.file'), t('list.when'), t('list.by'), t('list.status'), t('list.results')]}
    >
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link
                to={`/registry-import?import=${r.id}`}
                aria-label={t('list.open', { fileName: r.fileName })}
              >
                {r.fileName}
              </Link>
            </th>
            <td className="table__nowrap">{format.dateTime(r.createdAt)}</td>
            <td>{r.createdBy?.name ?? '–'}</td>
            <td>{t(`enums.RegistryImportStatus.${r.status}`)}</td>
            <td className="tabular">
              {n(r.newCount)} / {n(r.updatedCount)} / {n(r.unchangedCount)} / {n(r.invalidCount)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
