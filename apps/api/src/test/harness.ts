import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { createApp } from '../server.js';
import { runDueJobs } from '../common/jobs/queue.js';
import { jobHandlers } from '../jobs.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { nextTotpCode } from './totp-codes.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface DatabaseOptions {
  /** The URL the app connects to, from the database's own (e.g. through a proxy a test can cut). */
  connectVia?: (url: URL) => URL;
}

/** A database of its own, cloned from the migrated template. */
export async function freshDatabase(
  options: DatabaseOptions = {},
): Promise<{ ds: DataSource; drop(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `filiera_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const ds = createDataSource((options.connectVia?.(url) ?? url).toString(), { poolSize: 4 });
  await ds.initialize();
  return {
    ds,
    drop: async () => {
      await ds.destroy();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export interface TestApi {
  ds: DataSource;
  config: Config;
  url: string;
  /** POSTs a GraphQL operation, with the session cookie when given. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string | null; headers?: Record<string, string> },
  ): Promise<{ status: number; body: GraphQLResponse<T>; setCookie: string | null }>;
  /** Signs in and returns the session cookie ("filiera_session=…"). */
  signIn(email: string, password: string): Promise<string>;
  /** Runs the job queue's due jobs (e.g. sends queued mail) once, as a worker process would. */
  runJobs(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real HTTP app on a free port, over a fresh database (reached as `DatabaseOptions` say), or over the
 * `database` given (e.g. a primary with replicas), which `close` also drops.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  database: DatabaseOptions | { ds: DataSource; drop(): Promise<void> } = {},
): Promise<TestApi> {
  const { ds, drop } = 'ds' in database ? database : await freshDatabase(database);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused/db', ...env });
  const server: Server = createServer();
  const { app, stop } = await createApp(config, ds, server);
  server.on('request', app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql: TestApi['gql'] = async (query, variables, options = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    return { status: res.status, body: (await res.json()) as GraphQLResponse<never>, setCookie };
  };

  return {
    ds,
    config,
    url,
    gql,
    async signIn(email, password) {
      let res = await gql(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
        input: { email, password },
      });
      const challenge = res.body.errors?.[0]?.extensions?.challenge;
      if (typeof challenge === 'string') {
        // Two-factor sign-in is on: answer with the code the person's app would show.
        const code = await nextTotpCode(ds, email);
        res = await gql(
          `mutation ($input: CompleteSignInInput!) { completeSignIn(input: $input) { user { id } } }`,
          {
            input: { challenge, code },
          },
        );
      }
      const cookie = res.setCookie?.split(';')[0];
      if (!cookie || res.body.errors) throw new Error(`sign-in failed: ${JSON.stringify(res.body.errors)}`);
      return cookie;
    },
    runJobs: () => runDueJobs({ ds, config }, jobHandlers),
    async close() {
      await stop();
      server.close();
      await drop();
    },
  };
}

/**
 * The app with its outgoing mail caught by an SMTP sink of its own (the sink's settings first, then
 * `env`); the app's `close` stops the sink too.
 */
export async function startTestApiWithMail(
  env: Record<string, string> = {},
): Promise<{ api: TestApi; smtp: SmtpSink }> {
  const smtp = await startSmtpSink();
  const api = await startTestApi({ ...smtp.env, ...env });
  const closeApi = api.close;
  api.close = async () => {
    await closeApi();
    await smtp.close();
  };
  return { api, smtp };
}
