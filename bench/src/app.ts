import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
    stop: async () => {
      child.kill('SIGINT');
      await once(child, 'exit');
    },
  };
}

/**
 * Signs the demo consultant in; returns the session cookie only (a WAL cookie would keep the first reads
 * of a run with replicas on the primary).
 */
export async function signInConsultant(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email: 'consulente@filiera.example', password: 'filiera-consulente-2026' } },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  return cookie;
}
