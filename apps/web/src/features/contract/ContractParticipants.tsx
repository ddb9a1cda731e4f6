import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Table } from '../../components/Table';
import type { FragmentType } from '../../gql';
import type { ContractEditor_NetworkContractFragmentFragment } from '../../gql/graphql';
import { sectionAnchor } from './anchors';
import { SectionComments, type SectionComments_NetworkContractFragment } from './SectionComments';

/** The participants section: the firms whose adhesion makes them parties, the first 20 of them. */
export function ContractParticipants(props: {
  contract: ContractEditor_NetworkContractFragmentFragment;
  comments: FragmentType<typeof SectionComments_NetworkContractFragment>;
}) {
  const { t } = useTranslation('contract');
  const c = props.contract;
  const participants = c.participants.edges.map((e) => e.node);
  return (
    <div id={sectionAnchor('PARTICIPANTS')} tabIndex={-1}>
      <Card title={t('sections.PARTICIPANTS')}>
        {participants.length === 0 ? (
          <EmptyState message={t('participants.none')} />
        ) : (
          <>
            <p>{t('participants.count', { count: c.participants.totalCount })}</p>
            <Table
              caption={t('participants.caption')}
              captionHidden
              columns={[t('participants.name'), t('participants.hamlet'), t('participants.kind')]}
            >
              <tbody>
                {participants.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{f.legalName}</th>
                    <td>{f.hamlet ?? '—'}</td>
                    <td>{t(`enums.FirmKind.${f.kind}`)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {c.participants.totalCount > participants.length && (
              <p className="muted">
                {t('participants.more', {
                  count: c.participants.totalCount - participants.length,
                })}
              </p>
            )}
          </>
        )}
        <SectionComments contract={props.comments} section="PARTICIPANTS" />
      </Card>
    </div>
  );
}
