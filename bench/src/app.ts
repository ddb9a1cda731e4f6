import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Secret, TOTP } from 'otpauth';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Node's flags for the API, as `pnpm start` and the image run it (apps/api/package.json, Dockerfile). */
export const API_NODE_FLAGS = [
  '--enable-source-maps',
  '--max-semi-space-size=4',
  '--heap-growing-percent=15',
];

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

export interface RunningApp {
  url: string;
  /** The app's process (none when the bench runs against a URL given). */
  pid?: number;
  stop(): Promise<void>;
}

/**
 * Starts the built app on the national dataset, in its own embedded database (.data/bench, seeded on
 * the first run only, which takes a few minutes) or on BENCH_DATABASE_URL. `scale: 'district'` starts
 * it on the demo district instead, in .data/bench-district (seeded in seconds). `env` adds to or
 * overrides the app's environment (e.g. DATABASE_URL, DIRECTORY_CACHE_FIRMS).
 */
export async function startApp(
  options: { scale?: 'district' | 'national'; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningApp> {
  const scale = options.scale ?? 'national';
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    SEED_SCALE: scale,
    DATA_DIR: path.join(root, '.data', scale === 'national' ? 'bench' : 'bench-district'),
  };
  delete env.DATABASE_URL;
  if (process.env.BENCH_DATABASE_URL && scale === 'national')
    env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  Object.assign(env, options.env);
  const child: ChildProcess = spawn(
    process.execPath,
    [...API_NODE_FLAGS, path.join(root, 'apps/api/dist/main.js')],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(`  [app] ${chunk.toString()}`));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the app did not become healthy in 15 minutes');
    await new Promise((r) => setTimeout(r, 1000));
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGINT');
      await once(child, 'exit');
    },
  };
}

/** The demo consultant's authenticator secret (README's demo users), for the second sign-in step. */
const CONSULTANT_TOTP_SECRET = 'FILIERADEMOCONSULENTESEGROMIGNOX';
let lastStep = 0;

/**
 * The demo consultant's next sign-in code. The app accepts each 30-second step once and one step ahead,
 * so a third sign-in within one step waits for the next.
 */
async function consultantCode(): Promise<string> {
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now, lastStep + 1);
  if (step > now + 1) await new Promise((r) => setTimeout(r, (step - 1) * 30_000 - Date.now() + 100));
  lastStep = step;
  return new TOTP({ secret: Secret.fromBase32(CONSULTANT_TOTP_SECRET) }).generate({
    timestamp: step * 30_000,
  });
}

/**
 * Signs the demo consultant in (password, then a code from the demo secret); returns the session cookie
 * only (a WAL cookie would keep the first reads of a run with replicas on the primary).
 */
export async function signInConsultant(url: string): Promise<string> {
  const post = (query: string, variables: Record<string, unknown>) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  let res = await post('mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }', {
    input: { email: 'consulente@filiera.example', password: 'filiera-consulente-2026' },
  });
  const first = (await res.clone().json()) as { errors?: { extensions?: { challenge?: string } }[] };
  const challenge = first.errors?.[0]?.extensions?.challenge;
  if (challenge) {
    res = await post(
      'mutation ($input: CompleteSignInInput!) { completeSignIn(input: $input) { user { id } } }',
      {
        input: { challenge, code: await consultantCode() },
      },
    );
  }
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  const me = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: '{ me { twoFactorEnrolmentRequired } }' }),
  }).then((r) => r.json() as Promise<{ data?: { me?: { twoFactorEnrolmentRequired: boolean } } }>);
  if (me.data?.me?.twoFactorEnrolmentRequired) {
    throw new Error(
      'The demo consultant of this database has no two-factor secret (seeded before two-factor sign-in): delete the bench database folder (.data/bench…) and run again.',
    );
  }
  return cookie;
}
