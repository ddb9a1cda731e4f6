import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { SupplyLinkStatus } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import type { CapabilityOption } from './DeclareLinkForm';
import { FIRM_KINDS, KIND_COLOURS } from './kinds';
import { useCapabilityLabel } from './labels';

const GraphCanvas = lazy(() => import('./GraphCanvas'));

const DistrictGraphQuery = graphql(`
  query DistrictGraph($statuses: [SupplyLinkStatus!], $capabilityIds: [ID!]) {
    districtGraph(statuses: $statuses, capabilityIds: $capabilityIds) {
      nodes {
        id
        legalName
        kind
        hamlet
      }
      edges {
        id
        supplierId
        customerId
        capabilityId
        status
      }
    }
  }
`);

const STATUSES: SupplyLinkStatus[] = ['CONFIRMED', 'DECLARED', 'REJECTED', 'ENDED'];
const PAGE = 50;

/** The graph with its filters, legend, focus search and the same links as an accessible list. */
export function DistrictGraphPanel({ capabilities }: { capabilities: readonly CapabilityOption[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const capabilityLabel = useCapabilityLabel();
  const [capabilityId, setCapabilityId] = useState('');
  const [statuses, setStatuses] = useState<SupplyLinkStatus[]>(['CONFIRMED']);
  const [search, setSearch] = useState('');
  const [focusId, setFocusId] = useState('');
  const [shown, setShown] = useState(PAGE);
  const result = useQuery(DistrictGraphQuery, {
    variables: { statuses, capabilityIds: capabilityId ? [capabilityId] : null },
    fetchPolicy: 'cache-and-network',
  });
  const capabilityById = useMemo(() => new Map(capabilities.map((c) => [c.id, c])), [capabilities]);

  const toggleStatus = (status: SupplyLinkStatus, on: boolean) => {
    setStatuses((current) => {
      const next = on ? [...current, status] : current.filter((s) => s !== status);
      return next.length ? STATUSES.filter((s) => next.includes(s)) : current;
    });
    setShown(PAGE);
  };

  return (
    <div className="stack">
      <div className="sc-filters">
        <Select
          label={t('supplyChain.graph.capability')}
          value={capabilityId}
          placeholder={t('supplyChain.graph.allCapabilities')}
          options={capabilities.map((c) => ({ value: c.id, label: capabilityLabel(c) }))}
          onChange={(e) => {
            setCapabilityId(e.target.value);
            setShown(PAGE);
          }}
        />
        <fieldset className="sc-checks">
          <legend className="field__label">{t('supplyChain.graph.statuses')}</legend>
          {STATUSES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={statuses.includes(s)}
                onChange={(e) => toggleStatus(s, e.target.checked)}
              />
              {t(`supplyChain.status.${s}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <QueryState result={result}>
        {(data) => {
          const graph = data.districtGraph;
          const byId = new Map(graph.nodes.map((n) => [n.id, n]));
          const needle = search.trim().toLowerCase();
          const matches =
            needle.length >= 2
              ? graph.nodes.filter((n) => n.legalName.toLowerCase().includes(needle)).slice(0, 20)
              : [];
          const focus = focusId ? byId.get(focusId) : undefined;
          const edges = focus
            ? graph.edges.filter((e) => e.supplierId === focus.id || e.customerId === focus.id)
            : graph.edges;
          const name = (id: string) => byId.get(id)?.legalName ?? id;
          const listed = [...edges]
            .sort(
              (a, b) =>
                name(a.supplierId).localeCompare(name(b.supplierId)) ||
                name(a.customerId).localeCompare(name(b.customerId)),
            )
            .slice(0, shown);
          return (
            <>
              <p className="muted">
                {t('supplyChain.graph.summary', {
                  nodes: format.number(graph.nodes.length),
                  edges: format.number(graph.edges.length),
                })}{' '}
                {t('supplyChain.graph.openHint')}
              </p>
              <div className="sc-filters">
                <TextField
                  label={t('supplyChain.graph.search')}
                  description={t('supplyChain.graph.searchHint')}
                  type="search"
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                  autoComplete="off"
                />
                <Select
                  label={t('supplyChain.graph.focus')}
                  value={focus ? focus.id : ''}
                  placeholder={t('supplyChain.graph.noFocus')}
                  options={[...(focus && !matches.includes(focus) ? [focus] : []), ...matches].map((n) => ({
                    value: n.id,
                    label: n.hamlet ? `${n.legalName} · ${n.hamlet}` : n.legalName,
                  }))}
                  onChange={(e) => {
                    setFocusId(e.target.value);
                    setShown(PAGE);
                  }}
                />
                {focus && (
                  <Button variant="secondary" onClick={() => setFocusId('')}>
                    {t('supplyChain.graph.clearFocus')}
                  </Button>
                )}
              </div>
              <div>
                <h3 className="field__label">{t('supplyChain.graph.legend')}</h3>
                <ul className="sc-legend">
                  {FIRM_KINDS.map((kind) => (
                    <li key={kind}>
                      <span
                        className="sc-swatch"
                        style={{ background: KIND_COLOURS[kind] }}
                        aria-hidden="true"
                      />
                      {t(`enums.FirmKind.${kind}`)}
                    </li>
                  ))}
                </ul>
              </div>
              {graph.edges.length === 0 ? (
                <EmptyState message={t('supplyChain.graph.empty')} />
              ) : (
                <Suspense fallback={<LoadingState />}>
                  <GraphCanvas
                    data={graph}
                    focusId={focus?.id ?? null}
                    label={t('supplyChain.graph.canvasLabel')}
                    onOpen={(id) => void navigate(`/firms/${id}`)}
                  />
                </Suspense>
              )}
              <h3>
                {focus
                  ? t('supplyChain.graph.listFocused', { name: focus.legalName })
                  : t('supplyChain.graph.listHeading')}
              </h3>
              {edges.length > 0 && (
                <Table caption={t('supplyChain.graph.listCaption')} captionHidden>
                  <thead>
                    <tr>
                      <th scope="col">{t('supplyChain.graph.supplier')}</th>
                      <th scope="col">{t('supplyChain.graph.capabilityCol')}</th>
                      <th scope="col">{t('supplyChain.graph.customer')}</th>
                      <th scope="col">{t('supplyChain.graph.statusCol')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {listed.map((e) => {
                      const capability = capabilityById.get(e.capabilityId);
                      return (
                        <tr key={e.id}>
                          <td>
                            <Link to={`/firms/${e.supplierId}`}>{name(e.supplierId)}</Link>
                          </td>
                          <td>{capability ? capabilityLabel(capability) : '—'}</td>
                          <td>
                            <Link to={`/firms/${e.customerId}`}>{name(e.customerId)}</Link>
                          </td>
                          <td>{t(`supplyChain.status.${e.status}`)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              )}
              <p className="muted" role="status">
                {t('supplyChain.graph.shown', {
                  shown: format.number(listed.length),
                  total: format.number(edges.length),
                })}
              </p>
              {listed.length < edges.length && (
                <Button variant="secondary" onClick={() => setShown((n) => n + PAGE)}>
                  {t('supplyChain.graph.showMore')}
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
