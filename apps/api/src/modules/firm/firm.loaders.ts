import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { createDirectoryLoader, type DirectoryCache } from './firm.directory-cache.js';
import { groupLinks, MAX_LINKS_PER_SIDE, type FirmLinks, type LinkRow } from './firm.links.js';

const MAX_BATCH = 1000;

/** What the profile needs to know about a logo without reading its bytes. */
export interface LogoInfo {
  contentType: string;
  version: number;
}

/** The firm module's per-request loaders (spread into `createLoaders`). */
export function createFirmLoaders(ds: DataSource, directoryCache: DirectoryCache | null) {
  return {
    directory: createDirectoryLoader(ds, directoryCache),
    capabilityById: new DataLoader<string, CapabilityEntity | null>(
      async (ids) => {
        const rows = await ds.getRepository(CapabilityEntity).findBy({ id: In([...ids]) });
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH },
    ),
    /** Confirmed links on both sides of each firm, at most MAX_LINKS_PER_SIDE per side, in one statement. */
    confirmedLinksByFirmId: new DataLoader<string, FirmLinks>(
      async (firmIds) => {
        const rows: LinkRow[] = await ds.query(
          `SELECT firm_id, side, other_id, capability_id, share_percent, yearly_volume_pairs, since
             FROM (
               SELECT l.customer_id AS firm_id, 'supplier' AS side, l.supplier_id AS other_id, l.capability_id,
                      l.share_percent, l.yearly_volume_pairs, to_char(l.since, 'YYYY-MM-DD') AS since,
                      row_number() OVER (PARTITION BY l.customer_id ORDER BY l.share_percent DESC NULLS LAST, l.id) AS n
                 FROM supply_link l
                WHERE l.customer_id = ANY($1::uuid[]) AND l.status = 'CONFIRMED'
               UNION ALL
               SELECT l.supplier_id, 'customer', l.customer_id, l.capability_id,
                      l.share_percent, l.yearly_volume_pairs, to_char(l.since, 'YYYY-MM-DD'),
                      row_number() OVER (PARTITION BY l.supplier_id ORDER BY l.share_percent DESC NULLS LAST, l.id)
                 FROM supply_link l
                WHERE l.supplier_id = ANY($1::uuid[]) AND l.status = 'CONFIRMED'
             ) links
            WHERE n <= $2
            ORDER BY firm_id, side, capability_id, share_percent DESC NULLS LAST`,
          [firmIds, MAX_LINKS_PER_SIDE],
        );
        const byFirm = new Map<string, LinkRow[]>();
        for (const r of rows) byFirm.set(r.firm_id, [...(byFirm.get(r.firm_id) ?? []), r]);
        return firmIds.map((id) => groupLinks(byFirm.get(id) ?? []));
      },
      { maxBatchSize: MAX_BATCH },
    ),
    logoByFirmId: new DataLoader<string, LogoInfo | null>(
      async (firmIds) => {
        const rows: { firm_id: string; content_type: string; version: number }[] = await ds.query(
          `SELECT firm_id, content_type, version FROM firm_logo WHERE firm_id = ANY($1::uuid[])`,
          [firmIds],
        );
        const map = new Map(
          rows.map((r) => [r.firm_id, { contentType: r.content_type, version: r.version }]),
        );
        return firmIds.map((id) => map.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH },
    ),
  };
}
