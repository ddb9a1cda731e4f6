import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { FirmEntity } from '../modules/firm/firm.entity.js';
import { buildFirm } from '../test/factories.js';
import { freshDatabase } from '../test/harness.js';
import { updateVersioned } from './versioned-update.js';

let ds: DataSource;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ ds, drop } = await freshDatabase());
});
afterAll(async () => {
  await drop();
});

describe('updateVersioned', () => {
  it('applies a change made on the current version and bumps it', async () => {
    const firm = await buildFirm(ds, { employees: 10 });
    const { before, after } = await ds.transaction((m) =>
      updateVersioned(m, FirmEntity, 'Firm', firm.id, firm.version, { employees: 12 }),
    );
    expect(before.employees).toBe(10);
    expect(after).toMatchObject({ employees: 12, version: firm.version + 1 });
  });

  it('refuses a change made on a stale version and keeps the newer data', async () => {
    const firm = await buildFirm(ds, { employees: 10 });
    await ds.transaction((m) =>
      updateVersioned(m, FirmEntity, 'Firm', firm.id, firm.version, { employees: 20 }),
    );
    const stale = ds.transaction((m) =>
      updateVersioned(m, FirmEntity, 'Firm', firm.id, firm.version, { employees: 30 }),
    );
    await expect(stale).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: firm.version + 1 },
    });
    expect((await ds.getRepository(FirmEntity).findOneByOrFail({ id: firm.id })).employees).toBe(20);
  });

  it('lets exactly one of two concurrent writers on the same version win', async () => {
    const firm = await buildFirm(ds, { employees: 1 });
    const attempts = await Promise.allSettled(
      [2, 3].map((employees) =>
        ds.transaction((m) => updateVersioned(m, FirmEntity, 'Firm', firm.id, firm.version, { employees })),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.filter((a) => a.status === 'rejected')).toHaveLength(1);
  });
});
