import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

/**
 * Keys per batch: one `= ANY($1)` array parameter per statement keeps us far below PostgreSQL's
 * 65,535 bind parameters, and the cap bounds each statement's size.
 */
export const MAX_BATCH = 1000;

/** A per-request loader of an entity's rows by id (null for an id with no row), batched. */
export function byId<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}
