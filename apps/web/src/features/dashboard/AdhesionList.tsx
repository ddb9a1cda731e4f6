import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Table } from '../../components/Table';
import { StatusBadge } from '../../components/StatusBadge';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';

export const AdhesionList_FirmFragment = graphql(`
  fragment AdhesionList_FirmFragment on Firm {
    id
    legalName
    hamlet
    kind
    adhesionStatus
  }
`);

/** A short list of firms on their way into the network contract. */
export function AdhesionList(props: {
  firms: readonly FragmentType<typeof AdhesionList_FirmFragment>[];
  totalCount: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const firms = getFragmentData(AdhesionList_FirmFragment, props.firms);
  return (
    <Card title={t('dashboard.adhesions.heading')}>
      {firms.length === 0 ? (
        <EmptyState message={t('dashboard.adhesions.empty')} />
      ) : (
        <>
          <Table
            caption={t('dashboard.adhesions.caption')}
            captionHidden
            columns={[
              t('dashboard.adhesions.legalName'),
              t('dashboard.adhesions.hamlet'),
              t('dashboard.adhesions.kind'),
              t('dashboard.adhesions.status'),
            ]}
          >
            <tbody>
              {firms.map((firm) => (
                <tr key={firm.id}>
                  <th scope="row">{firm.legalName}</th>
                  <td>{firm.hamlet ?? '—'}</td>
                  <td>{t(`enums.FirmKind.${firm.kind}`)}</td>
                  <td>
                    <StatusBadge kind="AdhesionStatus" status={firm.adhesionStatus} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          {props.totalCount > firms.length && (
            <p className="muted">
              {t('dashboard.adhesions.showing', {
                shown: format.number(firms.length),
                total: format.number(props.totalCount),
              })}
            </p>
          )}
        </>
      )}
    </Card>
  );
}
