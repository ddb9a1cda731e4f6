import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySubscriberInterface } from 'typeorm';
import type { FirmKind } from '@filiera/shared';
import {
  TEST_PASSWORD,
  buildCapability,
  buildFirm,
  buildFirmCapabilities,
  buildSupplyLink,
  buildUser,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import type { CapabilityEntity } from '../capability/capability.entity.js';
import type { FirmEntity } from '../firm/firm.entity.js';
import { romeToday } from '../../common/dates.js';

const LINK_FIELDS = `id status version sharePercent yearlyVolumePairs since note decisionNote recordedOnBehalf
  viewerCanDecide viewerCanEnd supplier { id } customer { id } capability { id } declaredBy { id }`;
const DECLARE = `mutation ($input: DeclareSupplyLinkInput!) { declareSupplyLink(input: $input) { ${LINK_FIELDS} } }`;
const CONFIRM = `mutation ($id: ID!, $version: Int!) { confirmSupplyLink(id: $id, version: $version) { ${LINK_FIELDS} } }`;
const REJECT = `mutation ($id: ID!, $version: Int!, $note: String) { rejectSupplyLink(id: $id, version: $version, note: $note) { ${LINK_FIELDS} } }`;
const END = `mutation ($id: ID!, $version: Int!) { endSupplyLink(id: $id, version: $version) { ${LINK_FIELDS} } }`;
const PENDING = `{ pendingSupplyLinkRequests { id supplier { id } customer { id } } }`;
const CHAIN = `query ($firmId: ID!, $direction: SupplyChainDirection!, $depth: Int) {
  supplyChain(firmId: $firmId, direction: $direction, depth: $depth) { nodes { tier firm { id } } links { id } }
}`;

interface Link {
  id: string;
  status: string;
  version: number;
  sharePercent: number | null;
  yearlyVolumePairs: number | null;
  recordedOnBehalf: boolean;
  viewerCanDecide: boolean;
  viewerCanEnd: boolean;
  declaredBy: { id: string } | null;
  decisionNote: string | null;
}

let api: TestApi;
let capA: CapabilityEntity;
let capB: CapabilityEntity;

const capability = (code: string): Promise<CapabilityEntity> =>
  buildCapability(api.ds, {
    code: `${code}_${randomBytes(3).toString('hex')}`,
    labelIt: code,
    labelEn: code,
  });

const offers = (firm: FirmEntity, ...caps: CapabilityEntity[]) =>
  buildFirmCapabilities(api.ds, firm, ...caps);

/** A firm with a signed-in FIRM user. */
async function firmWithUser(kind: FirmKind = 'COMPONENTS', overrides: Partial<FirmEntity> = {}) {
  const firm = await buildFirm(api.ds, { kind, ...overrides });
  const user = await buildUser(api.ds, 'FIRM', { firmId: firm.id });
  return { firm, cookie: await api.signIn(user.email, TEST_PASSWORD) };
}

async function signedIn(role: 'ADMIN' | 'CONSULTANT' | 'CHAMBER'): Promise<string> {
  const user = await buildUser(api.ds, role);
  return api.signIn(user.email, TEST_PASSWORD);
}

/** Inserts a CONFIRMED link directly: the graph fixtures below are about analyses, not the workflow. */
async function confirmedLink(
  supplier: FirmEntity,
  customer: FirmEntity,
  cap: CapabilityEntity,
  volume: number | null = null,
): Promise<string> {
  const link = await buildSupplyLink(api.ds, {
    supplierId: supplier.id,
    customerId: customer.id,
    capabilityId: cap.id,
    yearlyVolumePairs: volume,
  });
  return link.id;
}

const errorOf = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.[0]?.extensions;

const linkCount = async () =>
  (await api.ds.query(`SELECT count(*)::int AS n FROM supply_link`))[0].n as number;

beforeAll(async () => {
  api = await startTestApi();
  capA = await capability('SOLES');
  capB = await capability('HEELS');
});
afterAll(async () => {
  await api.close();
});

describe('declaring, confirming, rejecting and ending links', () => {
  it('declare → the counterpart confirms → either side ends, every step audited', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA);

    const declared = await api.gql<{ declareSupplyLink: Link }>(
      DECLARE,
      {
        input: {
          supplierId: supplier.firm.id,
          customerId: factory.firm.id,
          capabilityId: capA.id,
          sharePercent: 60,
          yearlyVolumePairs: 12000,
          since: '2020-03-01',
          note: 'Suole in cuoio',
        },
      },
      { cookie: supplier.cookie },
    );
    expect(declared.body.errors).toBeUndefined();
    const link = declared.body.data!.declareSupplyLink;
    expect(link).toMatchObject({
      status: 'DECLARED',
      version: 1,
      sharePercent: 60,
      yearlyVolumePairs: 12000,
      declaredBy: { id: supplier.firm.id },
      recordedOnBehalf: false,
      viewerCanDecide: false,
    });

    // The declaring side sees no request; the factory does, and may decide.
    expect((await api.gql(PENDING, {}, { cookie: supplier.cookie })).body.data).toEqual({
      pendingSupplyLinkRequests: [],
    });
    expect((await api.gql(PENDING, {}, { cookie: factory.cookie })).body.data).toEqual({
      pendingSupplyLinkRequests: [
        { id: link.id, supplier: { id: supplier.firm.id }, customer: { id: factory.firm.id } },
      ],
    });

    const selfConfirm = await api.gql(CONFIRM, { id: link.id, version: 1 }, { cookie: supplier.cookie });
    expect(errorOf(selfConfirm)).toMatchObject({ code: 'FORBIDDEN', rule: 'supplyLink.counterpartDecides' });

    const confirmed = await api.gql<{ confirmSupplyLink: Link }>(
      CONFIRM,
      { id: link.id, version: 1 },
      { cookie: factory.cookie },
    );
    expect(confirmed.body.data?.confirmSupplyLink).toMatchObject({
      status: 'CONFIRMED',
      version: 2,
      viewerCanEnd: true,
    });

    const stale = await api.gql(END, { id: link.id, version: 1 }, { cookie: supplier.cookie });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const ended = await api.gql<{ endSupplyLink: Link }>(
      END,
      { id: link.id, version: 2 },
      { cookie: supplier.cookie },
    );
    expect(ended.body.data?.endSupplyLink).toMatchObject({
      status: 'ENDED',
      version: 3,
      viewerCanEnd: false,
    });

    const endAgain = await api.gql(END, { id: link.id, version: 3 }, { cookie: factory.cookie });
    expect(errorOf(endAgain)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'not_confirmed' });

    const audit = await api.ds.query(
      `SELECT action, changes FROM audit_entry WHERE entity_type = 'SupplyLink' AND entity_id = $1 ORDER BY created_at`,
      [link.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'DECLARE_SUPPLY_LINK',
      'CONFIRM_SUPPLY_LINK',
      'END_SUPPLY_LINK',
    ]);
    expect(audit[1].changes.status).toEqual({ before: 'DECLARED', after: 'CONFIRMED' });
  });

  it('the counterpart rejects with a note; then the same link may be declared again', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA);
    const input = { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capA.id };
    const declared = await api.gql<{ declareSupplyLink: Link }>(
      DECLARE,
      { input },
      { cookie: factory.cookie },
    );
    const link = declared.body.data!.declareSupplyLink;
    expect(link.declaredBy).toEqual({ id: factory.firm.id });

    const rejected = await api.gql<{ rejectSupplyLink: Link }>(
      REJECT,
      { id: link.id, version: link.version, note: 'Non lavoriamo per voi' },
      { cookie: supplier.cookie },
    );
    expect(rejected.body.data?.rejectSupplyLink).toMatchObject({
      status: 'REJECTED',
      decisionNote: 'Non lavoriamo per voi',
    });
    const confirmRejected = await api.gql(CONFIRM, { id: link.id, version: 2 }, { cookie: supplier.cookie });
    expect(errorOf(confirmRejected)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'not_declared' });

    const again = await api.gql(DECLARE, { input }, { cookie: factory.cookie });
    expect(again.body.errors).toBeUndefined();
    const actions = await api.ds.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY created_at`,
      [link.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'DECLARE_SUPPLY_LINK',
      'REJECT_SUPPLY_LINK',
    ]);
  });

  it('refuses each rule with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await buildFirm(api.ds);
    await offers(supplier.firm, capA);
    const base = { supplierId: supplier.firm.id, customerId: factory.id, capabilityId: capA.id };
    const tomorrow = new Date(Date.parse(`${romeToday()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ customerId: supplier.firm.id }, 'customerId', 'self_link'],
      [{ sharePercent: 101 }, 'sharePercent', 'too_big'],
      [{ sharePercent: -1 }, 'sharePercent', 'too_small'],
      [{ yearlyVolumePairs: -5 }, 'yearlyVolumePairs', 'too_small'],
      [{ since: tomorrow }, 'since', 'in_future'],
      [{ since: '2024-02-30' }, 'since', 'invalid_date'],
      [{ capabilityId: capB.id }, 'capabilityId', 'not_offered'],
    ];
    const before = await linkCount();
    for (const [override, field, reason] of cases) {
      const res = await api.gql(DECLARE, { input: { ...base, ...override } }, { cookie: supplier.cookie });
      expect(errorOf(res), `${field} ${JSON.stringify(override)}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    }
    expect(await linkCount()).toBe(before);

    // One active link per (supplier, customer, capability), from either side.
    expect(
      (await api.gql(DECLARE, { input: base }, { cookie: supplier.cookie })).body.errors,
    ).toBeUndefined();
    const duplicate = await api.gql(DECLARE, { input: base }, { cookie: await signedIn('CONSULTANT') });
    expect(errorOf(duplicate)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'capabilityId',
      reason: 'duplicate_active',
    });
    expect(await linkCount()).toBe(before + 1);
  });

  it('maps a race past the check onto the unique index to the same error', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA);
    const input = { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capA.id };
    const results = await Promise.all([
      api.gql(DECLARE, { input }, { cookie: supplier.cookie }),
      api.gql(DECLARE, { input }, { cookie: factory.cookie }),
      api.gql(DECLARE, { input }, { cookie: supplier.cookie }),
    ]);
    const failures = results.filter((r) => r.body.errors);
    expect(failures).toHaveLength(2);
    for (const f of failures)
      expect(errorOf(f)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capabilityId' });
  });

  it('keeps a FIRM user to its own firm: FORBIDDEN to declare for others or touch their links', async () => {
    const outsider = await firmWithUser('PROCESSING');
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA);
    const input = { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capA.id };
    const foreign = await api.gql(DECLARE, { input }, { cookie: outsider.cookie });
    expect(errorOf(foreign)).toMatchObject({ code: 'FORBIDDEN', rule: 'supplyLink.declareForOwnFirm' });

    const link = (await api.gql<{ declareSupplyLink: Link }>(DECLARE, { input }, { cookie: supplier.cookie }))
      .body.data!.declareSupplyLink;
    for (const op of [CONFIRM, REJECT]) {
      const res = await api.gql(op, { id: link.id, version: 1 }, { cookie: outsider.cookie });
      expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN' });
    }
    // The outsider does not even see the pending link among the supplier's links.
    const seen = await api.gql<{ supplyLinks: { totalCount: number } }>(
      `query ($firmId: ID!) { supplyLinks(firmId: $firmId) { totalCount } }`,
      { firmId: supplier.firm.id },
      { cookie: outsider.cookie },
    );
    expect(seen.body.data?.supplyLinks.totalCount).toBe(0);

    await api.gql(CONFIRM, { id: link.id, version: 1 }, { cookie: factory.cookie });
    const endForeign = await api.gql(END, { id: link.id, version: 2 }, { cookie: outsider.cookie });
    expect(errorOf(endForeign)).toMatchObject({ code: 'FORBIDDEN', rule: 'supplyLink.eitherSideEnds' });
    // Confirmed links are visible to everyone signed in, but not their share and volume.
    const visible = await api.gql<{ supplyLinks: { edges: { node: Link }[] } }>(
      `query ($firmId: ID!) { supplyLinks(firmId: $firmId) { edges { node { status sharePercent yearlyVolumePairs } } } }`,
      { firmId: supplier.firm.id },
      { cookie: outsider.cookie },
    );
    expect(visible.body.data?.supplyLinks.edges.map((e) => e.node)).toEqual([
      { status: 'CONFIRMED', sharePercent: null, yearlyVolumePairs: null },
    ]);
  });

  it('lets ADMIN/CONSULTANT record on behalf (either firm confirms), refuses CHAMBER', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA, capB);
    const chamber = await api.gql(
      DECLARE,
      { input: { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capA.id } },
      { cookie: await signedIn('CHAMBER') },
    );
    expect(errorOf(chamber)).toMatchObject({ code: 'FORBIDDEN', rule: 'role:FIRM|ADMIN|CONSULTANT' });

    const recorded = await api.gql<{ declareSupplyLink: Link }>(
      DECLARE,
      { input: { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capB.id } },
      { cookie: await signedIn('CONSULTANT') },
    );
    const link = recorded.body.data!.declareSupplyLink;
    expect(link).toMatchObject({ recordedOnBehalf: true, declaredBy: null, viewerCanDecide: false });
    const adminConfirm = await api.gql(
      CONFIRM,
      { id: link.id, version: 1 },
      { cookie: await signedIn('ADMIN') },
    );
    expect(errorOf(adminConfirm)).toMatchObject({ code: 'FORBIDDEN' });
    const pending = await api.gql<{ pendingSupplyLinkRequests: { id: string }[] }>(
      PENDING,
      {},
      { cookie: supplier.cookie },
    );
    expect(pending.body.data?.pendingSupplyLinkRequests.map((p) => p.id)).toEqual([link.id]);
    const confirmed = await api.gql(CONFIRM, { id: link.id, version: 1 }, { cookie: supplier.cookie });
    expect(confirmed.body.errors).toBeUndefined();
  });

  it('refuses anonymous visitors', async () => {
    const res = await api.gql(PENDING);
    expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

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
    const statements: string[] = [];
    const counter: EntitySubscriberInterface = { beforeQuery: (e) => void statements.push(e.query) };
    api.ds.subscribers.push(counter);
    let res;
    try {
      res = await api.gql<{
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
    } finally {
      api.ds.subscribers.splice(api.ds.subscribers.indexOf(counter), 1);
    }
    expect(res.body.errors).toBeUndefined();
    expect(statements).toHaveLength(2); // the session and the chain
    const chain = res.body.data!.supplyChain;
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
