import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict, type DistrictData, type FirmRow } from '../../db/seed/district.js';
import { insertDistrict } from '../../db/seed/insert-district.js';
import { TEST_PASSWORD, buildUser } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const FACETS = `query ($filter: FirmFilter, $search: String) {
  firmFacets(filter: $filter, search: $search) {
    kinds { value count } capabilities { value count } hamlets { value count }
    adhesionStatuses { value count } certifications { value count } exportMarkets { value count }
    employeesRanges { min max count } ceasedCount
  }
  firms(filter: $filter, search: $search, first: 100) { totalCount edges { node { id ceasedOn } } }
}`;

interface Facets {
  firmFacets: {
    kinds: { value: string; count: number }[];
    capabilities: { value: string; count: number }[];
    hamlets: { value: string; count: number }[];
    adhesionStatuses: { value: string; count: number }[];
    certifications: { value: string; count: number }[];
    exportMarkets: { value: string; count: number }[];
    employeesRanges: { min: number; max: number | null; count: number }[];
    ceasedCount: number;
  };
  firms: { totalCount: number; edges: { node: { id: string; ceasedOn: string | null } }[] };
}

let api: TestApi;
let cookie: string;
let district: DistrictData;
const ceased = new Set<string>();

beforeAll(async () => {
  api = await startTestApi({ DIRECTORY_CACHE_FIRMS: '0' });
  district = generateDistrict({ scale: 'district' });
  await api.ds.transaction((manager) => insertDistrict(manager, district));
  // Two shoe factories of the district's busiest hamlet have ceased.
  const shoeFactories = district.firms.filter((f) => f.kind === 'SHOE_FACTORY' && f.hamlet);
  for (const f of shoeFactories.slice(0, 2)) ceased.add(f.id);
  await api.ds.query(`UPDATE firm SET ceased_on = '2026-06-30' WHERE id = ANY($1::uuid[])`, [[...ceased]]);
  const user = await buildUser(api.ds, 'CONSULTANT');
  cookie = await api.signIn(user.email, TEST_PASSWORD);
}, 120_000);
afterAll(async () => {
  await api.close();
});

/** Counts by value, as the facets list them (values counting nobody left out, sorted by value). */
function tally(values: (string | null | undefined)[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v != null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const statusOf = (f: FirmRow) => district.adhesions.find((a) => a.firmId === f.id)?.status ?? 'NONE';
const capabilitiesOf = (f: FirmRow) =>
  district.firmCapabilities.filter((fc) => fc.firmId === f.id).map((fc) => fc.capabilityId);

async function facets(variables: Record<string, unknown>): Promise<Facets> {
  const res = await api.gql<Facets>(FACETS, variables, { cookie });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

describe('the directory facets on the demo district', () => {
  it('count, for each filter, the firms the other filters and each value would list', async () => {
    const active = district.firms.filter((f) => !ceased.has(f.id));
    const hamlet = tally(active.filter((f) => f.kind === 'SHOE_FACTORY').map((f) => f.hamlet)).sort(
      (a, b) => b.count - a.count,
    )[0]!.value;
    const filter = { kinds: ['SHOE_FACTORY'], hamlets: [hamlet] };
    const data = await facets({ filter });

    const inHamlet = active.filter((f) => f.hamlet === hamlet);
    const shoeFactories = active.filter((f) => f.kind === 'SHOE_FACTORY');
    const both = shoeFactories.filter((f) => f.hamlet === hamlet);
    // The kinds follow the hamlet, the hamlets follow the kind; every other facet follows both.
    expect(data.firmFacets.kinds).toEqual(tally(inHamlet.map((f) => f.kind)));
    expect(data.firmFacets.hamlets).toEqual(tally(shoeFactories.map((f) => f.hamlet)));
    expect(data.firmFacets.adhesionStatuses).toEqual(tally(both.map(statusOf)));
    expect(data.firmFacets.capabilities).toEqual(tally(both.flatMap(capabilitiesOf)));
    expect(data.firmFacets.certifications).toEqual(tally(both.flatMap((f) => f.certifications)));
    expect(data.firmFacets.exportMarkets).toEqual(tally(both.flatMap((f) => f.exportMarkets)));
    const inRange = (min: number, max: number | null) =>
      both.filter((f) => f.employees != null && f.employees >= min && (max === null || f.employees <= max))
        .length;
    expect(data.firmFacets.employeesRanges).toEqual(
      [
        [0, 9],
        [10, 49],
        [50, 249],
        [250, null],
      ].map(([min, max]) => ({ min, max, count: inRange(min!, max ?? null) })),
    );
    expect(data.firmFacets.ceasedCount).toBe(
      district.firms.filter((f) => ceased.has(f.id) && f.kind === 'SHOE_FACTORY' && f.hamlet === hamlet)
        .length,
    );
    // The list and the facet it belongs to agree.
    expect(data.firms.totalCount).toBe(both.length);
    expect(data.firmFacets.kinds.find((k) => k.value === 'SHOE_FACTORY')?.count).toBe(both.length);
  });

  it('follow a membership and an employees range, and count firms without an adhesion as NONE', async () => {
    const active = district.firms.filter((f) => !ceased.has(f.id));
    const filter = { withoutAdhesion: true, employeesMin: 10, employeesMax: 49 };
    const data = await facets({ filter });
    const small = active.filter((f) => f.employees != null && f.employees >= 10 && f.employees <= 49);
    const none = active.filter((f) => statusOf(f) === 'NONE');
    expect(data.firmFacets.adhesionStatuses).toEqual(tally(small.map(statusOf)));
    expect(data.firmFacets.kinds).toEqual(
      tally(small.filter((f) => statusOf(f) === 'NONE').map((f) => f.kind)),
    );
    expect(data.firmFacets.employeesRanges.find((r) => r.min === 10)?.count).toBe(
      none.filter((f) => f.employees != null && f.employees >= 10 && f.employees <= 49).length,
    );
    expect(data.firms.totalCount).toBe(small.filter((f) => statusOf(f) === 'NONE').length);
  });

  it('leave ceased firms out of the list and the counts by default, and list them when asked', async () => {
    const [first] = [...ceased];
    const firm = district.firms.find((f) => f.id === first)!;
    const filter = { kinds: ['SHOE_FACTORY'], hamlets: [firm.hamlet] };
    const byDefault = await facets({ filter });
    const listed = district.firms.filter((f) => f.kind === 'SHOE_FACTORY' && f.hamlet === firm.hamlet);
    const ceasedHere = listed.filter((f) => ceased.has(f.id));
    expect(ceasedHere.length).toBeGreaterThan(0);
    expect(byDefault.firms.totalCount).toBe(listed.length - ceasedHere.length);
    expect(byDefault.firms.edges.map((e) => e.node.id)).not.toContain(first);
    expect(byDefault.firmFacets.ceasedCount).toBe(ceasedHere.length);

    const withCeased = await facets({ filter: { ...filter, includeCeased: true } });
    expect(withCeased.firms.totalCount).toBe(listed.length);
    expect(withCeased.firms.edges.find((e) => e.node.id === first)?.node.ceasedOn).toBe('2026-06-30');
    expect(withCeased.firmFacets.kinds.find((k) => k.value === 'SHOE_FACTORY')?.count).toBe(listed.length);
  });

  it('leave ceased firms out of the export the same way', async () => {
    const firm = district.firms.find((f) => f.id === [...ceased][0])!;
    const url = (extra: string) =>
      `${api.url}/api/firms/export.csv?kinds=SHOE_FACTORY&hamlets=${encodeURIComponent(firm.hamlet!)}&lang=it${extra}`;
    const rows = async (extra: string) =>
      (await (await fetch(url(extra), { headers: { cookie } })).text()).trimEnd().split('\r\n').length - 1;
    const listed = district.firms.filter((f) => f.kind === 'SHOE_FACTORY' && f.hamlet === firm.hamlet);
    const ceasedHere = listed.filter((f) => ceased.has(f.id)).length;
    expect(await rows('')).toBe(listed.length - ceasedHere);
    expect(await rows('&includeCeased=true')).toBe(listed.length);
  });

  it('refuse a bad filter value, naming the field', async () => {
    const res = await api.gql(FACETS, { filter: { capabilityIds: ['nope'] } }, { cookie });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.body.errors?.[0]?.extensions)).toContain('filter.capabilityIds.0');
  });
});

describe('a directory page read with only the selected columns', () => {
  it('answers each field as the firm page does, contacts included', async () => {
    // Another firm's person reads a contact only where the firm made it public.
    const [top] = await api.ds.query(
      `UPDATE firm SET public_fields = '{email}' WHERE id = (
         SELECT id FROM firm WHERE ceased_on IS NULL AND email IS NOT NULL ORDER BY coalesce(employees, -1) DESC, id DESC LIMIT 1)
       RETURNING id`,
    );
    const other = district.firms.find((f) => f.id !== top[0].id)!;
    const firmUser = await buildUser(api.ds, 'FIRM', { firmId: other.id });
    const firmCookie = await api.signIn(firmUser.email, TEST_PASSWORD);
    for (const viewer of [cookie, firmCookie]) await sameAsFirmPage(viewer, top[0].id);
  });
});

async function sameAsFirmPage(cookie: string, publicEmailFirmId: string): Promise<void> {
  {
    // No field that reads every column (completeness), so the page reads only these.
    const fields = 'id legalName email phone street employees ceasedOn';
    const list = await api.gql<{ firms: { edges: { node: Record<string, unknown> & { id: string } }[] } }>(
      `{ firms(first: 5, orderBy: EMPLOYEES) { edges { node { ${fields} } } } }`,
      {},
      { cookie },
    );
    const narrow = await api.gql<{ firms: { edges: { node: { id: string; legalName: string } }[] } }>(
      `{ firms(first: 5, orderBy: EMPLOYEES) { edges { node { id legalName } } } }`,
      {},
      { cookie },
    );
    const nodes = list.body.data!.firms.edges.map((e) => e.node);
    expect(narrow.body.data!.firms.edges.map((e) => e.node)).toEqual(
      nodes.map((n) => ({ id: n.id, legalName: n.legalName })),
    );
    for (const node of nodes) {
      const one = await api.gql<{ firm: Record<string, unknown> }>(
        `query ($id: ID!) { firm(id: $id) { ${fields} } }`,
        { id: node.id },
        { cookie },
      );
      expect(node).toEqual(one.body.data!.firm);
      expect(node.legalName).toBe(district.firms.find((f) => f.id === node.id)!.legalName);
    }
    expect(nodes.find((n) => n.id === publicEmailFirmId)?.email).toEqual(expect.stringContaining('@'));
  }
}
