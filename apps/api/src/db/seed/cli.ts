import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.js';
import { openDatabase } from '../database.js';
import { isEmpty, resetSchema, seedDemo, type SeedScale } from './seed.js';

/**
 * `pnpm seed [--scale district|national]`: seeds an empty database.
 * `pnpm db:reset [--scale …]`: drop → migrate → seed.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string' }, reset: { type: 'boolean', default: false } },
  });
  const config = loadConfig();
  const scale = (values.scale ?? config.SEED_SCALE) as SeedScale;
  if (scale !== 'district' && scale !== 'national') {
    throw new ConfigError(`--scale must be district or national (got "${scale}")`);
  }
  const db = await openDatabase(config);
  try {
    console.log(`Database: ${db.description}`);
    if (values.reset) {
      await resetSchema(db.ds);
      console.log('Dropped all data and applied the migrations.');
    } else if (!(await isEmpty(db.ds))) {
      console.error('The database already has data: run `pnpm db:reset` to start over.');
      process.exitCode = 1;
      return;
    }
    await seedDemo(db.ds, scale, (m) => console.log(`  ${m}`));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
