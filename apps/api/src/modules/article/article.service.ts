import { z } from 'zod';
import { In, type EntityManager } from 'typeorm';
import { ISO_COUNTRY_CODES, isValidGtin } from '@filiera/shared';
import type { Context } from '../../context.js';
import { assertCan, requireViewer } from '../../common/auth.js';
import { badField, badInput, isUniqueViolation, notFound, type FieldProblem } from '../../common/errors.js';
import { keysetPage, type Connection } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { updateVersioned } from '../../common/versioned-update.js';
import { recordAudit } from '../audit/audit.service.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { confirmedSuppliesOf } from '../supply-link/supply-link.confirmed.js';
import {
  ArticleComponentEntity,
  ArticleEntity,
  PassportConsentEntity,
  SupplierInputEntity,
} from './article.entity.js';
import { articlePolicy } from './article.policy.js';

const MAX_COMPONENTS = 50;
const MAX_INPUTS = 20;

const uuid = z.uuid({ message: 'is not a valid id' });
const isUuid = (id: string) => uuid.safeParse(id).success;
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `is longer than ${max} characters` });
/** Optional text: blank becomes null. */
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => v || null);
const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => ISO_COUNTRY_CODES.has(c), {
    message: 'is not an ISO 3166-1 country code',
    params: { reason: 'invalid_country' },
  })
  .nullish()
  .transform((v) => v ?? null);
const percent = z
  .number({ message: 'must be a number' })
  .min(0, { message: 'must be between 0 and 100' })
  .max(100, { message: 'must be between 0 and 100' });
const over100 = (sum: number) => sum > 100.001;

/** A source is a district supplier or a country outside the district, never both. */
const oneSource = (v: { supplier: string | null | undefined; outsideCountry: string | null }) =>
  !(v.supplier && v.outsideCountry);

const componentSchema = z
  .object({
    capabilityId: uuid,
    supplierId: uuid.nullish().transform((v) => v ?? null),
    outsideCountry: country,
    outsideRegion: optionalText(100),
    material: optionalText(200),
    composition: z
      .array(z.object({ material: text(100).min(1, { message: 'is required' }), percent }))
      .max(10, { message: 'has more than 10 materials' })
      .nullish()
      .transform((v) => v ?? []),
    originCountry: country,
    originRegion: optionalText(100),
    weightSharePercent: percent,
    certifications: z
      .array(text(100).min(1, { message: 'is required' }))
      .max(10, { message: 'has more than 10 certifications' })
      .nullish()
      .transform((v) => v ?? []),
  })
  .superRefine((v, issue) => {
    if (!oneSource({ supplier: v.supplierId, outsideCountry: v.outsideCountry })) {
      issue.addIssue({
        code: 'custom',
        path: ['outsideCountry'],
        message: 'is for a supplier outside the district, not with a district supplier',
        params: { reason: 'two_sources' },
      });
    }
    const total = v.composition.reduce((s, m) => s + m.percent, 0);
    if (v.composition.length > 0 && Math.abs(total - 100) > 0.001) {
      issue.addIssue({
        code: 'custom',
        path: ['composition'],
        message: `adds up to ${total}%, not 100%`,
        params: { reason: 'not_100' },
      });
    }
  });

const componentsSchema = z
  .array(componentSchema)
  .max(MAX_COMPONENTS, { message: `has more than ${MAX_COMPONENTS} lines` })
  .superRefine((lines, issue) => {
    const total = lines.reduce((s, l) => s + l.weightSharePercent, 0);
    if (over100(total)) {
      issue.addIssue({
        code: 'custom',
        message: `weight shares add up to ${Math.round(total * 10) / 10}%, more than 100%`,
        params: { reason: 'over_100' },
      });
    }
  });

const gtin = z
  .string()
  .trim()
  .refine((g) => g === '' || isValidGtin(g), {
    message: 'is not a GTIN (8, 12, 13 or 14 digits with a valid check digit)',
    params: { reason: 'invalid_gtin' },
  });

const articleFields = {
  code: text(40).min(1, { message: 'is required' }),
  name: text(200).min(1, { message: 'is required' }),
  productLine: optionalText(60),
  season: optionalText(40),
};
const createSchema = z.object({
  ...articleFields,
  gtin: gtin.nullish().transform((v) => v || null),
  components: componentsSchema,
});
const updateSchema = z.object({
  id: uuid,
  version: z.number().int().min(1),
  code: articleFields.code.nullish(),
  name: articleFields.name.nullish(),
  productLine: articleFields.productLine.optional(),
  season: articleFields.season.optional(),
  gtin: gtin.nullish(),
  components: componentsSchema.nullish(),
});
type ComponentInput = z.infer<typeof componentSchema>;

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

/** Capabilities must exist; each district supplier must be a CONFIRMED supplier of `firmId` for it. */
async function checkSources(
  manager: EntityManager,
  firmId: string,
  lines: { capabilityId: string; supplierId: string | null }[],
  prefix: string,
  supplierField: string,
): Promise<void> {
  const capabilityIds = [...new Set(lines.map((l) => l.capabilityId))];
  const known = new Set(
    capabilityIds.length
      ? (await manager.findBy(CapabilityEntity, { id: In(capabilityIds) })).map((c) => c.id)
      : [],
  );
  const confirmed = new Set(
    (await confirmedSuppliesOf(manager, [firmId])).map((s) => `${s.supplierId}:${s.capabilityId}`),
  );
  const problems: FieldProblem[] = [];
  lines.forEach((l, i) => {
    if (!known.has(l.capabilityId)) {
      problems.push({
        field: `${prefix}.${i}.capabilityId`,
        reason: 'not_found',
        message: 'is not a capability of the vocabulary',
      });
    } else if (l.supplierId && !confirmed.has(`${l.supplierId}:${l.capabilityId}`)) {
      problems.push({
        field: `${prefix}.${i}.${supplierField}`,
        reason: 'not_confirmed_supplier',
        message: 'is not a confirmed supplier of this capability for your firm',
      });
    }
  });
  if (problems.length) throw badInput(problems);
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
  return keysetPage(qb, {
    sortExpression: 'a.created_at',
    sortType: 'timestamptz',
    sortKey: (a) => a.createdAt.toISOString(),
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

/** An article the viewer may read: its factory's people and the staff; FORBIDDEN for other firms. */
export async function getArticle(ctx: Context, articleId: string): Promise<ArticleEntity> {
  const viewer = requireViewer(ctx);
  const article = isUuid(articleId)
    ? await ctx.ds.getRepository(ArticleEntity).findOneBy({ id: articleId })
    : null;
  if (!article) throw notFound('Article', articleId);
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

/** Locks nothing itself: updateVersioned locks the row and checks the version. */
async function ownArticle(ctx: Context, manager: EntityManager, articleId: string): Promise<ArticleEntity> {
  const viewer = requireViewer(ctx);
  const article = isUuid(articleId) ? await manager.findOneBy(ArticleEntity, { id: articleId }) : null;
  if (!article) throw notFound('Article', articleId);
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
  // productLine and season may be cleared with null.
  for (const key of ['productLine', 'season'] as const) if (rest[key] === null) changes[key] = null;
  try {
    return await ctx.ds.transaction(async (manager) => {
      const current = await ownArticle(ctx, manager, id);
      if (components) {
        await checkSources(manager, current.firmId, components, 'components', 'supplierId');
        if (current.status === 'PUBLISHED' && components.length === 0) {
          throw badField('components', 'empty', 'a published article needs at least one line');
        }
      }
      const { before, after } = await updateVersioned(
        manager,
        ArticleEntity,
        'Article',
        id,
        version,
        changes,
      );
      if (components) await replaceComponents(manager, id, components);
      await recordAudit(manager, ctx, {
        action: 'ARTICLE_UPDATED',
        entityType: 'Article',
        entityId: id,
        before: snapshot(before),
        after: { ...snapshot(after), ...(components ? { components } : {}) },
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
    const { before, after } = await updateVersioned(
      manager,
      ArticleEntity,
      'Article',
      args.id,
      args.version,
      {
        status: published ? 'PUBLISHED' : 'DRAFT',
        publishedAt: published ? new Date() : null,
      },
    );
    await recordAudit(manager, ctx, {
      action: published ? 'ARTICLE_PUBLISHED' : 'ARTICLE_UNPUBLISHED',
      entityType: 'Article',
      entityId: args.id,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

export interface SupplierChoiceModel {
  supplier: FirmEntity;
  capability: CapabilityEntity;
}

/** A firm's confirmed suppliers by capability, sorted by capability then supplier name. */
async function supplierChoicesOf(ctx: Context, firmId: string): Promise<SupplierChoiceModel[]> {
  const supplies = await confirmedSuppliesOf(ctx.ds, [firmId]);
  const [firms, capabilities] = await Promise.all([
    ctx.loaders.firmById.loadMany(supplies.map((s) => s.supplierId)),
    ctx.loaders.articles.capabilityById.loadMany(supplies.map((s) => s.capabilityId)),
  ]);
  return supplies
    .flatMap((_s, i) => {
      const supplier = firms[i];
      const capability = capabilities[i];
      return supplier instanceof FirmEntity && capability instanceof CapabilityEntity
        ? [{ supplier, capability }]
        : [];
    })
    .sort(
      (a, b) =>
        a.capability.code.localeCompare(b.capability.code) ||
        a.supplier.legalName.localeCompare(b.supplier.legalName),
    );
}

export async function articleSupplierChoices(ctx: Context): Promise<SupplierChoiceModel[]> {
  const viewer = requireViewer(ctx);
  if (!viewer.firmId) return [];
  return supplierChoicesOf(ctx, viewer.firmId);
}

export interface TraceabilitySettingsModel {
  firmId: string;
  passportNamePublic: boolean;
}

export async function traceabilitySettings(ctx: Context): Promise<TraceabilitySettingsModel> {
  const viewer = requireViewer(ctx);
  if (!viewer.firmId) throw notFound('Firm', 'of the viewer');
  const consent = await ctx.ds.getRepository(PassportConsentEntity).findOneBy({ firmId: viewer.firmId });
  return { firmId: viewer.firmId, passportNamePublic: consent?.namePublic ?? false };
}

export async function listSupplierInputs(ctx: Context, firmId: string): Promise<SupplierInputEntity[]> {
  return ctx.ds
    .getRepository(SupplierInputEntity)
    .find({ where: { firmId }, order: { capabilityId: 'ASC', position: 'ASC' }, take: 500 });
}

export async function upstreamChoices(ctx: Context, firmId: string): Promise<SupplierChoiceModel[]> {
  return supplierChoicesOf(ctx, firmId);
}

export async function setPassportNameConsent(
  ctx: Context,
  namePublic: boolean,
): Promise<TraceabilitySettingsModel> {
  const viewer = requireViewer(ctx);
  if (!viewer.firmId) throw notFound('Firm', 'of the viewer');
  const firmId = viewer.firmId;
  await ctx.ds.transaction(async (manager) => {
    const [before] = (await manager.query(
      `SELECT name_public FROM passport_consent WHERE firm_id = $1 FOR UPDATE`,
      [firmId],
    )) as { name_public: boolean }[];
    await manager.query(
      `INSERT INTO passport_consent (firm_id, name_public) VALUES ($1, $2)
       ON CONFLICT (firm_id) DO UPDATE
         SET name_public = EXCLUDED.name_public, version = passport_consent.version + 1, updated_at = now()`,
      [firmId, namePublic],
    );
    await recordAudit(manager, ctx, {
      action: 'PASSPORT_NAME_CONSENT_SET',
      entityType: 'Firm',
      entityId: firmId,
      before: { passportNamePublic: before?.name_public ?? false },
      after: { passportNamePublic: namePublic },
    });
  });
  return { firmId, passportNamePublic: namePublic };
}

const inputLineSchema = z
  .object({
    inputCapabilityId: uuid,
    inputSupplierId: uuid.nullish().transform((v) => v ?? null),
    outsideCountry: country,
    outsideRegion: optionalText(100),
    material: optionalText(200),
    originCountry: country,
    originRegion: optionalText(100),
    sharePercent: percent,
  })
  .superRefine((v, issue) => {
    if (!oneSource({ supplier: v.inputSupplierId, outsideCountry: v.outsideCountry })) {
      issue.addIssue({
        code: 'custom',
        path: ['outsideCountry'],
        message: 'is for a supplier outside the district, not with a district supplier',
        params: { reason: 'two_sources' },
      });
    }
  });
const setInputsSchema = z.object({
  capabilityId: uuid,
  lines: z
    .array(inputLineSchema)
    .max(MAX_INPUTS, { message: `has more than ${MAX_INPUTS} lines` })
    .superRefine((lines, issue) => {
      const total = lines.reduce((s, l) => s + l.sharePercent, 0);
      if (over100(total)) {
        issue.addIssue({
          code: 'custom',
          message: `shares add up to ${Math.round(total * 10) / 10}%, more than 100%`,
          params: { reason: 'over_100' },
        });
      }
    }),
});

/** Replaces what the viewer's firm declares about the inputs of one capability it supplies. */
export async function setSupplierInputs(ctx: Context, rawInput: unknown): Promise<TraceabilitySettingsModel> {
  const viewer = requireViewer(ctx);
  const input = parseInput(setInputsSchema, rawInput);
  if (!viewer.firmId) throw notFound('Firm', 'of the viewer');
  const firmId = viewer.firmId;
  await ctx.ds.transaction(async (manager) => {
    if (!(await manager.existsBy(CapabilityEntity, { id: input.capabilityId }))) {
      throw badField('capabilityId', 'not_found', 'is not a capability of the vocabulary');
    }
    await checkSources(
      manager,
      firmId,
      input.lines.map((l) => ({ capabilityId: l.inputCapabilityId, supplierId: l.inputSupplierId })),
      'lines',
      'inputSupplierId',
    );
    // Serialises two saves of the same capability's inputs: the second replaces the first entirely.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `supplier_input:${firmId}:${input.capabilityId}`,
    ]);
    const before = await manager.findBy(SupplierInputEntity, { firmId, capabilityId: input.capabilityId });
    await manager.delete(SupplierInputEntity, { firmId, capabilityId: input.capabilityId });
    if (input.lines.length) {
      await manager.insert(
        SupplierInputEntity,
        input.lines.map((l, position) => ({
          firmId,
          capabilityId: input.capabilityId,
          position,
          inputCapabilityId: l.inputCapabilityId,
          inputSupplierFirmId: l.inputSupplierId,
          outsideCountry: l.outsideCountry,
          outsideRegion: l.outsideRegion,
          material: l.material,
          originCountry: l.originCountry,
          originRegion: l.originRegion,
          share: String(l.sharePercent),
        })),
      );
    }
    await recordAudit(manager, ctx, {
      action: 'SUPPLIER_INPUTS_SET',
      entityType: 'Firm',
      entityId: firmId,
      before: { capabilityId: input.capabilityId, lines: before.length },
      after: { capabilityId: input.capabilityId, lines: input.lines },
    });
  });
  return traceabilitySettings(ctx);
}
