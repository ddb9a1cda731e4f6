import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, buildUser } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { assertKnownAtecoCodes } from './ateco.service.js';

const SEARCH = `query ($search: String, $first: Int, $after: String) {
  atecoCodes(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { code level parent titleIt titleEn } }
  }
}`;
type Search = {
  atecoCodes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: { code: string; level: number; parent: string | null; titleIt: string; titleEn: string };
    }[];
  };
};

let api: TestApi;
let cookie: string;
beforeAll(async () => {
  api = await startTestApi();
  const firmUser = await buildUser(api.ds, 'FIRM');
  cookie = await api.signIn(firmUser.email, TEST_PASSWORD);
});
afterAll(async () => {
  await api.close();
});

const search = async (variables: Record<string, unknown>) => {
  const res = await api.gql<Search>(SEARCH, variables, { cookie });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.atecoCodes;
};

describe('ATECO 2025 codes', () => {
  it('holds the whole ISTAT list, loaded by the migration', async () => {
    const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM ateco_code`);
    expect(n).toBe(3156);
  });

  it('finds a code by its beginning, the exact code first', async () => {
    const result = await search({ search: '15.20', first: 10 });
    expect(result.edges.map((e) => e.node.code)).toEqual([
      '15.20',
      '15.20.1',
      '15.20.10',
      '15.20.2',
      '15.20.20',
    ]);
    expect(result.edges[0]!.node).toMatchObject({
      level: 4,
      parent: '15.2',
      titleIt: 'Fabbricazione di calzature',
    });
  });

  it('finds codes by Italian and English words, accents and case ignored', async () => {
    const italian = await search({ search: 'calzature cuoio', first: 10 });
    expect(italian.edges.map((e) => e.node.code)).toContain('15.20.20');
    expect(italian.edges.every((e) => /calzature/i.test(e.node.titleIt))).toBe(true);
    const english = await search({ search: 'FOOTWEAR leather parts', first: 10 });
    expect(english.edges.map((e) => e.node.code)).toEqual(expect.arrayContaining(['15.20.2', '15.20.20']));
    expect(english.edges.every((e) => /footwear/i.test(e.node.titleEn))).toBe(true);
    const accented = await search({ search: 'attivita manifatturiere', first: 5 });
    expect(accented.edges.map((e) => e.node.code)).toContain('C');
  });

  it('pages through results without repeating or skipping, at most 100 a page', async () => {
    const first = await search({ search: 'calzature', first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ search: 'calzature', first: 100, after: first.pageInfo.endCursor });
    const codes = [...first.edges, ...second.edges].map((e) => e.node.code);
    expect(new Set(codes).size).toBe(first.totalCount);
    const tooMany = await api.gql(SEARCH, { first: 101 }, { cookie });
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('reads one code, null for an unknown one, and refuses anonymous visitors', async () => {
    const one = await api.gql(
      `{ a: atecoCode(code: "15.20.10") { titleEn } b: atecoCode(code: "99.99.99") { code } }`,
      {},
      { cookie },
    );
    expect(one.body.data).toEqual({
      a: { titleEn: 'Manufacture of footwear, other than leather parts of footwear' },
      b: null,
    });
    const anonymous = await api.gql(`{ atecoCodes(search: "15") { totalCount } }`);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names the unknown codes of an input in a BAD_USER_INPUT on the given field', async () => {
    await expect(
      assertKnownAtecoCodes(api.ds.manager, ['15.20.10', '15.20'], 'atecoCodes'),
    ).resolves.toBeUndefined();
    await expect(
      assertKnownAtecoCodes(api.ds.manager, ['15.20.10', '15.29.99'], 'atecoCodes'),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'atecoCodes', reason: 'unknown_ateco_code' },
      message: expect.stringContaining('15.29.99'),
    });
  });
});
