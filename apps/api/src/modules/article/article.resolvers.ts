import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { nameCountries } from '../../common/country-names.js';
import { notFound } from '../../common/errors.js';
import type { FirmEntity } from '../firm/firm.entity.js';
import type { CapabilityEntity } from '../capability/capability.entity.js';
import { inputKey } from './article.loaders.js';
import { latestPassports, loadPassports, passportUrl } from './article.passport.js';
import { photoPath } from './article.photo.js';
import { articlePolicy } from './article.policy.js';
import {
  createArticle,
  getArticle,
  listArticles,
  setArticlePublished,
  updateArticle,
} from './article.service.js';
import {
  articleSupplierChoices,
  listSupplierInputs,
  setPassportNameConsent,
  setSupplierInputs,
  traceabilitySettings,
  upstreamChoices,
} from './article.settings.js';
import { computeTraceability } from './article.traceability.js';
import type { Context } from '../../context.js';

async function firmOf(ctx: Context, id: string): Promise<FirmEntity> {
  const firm = await ctx.loaders.firmById.load(id);
  if (!firm) throw notFound('Firm', id);
  return firm;
}
async function capabilityOf(ctx: Context, id: string): Promise<CapabilityEntity> {
  const capability = await ctx.loaders.articles.capabilityById.load(id);
  if (!capability) throw notFound('Capability', id);
  return capability;
}

export const articleResolvers: Resolvers = {
  Query: {
    articles: authorize(articlePolicy.read, (_p, args, ctx) => listArticles(ctx, args)),
    article: authorize(articlePolicy.read, (_p, { id }, ctx) => getArticle(ctx, id)),
    articleSupplierChoices: authorize(articlePolicy.manage, (_p, _a, ctx) => articleSupplierChoices(ctx)),
    traceabilitySettings: authorize(articlePolicy.manage, (_p, _a, ctx) => traceabilitySettings(ctx)),
    passport: authorize(articlePolicy.readPublic, async (_p, { id }, ctx) => {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
      const [passport] = await loadPassports(ctx.ds, ctx.config.publicUrl, [id.toLowerCase()]);
      return passport ?? null;
    }),
    publishedPassports: authorize(articlePolicy.readPublic, (_p, { first }, ctx) =>
      latestPassports(ctx.ds, ctx.config.publicUrl, first ?? 12),
    ),
  },
  Mutation: {
    createArticle: authorize(articlePolicy.manage, (_p, { input }, ctx) => createArticle(ctx, input)),
    updateArticle: authorize(articlePolicy.manage, (_p, { input }, ctx) => updateArticle(ctx, input)),
    publishArticle: authorize(articlePolicy.manage, (_p, args, ctx) => setArticlePublished(ctx, args, true)),
    unpublishArticle: authorize(articlePolicy.manage, (_p, args, ctx) =>
      setArticlePublished(ctx, args, false),
    ),
    setPassportNameConsent: authorize(articlePolicy.manage, (_p, { namePublic }, ctx) =>
      setPassportNameConsent(ctx, namePublic),
    ),
    setSupplierInputs: authorize(articlePolicy.manage, (_p, { input }, ctx) => setSupplierInputs(ctx, input)),
  },
  Article: {
    firm: (a, _x, ctx) => firmOf(ctx, a.firmId),
    publishedAt: (a) => a.publishedAt,
    updatedAt: (a) => a.updatedAt,
    components: (a, _x, ctx) => ctx.loaders.articles.componentsByArticleId.load(a.id),
    traceability: async (a, _x, ctx) => {
      const components = await ctx.loaders.articles.componentsByArticleId.load(a.id);
      const inputs = await Promise.all(
        components.map((c) =>
          c.supplierFirmId
            ? ctx.loaders.articles.inputsByFirmCapability.load(inputKey(c.supplierFirmId, c.capabilityId))
            : [],
        ),
      );
      return computeTraceability(
        components.map((c, i) => ({
          supplierFirmId: c.supplierFirmId,
          outsideCountry: c.outsideCountry,
          weightShare: Number(c.weightShare),
          inputs: (inputs[i] ?? []).map((x) => ({
            supplierFirmId: x.inputSupplierFirmId,
            outsideCountry: x.outsideCountry,
            share: Number(x.share),
          })),
        })),
      );
    },
    photoUrl: async (a, _x, ctx) => {
      const version = await ctx.loaders.articles.photoVersionByArticleId.load(a.id);
      return version === null ? null : photoPath(a.id, version);
    },
    passportUrl: (a, _x, ctx) => (a.status === 'PUBLISHED' ? passportUrl(ctx.config.publicUrl, a.id) : null),
    viewerCanEdit: (a, _x, ctx) => articlePolicy.canEdit(ctx.viewer, a.firmId),
  },
  ArticleComponent: {
    capability: (c, _x, ctx) => capabilityOf(ctx, c.capabilityId),
    supplier: (c, _x, ctx) => (c.supplierFirmId ? ctx.loaders.firmById.load(c.supplierFirmId) : null),
    weightSharePercent: (c) => Number(c.weightShare),
    inputs: (c, _x, ctx) =>
      c.supplierFirmId
        ? ctx.loaders.articles.inputsByFirmCapability.load(inputKey(c.supplierFirmId, c.capabilityId))
        : [],
  },
  SupplierInput: {
    firm: (i, _x, ctx) => firmOf(ctx, i.firmId),
    capability: (i, _x, ctx) => capabilityOf(ctx, i.capabilityId),
    inputCapability: (i, _x, ctx) => capabilityOf(ctx, i.inputCapabilityId),
    inputSupplier: (i, _x, ctx) =>
      i.inputSupplierFirmId ? ctx.loaders.firmById.load(i.inputSupplierFirmId) : null,
    sharePercent: (i) => Number(i.share),
  },
  TraceabilitySettings: {
    inputs: (s, _x, ctx) => listSupplierInputs(ctx, s.firmId),
    upstreamChoices: (s, _x, ctx) => upstreamChoices(ctx, s.firmId),
  },
  Passport: {
    countryNames: (p) => {
      const sourced = p.components.flatMap((c) => [c, ...c.inputs]);
      const codes = sourced.flatMap((s) => [s.outsideCountry, s.originCountry]);
      return nameCountries([p.countryOfAssembly, ...codes.filter((code): code is string => Boolean(code))]);
    },
    publishedAt: (p) => p.publishedAt,
    updatedAt: (p) => p.updatedAt,
  },
};
