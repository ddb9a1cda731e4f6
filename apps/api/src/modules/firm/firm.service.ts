import { z } from 'zod';
import type { Context } from '../../context.js';
import { notFound } from '../../common/errors.js';
import { keysetPage } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import type { FirmFilter } from '../../generated/graphql.js';
import { FirmEntity } from './firm.entity.js';

const searchSchema = z.string().trim().max(100, 'is longer than 100 characters').nullish();
const uuidSchema = z.uuid({ message: 'is not a valid id' });

/** Escapes LIKE wildcards so a search for "50%" matches the text, not everything. */
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listFirms(
  ctx: Context,
  args: { filter?: FirmFilter | null; search?: string | null; first?: number | null; after?: string | null },
) {
  const search = parseInput(searchSchema, args.search);
  const qb = ctx.ds.getRepository(FirmEntity).createQueryBuilder('firm');
  const f = args.filter;
  if (f?.kinds?.length) qb.andWhere('firm.kind IN (:...kinds)', { kinds: f.kinds });
  if (f?.hamlets?.length) qb.andWhere('firm.hamlet IN (:...hamlets)', { hamlets: f.hamlets });
  if (f?.adhesionStatuses?.length) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM adhesion a WHERE a.firm_id = firm.id AND a.status IN (:...adhesionStatuses))',
      { adhesionStatuses: f.adhesionStatuses },
    );
  }
  if (search) {
    qb.andWhere(
      '(firm.legal_name ILIKE :pattern OR firm.trade_name ILIKE :pattern OR firm.vat_number LIKE :pattern)',
      { pattern: likePattern(search) },
    );
  }
  return keysetPage(qb, {
    sortExpression: 'firm.legal_name',
    sortType: 'text',
    sortKey: (firm) => firm.legalName,
    direction: 'ASC',
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
