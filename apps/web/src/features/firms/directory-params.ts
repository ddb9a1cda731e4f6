import type { FirmFilter, FirmOrder } from '../../gql/graphql';

/** The directory's state as it lives in the page's URL (so a filtered list can be bookmarked and shared). */
export interface DirectoryState {
  search: string;
  kind: string;
  capabilityId: string;
  hamlet: string;
  membership: string;
  certification: string;
  exportMarket: string;
  employeesMin: string;
  employeesMax: string;
  /** 'true' lists ceased firms too. */
  includeCeased: string;
  orderBy: FirmOrder;
}

const ORDERS: readonly FirmOrder[] = ['NAME', 'EMPLOYEES', 'CAPACITY', 'UPDATED_AT'];
export const NO_ADHESION = 'NONE';

export function stateFromParams(p: URLSearchParams): DirectoryState {
  const order = p.get('orderBy') ?? 'NAME';
  return {
    search: p.get('search') ?? '',
    kind: p.get('kind') ?? '',
    capabilityId: p.get('capabilityId') ?? '',
    hamlet: p.get('hamlet') ?? '',
    membership: p.get('membership') ?? '',
    certification: p.get('certification') ?? '',
    exportMarket: p.get('exportMarket') ?? '',
    employeesMin: p.get('employeesMin') ?? '',
    employeesMax: p.get('employeesMax') ?? '',
    includeCeased: p.get('includeCeased') === 'true' ? 'true' : '',
    orderBy: (ORDERS as readonly string[]).includes(order) ? (order as FirmOrder) : 'NAME',
  };
}

export function paramsFromState(s: DirectoryState): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v && !(k === 'orderBy' && v === 'NAME')) p.set(k, String(v));
  return p;
}

const int = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : null);

/** The GraphQL filter of a state; the same parameters, spelled for the export URL, by `exportUrl`. */
export function filterOf(s: DirectoryState): FirmFilter {
  const filter: FirmFilter = {};
  if (s.kind) filter.kinds = [s.kind as NonNullable<FirmFilter['kinds']>[number]];
  if (s.capabilityId) filter.capabilityIds = [s.capabilityId];
  if (s.hamlet) filter.hamlets = [s.hamlet];
  if (s.membership === NO_ADHESION) filter.withoutAdhesion = true;
  else if (s.membership)
    filter.adhesionStatuses = [s.membership as NonNullable<FirmFilter['adhesionStatuses']>[number]];
  if (s.certification) filter.certifications = [s.certification];
  if (s.exportMarket) filter.exportMarkets = [s.exportMarket];
  const min = int(s.employeesMin);
  const max = int(s.employeesMax);
  if (min !== null) filter.employeesMin = min;
  if (max !== null) filter.employeesMax = max;
  if (s.includeCeased === 'true') filter.includeCeased = true;
  return filter;
}

/** `/api/firms/export.<format>` with the same search, filters and sort as the list on screen. */
export function exportUrl(s: DirectoryState, format: 'csv' | 'xlsx', lang: string): string {
  const f = filterOf(s);
  const p = new URLSearchParams();
  if (s.search.trim()) p.set('search', s.search.trim());
  for (const [key, value] of Object.entries(f)) {
    if (Array.isArray(value)) for (const v of value) p.append(key, String(v));
    else if (value !== null && value !== undefined) p.set(key, String(value));
  }
  p.set('orderBy', s.orderBy);
  p.set('lang', lang);
  return `/api/firms/export.${format}?${p.toString()}`;
}
