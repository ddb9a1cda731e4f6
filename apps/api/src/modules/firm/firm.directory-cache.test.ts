import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf as sqlStatementsOf, statementsOf as countStatements } from '../../test/statements.js';
import { CAPABILITIES } from '../../db/seed/capabilities.js';
import {
  TEST_PASSWORD,
  buildAdhesion,
  buildFirm,
  buildSupplyLink,
  buildUser,
  insertCapabilities,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import type { FirmEntity } from './firm.entity.js';
import { readDirectoryVersion } from './firm.directory-cache.js';

const HAMLET = 'Frazione Cache';
const FIRMS = `query ($hamlet: String!) {
  firms(filter: { hamlets: [$hamlet] }, first: 10) {
    totalCount
    edges { node { id legalName adhesionStatus supplierCount customerCount capabilities { code } } }
  }
}`;
const IDS_ONLY = `query ($hamlet: String!) {
  firms(filter: { hamlets: [$hamlet] }, first: 10) { totalCount edges { node { id } } }
}`;
const UPDATE = `mutation ($input: UpdateFirmProfileInput!) { updateFirmProfile(input: $input) { id version } }`;

interface Page {
  totalCount: number;
  edges: {
    node: {
      id: string;
      legalName: string;
      adhesionStatus: string | null;
      supplierCount: number;
      customerCount: number;
      capabilities: { code: string }[];
    };
  }[];
}

const cap = (code: string) => CAPABILITIES.find((c) => c.code === code)!.id;

let api: TestApi;
let cookie: string;
let alfa: FirmEntity;
let beta: FirmEntity;

async function directory(query = FIRMS): Promise<Page> {
  const res = await api.gql<{ firms: Page }>(query, { hamlet: HAMLET }, { cookie });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.firms;
}

const node = (page: Page, id: string) => page.edges.find((e) => e.node.id === id)?.node;

/** The SQL statements `run` causes on the test API's database. */
const sqlOf = (run: () => Promise<unknown>) => sqlStatementsOf(api.ds, run);
const statementsOf = (run: () => Promise<unknown>) => countStatements(api.ds, run);

beforeAll(async () => {
  api = await startTestApi();
  await insertCapabilities(api.ds);
  alfa = await buildFirm(api.ds, { legalName: 'Calzaturificio Alfa S.r.l.', hamlet: HAMLET });
  beta = await buildFirm(api.ds, {
    legalName: 'Tomaificio Beta S.r.l.',
    hamlet: HAMLET,
    kind: 'PROCESSING',
  });
  const consultant = await buildUser(api.ds, 'CONSULTANT');
  cookie = await api.signIn(consultant.email, TEST_PASSWORD);
});
afterAll(async () => {
  await api.close();
});

describe('the directory version', () => {
  it('rises once per committed transaction, when the change becomes visible, and not on rollback', async () => {
    const before = BigInt(await readDirectoryVersion(api.ds));
    const runner = api.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`UPDATE firm SET employees = 11 WHERE id = ANY($1::uuid[])`, [[alfa.id, beta.id]]);
      await runner.query(`UPDATE firm SET employees = 12 WHERE id = $1`, [alfa.id]);
      // Another connection sees neither the change nor a new version until the commit.
      expect(BigInt(await readDirectoryVersion(api.ds))).toBe(before);
      await runner.commitTransaction();
      expect(BigInt(await readDirectoryVersion(api.ds))).toBe(before + 1n);

      await runner.startTransaction();
      await runner.query(`UPDATE firm SET employees = 99 WHERE id = $1`, [alfa.id]);
      await runner.rollbackTransaction();
      expect(BigInt(await readDirectoryVersion(api.ds))).toBe(before + 1n);
    } finally {
      await runner.release();
    }
  });

  it('does not rise for changes outside the directory', async () => {
    const before = await readDirectoryVersion(api.ds);
    await buildUser(api.ds, 'CHAMBER');
    expect(await readDirectoryVersion(api.ds)).toBe(before);
  });
});

describe('cached directory pages', () => {
  it('answers a repeated page from memory: the session and the version are the only statements', async () => {
    const first = await directory();
    expect(first.totalCount).toBe(2);
    const statements = await statementsOf(async () => expect(await directory()).toEqual(first));
    expect(statements).toBe(2);
  });

  it('loads the figures a query asks for the first time it asks, then keeps them with the page', async () => {
    await api.ds.query(`UPDATE firm SET legal_name = legal_name WHERE id = $1`, [alfa.id]); // a new version
    expect(await statementsOf(() => directory(IDS_ONLY))).toBe(3); // session, version, page with its count
    // Same page, now with figures: adhesion, capabilities and link counts in one statement, once.
    expect(await statementsOf(() => directory())).toBe(3);
    expect(await statementsOf(() => directory())).toBe(2);
  });

  it('counts a list once for all its pages', async () => {
    await api.ds.query(`UPDATE firm SET legal_name = legal_name WHERE id = $1`, [alfa.id]); // a new version
    const PAGE = `query ($hamlet: String!, $after: String) {
      firms(filter: { hamlets: [$hamlet] }, first: 1, after: $after) {
        totalCount pageInfo { endCursor } edges { node { id } }
      }
    }`;
    type OnePage = { firms: { totalCount: number; pageInfo: { endCursor: string } } };
    let first: OnePage['firms'] | undefined;
    expect(
      await statementsOf(async () => {
        first = (await api.gql<OnePage>(PAGE, { hamlet: HAMLET }, { cookie })).body.data!.firms;
      }),
    ).toBe(3); // session, version, page with its count
    let second: OnePage['firms'] | undefined;
    const statements = await sqlOf(async () => {
      const vars = { hamlet: HAMLET, after: first!.pageInfo.endCursor };
      second = (await api.gql<OnePage>(PAGE, vars, { cookie })).body.data!.firms;
    });
    expect(statements).toHaveLength(3); // session, version, page: the count is the first page's
    expect(statements.filter((s) => /count\(\*\)/i.test(s))).toEqual([]);
    expect(second!.totalCount).toBe(first!.totalCount);
  });

  it('shows a profile saved through the API at once', async () => {
    await directory();
    const admin = await buildUser(api.ds, 'ADMIN');
    const adminCookie = await api.signIn(admin.email, TEST_PASSWORD);
    const current = await api.ds.query(`SELECT version FROM firm WHERE id = $1`, [alfa.id]);
    const res = await api.gql(
      UPDATE,
      {
        input: {
          id: alfa.id,
          version: current[0].version,
          legalName: 'Calzaturificio Alfa Nuova S.r.l.',
          capabilityIds: [cap('STITCHING')],
        },
      },
      { cookie: adminCookie },
    );
    expect(res.body.errors).toBeUndefined();
    const after = node(await directory(), alfa.id)!;
    expect(after.legalName).toBe('Calzaturificio Alfa Nuova S.r.l.');
    expect(after.capabilities.map((c) => c.code)).toEqual(['STITCHING']);
  });

  it('shows changes made by anyone else on the database (another replica, a script) at once', async () => {
    const before = await directory();
    expect(node(before, beta.id)).toMatchObject({ adhesionStatus: null, supplierCount: 0, customerCount: 0 });

    await buildAdhesion(api.ds, { firmId: beta.id, status: 'INTERESTED' });
    expect(node(await directory(), beta.id)!.adhesionStatus).toBe('INTERESTED');

    await buildSupplyLink(api.ds, {
      supplierId: beta.id,
      customerId: alfa.id,
      capabilityId: cap('STITCHING'),
      declaredByFirmId: beta.id,
    });
    const linked = await directory();
    expect(node(linked, beta.id)!.customerCount).toBe(1);
    expect(node(linked, alfa.id)!.supplierCount).toBe(1);

    await api.ds.query(`DELETE FROM firm WHERE id = $1`, [beta.id]);
    const deleted = await directory();
    expect(deleted.totalCount).toBe(1);
    expect(node(deleted, beta.id)).toBeUndefined();
  });
});

describe('with the cache turned off (DIRECTORY_CACHE_FIRMS=0)', () => {
  it('reads every page from the database, without the version', async () => {
    const uncached = await startTestApi({ DIRECTORY_CACHE_FIRMS: '0' });
    try {
      await buildFirm(uncached.ds, { legalName: 'Suolificio Gamma S.r.l.', hamlet: HAMLET });
      const user = await buildUser(uncached.ds, 'CONSULTANT');
      const userCookie = await uncached.signIn(user.email, TEST_PASSWORD);
      const statements = await sqlStatementsOf(uncached.ds, async () => {
        for (let i = 0; i < 2; i++) {
          const res = await uncached.gql<{ firms: Page }>(
            IDS_ONLY,
            { hamlet: HAMLET },
            { cookie: userCookie },
          );
          expect(res.body.data?.firms.totalCount).toBe(1);
        }
      });
      expect(statements).toHaveLength(4); // session, page with its count, twice, and no version
      expect(statements.some((s) => s.includes('directory_version'))).toBe(false);
    } finally {
      await uncached.close();
    }
  });
});
