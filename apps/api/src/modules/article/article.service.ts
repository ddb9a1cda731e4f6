import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { assertCan, requireViewer } from '../../common/auth.js';
import { badField, isUniqueViolation, notFound } from '../../common/errors.js';
import { type Connection, newestFirst } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { findOrThrow } from '../../common/lookup.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { ArticleComponentEntity, ArticleEntity } from './article.entity.js';
import { createSchema, isUuid, updateSchema, type ComponentInput } from './article.input.js';
import { articlePolicy } from './article.policy.js';
import { checkSources } from './article.sources.js';

/** Unique code and GTIN, answered as the field they concern. */
function uniqueFieldError(error: unknown): never {
  if (isUniqueViolation(error, 'article_firm_code_key'))
    throw badField('code', 'taken', 'is already the code of another article of your firm');
  if (isUniqueViolation(error, 'article_gtin_key'))
    throw badField('gtin', 'taken', 'is already the GTIN of another article');
  throw error;
}

/** The viewer's firm, which must be a shoe factory to have articles. */
async function requireOwnFactory(ctx: Context, manager: EntityManager): Promise<FirmEntity> {
  const viewer = requireViewer(ctx);
  const firm = viewer.firmId ? await manager.findOneBy(FirmEntity, { id: viewer.firmId }) : null;
  if (!firm) throw notFound('Firm', viewer.firmId ?? 'of the viewer');
  assertCan(firm.kind === 'SHOE_FACTORY', 'article.shoeFactoryOnly');
  return firm;
}

async function replaceComponents(manager: EntityManager, articleId: string, lines: ComponentInput[]) {
  await manager.delete(ArticleComponentEntity, { articleId });
  if (!lines.length) return;
  await manager.insert(
    ArticleComponentEntity,
    lines.map((l, position) => ({
      articleId,
      position,
      capabilityId: l.capabilityId,
      supplierFirmId: l.supplierId,
      outsideCountry: l.outsideCountry,
      outsideRegion: l.outsideRegion,
      material: l.material,
      composition: l.composition,
      originCountry: l.originCountry,
      originRegion: l.originRegion,
      weightShare: String(l.weightSharePercent),
      certifications: l.certifications,
    })),
  );
}

/** What the audit log keeps of an article. */
const snapshot = (a: ArticleEntity) => ({
  code: a.code,
  name: a.name,
  productLine: a.productLine,
  season: a.season,
  photoAlt: a.photoAlt,
  gtin: a.gtin,
  status: a.status,
});

export async function listArticles(
  ctx: Context,
  args: { firmId: string; first?: number | null; after?: string | null },
): Promise<Connection<ArticleEntity>> {
  const viewer = requireViewer(ctx);
  if (!isUuid(args.firmId)) throw notFound('Firm', args.firmId);
  assertCan(articlePolicy.canRead(viewer, args.firmId), 'article.ownFirmOnly');
  const qb = ctx.ds
    .getRepository(ArticleEntity)
    .createQueryBuilder('a')
    .where('a.firm_id = :firmId', { firmId: args.firmId });
  return newestFirst(qb, args);
}

/** An article the viewer may read: its factory's people and the staff; FORBIDDEN for other firms. */
export async function getArticle(ctx: Context, articleId: string): Promise<ArticleEntity> {
  const viewer = requireViewer(ctx);
  const article = await findOrThrow(ctx.ds.manager, ArticleEntity, articleId);
  assertCan(articlePolicy.canRead(viewer, article.firmId), 'article.ownFirmOnly');
  return article;
}

export async function createArticle(ctx: Context, rawInput: unknown): Promise<ArticleEntity> {
  const input = parseInput(createSchema, rawInput);
  try {
    return await ctx.ds.transaction(async (manager) => {
      const firm = await requireOwnFactory(ctx, manager);
      await checkSources(manager, firm.id, input.components, 'components', 'supplierId');
      const article = await manager.save(
        manager.create(ArticleEntity, {
          firmId: firm.id,
          code: input.code,
          name: input.name,
          productLine: input.productLine,
          season: input.season,
          photoAlt: input.photoAlt,
          gtin: input.gtin,
          status: 'DRAFT',
          publishedAt: null,
        }),
      );
      await replaceComponents(manager, article.id, input.components);
      await recordAudit(manager, ctx, {
        action: 'ARTICLE_CREATED',
        entityType: 'Article',
        entityId: article.id,
        after: { ...snapshot(article), components: input.components },
      });
      return article;
    });
  } catch (error) {
    return uniqueFieldError(error);
  }
}

/** Locks nothing itself: updateAudited locks the row and checks the version. */
export async function ownArticle(
  ctx: Context,
  manager: EntityManager,
  articleId: string,
): Promise<ArticleEntity> {
  const viewer = requireViewer(ctx);
  const article = await findOrThrow(manager, ArticleEntity, articleId);
  assertCan(articlePolicy.canEdit(viewer, article.firmId), 'article.ownFirmOnly');
  return article;
}

export async function updateArticle(ctx: Context, rawInput: unknown): Promise<ArticleEntity> {
  const { id, version, components, ...rest } = parseInput(updateSchema, rawInput);
  const changes = Object.fromEntries(
    Object.entries(rest)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, k === 'gtin' && v === '' ? null : v]),
  );
  // productLine, season and photoAlt may be cleared with null.
  for (const key of ['productLine', 'season', 'photoAlt'] as const)
    if (rest[key] === null) changes[key] = null;
  try {
    return await ctx.ds.transaction(async (manager) => {
      const current = await ownArticle(ctx, manager, id);
      if (components) {
        await checkSources(manager, current.firmId, components, 'components', 'supplierId');
        if (current.status === 'PUBLISHED' && components.length === 0) {
          throw badField('components', 'empty', 'a published article needs at least one line');
        }
      }
      const { after } = await updateAudited(manager, ctx, {
        entity: ArticleEntity,
        id,
        version,
        changes,
        action: 'ARTICLE_UPDATED',
        snapshot,
        alongside: async () => {
          if (!components) return;
          await replaceComponents(manager, id, components);
          return { after: { components } };
        },
      });
      return after;
    });
  } catch (error) {
    return uniqueFieldError(error);
  }
}

/** Publishes (the passport goes public) or takes down an article of the viewer's factory. */
export async function setArticlePublished(
  ctx: Context,
  args: { id: string; version: number },
  published: boolean,
): Promise<ArticleEntity> {
  return ctx.ds.transaction(async (manager) => {
    await ownArticle(ctx, manager, args.id);
    if (published && !(await manager.existsBy(ArticleComponentEntity, { articleId: args.id }))) {
      throw badField(
        'components',
        'empty',
        'add at least one line to the bill of materials before publishing',
      );
    }
    const { after } = await updateAudited(manager, ctx, {
      entity: ArticleEntity,
      id: args.id,
      version: args.version,
      changes: { status: published ? 'PUBLISHED' : 'DRAFT', publishedAt: published ? new Date() : null },
      action: published ? 'ARTICLE_PUBLISHED' : 'ARTICLE_UNPUBLISHED',
      snapshot: (row) => ({ status: row.status }),
    });
    return after;
  });
}
