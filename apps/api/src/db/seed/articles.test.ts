import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/harness.js';
import { latestPassports } from '../../modules/article/article.passport.js';
import { seedArticles } from './articles.js';
import { DEMO_FIRM_ID, generateDistrict } from './district.js';
import { insertDistrict } from './insert-district.js';

let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase();
  await db.ds.transaction(async (manager) => {
    await insertDistrict(manager, generateDistrict({ scale: 'district' }));
    await seedArticles(manager);
  });
}, 120_000);
afterAll(async () => {
  await db.drop();
});

describe('the demo passports', () => {
  it('are published for the demo factory and showcase factories, built from confirmed suppliers', async () => {
    const passports = await latestPassports(db.ds, 'http://filiera.test', 50);
    expect(passports).toHaveLength(4);
    const makers = await db.ds.query(`SELECT DISTINCT firm_id FROM article`);
    expect(makers.map((m: { firm_id: string }) => m.firm_id)).toContain(DEMO_FIRM_ID);
    const unconfirmed = await db.ds.query(
      `SELECT count(*)::int AS n FROM article_component c JOIN article a ON a.id = c.article_id
        WHERE c.supplier_firm_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM supply_link l WHERE l.supplier_id = c.supplier_firm_id AND l.customer_id = a.firm_id
             AND l.capability_id = c.capability_id AND l.status = 'CONFIRMED')`,
    );
    expect(unconfirmed[0].n).toBe(0);
    for (const p of passports) {
      expect(p.components.length).toBeGreaterThanOrEqual(3);
      expect(p.traceability.tiers[0]!.tracedWeightPercent).toBeGreaterThan(0);
    }
    // Every article is traced to tier 2 through its suppliers' inputs, the demo factory's most of all.
    for (const p of passports)
      expect(p.traceability.tiers[1]!.tracedWeightPercent, p.code).toBeGreaterThan(30);
    const demo = passports.find((p) => p.code.endsWith('-01'))!;
    expect(demo.traceability.tiers[1]!.tracedWeightPercent).toBeGreaterThan(50);
    // A district input always comes from a confirmed supplier of the supplier that declares it.
    const unconfirmedInputs = await db.ds.query(
      `SELECT count(*)::int AS n FROM supplier_input i
        WHERE i.input_supplier_firm_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM supply_link l WHERE l.supplier_id = i.input_supplier_firm_id AND l.customer_id = i.firm_id
             AND l.capability_id = i.input_capability_id AND l.status = 'CONFIRMED')`,
    );
    expect(unconfirmedInputs[0].n).toBe(0);
    const suppliers = passports.flatMap((p) => p.components.flatMap((c) => (c.supplier ? [c.supplier] : [])));
    expect(suppliers.some((s) => s.name !== null)).toBe(true);
    expect(suppliers.some((s) => s.name === null)).toBe(true);
  });
});
