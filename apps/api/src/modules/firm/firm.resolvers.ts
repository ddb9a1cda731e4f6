import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { firmPolicy } from './firm.policy.js';
import { districtSummary, getFirm, listFirms } from './firm.service.js';

export const firmResolvers: Resolvers = {
  Query: {
    firms: authorize(firmPolicy.read, (_p, args, ctx) => listFirms(ctx, args)),
    firm: authorize(firmPolicy.read, (_p, { id }, ctx) => getFirm(ctx, id)),
    districtSummary: authorize(firmPolicy.readSummary, (_p, _a, ctx) => districtSummary(ctx)),
  },
  Firm: {
    capabilities: (firm, _a, ctx) => ctx.loaders.capabilitiesByFirmId.load(firm.id),
    adhesionStatus: (firm, _a, ctx) => ctx.loaders.adhesionStatusByFirmId.load(firm.id),
    supplierCount: async (firm, _a, ctx) =>
      (await ctx.loaders.linkCountsByFirmId.load(firm.id)).supplierCount,
    customerCount: async (firm, _a, ctx) =>
      (await ctx.loaders.linkCountsByFirmId.load(firm.id)).customerCount,
    updatedAt: (firm) => firm.updatedAt,
    viewerCanEdit: (firm, _a, ctx) => firmPolicy.canEdit(ctx.viewer, firm.id),
  },
};
