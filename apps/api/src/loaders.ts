import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { AdhesionStatus } from '@filiera/shared';
import { CapabilityEntity } from './modules/capability/capability.entity.js';
import { FirmEntity } from './modules/firm/firm.entity.js';
import type { DirectoryCache } from './modules/firm/firm.directory-cache.js';
import { createFirmLoaders } from './modules/firm/firm.loaders.js';
import { UserEntity } from './modules/user/user.entity.js';
import { createAdhesionLoaders } from './modules/adhesion/adhesion.loaders.js';
import { createTaskLoaders } from './modules/task/task.loaders.js';
import { createPlanLoaders } from './modules/plan/plan.loaders.js';
import { createEventLoaders } from './modules/event/event.loaders.js';
import { createArticleLoaders } from './modules/article/article.loaders.js';
import { createShowcaseLoaders } from './modules/showcase/showcase.loaders.js';
import { MAX_BATCH, byId } from './common/loader.js';

export interface LinkCounts {
  supplierCount: number;
  customerCount: number;
}

/** Per-request loaders, so a list's SQL statement count does not grow with its length. */
/** `directoryCache`: the app's directory cache (server.ts), shared by the primary and its replicas. */
export function createLoaders(ds: DataSource, directoryCache: DirectoryCache | null = null) {
  return {
    userById: byId(ds, UserEntity),
    firmById: byId(ds, FirmEntity),
    capabilitiesByFirmId: new DataLoader<string, CapabilityEntity[]>(
      async (firmIds) => {
        const rows: { firm_id: string; capability_id: string }[] = await ds.query(
          `SELECT fc.firm_id, fc.capability_id FROM firm_capability fc
             JOIN capability c ON c.id = fc.capability_id
            WHERE fc.firm_id = ANY($1::uuid[]) ORDER BY c.capability_group, c.code`,
          [firmIds],
        );
        const capabilities = await ds
          .getRepository(CapabilityEntity)
          .findBy({ id: In([...new Set(rows.map((r) => r.capability_id))]) });
        const capById = new Map(capabilities.map((c) => [c.id, c]));
        const grouped = new Map<string, CapabilityEntity[]>();
        for (const r of rows) {
          const cap = capById.get(r.capability_id);
          if (cap) grouped.set(r.firm_id, [...(grouped.get(r.firm_id) ?? []), cap]);
        }
        return firmIds.map((id) => grouped.get(id) ?? []);
      },
      { maxBatchSize: MAX_BATCH },
    ),
    adhesionStatusByFirmId: new DataLoader<string, AdhesionStatus | null>(
      async (firmIds) => {
        const rows: { firm_id: string; status: AdhesionStatus }[] = await ds.query(
          `SELECT firm_id, status FROM adhesion WHERE firm_id = ANY($1::uuid[])`,
          [firmIds],
        );
        const map = new Map(rows.map((r) => [r.firm_id, r.status]));
        return firmIds.map((id) => map.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH },
    ),
    linkCountsByFirmId: new DataLoader<string, LinkCounts>(
      async (firmIds) => {
        const rows: { firm_id: string; suppliers: string; customers: string }[] = await ds.query(
          `SELECT f.id AS firm_id,
                  (SELECT count(DISTINCT l.supplier_id) FROM supply_link l
                    WHERE l.customer_id = f.id AND l.status = 'CONFIRMED') AS suppliers,
                  (SELECT count(DISTINCT l.customer_id) FROM supply_link l
                    WHERE l.supplier_id = f.id AND l.status = 'CONFIRMED') AS customers
             FROM unnest($1::uuid[]) AS f(id)`,
          [firmIds],
        );
        const map = new Map(
          rows.map((r) => [
            r.firm_id,
            { supplierCount: Number(r.suppliers), customerCount: Number(r.customers) },
          ]),
        );
        return firmIds.map((id) => map.get(id) ?? { supplierCount: 0, customerCount: 0 });
      },
      { maxBatchSize: MAX_BATCH },
    ),
    ...createFirmLoaders(ds, directoryCache),
    tasks: createTaskLoaders(ds),
    plan: createPlanLoaders(ds),
    ...createAdhesionLoaders(ds),
    events: createEventLoaders(ds),
    articles: createArticleLoaders(ds),
    showcase: createShowcaseLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
