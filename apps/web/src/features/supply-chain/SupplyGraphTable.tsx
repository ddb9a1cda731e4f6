import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ShowMoreButton } from '../../components/ShowMoreButton';
import { Table } from '../../components/Table';
import { useFormat } from '../../i18n/format';
import type { CapabilityOption } from './DeclareLinkForm';
import { useCapabilityLabel } from './labels';
import type { GraphEdge, GraphNode } from './supply-graph';

const PAGE = 25;

/**
 * The graph's links as a table, for keyboard and screen-reader users and for reading names: supplier,
 * supply, customer, status and risk, a page at a time. Remount it (key) when the view changes.
 */
export function SupplyGraphTable(props: {
  heading: string;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  capabilities: readonly CapabilityOption[];
}) {
  const { t } = useTranslation('supplyChain');
  const format = useFormat();
  const capabilityLabel = useCapabilityLabel();
  const [shown, setShown] = useState(PAGE);
  const byId = new Map(props.nodes.map((n) => [n.id, n]));
  const capabilityById = new Map(props.capabilities.map((c) => [c.id, c]));
  const name = (id: string) => byId.get(id)?.legalName ?? id;
  const sorted = [...props.edges].sort(
    (a, b) =>
      name(a.supplierId).localeCompare(name(b.supplierId)) ||
      name(a.customerId).localeCompare(name(b.customerId)),
  );
  const listed = sorted.slice(0, shown);
  return (
    <section className="stack" aria-labelledby="sc-links-heading">
      <h3 id="sc-links-heading">{props.heading}</h3>
      {listed.length > 0 && (
        <Table caption={t('graph.listCaption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('graph.supplier')}</th>
              <th scope="col">{t('graph.capabilityCol')}</th>
              <th scope="col">{t('graph.customer')}</th>
              <th scope="col">{t('graph.statusCol')}</th>
              <th scope="col">{t('graph.riskCol')}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((e) => {
              const capability = capabilityById.get(e.capabilityId);
              const ceasedOn = byId.get(e.supplierId)?.ceasedOn;
              const risks = [
                e.soleSource ? t('graph.riskSole') : '',
                ceasedOn ? t('graph.riskCeased', { date: format.date(ceasedOn) }) : '',
              ].filter(Boolean);
              return (
                <tr key={e.id}>
                  <td>
                    <Link to={`/firms/${e.supplierId}`}>{name(e.supplierId)}</Link>
                  </td>
                  <td>{capability ? capabilityLabel(capability) : '—'}</td>
                  <td>
                    <Link to={`/firms/${e.customerId}`}>{name(e.customerId)}</Link>
                  </td>
                  <td>{t(`status.${e.status}`)}</td>
                  <td>{risks.join('; ') || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <p className="muted" role="status">
        {t('graph.shown', {
          shown: format.number(listed.length),
          total: format.number(sorted.length),
        })}
      </p>
      {listed.length < sorted.length && (
        <ShowMoreButton label={t('graph.showMore')} loadMore={async () => setShown((n) => n + PAGE)} />
      )}
    </section>
  );
}
