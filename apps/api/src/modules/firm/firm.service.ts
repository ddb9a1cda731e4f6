import { z } from 'zod';
import type { Context } from '../../context.js';
import { notFound } from '../../common/errors.js';
import { keysetPage } from '../../common/pagination.js';
import { CERTIFICATIONS } from '@filiera/shared';
import type { FirmFilter, FirmOrder } from '../../generated/graphql.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { directoryPage } from './firm.directory.js';
import type { FirmEntity } from './firm.entity.js';

const uuidSchema = z.uuid({ message: 'is not a valid id' });

/** The directory: filters, search and sort shared with the export (see firm.directory.ts). */
export function listFirms(
  ctx: Context,
  args: {
    filter?: FirmFilter | null;
    search?: string | null;
    orderBy?: FirmOrder | null;
    first?: number | null;
    after?: string | null;
  },
) {
  return directoryPage(ctx.ds, { filter: args.filter, search: args.search, orderBy: args.orderBy }, args);
}

/** Values for the directory's filters: hamlets and export markets in use, the certification list. */
export async function firmFilterOptions(ctx: Context) {
  const [row] = await ctx.ds.query(
    `SELECT
       ARRAY(SELECT DISTINCT hamlet FROM firm WHERE hamlet IS NOT NULL ORDER BY hamlet) AS hamlets,
       ARRAY(SELECT DISTINCT m FROM firm, unnest(export_markets) AS m ORDER BY m) AS markets`,
  );
  return {
    hamlets: row.hamlets as string[],
    certifications: [...CERTIFICATIONS],
    exportMarkets: row.markets as string[],
  };
}

/** The firm's audit entries, newest first. */
export function firmHistory(
  ctx: Context,
  firmId: string,
  args: { first?: number | null; after?: string | null },
) {
  const qb = ctx.ds
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('a')
    .where('a.entity_type = :type AND a.entity_id = :id', { type: 'Firm', id: firmId });
  return keysetPage(qb, {
    sortExpression: 'a.created_at',
    sortType: 'timestamptz',
    sortKey: (a) => a.createdAt.toISOString(),
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

/** One firm, or NOT_FOUND (also for an id that is not a UUID). */
export async function getFirm(ctx: Context, id: string): Promise<FirmEntity> {
  const firm = uuidSchema.safeParse(id).success ? await ctx.loaders.firmById.load(id) : null;
  if (!firm) throw notFound('Firm', id);
  return firm;
}

export async function districtSummary(ctx: Context) {
  const [row] = await ctx.ds.query(
    `SELECT
       (SELECT count(*) FROM firm) AS firm_count,
       (SELECT count(*) FROM firm WHERE kind = 'SHOE_FACTORY') AS shoe_factory_count,
       (SELECT count(*) FROM firm WHERE kind IN ('PROCESSING', 'COMPONENTS')) AS supply_chain_firm_count,
       (SELECT count(*) FROM adhesion WHERE status NOT IN ('DECLINED', 'WITHDRAWN')) AS adhesion_count,
       (SELECT count(*) FROM adhesion WHERE status IN ('SIGNED', 'REGISTERED')) AS member_count,
       (SELECT count(*) FROM supply_link WHERE status = 'CONFIRMED') AS confirmed_link_count`,
  );
  return {
    firmCount: Number(row.firm_count),
    shoeFactoryCount: Number(row.shoe_factory_count),
    supplyChainFirmCount: Number(row.supply_chain_firm_count),
    adhesionCount: Number(row.adhesion_count),
    memberCount: Number(row.member_count),
    confirmedLinkCount: Number(row.confirmed_link_count),
  };
}
