import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from './test/factories.js';
import { startTestApi, type TestApi } from './test/harness.js';
import { QUERY_LIMITS } from './server.js';

/** Production mode, as `pnpm start` runs the app. */
let prod: TestApi;
beforeAll(async () => {
  prod = await startTestApi({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await prod.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${prod.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('requests refused by a limit', () => {
  const nested = (depth: number) =>
    Array.from({ length: depth }).reduce<string>((inner, _, i) => `f${i} { ${inner} }`, 'id');
  const tiers = `suppliers { links { firm { suppliers { links { firm { id legalName } } } } } }`;
  const cases: { limit: string; query: string }[] = [
    { limit: 'depth', query: `{ ${nested(QUERY_LIMITS.maxDepth + 2)} }` },
    {
      limit: 'aliases',
      query: `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `h${i}: health`).join(' ')} }`,
    },
    { limit: 'cost', query: `{ firms(first: 100) { edges { node { ${tiers} } } } }` },
    {
      limit: 'tokens',
      query: `{ health ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`,
    },
    {
      limit: 'directives',
      query: `{ health ${Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ')} }`,
    },
  ];
  for (const c of cases) {
    it(`answers 400 with QUERY_LIMIT_EXCEEDED for too many ${c.limit}`, async () => {
      const res = await post(JSON.stringify({ query: c.query }));
      expect(res.status).toBe(400);
      const body = (await res.json()) as {
        data?: unknown;
        errors: { extensions: Record<string, unknown> }[];
      };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: c.limit });
    });
  }

  it('still answers a query within every limit', async () => {
    const res = await post(JSON.stringify({ query: '{ health }' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { health: 'ok' } });
  });

  it('answers 413 with a JSON error for a body over the size limit', async () => {
    const res = await post(JSON.stringify({ query: '{ health }', variables: { pad: 'x'.repeat(300_000) } }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses an operation name over 100 characters', async () => {
    const name = `Q${'x'.repeat(120)}`;
    const res = await post(JSON.stringify({ query: `query ${name} { health }`, operationName: name }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      errors: [{ extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'operationName' } }],
    });
  });

  it('answers a malformed body with a coded JSON error, without a stack trace or file paths', async () => {
    const res = await post('{"query": "{ health }"');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/at .*\.js|node_modules|\/apps\//);
  });
});

describe('introspection in production', () => {
  const introspect = (cookie?: string) =>
    prod.gql<{ __schema: { queryType: { name: string } } }>(
      `{ __schema { queryType { name } } }`,
      {},
      { cookie },
    );

  it('is refused to anonymous visitors', async () => {
    const res = await introspect();
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('is refused to FIRM users', async () => {
    const firm = await createUser(prod.ds, 'FIRM');
    const res = await introspect(await prod.signIn(firm.email, TEST_PASSWORD));
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  for (const role of ['ADMIN', 'CONSULTANT', 'CHAMBER'] as const) {
    it(`is allowed to signed-in ${role} users, with field suggestions still off`, async () => {
      const user = await createUser(prod.ds, role);
      const cookie = await prod.signIn(user.email, TEST_PASSWORD);
      const res = await introspect(cookie);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.__schema.queryType.name).toBe('Query');
      const typo = await prod.gql(`{ healt }`, {}, { cookie });
      expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    });
  }

  it('lets anybody ask for __typename', async () => {
    const res = await prod.gql(`{ __typename health }`);
    expect(res.body).toEqual({ data: { __typename: 'Query', health: 'ok' } });
  });
});
