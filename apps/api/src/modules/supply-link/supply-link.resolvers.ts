import type { Resolvers } from '../../generated/graphql.js';
import { authorize, can } from '../../common/auth.js';
import { supplyLinkPolicy, supplyLinkAccess } from './supply-link.policy.js';
import {
  alternativeSuppliers,
  capabilityConcentration,
  chainCapability,
  chainFirm,
  localSourcingShare,
  singlePointsOfFailure,
  supplyChain,
} from './supply-link.analyses.js';
import { supplyGraph } from './supply-link.neighbourhood.js';
import { selectedChainFields } from './supply-link.selection.js';
import { SupplyLinkEntity } from './supply-link.entity.js';
import { entityColumnNames } from '../../common/json-rows.js';
import { firmColumnNames } from '../firm/firm.directory.js';
import {
  declareSupplyLink,
  decideSupplyLink,
  endSupplyLink,
  listSupplyLinks,
  pendingSupplyLinkRequests,
} from './supply-link.service.js';

const required = <T>(value: T | null, what: string): T => {
  // Foreign keys make a missing firm or capability impossible; say so loudly if it ever happens.
  if (value === null) throw new Error(`${what} of a supply link is missing`);
  return value;
};

export const supplyLinkResolvers: Resolvers = {
  Query: {
    supplyLinks: authorize(supplyLinkPolicy.read, (_p, args, ctx) => listSupplyLinks(ctx, args)),
    pendingSupplyLinkRequests: authorize(supplyLinkPolicy.read, (_p, _a, ctx) =>
      pendingSupplyLinkRequests(ctx),
    ),
    supplyChain: authorize(supplyLinkPolicy.read, (_p, args, ctx, info) =>
      supplyChain(
        ctx,
        args,
        selectedChainFields(info, firmColumnNames(ctx.ds), entityColumnNames(ctx.ds, SupplyLinkEntity)),
      ),
    ),
    alternativeSuppliers: authorize(supplyLinkPolicy.read, (_p, args, ctx) =>
      alternativeSuppliers(ctx, args),
    ),
    singlePointsOfFailure: authorize(supplyLinkPolicy.read, (_p, args, ctx) =>
      singlePointsOfFailure(ctx, args),
    ),
    capabilityConcentration: authorize(supplyLinkPolicy.read, (_p, _a, ctx) => capabilityConcentration(ctx)),
    localSourcingShare: authorize(supplyLinkPolicy.read, (_p, _a, ctx) => localSourcingShare(ctx)),
    supplyGraph: authorize(supplyLinkPolicy.read, (_p, args, ctx) => supplyGraph(ctx, args)),
  },
  Mutation: {
    declareSupplyLink: authorize(supplyLinkPolicy.declare, (_p, { input }, ctx) =>
      declareSupplyLink(ctx, input),
    ),
    confirmSupplyLink: authorize(supplyLinkPolicy.decide, (_p, args, ctx) =>
      decideSupplyLink(ctx, args, 'CONFIRMED'),
    ),
    rejectSupplyLink: authorize(supplyLinkPolicy.decide, (_p, args, ctx) =>
      decideSupplyLink(ctx, args, 'REJECTED'),
    ),
    endSupplyLink: authorize(supplyLinkPolicy.end, (_p, args, ctx) => endSupplyLink(ctx, args)),
  },
  Firm: {
    viewerCanDeclareSupplyLinks: (firm, _a, ctx) =>
      can(ctx.viewer, supplyLinkAccess, 'declare', { supplierId: firm.id, customerId: firm.id }),
  },
  SupplyLink: {
    // A chain's links come with their firms (supply-link.analyses.ts).
    supplier: (l, _a, ctx) =>
      chainFirm(l, l.supplierId) ??
      ctx.loaders.firmById.load(l.supplierId).then((f) => required(f, 'supplier')),
    customer: (l, _a, ctx) =>
      chainFirm(l, l.customerId) ??
      ctx.loaders.firmById.load(l.customerId).then((f) => required(f, 'customer')),
    // Synchronous for a chain's links, so a long chain's links complete without a promise each.
    capability: (l, _a, ctx) =>
      chainCapability(l) ??
      ctx.loaders.capabilityById.load(l.capabilityId).then((c) => required(c, 'capability')),
    sharePercent: (l, _a, ctx) =>
      l.sharePercent !== null && can(ctx.viewer, supplyLinkAccess, 'seeTerms', l)
        ? Number(l.sharePercent)
        : null,
    yearlyVolumePairs: (l, _a, ctx) =>
      can(ctx.viewer, supplyLinkAccess, 'seeTerms', l) ? l.yearlyVolumePairs : null,
    declaredBy: (l, _a, ctx) =>
      l.declaredByFirmId
        ? (chainFirm(l, l.declaredByFirmId) ?? ctx.loaders.firmById.load(l.declaredByFirmId))
        : null,
    recordedOnBehalf: (l) => l.declaredByFirmId === null,
    viewerCanDecide: (l, _a, ctx) =>
      l.status === 'DECLARED' && can(ctx.viewer, supplyLinkAccess, 'decide', l),
    viewerCanEnd: (l, _a, ctx) => l.status === 'CONFIRMED' && can(ctx.viewer, supplyLinkAccess, 'end', l),
    supplierCeased: async (l, _a, ctx) =>
      (l.status === 'DECLARED' || l.status === 'CONFIRMED') &&
      Boolean((await ctx.loaders.firmById.load(l.supplierId))?.ceasedOn),
  },
};
