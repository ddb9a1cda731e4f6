import type { DataSource, EntityManager } from 'typeorm';

/** A CONFIRMED supply: who supplies whom which capability. */
export interface ConfirmedSupply {
  linkId: string;
  supplierId: string;
  customerId: string;
  capabilityId: string;
}

/** Upper bound of a firm's confirmed suppliers read at once (a factory has tens). */
const MAX_SUPPLIES = 1000;

/**
 * The CONFIRMED links through which the given firms are supplied, oldest first: what other modules
 * (articles and their passports) may build on. Read here so that only this module knows the link table.
 */
export async function confirmedSuppliesOf(
  db: DataSource | EntityManager,
  customerIds: readonly string[],
): Promise<ConfirmedSupply[]> {
  if (customerIds.length === 0) return [];
  const rows: { id: string; supplier_id: string; customer_id: string; capability_id: string }[] =
    await db.query(
      `SELECT id, supplier_id, customer_id, capability_id FROM supply_link
        WHERE customer_id = ANY($1::uuid[]) AND status = 'CONFIRMED'
        ORDER BY created_at, id LIMIT $2`,
      [customerIds, MAX_SUPPLIES * customerIds.length],
    );
  return rows.map((r) => ({
    linkId: r.id,
    supplierId: r.supplier_id,
    customerId: r.customer_id,
    capabilityId: r.capability_id,
  }));
}
