import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedDatabaseError, firstDirectoryClosedTo, startEmbeddedPostgres } from './embedded.js';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A folder like a private home: only its owner may enter it. */
async function privateFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'filiera-private-'));
  made.push(dir);
  await chmod(dir, 0o700);
  return dir;
}

describe('the embedded database and the folders it needs', () => {
  it('finds the first folder on the way that another user cannot enter', async () => {
    const home = await privateFolder();
    const cluster = path.join(home, 'checkout', '.data', 'pg');
    await mkdir(path.dirname(cluster), { recursive: true });
    const stranger = { uid: 54321, gid: 54321 };
    expect(await firstDirectoryClosedTo(cluster, stranger)).toBe(home);
    expect(await firstDirectoryClosedTo(cluster, { uid: userInfo().uid, gid: userInfo().gid })).toBeNull();
    await chmod(home, 0o755);
    expect(await firstDirectoryClosedTo(cluster, stranger)).toBeNull();
  });

  // The case of a container whose user is root and whose checkout is under /root (CI runs as root).
  it.runIf(userInfo().uid === 0)(
    'stops at once with one line when started as root in a private folder',
    async () => {
      const home = await privateFolder();
      const started = startEmbeddedPostgres(path.join(home, 'checkout', '.data'), { persistent: false });
      await expect(started).rejects.toBeInstanceOf(EmbeddedDatabaseError);
      await expect(started).rejects.toThrow(
        `The embedded PostgreSQL runs as the "postgres" user when Filiera is started as root, and that user cannot enter ${home}.`,
      );
    },
  );
});
