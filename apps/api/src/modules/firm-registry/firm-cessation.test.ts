import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAdhesion,
  buildCapability,
  buildFirm,
  buildFirmCapabilities,
  buildSupplyLink,
  buildUser,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

/** What a ceased firm (firm.ceased_on, from the registry import) looks like across the app. */
let api: TestApi;
let consultant: string;
beforeAll(async () => {
  api = await startTestApi();
  const user = await buildUser(api.ds, 'CONSULTANT');
  consultant = await api.signIn(user.email, TEST_PASSWORD);
});
afterAll(async () => {
  await api.close();
});

describe('a ceased firm', () => {
  it('leaves the public showcase unless the visitor asks for ceased firms too, and keeps its page', async () => {
    const name = `Ceased ${Date.now()}`;
    const ceased = await buildFirm(api.ds, {
      legalName: `${name} Tomaificio`,
      showcaseConsent: true,
      ceasedOn: '2025-03-31',
    });
    const active = await buildFirm(api.ds, { legalName: `${name} Suolificio`, showcaseConsent: true });
    const list = (includeCeased?: boolean) =>
      api.gql<{ showcaseFirms: { edges: { node: { id: string; ceasedOn: string | null } }[] } }>(
        `query ($search: String, $includeCeased: Boolean) {
           showcaseFirms(search: $search, includeCeased: $includeCeased) { edges { node { id ceasedOn } } } }`,
        { search: name, includeCeased },
      );
    expect((await list()).body.data!.showcaseFirms.edges.map((e) => e.node.id)).toEqual([active.id]);
    expect((await list(true)).body.data!.showcaseFirms.edges.map((e) => e.node)).toEqual([
      { id: active.id, ceasedOn: null },
      { id: ceased.id, ceasedOn: '2025-03-31' },
    ]);
    const page = await api.gql<{ showcaseFirm: { ceasedOn: string } }>(
      `query ($id: ID!) { showcaseFirm(id: $id) { ceasedOn } }`,
      { id: ceased.id },
    );
    expect(page.body.data!.showcaseFirm.ceasedOn).toBe('2025-03-31');
  });

  it('is not counted in the district figures nor listed in the sitemap', async () => {
    const stats = async () =>
      (
        await api.gql<{ showcaseStats: { firmCount: number; showcaseFirmCount: number } }>(
          `{ showcaseStats { firmCount showcaseFirmCount } }`,
        )
      ).body.data!.showcaseStats;
    const before = await stats();
    const ceased = await buildFirm(api.ds, { showcaseConsent: true, ceasedOn: '2025-06-30' });
    const active = await buildFirm(api.ds, { showcaseConsent: true });
    expect(await stats()).toEqual({
      firmCount: before.firmCount + 1,
      showcaseFirmCount: before.showcaseFirmCount + 1,
    });
    const xml = await (await fetch(`${api.url}/sitemap.xml`)).text();
    expect(xml).toContain(`/showcase/firms/${active.id}</loc>`);
    expect(xml).not.toContain(ceased.id);
  });

  it('flags its active supply links and its single points of failure, and is no alternative supplier', async () => {
    const cap = await buildCapability(api.ds);
    const factory = await buildFirm(api.ds, { kind: 'SHOE_FACTORY', municipality: 'Ceasedville' });
    const supplier = await buildFirm(api.ds, { kind: 'COMPONENTS', ceasedOn: '2025-01-10' });
    const spare = await buildFirm(api.ds, { kind: 'COMPONENTS', ceasedOn: '2024-06-01' });
    await buildFirmCapabilities(api.ds, spare, cap);
    await buildSupplyLink(api.ds, { supplierId: supplier.id, customerId: factory.id, capabilityId: cap.id });
    const ended = await buildSupplyLink(api.ds, {
      supplierId: spare.id,
      customerId: factory.id,
      capabilityId: cap.id,
      status: 'ENDED',
    });
    const res = await api.gql<{
      supplyLinks: { edges: { node: { id: string; supplierCeased: boolean } }[] };
      singlePointsOfFailure: {
        items: { supplier: { id: string; ceasedOn: string }; supplierCeased: boolean }[];
      };
      alternativeSuppliers: { firm: { id: string } }[];
      supplyChain: { nodes: { firm: { id: string; ceasedOn: string | null } }[] };
    }>(
      `query ($firmId: ID!, $cap: ID!) {
         supplyLinks(firmId: $firmId) { edges { node { id supplierCeased } } }
         singlePointsOfFailure(municipality: "Ceasedville") { items { supplier { id ceasedOn } supplierCeased } }
         alternativeSuppliers(firmId: $firmId, capabilityId: $cap) { firm { id } }
         supplyChain(firmId: $firmId, direction: UPSTREAM, depth: 1) { nodes { firm { id ceasedOn } } } }`,
      { firmId: factory.id, cap: cap.id },
      { cookie: consultant },
    );
    expect(res.body.errors).toBeUndefined();
    const flags = Object.fromEntries(
      res.body.data!.supplyLinks.edges.map((e) => [e.node.id, e.node.supplierCeased]),
    );
    expect(Object.values(flags).filter(Boolean)).toHaveLength(1);
    expect(flags[ended.id]).toBe(false);
    expect(res.body.data!.singlePointsOfFailure.items).toEqual([
      { supplier: { id: supplier.id, ceasedOn: '2025-01-10' }, supplierCeased: true },
    ]);
    expect(res.body.data!.alternativeSuppliers.map((a) => a.firm.id)).not.toContain(spare.id);
    expect(res.body.data!.supplyChain.nodes.map((n) => n.firm)).toContainEqual({
      id: supplier.id,
      ceasedOn: '2025-01-10',
    });
  });

  it('stays in the consultants’ adhesion list with its cessation day', async () => {
    const firm = await buildFirm(api.ds, { ceasedOn: '2025-02-28' });
    const adhesion = await buildAdhesion(api.ds, { firmId: firm.id, status: 'SIGNED' });
    const res = await api.gql<{
      adhesions: { edges: { node: { id: string; firm: { ceasedOn: string | null } } }[] };
    }>(`{ adhesions(first: 100) { edges { node { id firm { ceasedOn } } } } }`, {}, { cookie: consultant });
    const node = res.body.data!.adhesions.edges.find((e) => e.node.id === adhesion.id)?.node;
    expect(node?.firm.ceasedOn).toBe('2025-02-28');
  });
});
