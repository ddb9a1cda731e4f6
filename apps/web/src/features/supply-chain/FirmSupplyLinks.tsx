import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfirm } from '../../components/ConfirmDialog';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { OutcomeNotice } from '../../components/Notice';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import type { FirmSupplyLinksQuery } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { useActionOutcome } from '../../lib/useActionOutcome';
import { QueryState } from '../shell/QueryState';
import { useCapabilityLabel } from './labels';
import { SUPPLY_LINK_QUERIES } from './PendingRequests';
import './supply-chain.css';

// Fields inline rather than in a fragment: graphql-armor's cost limit counts fragment spreads inside a
// connection several times over, and this list stays well under the limit only when written out.
const FirmSupplyLinksQuery = graphql(`
  query FirmSupplyLinks($firmId: ID!, $direction: SupplyLinkDirection!) {
    supplyLinks(firmId: $firmId, direction: $direction, first: 100) {
      totalCount
      edges {
        node {
          id
          version
          status
          sharePercent
          yearlyVolumePairs
          since
          recordedOnBehalf
          viewerCanEnd
          supplierCeased
          supplier {
            id
            legalName
          }
          customer {
            id
            legalName
          }
          capability {
            id
            labelIt
            labelEn
          }
        }
      }
    }
  }
`);

type LinkNode = FirmSupplyLinksQuery['supplyLinks']['edges'][number]['node'];

const EndSupplyLinkMutation = graphql(`
  mutation EndSupplyLink($id: ID!, $version: Int!) {
    endSupplyLink(id: $id, version: $version) {
      id
      status
      version
      viewerCanEnd
    }
  }
`);

/**
 * A firm's suppliers and customers by capability (active and past links), with "end" on confirmed ones.
 * Loads its own data, so the firm page can include it as it is.
 */
export function FirmSupplyLinks({ firmId }: { firmId: string }) {
  const { t } = useTranslation('supplyChain');
  return (
    <div className="sc-columns">
      <LinksTable
        firmId={firmId}
        heading={t('links.suppliers')}
        caption={t('links.suppliersCaption')}
        empty={t('links.emptySuppliers')}
        side="supplier"
      />
      <LinksTable
        firmId={firmId}
        heading={t('links.customers')}
        caption={t('links.customersCaption')}
        empty={t('links.emptyCustomers')}
        side="customer"
      />
    </div>
  );
}

function LinksTable(props: {
  heading: string;
  caption: string;
  empty: string;
  /** Which firm of each link is the counterpart shown in the first column. */
  side: 'supplier' | 'customer';
  firmId: string;
}) {
  const result = useQuery(FirmSupplyLinksQuery, {
    variables: { firmId: props.firmId, direction: props.side === 'supplier' ? 'SUPPLIERS' : 'CUSTOMERS' },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section aria-label={props.heading}>
      <h3>{props.heading}</h3>
      <QueryState result={result}>
        {(data) => <LinksTableBody {...props} links={data.supplyLinks.edges.map((e) => e.node)} />}
      </QueryState>
    </section>
  );
}

function LinksTableBody(props: {
  caption: string;
  empty: string;
  side: 'supplier' | 'customer';
  links: readonly LinkNode[];
}) {
  const { t } = useTranslation('supplyChain');
  const format = useFormat();
  const capabilityLabel = useCapabilityLabel();
  const [end, { loading }] = useMutation(EndSupplyLinkMutation, { refetchQueries: SUPPLY_LINK_QUERIES });
  const { outcome, run } = useActionOutcome();
  // Grouped by capability, as a buyer thinks of its sources.
  const links = [...props.links].sort(
    (a, b) =>
      capabilityLabel(a.capability).localeCompare(capabilityLabel(b.capability)) ||
      a[props.side].legalName.localeCompare(b[props.side].legalName),
  );

  const [ask, confirmation] = useConfirm();
  const onEnd = async (id: string, version: number, label: string) => {
    if (!(await ask({ title: label, confirmLabel: t('links.end'), danger: true }))) return;
    await run(() => end({ variables: { id, version } }), { done: t('links.ended') });
  };

  return (
    <>
      {confirmation}
      <OutcomeNotice outcome={outcome} />
      {links.length === 0 ? (
        <EmptyState message={props.empty} />
      ) : (
        <Table
          caption={props.caption}
          captionHidden
          columns={[
            t('links.capability'),
            t('links.counterpart'),
            t('links.share'),
            t('links.volume'),
            t('links.since'),
            t('links.status'),
            t('links.actions'),
          ]}
        >
          <tbody>
            {links.map((link) => {
              const other = link[props.side];
              return (
                <tr key={link.id}>
                  <td>{capabilityLabel(link.capability)}</td>
                  <th scope="row">
                    <Link to={`/firms/${other.id}/supply-chain`}>{other.legalName}</Link>
                  </th>
                  <td>{link.sharePercent != null ? `${format.number(link.sharePercent)}%` : '—'}</td>
                  <td>{link.yearlyVolumePairs != null ? format.number(link.yearlyVolumePairs) : '—'}</td>
                  <td className="table__nowrap">
                    {link.since ? <time dateTime={link.since}>{format.date(link.since)}</time> : '—'}
                  </td>
                  <td>
                    {t(`status.${link.status}`)}
                    {link.recordedOnBehalf && <span className="muted"> ({t('links.onBehalf')})</span>}
                    {link.supplierCeased && (
                      <>
                        {' '}
                        <span className="badge badge--ceased">{t('firmState.supplierCeased')}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {link.viewerCanEnd && (
                      <Button
                        variant="secondary"
                        busy={loading}
                        aria-label={t('links.endLabel', {
                          name: other.legalName,
                          capability: capabilityLabel(link.capability),
                        })}
                        onClick={() =>
                          void onEnd(
                            link.id,
                            link.version,
                            t('links.endConfirm', {
                              name: other.legalName,
                              capability: capabilityLabel(link.capability),
                            }),
                          )
                        }
                      >
                        {t('links.end')}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
