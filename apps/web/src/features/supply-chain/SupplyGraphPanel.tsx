import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { FirmKind, SupplyLinkStatus } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { useFirmSearch } from '../search/useFirmSearch';
import { QueryState } from '../shell/QueryState';
import type { CapabilityOption } from './DeclareLinkForm';
import { SupplyGraphLegend } from './SupplyGraphLegend';
import { SupplyGraphTable } from './SupplyGraphTable';
import { FIRM_KINDS } from './kinds';
import { useCapabilityLabel } from './labels';
import { mergePieces, type GraphPiece } from './supply-graph';

/** Cytoscape and the layout worker come only with this page's graph, not with the first page. */
const GraphCanvas = lazy(() => import('./GraphCanvas'));

const SupplyGraphQuery = graphql(`
  query SupplyGraph(
    $firmId: ID
    $depth: Int
    $capabilityId: ID
    $kind: FirmKind
    $hamlet: String
    $statuses: [SupplyLinkStatus!]
  ) {
    supplyGraph(
      firmId: $firmId
      depth: $depth
      capabilityId: $capabilityId
      kind: $kind
      hamlet: $hamlet
      statuses: $statuses
    ) {
      centre {
        id
        legalName
      }
      truncated
      nodes {
        id
        legalName
        kind
        hamlet
        linkCount
        hiddenLinkCount
        singlePointOfFailure
        ceasedOn
      }
      edges {
        id
        supplierId
        customerId
        capabilityId
        status
        soleSource
      }
    }
  }
`);

const STATUSES: SupplyLinkStatus[] = ['CONFIRMED', 'DECLARED', 'REJECTED', 'ENDED'];

/**
 * The supply graph, readable at district scale: it opens on one firm's neighbourhood (the one in the
 * address, `?firm=`, else the API's default: the viewer's firm or the most supplied factory) or on a
 * filter (capability, kind, hamlet), never on every firm; a click on a firm adds its links. Beside it the
 * legend and the same links as a paged table. The view lives in the address, so it can be shared.
 */
export function SupplyGraphPanel(props: {
  capabilities: readonly CapabilityOption[];
  hamlets: readonly string[];
}) {
  const { t } = useTranslation('supplyChain');
  const format = useFormat();
  const client = useApolloClient();
  const capabilityLabel = useCapabilityLabel();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [statuses, setStatuses] = useState<SupplyLinkStatus[]>(['CONFIRMED']);
  const firmId = params.get('firm');
  const capabilityId = params.get('capability');
  const kind = params.get('kind') as FirmKind | null;
  const hamlet = params.get('hamlet');
  const depth = params.get('depth') === '2' ? 2 : 1;
  const variables = { firmId, depth, capabilityId, kind, hamlet, statuses };
  const viewKey = JSON.stringify(variables);
  const result = useQuery(SupplyGraphQuery, { variables, fetchPolicy: 'cache-and-network' });
  // Neighbourhoods added by clicks, for the view they were added to.
  const [expansions, setExpansions] = useState<{ view: string; pieces: GraphPiece[]; names: string[] }>({
    view: viewKey,
    pieces: [],
    names: [],
  });
  const added = expansions.view === viewKey ? expansions : { pieces: [], names: [] };
  const { firms: matches } = useFirmSearch(search);

  const setView = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const expand = (id: string, name: string) => {
    void client
      .query({ query: SupplyGraphQuery, variables: { firmId: id, depth: 1, capabilityId, statuses } })
      .then(({ data }) => {
        if (!data) return;
        setExpansions((current) => {
          const base = current.view === viewKey ? current : { pieces: [], names: [] };
          return { view: viewKey, pieces: [...base.pieces, data.supplyGraph], names: [...base.names, name] };
        });
      });
  };
  const toggleStatus = (status: SupplyLinkStatus, on: boolean) =>
    setStatuses((current) => {
      const next = on ? [...current, status] : current.filter((s) => s !== status);
      return next.length ? STATUSES.filter((s) => next.includes(s)) : current;
    });

  return (
    <div className="stack">
      <p className="muted">{t('graph.intro')}</p>
      <div className="sc-filters">
        <TextField
          label={t('graph.search')}
          description={t('graph.searchHint')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
        />
        <Select
          label={t('graph.focus')}
          value={firmId ?? ''}
          placeholder={t('graph.noFocus')}
          options={[
            ...(firmId &&
            result.data?.supplyGraph.centre?.id === firmId &&
            !matches.some((m) => m.id === firmId)
              ? [{ value: firmId, label: result.data.supplyGraph.centre.legalName }]
              : []),
            ...matches.map((n) => ({
              value: n.id,
              label: n.hamlet ? `${n.legalName} · ${n.hamlet}` : n.legalName,
            })),
          ]}
          onChange={(e) => setView({ firm: e.target.value || null, kind: null, hamlet: null })}
        />
        <Select
          label={t('graph.depth')}
          value={String(depth)}
          options={[
            { value: '1', label: t('graph.depth1') },
            { value: '2', label: t('graph.depth2') },
          ]}
          onChange={(e) => setView({ depth: e.target.value === '2' ? '2' : null })}
        />
      </div>
      <div className="sc-filters">
        <Select
          label={t('graph.capability')}
          value={capabilityId ?? ''}
          placeholder={t('graph.allCapabilities')}
          options={props.capabilities.map((c) => ({ value: c.id, label: capabilityLabel(c) }))}
          onChange={(e) => setView({ capability: e.target.value || null })}
        />
        <Select
          label={t('graph.kind')}
          value={kind ?? ''}
          placeholder={t('graph.allKinds')}
          options={FIRM_KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
          onChange={(e) => setView({ kind: e.target.value || null, firm: null })}
        />
        <Select
          label={t('graph.hamlet')}
          value={hamlet ?? ''}
          placeholder={t('graph.allHamlets')}
          options={props.hamlets.map((h) => ({ value: h, label: h }))}
          onChange={(e) => setView({ hamlet: e.target.value || null, firm: null })}
        />
        <fieldset className="sc-checks">
          <legend className="field__label">{t('graph.statuses')}</legend>
          {STATUSES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={statuses.includes(s)}
                onChange={(e) => toggleStatus(s, e.target.checked)}
              />
              {t(`status.${s}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <QueryState result={result}>
        {(data) => {
          const view = data.supplyGraph;
          const graph = mergePieces([view, ...added.pieces]);
          const expandable = graph.nodes.filter((n) => n.hiddenLinkCount > 0);
          const heading = view.centre
            ? t('graph.listFocused', { name: view.centre.legalName })
            : t('graph.listHeading');
          return (
            <>
              <p className="muted" role="status">
                {view.centre ? t('graph.viewCentre', { name: view.centre.legalName }) : t('graph.viewFilter')}{' '}
                {t('graph.summary', {
                  nodes: format.number(graph.nodes.length),
                  edges: format.number(graph.edges.length),
                })}{' '}
                {view.truncated && t('graph.truncated', { count: view.nodes.length })}{' '}
                {added.names.length > 0 && t('graph.expanded', { name: added.names.at(-1) })}
              </p>
              <div className="sc-graph-layout">
                <div className="stack">
                  {graph.edges.length === 0 ? (
                    <EmptyState message={t('graph.empty')} />
                  ) : (
                    <Suspense fallback={<LoadingState />}>
                      <GraphCanvas
                        graph={graph}
                        centreId={view.centre?.id ?? null}
                        label={t('graph.canvasLabel')}
                        ceasedMark={t('graph.ceasedMark')}
                        onExpand={(id) => {
                          const node = graph.nodes.find((n) => n.id === id);
                          if (node && node.hiddenLinkCount > 0) expand(id, node.legalName);
                        }}
                      />
                    </Suspense>
                  )}
                  <p className="muted">{t('graph.expandHint')}</p>
                  {expandable.length > 0 && (
                    <Select
                      label={t('graph.expand')}
                      value=""
                      placeholder={t('graph.expandChoose')}
                      options={expandable.map((n) => ({ value: n.id, label: n.legalName }))}
                      onChange={(e) => {
                        const node = expandable.find((n) => n.id === e.target.value);
                        if (node) expand(node.id, node.legalName);
                      }}
                    />
                  )}
                </div>
                <SupplyGraphLegend />
              </div>
              <SupplyGraphTable
                key={viewKey}
                heading={heading}
                nodes={graph.nodes}
                edges={graph.edges}
                capabilities={props.capabilities}
              />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
