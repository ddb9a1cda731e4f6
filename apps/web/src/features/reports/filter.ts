import { ADHESION_STATUSES, FIRM_KINDS } from '@filiera/shared';
import type { AdhesionStatus, FirmKind, ReportFilter, ReportMembership } from '../../gql/graphql';

const MEMBERSHIPS = ['MEMBERS', 'NON_MEMBERS'] as const satisfies readonly ReportMembership[];

const oneOf = <T extends string>(values: readonly T[], v: string | null): v is T =>
  v !== null && (values as readonly string[]).includes(v);

/**
 * The report filter from the address bar. The parameter names are the export routes' own (kind, hamlet,
 * status repeatable; membership, from, to), so a download link is the page's query string plus `lang`.
 */
export function filterFromParams(params: URLSearchParams): ReportFilter {
  const membership = params.get('membership');
  const date = (name: string) => {
    const v = params.get(name);
    return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
  };
  return {
    kinds: params.getAll('kind').filter((k): k is FirmKind => oneOf(FIRM_KINDS, k)),
    hamlets: params.getAll('hamlet').filter((h) => h.trim() !== ''),
    adhesionStatuses: params.getAll('status').filter((s): s is AdhesionStatus => oneOf(ADHESION_STATUSES, s)),
    membership: oneOf(MEMBERSHIPS, membership) ? membership : null,
    from: date('from'),
    to: date('to'),
  };
}

/** The address bar's parameters for a filter (empty parts left out). */
export function paramsFromFilter(filter: ReportFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of filter.kinds ?? []) params.append('kind', k);
  for (const h of filter.hamlets ?? []) params.append('hamlet', h);
  for (const s of filter.adhesionStatuses ?? []) params.append('status', s);
  if (filter.membership) params.set('membership', filter.membership);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  return params;
}

/** A saved view's stored filter (JSON from the API) read back defensively. */
export function filterFromJson(json: unknown): ReportFilter {
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const params = new URLSearchParams();
  for (const k of list(o.kinds)) params.append('kind', k);
  for (const h of list(o.hamlets)) params.append('hamlet', h);
  for (const s of list(o.adhesionStatuses)) params.append('status', s);
  const membership = str(o.membership);
  if (membership) params.set('membership', membership);
  for (const name of ['from', 'to'] as const) {
    const v = str(o[name]);
    if (v) params.set(name, v);
  }
  return filterFromParams(params);
}

/** How many filter parts are set. */
export function activeFilterCount(filter: ReportFilter): number {
  return (
    (filter.kinds?.length ?? 0) +
    (filter.hamlets?.length ?? 0) +
    (filter.adhesionStatuses?.length ?? 0) +
    (filter.membership ? 1 : 0) +
    (filter.from ? 1 : 0) +
    (filter.to ? 1 : 0)
  );
}

/** The report sections: their path under /reports, their export name and their saved-view section. */
export const SECTIONS = [
  { path: '', exportName: 'overview', key: 'overview', section: 'OVERVIEW' },
  { path: 'adhesions', exportName: 'adhesions', key: 'adhesions', section: 'ADHESIONS' },
  { path: 'supply-chain', exportName: 'supply-chain', key: 'supplyChain', section: 'SUPPLY_CHAIN' },
  { path: 'plan', exportName: 'plan', key: 'plan', section: 'PLAN' },
  { path: 'startup', exportName: 'startup', key: 'startup', section: 'STARTUP' },
  { path: 'traceability', exportName: 'traceability', key: 'traceability', section: 'TRACEABILITY' },
] as const;
export type ReportSectionInfo = (typeof SECTIONS)[number];

/** The section shown at a path such as /reports/plan. */
export function sectionOfPath(pathname: string): ReportSectionInfo {
  const rest = pathname.replace(/^\/reports\/?/, '').split('/')[0] ?? '';
  return SECTIONS.find((s) => s.path === rest) ?? SECTIONS[0];
}
