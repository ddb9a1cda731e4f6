import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_PASSWORD,
  buildCapability,
  buildFirm,
  buildSupplyLink,
  buildUser,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const GRAPH = `query ($firmId: ID, $depth: Int, $kind: FirmKind, $hamlet: String, $maxNodes: Int, $statuses: [SupplyLinkStatus!]) {
  supplyGraph(firmId: $firmId, depth: $depth, kind: $kind, hamlet: $hamlet, maxNodes: $maxNodes, statuses: $statuses) {
    centre { id }
    truncated
    nodes { id legalName linkCount hiddenLinkCount singlePointOfFailure ceasedOn }
    edges { id supplierId customerId status soleSource }
  }
}`;
type Graph = {
  centre: { id: string } | null;
  truncated: boolean;
  nodes: {
    id: string;
    legalName: string;
    linkCount: number;
    hiddenLinkCount: number;
    singlePointOfFailure: boolean;
    ceasedOn: string | null;
  }[];
  edges: { id: string; supplierId: string; customerId: string; status: string; soleSource: boolean }[];
};

let api: TestApi;
let consultant: string;
let outsider: string;
const f: Record<string, string> = {};
let declaredId = '';

beforeAll(async () => {
  api = await startTestApi();
  consultant = await api.signIn((await buildUser(api.ds, 'CONSULTANT')).email, TEST_PASSWORD);
  outsider = await api.signIn((await buildUser(api.ds, 'FIRM')).email, TEST_PASSWORD);
  const soles = await buildCapability(api.ds);
  const heels = await buildCapability(api.ds);
  for (const name of ['factory', 'other']) f[name] = (await buildFirm(api.ds, { hamlet: 'Lammari' })).id;
  for (const name of ['sole', 'heelA', 'heelB', 'ceased', 'pending']) {
    f[name] = (await buildFirm(api.ds, { kind: 'COMPONENTS', hamlet: 'Marlia' })).id;
  }
  await api.ds.query(`UPDATE firm SET ceased_on = '2026-03-31' WHERE id = $1`, [f.ceased]);
  // The factory's only sole-maker; two heel makers; a ceased supplier; a link still declared.
  await buildSupplyLink(api.ds, { supplierId: f.sole!, customerId: f.factory!, capabilityId: soles.id });
  await buildSupplyLink(api.ds, { supplierId: f.heelA!, customerId: f.factory!, capabilityId: heels.id });
  await buildSupplyLink(api.ds, { supplierId: f.heelB!, customerId: f.factory!, capabilityId: heels.id });
  await buildSupplyLink(api.ds, { supplierId: f.ceased!, customerId: f.factory!, capabilityId: heels.id });
  await buildSupplyLink(api.ds, { supplierId: f.heelA!, customerId: f.other!, capabilityId: heels.id });
  declaredId = (
    await buildSupplyLink(api.ds, {
      supplierId: f.pending!,
      customerId: f.factory!,
      capabilityId: soles.id,
      status: 'DECLARED',
    })
  ).id;
});
afterAll(async () => {
  await api.close();
});

async function graph(cookie: string, variables: Record<string, unknown>): Promise<Graph> {
  const res = await api.gql<{ supplyGraph: Graph }>(GRAPH, variables, { cookie });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.supplyGraph;
}
const ids = (g: Graph) => g.nodes.map((n) => n.id).sort();
const node = (g: Graph, id: string) => g.nodes.find((n) => n.id === id)!;

describe('supplyGraph', () => {
  it('opens on a firm with its direct partners, and one hop further at depth 2', async () => {
    const near = await graph(consultant, { firmId: f.factory });
    expect(near.centre).toEqual({ id: f.factory });
    expect(ids(near)).toEqual([f.factory, f.sole, f.heelA, f.heelB, f.ceased].sort());
    expect(near.edges).toHaveLength(4);
    // heelA also supplies the other factory: one link the view leaves out, so it can be expanded.
    expect(node(near, f.heelA!)).toMatchObject({ linkCount: 2, hiddenLinkCount: 1 });

    const far = await graph(consultant, { firmId: f.factory, depth: 2 });
    expect(ids(far)).toContain(f.other);
    expect(far.edges).toHaveLength(5);
  });

  it('marks the only source of a capability and the ceased supplier', async () => {
    const g = await graph(consultant, { firmId: f.factory });
    expect(node(g, f.sole!).singlePointOfFailure).toBe(true);
    expect(node(g, f.heelB!).singlePointOfFailure).toBe(false);
    // heelA is the other factory's only heel maker, but this factory has three: not marked while the other
    // factory is out of view, marked once it is shown.
    expect(node(g, f.heelA!).singlePointOfFailure).toBe(false);
    expect(g.edges.filter((e) => e.soleSource).map((e) => e.supplierId)).toEqual([f.sole]);
    const far = await graph(consultant, { firmId: f.factory, depth: 2 });
    expect(node(far, f.heelA!).singlePointOfFailure).toBe(true);
    expect(node(far, f.heelB!).singlePointOfFailure).toBe(false);
    expect(node(g, f.ceased!).ceasedOn).toBe('2026-03-31');
    expect(node(g, f.sole!).ceasedOn).toBeNull();
  });

  it('opens a staff member on the most supplied factory when asked for no firm and no filter', async () => {
    expect((await graph(consultant, {})).centre).toEqual({ id: f.factory });
  });

  it('shows the firms of a hamlet with their partners, and says when it cut the view', async () => {
    const hamlet = await graph(consultant, { hamlet: 'lammari' });
    expect(hamlet.centre).toBeNull();
    expect(ids(hamlet)).toEqual([f.factory, f.other, f.sole, f.heelA, f.heelB, f.ceased].sort());
    const cut = await graph(consultant, { firmId: f.factory, maxNodes: 2 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(2);
    expect(cut.nodes.map((n) => n.id)).toContain(f.factory);
  });

  it("keeps another firm's pending links and exposures from a FIRM user", async () => {
    const staff = await graph(consultant, { firmId: f.factory, statuses: ['CONFIRMED', 'DECLARED'] });
    expect(staff.edges.map((e) => e.id)).toContain(declaredId);
    const firm = await graph(outsider, { firmId: f.factory, statuses: ['CONFIRMED', 'DECLARED'] });
    expect(firm.edges.map((e) => e.id)).not.toContain(declaredId);
    expect(firm.nodes.some((n) => n.singlePointOfFailure)).toBe(false);
    expect(firm.edges.some((e) => e.soleSource)).toBe(false);
  });

  it('refuses a depth other than 1 or 2 and a firm that does not exist', async () => {
    const deep = await api.gql(GRAPH, { firmId: f.factory, depth: 3 }, { cookie: consultant });
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'depth' }],
    });
    const missing = await api.gql(
      GRAPH,
      { firmId: '00000000-0000-4000-8000-000000000000' },
      { cookie: consultant },
    );
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
