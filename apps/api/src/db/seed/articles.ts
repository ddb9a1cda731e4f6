import type { EntityManager } from 'typeorm';
import { CAPABILITIES } from './capabilities.js';
import { DEMO_FIRM_ID } from './district.js';
import { confirmedSuppliesOf } from '../../modules/supply-link/supply-link.confirmed.js';

/** Share of a shoe's weight per component capability (processing steps weigh nothing). */
const WEIGHTS: Record<string, number> = {
  LEATHER: 40,
  UPPERS: 20,
  SOLES: 22,
  HEELS: 6,
  INSOLES: 7,
  TEXTILES: 4,
  METAL_ACCESSORIES: 1,
  ADHESIVES: 1,
};
const MATERIALS: Record<
  string,
  { it: string; origin: string; region: string | null; certifications: string[] }
> = {
  LEATHER: {
    it: 'Pelle di vitello',
    origin: 'IT',
    region: 'Toscana',
    certifications: ['Leather Working Group Gold'],
  },
  UPPERS: { it: 'Tomaia in pelle', origin: 'IT', region: 'Toscana', certifications: [] },
  SOLES: { it: 'Cuoio e gomma', origin: 'IT', region: 'Toscana', certifications: [] },
  HEELS: { it: 'ABS rivestito in pelle', origin: 'IT', region: 'Marche', certifications: [] },
  INSOLES: { it: 'Cuoio', origin: 'IT', region: 'Toscana', certifications: [] },
  TEXTILES: { it: 'Cotone', origin: 'IT', region: 'Lombardia', certifications: ['OEKO-TEX Standard 100'] },
  METAL_ACCESSORIES: { it: 'Ottone', origin: 'IT', region: 'Veneto', certifications: [] },
  ADHESIVES: { it: 'Adesivo a base acqua', origin: 'IT', region: null, certifications: [] },
};
/** What a component is made of (shares of its weight), shown as its composition. */
const COMPOSITION: Record<string, { material: string; percent: number }[]> = {
  SOLES: [
    { material: 'Cuoio', percent: 60 },
    { material: 'Gomma naturale', percent: 40 },
  ],
  UPPERS: [
    { material: 'Pelle di vitello', percent: 85 },
    { material: 'Cotone', percent: 15 },
  ],
};
/**
 * What a supplier's product is made of, by the capability it supplies (shares of its weight): from a
 * confirmed supplier of its own in the district, or from outside the district when `outside` says where.
 */
const INPUT_SHARES: Record<
  string,
  { code: string; share: number; outside?: { country: string; region: string; material: string } }[]
> = {
  LEATHER: [
    {
      code: 'LEATHER',
      share: 95,
      outside: { country: 'FR', region: 'Normandie', material: 'Pelli grezze bovine' },
    },
  ],
  UPPERS: [
    { code: 'LEATHER', share: 80 },
    { code: 'TEXTILES', share: 15 },
  ],
  SOLES: [
    { code: 'LEATHER', share: 70 },
    { code: 'ADHESIVES', share: 5 },
  ],
  INSOLES: [
    { code: 'LEATHER', share: 75 },
    { code: 'TEXTILES', share: 20 },
  ],
  HEELS: [{ code: 'LEATHER', share: 30 }],
};
const MODELS = [
  { name: 'Décolleté Segromigno', line: 'women', code: 'DS' },
  { name: 'Mocassino Pizzorne', line: 'men', code: 'MP' },
  { name: 'Stivaletto Camigliano', line: 'boots', code: 'SC' },
  { name: 'Sneaker Capannori', line: 'sneakers', code: 'SN' },
];
/** Factories with a published passport: the demo factory and the first few in the showcase. */
const FACTORIES = 4;

const capabilityId = new Map<string, string>(CAPABILITIES.map((c) => [c.code, c.id]));
const capabilityCode = new Map<string, string>(CAPABILITIES.map((c) => [c.id, c.code]));

/**
 * A few published articles of the demo district's shoe factories, their bills of materials built from
 * each factory's CONFIRMED suppliers, with tier-2 inputs from those suppliers' own confirmed suppliers;
 * suppliers whose id starts with 0–7 consent to be named. Deterministic: the district's ids are.
 */
export async function seedArticles(manager: EntityManager): Promise<void> {
  const factories: { id: string }[] = await manager.query(
    `SELECT id FROM firm WHERE kind = 'SHOE_FACTORY' AND (id = $1 OR showcase_consent)
      ORDER BY id = $1 DESC, id LIMIT $2`,
    [DEMO_FIRM_ID, FACTORIES],
  );
  const supplies = await confirmedSuppliesOf(
    manager,
    factories.map((f) => f.id),
  );
  const used = new Map<string, Set<string>>(); // supplier → capabilities it supplies in an article
  for (const [i, factory] of factories.entries()) {
    const model = MODELS[i % MODELS.length]!;
    const lines = new Map<string, string>(); // capability code → supplier
    for (const s of supplies) {
      const code = capabilityCode.get(s.capabilityId)!;
      if (s.customerId === factory.id && !lines.has(code)) lines.set(code, s.supplierId);
    }
    const [article] = (await manager.query(
      `INSERT INTO article (firm_id, code, name, product_line, season, status, published_at)
       VALUES ($1, $2, $3, $4, 'FW 2026', 'PUBLISHED', now()) RETURNING id`,
      [factory.id, `${model.code}-2026-${String(i + 1).padStart(2, '0')}`, model.name, model.line],
    )) as { id: string }[];
    let position = 0;
    for (const [code, supplierId] of [...lines].sort(([a], [b]) => (WEIGHTS[b] ?? 0) - (WEIGHTS[a] ?? 0))) {
      const material = MATERIALS[code];
      await manager.query(
        `INSERT INTO article_component (article_id, position, capability_id, supplier_firm_id, material,
           origin_country, origin_region, weight_share, certifications, composition)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          article!.id,
          position++,
          capabilityId.get(code),
          supplierId,
          material?.it ?? null,
          material?.origin ?? null,
          material?.region ?? null,
          WEIGHTS[code] ?? 0,
          material?.certifications ?? [],
          JSON.stringify(COMPOSITION[code] ?? []),
        ],
      );
      used.set(supplierId, new Set([...(used.get(supplierId) ?? []), code]));
    }
    // Laces from outside the district, so the passport shows one.
    await manager.query(
      `INSERT INTO article_component (article_id, position, capability_id, outside_country, outside_region,
         material, origin_country, weight_share)
       VALUES ($1, $2, $3, 'PT', 'Norte', 'Lacci in cotone', 'PT', 2)`,
      [article!.id, position, capabilityId.get('TEXTILES')],
    );
  }

  const suppliers = [...used.keys()];
  await linkUpstream(manager, used);
  const upstream = await confirmedSuppliesOf(manager, suppliers);
  for (const supplierId of suppliers) {
    for (const code of used.get(supplierId)!) {
      const inputs = (INPUT_SHARES[code] ?? []).flatMap(
        (input): (typeof input & { supplier: string | null })[] => {
          if (input.outside) return [{ ...input, supplier: null }];
          const source = upstream.find(
            (u) => u.customerId === supplierId && u.capabilityId === capabilityId.get(input.code),
          );
          return source ? [{ ...input, supplier: source.supplierId }] : [];
        },
      );
      for (const [position, input] of inputs.entries()) {
        await manager.query(
          `INSERT INTO supplier_input (firm_id, capability_id, position, input_capability_id,
             input_supplier_firm_id, outside_country, outside_region, material, origin_country,
             origin_region, share)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            supplierId,
            capabilityId.get(code),
            position,
            capabilityId.get(input.code),
            input.supplier,
            input.outside?.country ?? null,
            input.outside?.region ?? null,
            input.outside?.material ?? MATERIALS[input.code]?.it ?? null,
            input.outside?.country ?? MATERIALS[input.code]?.origin ?? 'IT',
            input.outside?.region ?? MATERIALS[input.code]?.region ?? null,
            input.share,
          ],
        );
      }
    }
  }
  await manager.query(
    `INSERT INTO passport_consent (firm_id, name_public)
     SELECT id, left(id::text, 1) < '8' FROM unnest($1::uuid[]) AS s(id)`,
    [suppliers],
  );
}

/**
 * Tier 2 needs the articles' suppliers to have confirmed suppliers of their own: where a supplier has no
 * confirmed source of an input it is made of, a district firm offering that capability becomes one
 * (declared by the supplier, confirmed), the first by id that is neither the supplier nor linked to it.
 */
async function linkUpstream(manager: EntityManager, used: Map<string, Set<string>>): Promise<void> {
  const suppliers = [...used.keys()];
  const existing = await confirmedSuppliesOf(manager, suppliers);
  for (const supplierId of suppliers) {
    const needed = new Set(
      [...used.get(supplierId)!].flatMap((code) =>
        (INPUT_SHARES[code] ?? []).filter((i) => !i.outside).map((i) => i.code),
      ),
    );
    for (const code of needed) {
      const capability = capabilityId.get(code)!;
      if (existing.some((e) => e.customerId === supplierId && e.capabilityId === capability)) continue;
      await manager.query(
        `INSERT INTO supply_link (supplier_id, customer_id, capability_id, status, declared_by_firm_id, since)
         SELECT fc.firm_id, $1, $2, 'CONFIRMED', $1, DATE '2024-01-15'
           FROM firm_capability fc
          WHERE fc.capability_id = $2 AND fc.firm_id <> $1
            AND NOT EXISTS (SELECT 1 FROM supply_link l
                             WHERE l.supplier_id = fc.firm_id AND l.customer_id = $1 AND l.capability_id = $2)
            AND NOT EXISTS (SELECT 1 FROM supply_link l
                             WHERE l.supplier_id = $1 AND l.customer_id = fc.firm_id)
          ORDER BY fc.firm_id
          LIMIT 1`,
        [supplierId, capability],
      );
    }
  }
}
