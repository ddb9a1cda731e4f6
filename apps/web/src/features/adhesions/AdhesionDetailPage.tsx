import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { SuccessStatus } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Table } from '../../components/Table';
import { StatusBadge } from '../../components/StatusBadge';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { AdhesionChecklist } from './AdhesionChecklist';
import { MoveAdhesionDialog } from './MoveAdhesionDialog';
import { useLiveAdhesions } from './useLiveAdhesions';
import './adhesions.css';
import { CeasedBadge } from '../firm-registry/CeasedBadge';

const AdhesionDetailPageQuery = graphql(`
  query AdhesionDetailPage($id: ID!) {
    me {
      permissions {
        viewerCanReadAdhesions
      }
    }
    adhesion(id: $id) {
      id
      status
      contributionEur
      legalRepresentative
      nextStatuses
      viewerCanManage
      firm {
        id
        legalName
        hamlet
        kind
        ceasedOn
      }
      ...AdhesionChecklist_AdhesionFragment
      transitions(first: 50) {
        totalCount
        edges {
          node {
            id
            from
            to
            note
            at
            actor {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** One firm's adhesion: where it stands, what it still needs, and every step so far. */
export function AdhesionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('adhesions');
  const format = useFormat();
  const result = useQuery(AdhesionDetailPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // A FIRM user may read its own adhesion here, but not follow the pipeline.
  useLiveAdhesions(['AdhesionDetailPage'], {
    only: id,
    skip: !result.data?.me?.permissions.viewerCanReadAdhesions,
  });
  const name = result.data?.adhesion.firm.legalName ?? '';
  const title = t('detail.title', { firm: name });
  useDocumentTitle(title);
  const [moving, setMoving] = useState(false);
  const [moved, setMoved] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={title} actions={<Link to="/adhesions">{t('detail.back')}</Link>} />
      <SuccessStatus message={moved} />
      <QueryState result={result}>
        {({ adhesion }) => (
          <div className="stack">
            <Card title={t('detail.status')}>
              <p>
                <StatusBadge kind="AdhesionStatus" status={adhesion.status} />{' '}
                <span className="muted">
                  {t(`enums.FirmKind.${adhesion.firm.kind}`)}
                  {adhesion.firm.hamlet ? ` · ${adhesion.firm.hamlet}` : ''}
                </span>{' '}
                <CeasedBadge on={adhesion.firm.ceasedOn} />
              </p>
              <dl className="details">
                <dt>{t('detail.contribution')}</dt>
                <dd>
                  {adhesion.contributionEur !== null && adhesion.contributionEur !== undefined
                    ? format.euro(adhesion.contributionEur, { cents: true })
                    : '—'}
                </dd>
                <dt>{t('detail.legalRepresentative')}</dt>
                <dd>{adhesion.legalRepresentative ?? '—'}</dd>
              </dl>
              <AdhesionChecklist adhesion={adhesion} />
              {adhesion.viewerCanManage && adhesion.nextStatuses.length > 0 && (
                <Button onClick={() => setMoving(true)}>{t('board.moveTo')}</Button>
              )}
            </Card>
            <Card title={t('detail.history')}>
              <Table
                caption={t('detail.historyCaption')}
                captionHidden
                columns={[
                  t('detail.when'),
                  t('detail.from'),
                  t('detail.to'),
                  t('detail.who'),
                  t('detail.note'),
                ]}
              >
                <tbody>
                  {adhesion.transitions.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td className="table__nowrap">{format.dateTime(node.at)}</td>
                      <td>{node.from ? t(`enums.AdhesionStatus.${node.from}`) : t('detail.start')}</td>
                      <td>{t(`enums.AdhesionStatus.${node.to}`)}</td>
                      <td>{node.actor?.name ?? t('detail.system')}</td>
                      <td>{node.note ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
            {moving && (
              <MoveAdhesionDialog
                adhesionId={adhesion.id}
                onClose={(done) => {
                  setMoving(false);
                  if (done) {
                    setMoved(
                      t('move.moved', {
                        firm: done.firm,
                        status: t(`enums.AdhesionStatus.${done.status}`),
                      }),
                    );
                  }
                }}
              />
            )}
          </div>
        )}
      </QueryState>
    </>
  );
}
