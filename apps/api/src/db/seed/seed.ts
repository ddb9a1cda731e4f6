import type { DataSource } from 'typeorm';
import { installJobQueue } from '../../common/jobs/queue.js';
import { hashPassword } from '../../common/tokens.js';
import { generateDistrict } from './district.js';
import { DEMO_USERS } from './demo-users.js';
import { insertDistrict } from './insert-district.js';
import { seedContract } from './contract.js';
import { seedStartupPlan } from './startup-plan.js';
import { seedEvents } from './events.js';
import { seedArticles } from './articles.js';
import { seedNotifications } from './notifications.js';

export type SeedScale = 'district' | 'national';

/** Whether the database holds no users yet (a fresh install). */
export async function isEmpty(ds: DataSource): Promise<boolean> {
  const [row] = await ds.query('SELECT NOT EXISTS (SELECT 1 FROM app_user) AS empty');
  return Boolean(row.empty);
}

/**
 * Seeds the demo district (or the national benchmark dataset) and one user per role, in one
 * transaction: a failure leaves the database empty, never half seeded.
 */
export async function seedDemo(
  ds: DataSource,
  scale: SeedScale,
  onProgress: (message: string) => void = () => {},
): Promise<void> {
  const started = Date.now();
  const data = generateDistrict({ scale });
  onProgress(`generated ${data.firms.length} firms and ${data.supplyLinks.length} supply links`);
  const users = await Promise.all(
    DEMO_USERS.map(async (u) => ({ ...u, passwordHash: await hashPassword(u.password) })),
  );
  await ds.transaction(async (manager) => {
    let lastReported = 0;
    await insertDistrict(manager, data, (table, done, total) => {
      if (done === total || Date.now() - lastReported > 2000) {
        lastReported = Date.now();
        onProgress(`${table}: ${done}/${total}`);
      }
    });
    for (const u of users) {
      await manager.query(
        `INSERT INTO app_user (id, email, name, password_hash, role, firm_id, totp_secret, totp_enabled_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7::text IS NULL THEN NULL ELSE now() END)`,
        [u.id, u.email, u.name, u.passwordHash, u.role, u.firmId, u.totpSecret ?? null],
      );
    }
    await seedContract(manager);
    await seedStartupPlan(manager, scale);
    await seedEvents(manager);
    if (scale === 'district') await seedArticles(manager);
    await seedNotifications(manager);
  });
  // Fresh statistics and visibility map, so the planner and index-only scans work from the first request.
  await ds.query('VACUUM ANALYZE');
  onProgress(`seeded the ${scale} dataset in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Drops everything and migrates again: an empty, current schema. */
export async function resetSchema(ds: DataSource): Promise<void> {
  await ds.query('DROP SCHEMA IF EXISTS graphile_worker CASCADE');
  await ds.query('DROP SCHEMA public CASCADE');
  await ds.query('CREATE SCHEMA public');
  await ds.runMigrations({ transaction: 'each' });
  await installJobQueue(ds);
}
