import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../db/embedded.js';

/** Separate API processes on one database, as several machines would run them (cluster and live tests). */
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Resolves once `times` lines saying the app is running have been printed. */
  running(times?: number): Promise<void>;
}

const started: ChildProcess[] = [];

/** `pnpm start` from source (tsx), as its own process, on a free port. */
export async function startProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_DIST_DIR: path.join(apiDir, 'no-web-app'),
      SEED_ON_START: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  const waiting: { times: number; resolve(): void }[] = [];
  const check = () => {
    const count = output.split('Filiera is running').length - 1;
    for (const w of waiting.filter((w) => count >= w.times)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    check();
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    running: (times = 1) =>
      new Promise<void>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
        waiting.push({ times, resolve });
        check();
      }),
  };
}

export async function gql<T>(url: string, query: string, variables: object, cookie?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    body: (await res.json()) as { data?: T; errors?: { message: string }[] },
    cookie: res.headers.get('set-cookie')?.split(';')[0],
  };
}

/** Stops every process started so far (for afterEach). */
export async function stopStartedProcesses(): Promise<void> {
  await Promise.all(
    started.splice(0).map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    }),
  );
}
