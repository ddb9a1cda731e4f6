import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { nameCountries } from '../../common/country-names.js';
import { showcasePolicy } from './showcase.policy.js';
import {
  getShowcaseFirm,
  listContactRequests,
  listShowcaseFirms,
  markContactRequest,
  publicValue,
  showcaseCapabilities,
  showcaseExportMarkets,
  showcaseInsights,
  showcaseStats,
  submitContactRequest,
} from './showcase.service.js';

export const showcaseResolvers: Resolvers = {
  Query: {
    showcaseFirms: authorize(showcasePolicy.browse, (_p, args, ctx) => listShowcaseFirms(ctx, args)),
    showcaseFirm: authorize(showcasePolicy.browse, (_p, { id }, ctx) => getShowcaseFirm(ctx, id)),
    showcaseStats: authorize(showcasePolicy.browse, (_p, _a, ctx) => showcaseStats(ctx)),
    showcaseCapabilities: authorize(showcasePolicy.browse, (_p, _a, ctx) => showcaseCapabilities(ctx)),
    showcaseExportMarkets: authorize(showcasePolicy.browse, (_p, { orderBy }, ctx) =>
      showcaseExportMarkets(ctx, orderBy ?? 'CODE'),
    ),
    contactRequests: authorize(showcasePolicy.inbox, (_p, args, ctx) => listContactRequests(ctx, args)),
    showcaseInsights: authorize(showcasePolicy.inbox, (_p, _a, ctx) => showcaseInsights(ctx)),
  },
  Mutation: {
    submitContactRequest: authorize(showcasePolicy.contact, (_p, { input }, ctx) =>
      submitContactRequest(ctx, input),
    ),
    markContactRequest: authorize(showcasePolicy.inbox, (_p, args, ctx) => markContactRequest(ctx, args)),
  },
  // Every field but the name, kind, municipality and the registry's cessation day is gated by the firm's
  // own choice of public fields.
  PublicFirm: {
    tradeName: (f) => publicValue(f, 'tradeName'),
    hamlet: (f) => publicValue(f, 'hamlet'),
    capabilities: (f, _a, ctx) =>
      f.publicFields.includes('capabilities') ? ctx.loaders.capabilitiesByFirmId.load(f.id) : null,
    productLines: (f) => publicValue(f, 'productLines'),
    certifications: (f) => publicValue(f, 'certifications'),
    exportMarkets: (f) => publicValue(f, 'exportMarkets'),
    exportMarketNames: (f) => {
      const markets = publicValue(f, 'exportMarkets');
      return markets && nameCountries(markets);
    },
    capacityPairsPerDay: (f) => publicValue(f, 'capacityPairsPerDay'),
    website: (f) => publicValue(f, 'website'),
    email: (f) => publicValue(f, 'email'),
    phone: (f) => publicValue(f, 'phone'),
    descriptionIt: (f) => publicValue(f, 'descriptionIt'),
    descriptionEn: (f) => publicValue(f, 'descriptionEn'),
  },
  ContactRequest: {
    createdAt: (r) => r.createdAt,
  },
};
