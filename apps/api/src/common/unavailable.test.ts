import { createServer, Socket, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_PASSWORD, buildFirm, buildUser } from '../test/factories.js';
import { startTestApi, type TestApi } from '../test/harness.js';

/**
 * A TCP proxy in front of PostgreSQL that the test can cut (connections dropped, new ones refused) and
 * restore on the same port: to the app, the database goes away and comes back.
 */
class CuttableProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(
    private readonly host: string,
    private readonly targetPort: number,
  ) {}

  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.targetPort, this.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

const FIRMS = `query { showcaseFirms(first: 5) { totalCount } }`;
const ME = `query { me { user { id } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const UPDATE = `mutation ($input: UpdateFirmProfileInput!) { updateFirmProfile(input: $input) { id version } }`;

describe('the database refuses connections', () => {
  let proxy: CuttableProxy;
  let api: TestApi;
  let cookie: string;
  let email: string;
  let firmId: string;

  beforeAll(async () => {
    const target = new URL(inject('pgAdminUrl'));
    proxy = new CuttableProxy(target.hostname, Number(target.port));
    await proxy.up();
    api = await startTestApi(
      {},
      {
        connectVia: (url) => {
          const via = new URL(url);
          via.hostname = '127.0.0.1';
          via.port = String(proxy.port);
          return via;
        },
      },
    );
    const firm = await buildFirm(api.ds, { legalName: 'Calzaturificio Delta' });
    firmId = firm.id;
    const user = await buildUser(api.ds, 'FIRM', { firmId });
    email = user.email;
    cookie = await api.signIn(email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await proxy.up().catch(() => undefined);
    await api.close();
  });

  it('answers 503 with Retry-After and SERVICE_UNAVAILABLE everywhere, changes nothing, and recovers', async () => {
    const get = (path: string, withCookie = true) =>
      fetch(`${api.url}${path}`, { headers: withCookie ? { cookie } : {} });
    const [{ version }] = await api.ds.query(`SELECT version FROM firm WHERE id = $1`, [firmId]);

    await proxy.down();

    const health = await get('/healthz', false);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('5');

    // Anonymous: the resolver's query fails.
    const anonymous = await api.gql(FIRMS);
    expect(anonymous.status).toBe(503);
    expect(anonymous.body.errors?.[0]).toMatchObject({
      message: 'The service is temporarily unavailable: try again in a few seconds.',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
    });
    // Signed in: the session cannot even be looked up.
    const me = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(me.status).toBe(503);
    expect(me.headers.get('retry-after')).toBe('5');
    expect(
      ((await me.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('SERVICE_UNAVAILABLE');
    const signIn = await api.gql(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
    expect(signIn.status).toBe(503);
    expect(signIn.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const update = await api.gql(
      UPDATE,
      { input: { id: firmId, version, legalName: 'Changed while down' } },
      { cookie },
    );
    expect(update.status).toBe(503);

    // REST, signed in (restRoute) and anonymous.
    for (const [path, withCookie] of [
      ['/api/firms/export.csv', true],
      ['/api/events.ics', false],
    ] as const) {
      const res = await get(path, withCookie);
      expect(res.status, path).toBe(503);
      expect(res.headers.get('retry-after'), path).toBe('5');
      expect(await res.json(), path).toMatchObject({
        error: { extensions: { code: 'SERVICE_UNAVAILABLE' } },
      });
    }

    await proxy.up();

    // Back by itself: no restart, same process, same pool.
    expect((await get('/healthz', false)).status).toBe(200);
    const again = await api.gql(FIRMS);
    expect(again.status).toBe(200);
    expect(again.body.errors).toBeUndefined();
    const meAgain = await api.gql(ME, {}, { cookie });
    expect(meAgain.body.data).toMatchObject({ me: { user: { id: expect.any(String) } } });
    expect((await get('/api/firms/export.csv')).status).toBe(200);
    // Nothing was written while the database was away.
    const [row] = await api.ds.query(`SELECT legal_name, version FROM firm WHERE id = $1`, [firmId]);
    expect(row).toEqual({ legal_name: 'Calzaturificio Delta', version });
  });
});
