import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { QUERY_LIMITS } from '../../server.js';
import { SIGN_IN_LIMITS } from './auth.service.js';

const SIGN_IN = `mutation ($input: SignInInput!) {
  signIn(input: $input) { user { email role } sessionExpiresAt }
}`;
const ME = `{ me { user { email role } permissions { viewerCanManageUsers } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const code = (res: Awaited<ReturnType<TestApi['gql']>>) => res.body.errors?.[0]?.extensions?.code;
const reason = (res: Awaited<ReturnType<TestApi['gql']>>) => res.body.errors?.[0]?.extensions?.reason;

describe('sign-in', () => {
  it('opens a session in an httpOnly SameSite=Lax cookie that `me` recognises', async () => {
    const user = await createUser(api.ds, 'CHAMBER');
    const res = await api.gql(SIGN_IN, {
      input: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.setCookie).toMatch(/^filiera_session=[\w-]+;/);
    expect(res.setCookie).toMatch(/HttpOnly/);
    expect(res.setCookie).toMatch(/SameSite=Lax/);
    const cookie = res.setCookie!.split(';')[0]!;
    const me = await api.gql(ME, {}, { cookie });
    expect(me.body.data).toEqual({
      me: { user: { email: user.email, role: 'CHAMBER' }, permissions: { viewerCanManageUsers: false } },
    });
  });

  it('refuses a wrong password with UNAUTHENTICATED and sets no cookie', async () => {
    const user = await createUser(api.ds, 'ADMIN');
    const res = await api.gql(SIGN_IN, { input: { email: user.email, password: 'not-the-password' } });
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect(reason(res)).toBe('INVALID_CREDENTIALS');
    expect(res.setCookie).toBeNull();
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const res = await api.gql(SIGN_IN, { input: { email: 'nobody@test.example', password: TEST_PASSWORD } });
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.message).toBe('E-mail or password is not correct.');
  });

  it('names the empty field when e-mail or password is missing', async () => {
    const res = await api.gql(SIGN_IN, { input: { email: '  ', password: '' } });
    expect(code(res)).toBe('BAD_USER_INPUT');
    const fields = (res.body.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['email', 'password']);
  });

  it('rate-limits an account after repeated failures, even with the right password', async () => {
    const user = await createUser(api.ds, 'CHAMBER');
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      const res = await api.gql(SIGN_IN, { input: { email: user.email, password: `wrong-${i}` } });
      expect(code(res)).toBe('UNAUTHENTICATED');
    }
    const blocked = await api.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(code(blocked)).toBe('RATE_LIMITED');
    expect(blocked.body.errors?.[0]?.message).toMatch(/Too many failed sign-in attempts/);
    expect(blocked.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.setCookie).toBeNull();
  });

  it('rate-limits an address that tries many accounts', async () => {
    await api.ds.query(`DELETE FROM login_attempt`);
    const user = await createUser(api.ds, 'ADMIN');
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await api.gql(SIGN_IN, { input: { email: `guess-${i}@test.example`, password: 'whatever' } });
    }
    const blocked = await api.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(code(blocked)).toBe('RATE_LIMITED');
    await api.ds.query(`DELETE FROM login_attempt`);
  });

  it('records the sign-in in the audit log', async () => {
    const user = await createUser(api.ds, 'FIRM');
    await api.signIn(user.email, TEST_PASSWORD);
    const rows = await api.ds.query(
      `SELECT actor_id, action, changes FROM audit_entry WHERE entity_id = $1`,
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].action).toBe('SIGN_IN');
    expect(rows[0].actor_id).toBe(user.id);
    expect(Object.keys(rows[0].changes)).toEqual(['lastSignInAt']);
  });
});

describe('sessions', () => {
  it('expires after 30 idle minutes and says so', async () => {
    const user = await createUser(api.ds, 'CONSULTANT');
    const cookie = await api.signIn(user.email, TEST_PASSWORD);
    await api.ds.query(`UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [
      user.id,
    ]);
    const res = await api.gql(`{ capabilities { code } }`, {}, { cookie });
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect(reason(res)).toBe('SESSION_EXPIRED');
    expect(res.setCookie).toMatch(/filiera_session=;/);
    const after = await api.ds.query(`SELECT count(*)::int AS n FROM session WHERE user_id = $1`, [user.id]);
    expect(after[0].n).toBe(0);
  });

  it('expires 8 hours after sign-in even when active', async () => {
    const user = await createUser(api.ds, 'CONSULTANT');
    const cookie = await api.signIn(user.email, TEST_PASSWORD);
    await api.ds.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.id,
    ]);
    const res = await api.gql(ME, {}, { cookie });
    expect(res.body.data?.me).toBeNull();
    const guarded = await api.gql(`{ capabilities { code } }`, {}, { cookie });
    expect(reason(guarded)).toBe('SESSION_EXPIRED');
  });

  it('stays alive while the person is active within the idle window', async () => {
    const user = await createUser(api.ds, 'CONSULTANT');
    const cookie = await api.signIn(user.email, TEST_PASSWORD);
    await api.ds.query(`UPDATE session SET last_seen_at = now() - interval '20 minutes' WHERE user_id = $1`, [
      user.id,
    ]);
    const res = await api.gql(ME, {}, { cookie });
    expect(res.body.data?.me).not.toBeNull();
    const [row] = await api.ds.query(
      `SELECT now() - last_seen_at < interval '1 minute' AS fresh FROM session WHERE user_id = $1`,
      [user.id],
    );
    expect(row.fresh).toBe(true);
  });

  it('signs out: the cookie is cleared and no longer works', async () => {
    const user = await createUser(api.ds, 'ADMIN');
    const cookie = await api.signIn(user.email, TEST_PASSWORD);
    const out = await api.gql(`mutation { signOut }`, {}, { cookie });
    expect(out.body.data).toEqual({ signOut: true });
    expect(out.setCookie).toMatch(/filiera_session=;/);
    const me = await api.gql(ME, {}, { cookie });
    expect(me.body.data?.me).toBeNull();
  });
});

describe('GraphQL hardening', () => {
  it('refuses a query deeper than the depth limit, naming the limit', async () => {
    const nested = (depth: number) =>
      Array.from({ length: depth }).reduce<string>((inner, _, i) => `f${i} { ${inner} }`, 'id');
    const res = await api.gql(`{ ${nested(QUERY_LIMITS.maxDepth + 2)} }`);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.some((e) => /depth limit/i.test(e.message))).toBe(true);
    const shallow = await api.gql(`{ me { user { firm { capabilities { id } } } } }`);
    expect(shallow.body.errors).toBeUndefined();
  });

  it('prices a fragment like the fields it stands for, and refuses a query above the cost limit', async () => {
    // Close to the limit written inline (100 × …), so pricing fragments any higher would refuse it.
    const links = `links { firm { id legalName email phone } sharePercent }`;
    const inline = `{ firms(first: 100) { edges { node { suppliers { ${links} } customers { ${links} } } } } }`;
    const withFragments = `{ firms(first: 100) { ...Page } }
      fragment Page on FirmConnection { edges { node { ...Links } } }
      fragment Links on Firm { suppliers { ${links} } customers { ${links} } }`;
    for (const query of [inline, withFragments]) {
      const res = await api.gql(query);
      // Validated and priced, then refused only because nobody is signed in.
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const tiers = `suppliers { links { firm { suppliers { links { firm { id legalName } } } } } }`;
    const costly = `{ firms(first: 100) { edges { node { ${tiers} } } } }`;
    const res = await api.gql(costly);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.message).toMatch(/Cost limit of 20000 exceeded/);
  });

  it('refuses a query with more aliases than allowed, before running it', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `h${i}: health`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.message).toMatch(/aliases/i);
    const allowed = Array.from({ length: 10 }, (_, i) => `h${i}: health`).join(' ');
    expect((await api.gql(`{ ${allowed} }`)).body.data).toMatchObject({ h9: 'ok' });
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ health }')}`);
    expect(res.status).toBe(400);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('marks GraphQL answers as never to be stored', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health }' }),
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health }' }, { query: '{ health }' }]),
    });
    expect(res.status).toBe(400);
  });
});

describe('production mode', () => {
  let prod: TestApi;
  beforeAll(async () => {
    prod = await startTestApi({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await prod.close();
  });

  it('turns introspection and field suggestions off', async () => {
    const introspection = await prod.gql(`{ __schema { types { name } } }`);
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await prod.gql(`{ healt }`);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
