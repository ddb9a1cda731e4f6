import type { Resolvers } from '../../generated/graphql.js';
import { authorize, can } from '../../common/auth.js';
import { getOrThrow } from '../../common/lookup.js';
import { firmPolicy, firmAccess } from './firm.policy.js';
import { firmColumnNames } from './firm.directory.js';
import { capabilityColumnNames, pageFact } from './firm.facts.js';
import type { FirmEntity } from './firm.entity.js';
import type { Context } from '../../context.js';
import { selectedFirmFields } from './firm.selection.js';
import { firmCompleteness, updateFirmProfile } from './firm.profile.js';
import {
  districtSummary,
  firmFacetCounts,
  firmFilterOptions,
  firmHistory,
  getFirm,
  listFirms,
} from './firm.service.js';

/** A firm's confirmed suppliers or customers, from its directory page when read with it. */
function linkCount(firm: FirmEntity, ctx: Context, side: 'supplierCount' | 'customerCount') {
  const counts = pageFact(firm, 'linkCounts', () => ctx.loaders.linkCountsByFirmId.load(firm.id));
  return counts instanceof Promise ? counts.then((c) => c[side]) : counts[side];
}

export const firmResolvers: Resolvers = {
  Query: {
    firms: authorize(firmPolicy.read, (_p, args, ctx, info) =>
      listFirms(
        ctx,
        args,
        selectedFirmFields(
          info,
          { firm: firmColumnNames(ctx.ds), capability: capabilityColumnNames(ctx.ds) },
          args.orderBy ?? 'NAME',
        ),
      ),
    ),
    firm: authorize(firmPolicy.read, (_p, { id }, ctx) => getFirm(ctx, id)),
    firmFilterOptions: authorize(firmPolicy.read, (_p, _a, ctx) => firmFilterOptions(ctx)),
    firmFacets: authorize(firmPolicy.read, (_p, args, ctx) => firmFacetCounts(ctx, args)),
    districtSummary: authorize(firmPolicy.readSummary, (_p, _a, ctx) => districtSummary(ctx)),
  },
  Mutation: {
    updateFirmProfile: authorize(firmPolicy.updateProfile, (_p, { input }, ctx) =>
      updateFirmProfile(ctx, input),
    ),
  },
  Firm: {
    // Private and contact fields are null for viewers the policy does not let through.
    revenueBand: (firm, _a, ctx) =>
      can(ctx.viewer, firmAccess, 'readPrivate', firm) ? firm.revenueBand : null,
    street: (firm, _a, ctx) => (can(ctx.viewer, firmAccess, 'readStreet', firm) ? firm.street : null),
    email: (firm, _a, ctx) => (can(ctx.viewer, firmAccess, 'readEmail', firm) ? firm.email : null),
    phone: (firm, _a, ctx) => (can(ctx.viewer, firmAccess, 'readPhone', firm) ? firm.phone : null),
    history: (firm, args, ctx) =>
      can(ctx.viewer, firmAccess, 'readPrivate', firm) ? firmHistory(ctx, firm.id, args) : null,
    logoUrl: async (firm, _a, ctx) => {
      const logo = await ctx.loaders.logoByFirmId.load(firm.id);
      // The version in the URL lets the browser cache a logo until it changes.
      return logo ? `/api/firms/${firm.id}/logo?v=${logo.version}` : null;
    },
    // A directory page's firms come with these figures (firm.facts.ts): answered without a promise.
    capabilities: (firm, _a, ctx) =>
      pageFact(firm, 'capabilities', () => ctx.loaders.capabilitiesByFirmId.load(firm.id)),
    adhesionStatus: (firm, _a, ctx) =>
      pageFact(firm, 'adhesionStatus', () => ctx.loaders.adhesionStatusByFirmId.load(firm.id)),
    supplierCount: (firm, _a, ctx) => linkCount(firm, ctx, 'supplierCount'),
    customerCount: (firm, _a, ctx) => linkCount(firm, ctx, 'customerCount'),
    suppliers: async (firm, _a, ctx) => (await ctx.loaders.confirmedLinksByFirmId.load(firm.id)).suppliers,
    customers: async (firm, _a, ctx) => (await ctx.loaders.confirmedLinksByFirmId.load(firm.id)).customers,
    completeness: (firm, _a, ctx) => firmCompleteness(ctx, firm),
    updatedAt: (firm) => firm.updatedAt,
    viewerCanEdit: (firm, _a, ctx) => can(ctx.viewer, firmAccess, 'edit', firm),
    viewerCanReadPrivate: (firm, _a, ctx) => can(ctx.viewer, firmAccess, 'readPrivate', firm),
  },
  FirmLinkGroup: {
    capability: (group, _a, ctx) =>
      getOrThrow('Capability', group.capabilityId, (id) => ctx.loaders.capabilityById.load(id)),
  },
  FirmLink: {
    firm: (link, _a, ctx) => getOrThrow('Firm', link.firmId, (id) => ctx.loaders.firmById.load(id)),
    capability: (link, _a, ctx) =>
      getOrThrow('Capability', link.capabilityId, (id) => ctx.loaders.capabilityById.load(id)),
  },
};
