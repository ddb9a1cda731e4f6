import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_PASSWORD,
  buildCapability,
  buildFirm,
  buildFirmCapabilities,
  buildUser,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { auditActions } from '../../test/audit.js';
import { sqlOf } from '../../test/statements.js';

const FIRM = `query ($id: ID!) { showcaseFirm(id: $id) {
  id legalName tradeName hamlet productLines exportMarkets capacityPairsPerDay email phone website
  capabilities { code }
} }`;
const SEARCH = `query ($search: String, $capabilityIds: [ID!], $exportMarkets: [String!], $minCapacity: Int, $first: Int) {
  showcaseFirms(search: $search, capabilityIds: $capabilityIds, exportMarkets: $exportMarkets,
                minCapacity: $minCapacity, first: $first) {
    totalCount edges { node { id legalName } } pageInfo { hasNextPage }
  }
}`;
const SUBMIT = `mutation ($input: SubmitContactRequestInput!) { submitContactRequest(input: $input) { received } }`;
const INBOX = `{ contactRequests { totalCount edges { node { id version name company country kind quantity state } } }
  showcaseInsights { viewsLast30Days requestCount unreadCount } }`;
const MARK = `mutation ($id: ID!, $version: Int!, $state: ContactRequestState!) {
  markContactRequest(id: $id, version: $version, state: $state) { id version state }
}`;

type Err = { extensions: { code: string; fields?: { field: string; reason: string }[] } };

let api: TestApi;
let capId: string;
beforeAll(async () => {
  // Trusting X-Forwarded-For lets each test write from its own address, outside the others' rate limit.
  api = await startTestApi({ TRUST_PROXY_HOPS: '1' });
  const cap = await buildCapability(api.ds, {
    code: 'SHOWCASE_TEST',
    labelIt: 'Orlatura',
    labelEn: 'Stitching',
    group: 'PROCESSING',
  });
  capId = cap.id;
});
afterAll(async () => {
  await api.close();
});

/** A new client address per call. */
let addressCounter = 0;
const address = () => ({ 'x-forwarded-for': `203.0.113.${++addressCounter}` });

const request = (firmId: string, overrides: Record<string, unknown> = {}) => ({
  firmId,
  kind: 'QUOTE',
  name: 'Jane Buyer',
  company: 'Boots & Co Ltd',
  country: 'gb',
  email: 'Jane@Boots.example',
  message: 'We look for 2,000 pairs of Chelsea boots for next winter.',
  quantity: 2000,
  ...overrides,
});

async function consentingFirm(publicFields: string[]) {
  const firm = await buildFirm(api.ds, {
    showcaseConsent: true,
    publicFields,
    tradeName: 'Scarpe Belle',
    exportMarkets: ['US', 'DE'],
    capacityPairsPerDay: 300,
    email: 'info@private.example',
    phone: '+39 0583 000000',
  });
  await buildFirmCapabilities(api.ds, firm, { id: capId });
  return firm;
}

describe('the public showcase (anonymous)', () => {
  it('does not know a firm without consent, even by id', async () => {
    const firm = await buildFirm(api.ds, { showcaseConsent: false, publicFields: ['email'] });
    const res = await api.gql<Err>(FIRM, { id: firm.id });
    expect(res.body.data).toBeNull();
    expect((res.body.errors as Err[] | undefined)?.[0]?.extensions.code).toBe('NOT_FOUND');
    const list = await api.gql<{ showcaseFirms: { edges: { node: { id: string } }[] } }>(SEARCH, {
      search: firm.legalName,
    });
    expect(list.body.data!.showcaseFirms.edges).toEqual([]);
  });

  it("shows a consenting firm's public fields and nulls the others", async () => {
    const firm = await consentingFirm(['exportMarkets', 'capabilities']);
    const res = await api.gql<{ showcaseFirm: Record<string, unknown> }>(FIRM, { id: firm.id });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.showcaseFirm).toMatchObject({
      legalName: firm.legalName,
      exportMarkets: ['US', 'DE'],
      tradeName: null,
      hamlet: null,
      capacityPairsPerDay: null,
      email: null,
      phone: null,
      website: null,
      productLines: null,
    });
    expect((res.body.data!.showcaseFirm.capabilities as unknown[]).length).toBe(1);
  });

  it("names a firm's public export markets in Italian and English", async () => {
    const firm = await consentingFirm(['exportMarkets']);
    const res = await api.gql<{ showcaseFirm: { exportMarketNames: unknown } }>(
      `query ($id: ID!) { showcaseFirm(id: $id) { exportMarketNames { code nameIt nameEn } } }`,
      { id: firm.id },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.showcaseFirm.exportMarketNames).toEqual([
      { code: 'US', nameIt: 'Stati Uniti', nameEn: 'United States' },
      { code: 'DE', nameIt: 'Germania', nameEn: 'Germany' },
    ]);
    const hidden = await consentingFirm([]);
    const none = await api.gql<{ showcaseFirm: { exportMarketNames: unknown } }>(
      `query ($id: ID!) { showcaseFirm(id: $id) { exportMarketNames { code } } }`,
      { id: hidden.id },
    );
    expect(none.body.data!.showcaseFirm.exportMarketNames).toBeNull();
  });

  it('sorts the markets by name in Italian or in English', async () => {
    await buildFirm(api.ds, {
      showcaseConsent: true,
      publicFields: ['exportMarkets'],
      exportMarkets: ['GB', 'ES', 'JP'],
    });
    const query = () =>
      api.gql<Record<'it' | 'en', { code: string }[]>>(
        `{ it: showcaseExportMarkets(orderBy: NAME_IT) { code } en: showcaseExportMarkets(orderBy: NAME_EN) { code } }`,
      );
    let res!: Awaited<ReturnType<typeof query>>;
    const sql = await sqlOf(api.ds, async () => {
      res = await query();
    });
    expect(res.body.errors).toBeUndefined();
    // Both lists come from one read of the markets firms show.
    expect(sql.filter((q) => q.includes('unnest(export_markets)'))).toHaveLength(1);
    const codes = (list: { code: string }[]) =>
      list.map((m) => m.code).filter((c) => ['GB', 'ES', 'JP'].includes(c));
    // Giappone, Regno Unito, Spagna; Japan, Spain, United Kingdom.
    expect(codes(res.body.data!.it)).toEqual(['JP', 'GB', 'ES']);
    expect(codes(res.body.data!.en)).toEqual(['JP', 'ES', 'GB']);
  });

  it('has no field for private data at all', async () => {
    const firm = await consentingFirm([]);
    const res = await api.gql(`query ($id: ID!) { showcaseFirm(id: $id) { vatNumber revenueBand street } }`, {
      id: firm.id,
    });
    expect((res.body.errors as Err[] | undefined)?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lists the markets active firms show publicly, named in Italian and English, and no hidden one', async () => {
    await consentingFirm(['exportMarkets']);
    await buildFirm(api.ds, { showcaseConsent: true, publicFields: [], exportMarkets: ['NZ'] });
    await buildFirm(api.ds, {
      showcaseConsent: true,
      publicFields: ['exportMarkets'],
      exportMarkets: ['IS'],
      ceasedOn: '2025-01-31',
    });
    const res = await api.gql<{ showcaseExportMarkets: { code: string; nameIt: string; nameEn: string }[] }>(
      `{ showcaseExportMarkets { code nameIt nameEn } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const markets = res.body.data!.showcaseExportMarkets;
    expect(markets).toContainEqual({ code: 'US', nameIt: 'Stati Uniti', nameEn: 'United States' });
    expect(markets).toContainEqual({ code: 'DE', nameIt: 'Germania', nameEn: 'Germany' });
    expect(markets.map((m) => m.code)).not.toContain('NZ');
    expect(markets.map((m) => m.code)).not.toContain('IS');
    expect(markets.map((m) => m.code)).toEqual([...markets.map((m) => m.code)].sort());
  });

  it('filters on public fields only, so a filter cannot reveal a hidden one', async () => {
    const open = await consentingFirm(['exportMarkets', 'capabilities', 'capacityPairsPerDay']);
    const hidden = await consentingFirm([]);
    for (const variables of [{ exportMarkets: ['us'] }, { capabilityIds: [capId] }, { minCapacity: 250 }]) {
      const res = await api.gql<{ showcaseFirms: { edges: { node: { id: string } }[] } }>(SEARCH, {
        ...variables,
        first: 100,
      });
      expect(res.body.errors).toBeUndefined();
      const ids = res.body.data!.showcaseFirms.edges.map((e) => e.node.id);
      expect(ids).toContain(open.id);
      expect(ids).not.toContain(hidden.id);
    }
  });

  it('refuses pages larger than 100', async () => {
    const res = await api.gql(SEARCH, { first: 101 });
    expect((res.body.errors as Err[] | undefined)?.[0]?.extensions.fields?.[0]?.field).toBe('first');
  });
});

describe('contact requests', () => {
  it("reach the firm's inbox, which the firm marks read and replied, with version checks", async () => {
    const firm = await consentingFirm(['email']);
    const user = await buildUser(api.ds, 'FIRM', { firmId: firm.id });
    const cookie = await api.signIn(user.email, TEST_PASSWORD);
    await api.gql(FIRM, { id: firm.id }, { headers: address() });

    const sent = await api.gql(SUBMIT, { input: request(firm.id) }, { headers: address() });
    expect(sent.body).toEqual({ data: { submitContactRequest: { received: true } } });

    type Inbox = {
      contactRequests: {
        totalCount: number;
        edges: { node: { id: string; version: number; country: string; state: string } }[];
      };
      showcaseInsights: { viewsLast30Days: number; requestCount: number; unreadCount: number };
    };
    const inbox = await api.gql<Inbox>(INBOX, {}, { cookie });
    expect(inbox.body.data!.showcaseInsights).toEqual({
      viewsLast30Days: 1,
      requestCount: 1,
      unreadCount: 1,
    });
    const node = inbox.body.data!.contactRequests.edges[0]!.node;
    expect(node).toMatchObject({ country: 'GB', state: 'NEW' });

    const read = await api.gql(MARK, { id: node.id, version: node.version, state: 'READ' }, { cookie });
    expect(read.body.data).toEqual({ markContactRequest: { id: node.id, version: 2, state: 'READ' } });
    const stale = await api.gql(MARK, { id: node.id, version: 1, state: 'REPLIED' }, { cookie });
    expect((stale.body.errors as Err[] | undefined)?.[0]?.extensions.code).toBe('CONFLICT');

    expect(await auditActions(api.ds, node.id)).toEqual([
      'CONTACT_REQUEST_RECEIVED',
      'CONTACT_REQUEST_MARKED',
    ]);
  });

  it('are not readable or markable by another firm or staff', async () => {
    const firm = await consentingFirm([]);
    await api.gql(SUBMIT, { input: request(firm.id) }, { headers: address() });
    const [row] = (await api.ds.query(`SELECT id FROM contact_request WHERE firm_id = $1`, [firm.id])) as {
      id: string;
    }[];
    const other = await api.signIn((await buildUser(api.ds, 'FIRM')).email, TEST_PASSWORD);
    const mark = await api.gql(MARK, { id: row!.id, version: 1, state: 'READ' }, { cookie: other });
    expect((mark.body.errors as Err[] | undefined)?.[0]?.extensions.code).toBe('NOT_FOUND');
    const otherInbox = await api.gql<{ contactRequests: { totalCount: number } }>(
      `{ contactRequests { totalCount } }`,
      {},
      { cookie: other },
    );
    expect(otherInbox.body.data!.contactRequests.totalCount).toBe(0);

    const consultant = await api.signIn((await buildUser(api.ds, 'CONSULTANT')).email, TEST_PASSWORD);
    const refused = await api.gql(`{ contactRequests { totalCount } }`, {}, { cookie: consultant });
    expect((refused.body.errors as Err[] | undefined)?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(`{ contactRequests { totalCount } }`);
    expect((anonymous.body.errors as Err[] | undefined)?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('names every invalid field and stores nothing', async () => {
    const firm = await consentingFirm([]);
    const res = await api.gql(
      SUBMIT,
      { input: request(firm.id, { country: 'XX', email: 'not-an-address', message: 'hi', quantity: null }) },
      { headers: address() },
    );
    const fields = (res.body.errors as Err[] | undefined)?.[0]?.extensions.fields?.map((f) => f.field);
    expect(fields?.sort()).toEqual(['country', 'email', 'message', 'quantity']);
    const noQuantity = await api.gql(
      SUBMIT,
      { input: request(firm.id, { quantity: null }) },
      { headers: address() },
    );
    expect((noQuantity.body.errors as Err[] | undefined)?.[0]?.extensions.fields).toEqual([
      expect.objectContaining({ field: 'quantity', reason: 'required' }),
    ]);
    const rows = await api.ds.query(`SELECT 1 FROM contact_request WHERE firm_id = $1`, [firm.id]);
    expect(rows).toHaveLength(0);
  });

  it('refuses firms without consent', async () => {
    const firm = await buildFirm(api.ds, { showcaseConsent: false });
    const res = await api.gql(SUBMIT, { input: request(firm.id) }, { headers: address() });
    expect((res.body.errors as Err[] | undefined)?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('answers a filled honeypot like a real request but stores nothing', async () => {
    const firm = await consentingFirm([]);
    const res = await api.gql(
      SUBMIT,
      { input: request(firm.id, { website: 'http://spam.example' }) },
      {
        headers: address(),
      },
    );
    expect(res.body.data).toEqual({ submitContactRequest: { received: true } });
    const rows = await api.ds.query(`SELECT 1 FROM contact_request WHERE firm_id = $1`, [firm.id]);
    expect(rows).toHaveLength(0);
  });
});

describe('the contact rate limit', () => {
  it('stops an address after 5 requests in an hour, also when they arrive at once', async () => {
    const limited = await startTestApi({ TRUST_PROXY_HOPS: '1' });
    try {
      const firm = await buildFirm(limited.ds, { showcaseConsent: true });
      const headers = { 'x-forwarded-for': '198.51.100.7' };
      const results = await Promise.all(
        Array.from({ length: 7 }, () => limited.gql(SUBMIT, { input: request(firm.id) }, { headers })),
      );
      const codes = results.map((r) => (r.body.errors as Err[] | undefined)?.[0]?.extensions.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(5);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(2);
      // Another address is not affected.
      const other = await limited.gql(
        SUBMIT,
        { input: request(firm.id) },
        {
          headers: { 'x-forwarded-for': '198.51.100.8' },
        },
      );
      expect(other.body.errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });
});

describe('sitemap and robots', () => {
  it('lists the showcase and consenting firms only', async () => {
    const shown = await consentingFirm([]);
    const hidden = await buildFirm(api.ds, { showcaseConsent: false });
    const res = await fetch(`${api.url}/sitemap.xml`);
    expect(res.headers.get('content-type')).toMatch(/application\/xml/);
    const xml = await res.text();
    expect(xml).toContain('<loc>http://localhost:4000/showcase</loc>');
    expect(xml).toContain(`/showcase/firms/${shown.id}</loc>`);
    expect(xml).not.toContain(hidden.id);
    const robots = await (await fetch(`${api.url}/robots.txt`)).text();
    expect(robots).toContain('Sitemap: http://localhost:4000/sitemap.xml');
  });
});
