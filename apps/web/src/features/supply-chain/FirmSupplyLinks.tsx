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
import { useCapabilityLabel, withParties } from './labels';
import { SUPPLY_LINK_QUERIES } from './PendingRequests';
import './supply-chain.css';

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
          ...SupplyLinkParties_SupplyLinkFragment
        }
      }
    }
  }
`);

type LinkNode = ReturnType<typeof withParties<FirmSupplyLinksQuery['supplyLinks']['edges'][number]['node']>>;

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
  return (
    <div className="sc-columns">
      <LinksTable firmId={firmId} side="supplier" />
      <LinksTable firmId={firmId} side="customer" />
    </div>
  );
}

/** The strings of each side's table. */
const SIDE_TEXT = {
  supplier: { heading: 'links.suppliers', caption: 'links.suppliersCaption', empty: 'links.emptySuppliers' },
  customer: { heading: 'links.customers', caption: 'links.customersCaption', empty: 'links.emptyCustomers' },
} as const;

function LinksTable(props: {
  /** Which firm of each link is the counterpart shown in the first column. */
  side: 'supplier' | 'customer';
  firmId: string;
}) {
  const { t } = useTranslation('supplyChain');
  const text = SIDE_TEXT[props.side];
  const heading = t(text.heading);
  const result = useQuery(FirmSupplyLinksQuery, {
    variables: { firmId: props.firmId, direction: props.side === 'supplier' ? 'SUPPLIERS' : 'CUSTOMERS' },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <QueryState result={result}>
        {(data) => (
          <LinksTableBody
            caption={t(text.caption)}
            empty={t(text.empty)}
            side={props.side}
            links={data.supplyLinks.edges.map((e) => withParties(e.node))}
          />
        )}
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
