import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource } from '../db/data-source.js';
import { prepareDatabase } from '../db/database.js';
import { startEmbeddedPostgres } from '../db/embedded.js';

/**
 * A new temporary folder with an embedded PostgreSQL primary in its `name` subfolder (deleted at stop), its
 * schema migrated and, when `seed` says so, the demo data seeded: where the backup and replica tests start.
 * The caller stops the server, destroys the data source and removes the folder.
 */
export async function startTempPrimary(options: {
  prefix: string;
  name: string;
  poolSize: number;
  seed?: NonNullable<Parameters<typeof prepareDatabase>[1]>['seed'];
}) {
  const dir = await mkdtemp(path.join(tmpdir(), options.prefix));
  await chmod(dir, 0o755); // under root the servers run as `postgres`, which must reach their folders
  const primary = await startEmbeddedPostgres(path.join(dir, options.name), { persistent: false });
  const ds = createDataSource(primary.url, { poolSize: options.poolSize });
  await ds.initialize();
  await prepareDatabase(ds, { seed: options.seed });
  return { dir, primary, ds };
}
