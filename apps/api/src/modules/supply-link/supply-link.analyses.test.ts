import { beforeAll, describe, expect, it } from 'vitest';
import { sqlOf } from '../../test/statements.js';
import type { FirmKind } from '@filiera/shared';
import { TEST_PASSWORD, buildFirm, buildSupplyLink, buildUser } from '../../test/factories.js';
import type { FirmEntity } from '../firm/firm.entity.js';
import {
  CHAIN,
  api,
  capA,
  capB,
  capability,
  offers,
  signedIn,
  confirmedLink,
  errorOf,
  useSupplyLinkFixture,
} from './supply-link.fixture.js';

useSupplyLinkFixture();

describe('the chain and the analyses on a known graph', () => {
  /**
   *   L (leather) → T (tannery supplier of M) ...
   *   Upstream of F: F ← S1 (soles), F ← S2 (heels); S1 ← M (tier 2); S2 ← M (tier 2 again);
   *   M ← R (tier 3); R ← S1 (cycle back to tier 1: S1 keeps tier 1). Downstream of R: R → M → S1, S2 → F.
   */
  let f: FirmEntity, s1: FirmEntity, s2: FirmEntity, m: FirmEntity, r: FirmEntity;
  let cookie: string;

  beforeAll(async () => {
    cookie = await signedIn('CHAMBER');
    f = await buildFirm(api.ds, { kind: 'SHOE_FACTORY' });
    [s1, s2, m, r] = (await Promise.all(
      ['COMPONENTS', 'COMPONENTS', 'PROCESSING', 'PROCESSING'].map((kind) =>
        buildFirm(api.ds, { kind: kind as FirmKind }),
      ),
    )) as [FirmEntity, FirmEntity, FirmEntity, FirmEntity];
    await confirmedLink(s1, f, capA);
    await confirmedLink(s2, f, capB);
    await confirmedLink(m, s1, capA);
    await confirmedLink(m, s2, capB);
    await confirmedLink(r, m, capA);
    await confirmedLink(s1, r, capB);
    // Not confirmed: never walked.
    await buildSupplyLink(api.ds, {
      supplierId: r.id,
      customerId: f.id,
      capabilityId: capA.id,
      status: 'DECLARED',
      declaredByFirmId: r.id,
    });
  });

  const chain = async (firm: FirmEntity, direction: string, depth?: number) => {
    const res = await api.gql<{
      supplyChain: { nodes: { tier: number; firm: { id: string } }[]; links: unknown[] };
    }>(CHAIN, { firmId: firm.id, direction, depth }, { cookie });
    expect(res.body.errors).toBeUndefined();
    const { nodes, links } = res.body.data!.supplyChain;
    return { tiers: Object.fromEntries(nodes.map((n) => [n.firm.id, n.tier])), linkCount: links.length };
  };

  it('walks upstream with minimal tiers, through a cycle, to the requested depth', async () => {
    expect(await chain(f, 'UPSTREAM', 1)).toEqual({ tiers: { [s1.id]: 1, [s2.id]: 1 }, linkCount: 2 });
    expect(await chain(f, 'UPSTREAM', 2)).toEqual({
      tiers: { [s1.id]: 1, [s2.id]: 1, [m.id]: 2 },
      linkCount: 4,
    });
    // Depth 6 goes round the cycle R ← S1 without repeating or looping.
    expect(await chain(f, 'UPSTREAM', 6)).toEqual({
      tiers: { [s1.id]: 1, [s2.id]: 1, [m.id]: 2, [r.id]: 3 },
      linkCount: 6,
    });
  });

  it('walks downstream the same way', async () => {
    expect(await chain(r, 'DOWNSTREAM', 3)).toEqual({
      tiers: { [m.id]: 1, [s1.id]: 2, [s2.id]: 2, [f.id]: 3 },
      // R→M, M→S1, M→S2, S1→F, S2→F, and S1→R closing the cycle back to the start.
      linkCount: 6,
    });
    expect(await chain(f, 'DOWNSTREAM', 3)).toEqual({ tiers: {}, linkCount: 0 });
  });

  it('answers the chain with its firms, links and capabilities in one statement after the session', async () => {
    const FULL = `query ($firmId: ID!) {
      supplyChain(firmId: $firmId, direction: UPSTREAM, depth: 3) {
        firm { id legalName }
        nodes { tier firm { id legalName kind } }
        links { id supplier { id legalName } customer { id } capability { id code } declaredBy { id } }
      }
    }`;
    const ask = () =>
      api.gql<{
        supplyChain: {
          firm: { id: string; legalName: string };
          nodes: { tier: number; firm: { id: string; legalName: string } }[];
          links: {
            supplier: { id: string; legalName: string };
            customer: { id: string };
            capability: { code: string };
          }[];
        };
      }>(FULL, { firmId: f.id }, { cookie });
    let res: Awaited<ReturnType<typeof ask>> | undefined;
    const statements = await sqlOf(api.ds, async () => {
      res = await ask();
    });
    expect(res!.body.errors).toBeUndefined();
    expect(statements).toHaveLength(2); // the session and the chain
    const chain = res!.body.data!.supplyChain;
    expect(chain.firm).toEqual({ id: f.id, legalName: f.legalName });
    expect(chain.nodes.find((n) => n.firm.id === m.id)).toMatchObject({
      tier: 2,
      firm: { legalName: m.legalName },
    });
    const s1ToF = chain.links.find((l) => l.supplier.id === s1.id && l.customer.id === f.id);
    expect(s1ToF).toMatchObject({ supplier: { legalName: s1.legalName }, capability: { code: capA.code } });
  });

  it("reads only the asked fields, yet answers a firm user each firm and link as the firm page and the link's terms rule do", async () => {
    // M shows its e-mail to everyone; R keeps its contacts to itself; volumes are S1's own business.
    await api.ds.query(`UPDATE firm SET email = 'm@example.test', public_fields = '{email}' WHERE id = $1`, [
      m.id,
    ]);
    await api.ds.query(`UPDATE firm SET email = 'r@example.test', public_fields = '{}' WHERE id = $1`, [
      r.id,
    ]);
    await api.ds.query(
      `UPDATE supply_link SET yearly_volume_pairs = 1000 WHERE status = 'CONFIRMED' AND supplier_id = ANY($1)`,
      [[s1.id, s2.id, m.id, r.id]],
    );
    const user = await buildUser(api.ds, 'FIRM', { firmId: s1.id });
    const s1Cookie = await api.signIn(user.email, TEST_PASSWORD);
    const FIELDS = 'id legalName email phone revenueBand';
    const res = await api.gql<{
      supplyChain: {
        nodes: { firm: Record<string, unknown> & { id: string } }[];
        links: { yearlyVolumePairs: number | null; supplier: { id: string }; customer: { id: string } }[];
      };
    }>(
      `query ($firmId: ID!) { supplyChain(firmId: $firmId, direction: UPSTREAM, depth: 3) {
        nodes { firm { ${FIELDS} } } links { yearlyVolumePairs supplier { id } customer { id } } } }`,
      { firmId: f.id },
      { cookie: s1Cookie },
    );
    expect(res.body.errors).toBeUndefined();
    const { nodes, links } = res.body.data!.supplyChain;
    for (const { firm } of nodes) {
      const page = await api.gql<{ firm: Record<string, unknown> }>(
        `query ($id: ID!) { firm(id: $id) { ${FIELDS} } }`,
        { id: firm.id },
        { cookie: s1Cookie },
      );
      expect(firm).toEqual(page.body.data!.firm);
    }
    const email = (id: string) => nodes.find((n) => n.firm.id === id)?.firm.email;
    expect([email(m.id), email(r.id)]).toEqual(['m@example.test', null]);
    const volumes = links.map((l) => [
      l.supplier.id === s1.id || l.customer.id === s1.id,
      l.yearlyVolumePairs,
    ]);
    expect(volumes).toHaveLength(5); // S1→R is a fourth tier
    expect(volumes.filter(([own]) => own).every(([, v]) => v === 1000)).toBe(true);
    expect(volumes.filter(([own]) => !own).every(([, v]) => v === null)).toBe(true);
  });

  it('reads, for the same query asked again, what its variables select through @include', async () => {
    const CONDITIONAL = `query ($firmId: ID!, $names: Boolean!) {
      supplyChain(firmId: $firmId, direction: UPSTREAM, depth: 1) {
        nodes { firm { id legalName @include(if: $names) } }
        links { capability { code @include(if: $names) } }
      }
    }`;
    const ask = async (names: boolean) => {
      const res = await api.gql<{
        supplyChain: {
          nodes: { firm: { legalName?: string } }[];
          links: { capability: { code?: string } }[];
        };
      }>(CONDITIONAL, { firmId: f.id, names }, { cookie });
      expect(res.body.errors).toBeUndefined();
      const { nodes, links } = res.body.data!.supplyChain;
      return [nodes.map((n) => n.firm.legalName).sort(), links.map((l) => l.capability.code).sort()];
    };
    const named = [[s1.legalName, s2.legalName].sort(), [capA.code, capB.code].sort()];
    const unnamed = [
      [undefined, undefined],
      [undefined, undefined],
    ];
    // Asked first without the names: a selection kept from that answer would leave them out after.
    expect(await ask(false)).toEqual(unnamed);
    expect(await ask(true)).toEqual(named);
  });

  it('answers NOT_FOUND for a firm that does not exist', async () => {
    const res = await api.gql(
      CHAIN,
      { firmId: '00000000-0000-4000-8000-00000000dead', direction: 'UPSTREAM' },
      { cookie },
    );
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a depth outside 1–6', async () => {
    for (const depth of [0, 7]) {
      const res = await api.gql(CHAIN, { firmId: f.id, direction: 'UPSTREAM', depth }, { cookie });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
    }
  });
});

describe('single points of failure and concentration on a known graph', () => {
  it('finds the sole confirmed suppliers of factories and computes HHI by hand', async () => {
    // A fresh vocabulary so other tests' links do not count.
    const soles = await capability('SPOF_SOLES');
    const heels = await capability('SPOF_HEELS');
    const cookie = await signedIn('CONSULTANT');
    const f1 = await buildFirm(api.ds, { kind: 'SHOE_FACTORY' });
    const f2 = await buildFirm(api.ds, { kind: 'SHOE_FACTORY' });
    const f3 = await buildFirm(api.ds, { kind: 'SHOE_FACTORY' });
    const p = await buildFirm(api.ds, { kind: 'COMPONENTS' });
    const q = await buildFirm(api.ds, { kind: 'COMPONENTS' });
    const h = await buildFirm(api.ds, { kind: 'COMPONENTS' });
    // Soles: F1 only from P (P is a SPOF for F1); F2 from P and Q (no SPOF); F3 from Q but makes soles in-house.
    await confirmedLink(p, f1, soles, 6000);
    await confirmedLink(p, f2, soles, 2000);
    await confirmedLink(q, f2, soles, 2000);
    await confirmedLink(q, f3, soles, 0);
    await offers(f3, soles);
    // Heels: H is the sole source of F1 and F2.
    await confirmedLink(h, f1, heels, 500);
    await confirmedLink(h, f2, heels, 500);

    const res = await api.gql<{
      singlePointsOfFailure: {
        totalCount: number;
        items: {
          supplier: { id: string };
          affectedFactoryCount: number;
          exposures: { factory: { id: string }; capability: { id: string } }[];
        }[];
      };
      capabilityConcentration: {
        capability: { id: string };
        hhi: number;
        supplierCount: number;
        topSupplierSharePercent: number;
      }[];
    }>(
      `{ singlePointsOfFailure(first: 100) { totalCount items { supplier { id } affectedFactoryCount
           exposures { factory { id } capability { id } } } }
         capabilityConcentration { capability { id } hhi supplierCount topSupplierSharePercent } }`,
      {},
      { cookie },
    );
    expect(res.body.errors).toBeUndefined();
    const mine = res.body.data!.singlePointsOfFailure.items.filter((i) =>
      [p.id, q.id, h.id].includes(i.supplier.id),
    );
    expect(mine).toEqual([
      {
        supplier: { id: h.id },
        affectedFactoryCount: 2,
        exposures: expect.arrayContaining([
          { factory: { id: f1.id }, capability: { id: heels.id } },
          { factory: { id: f2.id }, capability: { id: heels.id } },
        ]),
      },
      {
        supplier: { id: p.id },
        affectedFactoryCount: 1,
        exposures: [{ factory: { id: f1.id }, capability: { id: soles.id } }],
      },
    ]);

    // Scoped to a municipality with none of these factories, none of these suppliers is a risk.
    const elsewhere = await api.gql<{ singlePointsOfFailure: { items: { supplier: { id: string } }[] } }>(
      `{ singlePointsOfFailure(municipality: "Nowhere", first: 100) { items { supplier { id } } } }`,
      {},
      { cookie },
    );
    expect(elsewhere.body.data!.singlePointsOfFailure.items).toEqual([]);
    const [{ municipality }] = await api.ds.query(`SELECT municipality FROM firm WHERE id = $1`, [f1.id]);
    const local = await api.gql<{ singlePointsOfFailure: { items: { supplier: { id: string } }[] } }>(
      `query ($m: String) { singlePointsOfFailure(municipality: $m, first: 100) { items { supplier { id } } } }`,
      { m: String(municipality).toUpperCase() },
      { cookie },
    );
    expect(local.body.data!.singlePointsOfFailure.items.map((i) => i.supplier.id)).toEqual(
      expect.arrayContaining([h.id, p.id]),
    );

    // Soles volumes: P 8,000, Q 2,000 of 10,000 → HHI = 80² + 20² = 6,800; heels: H alone → 10,000.
    const byCap = new Map(res.body.data!.capabilityConcentration.map((c) => [c.capability.id, c]));
    expect(byCap.get(soles.id)).toMatchObject({ hhi: 6800, supplierCount: 2, topSupplierSharePercent: 80 });
    expect(byCap.get(heels.id)).toMatchObject({ hhi: 10000, supplierCount: 1, topSupplierSharePercent: 100 });

    // A FIRM user of F2 sees only exposures of its own firm.
    const f2User = await buildUser(api.ds, 'FIRM', { firmId: f2.id });
    const own = await api.gql<{
      singlePointsOfFailure: { items: { supplier: { id: string }; exposures: unknown[] }[] };
    }>(
      `{ singlePointsOfFailure { items { supplier { id } exposures { factory { id } } } } }`,
      {},
      { cookie: await api.signIn(f2User.email, TEST_PASSWORD) },
    );
    expect(own.body.data?.singlePointsOfFailure.items).toEqual([
      { supplier: { id: h.id }, exposures: [{ factory: { id: f2.id } }] },
    ]);
  });

  it('ranks alternative suppliers by the documented score', async () => {
    const lasts = await capability('ALT_LASTS');
    const cookie = await signedIn('CHAMBER');
    const factory = await buildFirm(api.ds, {
      kind: 'SHOE_FACTORY',
      municipality: 'Capannori',
      hamlet: 'Segromigno in Monte',
    });
    const current = await buildFirm(api.ds, { kind: 'COMPONENTS', capacityPairsPerDay: 1000 });
    const nearBig = await buildFirm(api.ds, { kind: 'COMPONENTS', capacityPairsPerDay: 1000 });
    const sameTown = await buildFirm(api.ds, {
      kind: 'COMPONENTS',
      hamlet: 'Lammari',
      capacityPairsPerDay: 500,
    });
    const far = await buildFirm(api.ds, {
      kind: 'COMPONENTS',
      municipality: 'Fermo',
      hamlet: null,
      capacityPairsPerDay: 0,
    });
    await offers(current, lasts);
    await offers(nearBig, lasts);
    await offers(sameTown, lasts);
    await offers(far, lasts);
    await confirmedLink(current, factory, lasts);
    await confirmedLink(far, await buildFirm(api.ds), lasts);
    const res = await api.gql<{ alternativeSuppliers: { firm: { id: string }; score: number }[] }>(
      `query ($f: ID!, $c: ID!) { alternativeSuppliers(firmId: $f, capabilityId: $c) { firm { id } score } }`,
      { f: factory.id, c: lasts.id },
      { cookie },
    );
    // nearBig: 40 + 0 + 30 = 70; sameTown: 20 + 0 + 15 = 35; far: 0 + 6 + 0 = 6; current already supplies.
    expect(res.body.data?.alternativeSuppliers).toEqual([
      { firm: { id: nearBig.id }, score: 70 },
      { firm: { id: sameTown.id }, score: 35 },
      { firm: { id: far.id }, score: 6 },
    ]);
  });
});
