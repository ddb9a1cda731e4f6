import { In, type DataSource } from 'typeorm';
import { toGtin14, type FirmKind } from '@filiera/shared';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { FirmEntity } from '../firm/firm.entity.js';
import {
  ArticleComponentEntity,
  ArticleEntity,
  PassportConsentEntity,
  type MaterialShare,
} from './article.entity.js';
import { productJsonLd, untpPassport } from './article.linked-data.js';
import { inputKey, inputsOf, sourcedPairs } from './article.loaders.js';
import { photoPath } from './article.photo.js';
import { computeTraceability, type TraceabilityModel } from './article.traceability.js';

/** Where the district is: a supplier in a passport is at least "of the district", in Italy. */
const DISTRICT_COUNTRY = 'IT';
/** The showcase lists at most this many passports. */
export const MAX_PUBLISHED_PASSPORTS = 50;

export interface PassportPartyModel {
  name: string | null;
  kind: FirmKind;
  municipality: string | null;
  province: string | null;
  postcode: string | null;
  country: string;
  showcaseFirmId: string | null;
}

export interface PassportInputModel {
  capability: CapabilityEntity;
  supplier: PassportPartyModel | null;
  outsideCountry: string | null;
  outsideRegion: string | null;
  material: string | null;
  originCountry: string | null;
  originRegion: string | null;
  sharePercent: number;
}

export interface PassportComponentModel extends Omit<PassportInputModel, 'sharePercent'> {
  composition: MaterialShare[];
  weightSharePercent: number;
  certifications: string[];
  inputs: PassportInputModel[];
}

export interface PassportModel {
  id: string;
  code: string;
  name: string;
  productLine: string | null;
  season: string | null;
  gtin: string | null;
  publishedAt: Date;
  updatedAt: Date;
  manufacturer: PassportPartyModel;
  photoUrl: string | null;
  photoAlt: string | null;
  countryOfAssembly: string;
  components: PassportComponentModel[];
  traceability: TraceabilityModel;
  url: string;
  qrTarget: string;
  untp: Record<string, unknown>;
  jsonLd: Record<string, unknown>;
}

/** The passport page's address (Italian; `?lang=en` for English). */
export const passportUrl = (publicUrl: string, articleId: string) =>
  `${publicUrl}/showcase/passports/${articleId}`;

/** What the QR code encodes: a GS1 Digital Link on our own domain when there is a GTIN, else the page. */
export const qrTargetOf = (publicUrl: string, article: Pick<ArticleEntity, 'id' | 'gtin'>) =>
  article.gtin ? `${publicUrl}/01/${toGtin14(article.gtin)}` : passportUrl(publicUrl, article.id);

const displayName = (f: FirmEntity) => (f.publicFields.includes('tradeName') && f.tradeName) || f.legalName;

function party(firm: FirmEntity, named: boolean): PassportPartyModel {
  return {
    name: named ? displayName(firm) : null,
    kind: firm.kind,
    municipality: firm.municipality,
    province: firm.province,
    postcode: named ? firm.postcode : null,
    country: DISTRICT_COUNTRY,
    showcaseFirmId: named && firm.showcaseConsent ? firm.id : null,
  };
}

/**
 * The public passports of the given articles (published ones only, in the given order), in a constant
 * number of statements. A supplier is named only when it consented (passport_consent.name_public).
 */
export async function loadPassports(
  ds: DataSource,
  publicUrl: string,
  articleIds: readonly string[],
): Promise<PassportModel[]> {
  if (!articleIds.length) return [];
  const articles = await ds
    .getRepository(ArticleEntity)
    .findBy({ id: In([...articleIds]), status: 'PUBLISHED' });
  if (!articles.length) return [];
  const components = await ds
    .getRepository(ArticleComponentEntity)
    .find({ where: { articleId: In(articles.map((a) => a.id)) }, order: { position: 'ASC' } });
  const sourced = components.filter((c) => c.supplierFirmId !== null);
  const inputsByKey = await inputsOf(ds, sourcedPairs(components));
  const inputs = [...inputsByKey.values()].flat();
  const firmIds = [
    ...new Set([
      ...articles.map((a) => a.firmId),
      ...sourced.map((c) => c.supplierFirmId!),
      ...inputs.flatMap((i) => (i.inputSupplierFirmId ? [i.inputSupplierFirmId] : [])),
    ]),
  ];
  const [firms, capabilities, consents, photos] = await Promise.all([
    ds.getRepository(FirmEntity).findBy({ id: In(firmIds) }),
    ds.getRepository(CapabilityEntity).find(),
    ds.getRepository(PassportConsentEntity).findBy({ firmId: In(firmIds), namePublic: true }),
    ds.query(`SELECT article_id, version FROM article_photo WHERE article_id = ANY($1::uuid[])`, [
      articles.map((a) => a.id),
    ]) as Promise<{ article_id: string; version: number }[]>,
  ]);
  const photoVersion = new Map(photos.map((p) => [p.article_id, p.version]));
  const firmById = new Map(firms.map((f) => [f.id, f]));
  const capById = new Map(capabilities.map((c) => [c.id, c]));
  const named = new Set(consents.map((c) => c.firmId));
  const supplierParty = (id: string | null) => {
    const firm = id ? firmById.get(id) : undefined;
    return firm ? party(firm, named.has(firm.id)) : null;
  };

  const byId = new Map(articles.map((a) => [a.id, a]));
  return articleIds.flatMap((articleId) => {
    const article = byId.get(articleId);
    const factory = article ? firmById.get(article.firmId) : undefined;
    if (!article || !factory) return [];
    const lines = components
      .filter((c) => c.articleId === article.id)
      .map((c) => ({
        component: c,
        inputs: c.supplierFirmId ? (inputsByKey.get(inputKey(c.supplierFirmId, c.capabilityId)) ?? []) : [],
      }));
    const model: Omit<PassportModel, 'untp' | 'jsonLd'> = {
      id: article.id,
      code: article.code,
      name: article.name,
      productLine: article.productLine,
      season: article.season,
      gtin: article.gtin,
      publishedAt: article.publishedAt ?? article.updatedAt,
      updatedAt: article.updatedAt,
      // The factory published the article: its name is its own choice.
      manufacturer: party(factory, true),
      photoUrl: photoVersion.has(article.id)
        ? `${publicUrl}${photoPath(article.id, photoVersion.get(article.id)!)}`
        : null,
      photoAlt: article.photoAlt,
      countryOfAssembly: DISTRICT_COUNTRY,
      components: lines.map(({ component: c, inputs: ins }) => ({
        capability: capById.get(c.capabilityId)!,
        supplier: supplierParty(c.supplierFirmId),
        outsideCountry: c.outsideCountry,
        outsideRegion: c.outsideRegion,
        material: c.material,
        composition: c.composition,
        originCountry: c.originCountry,
        originRegion: c.originRegion,
        weightSharePercent: Number(c.weightShare),
        certifications: c.certifications,
        inputs: ins.map((i) => ({
          capability: capById.get(i.inputCapabilityId)!,
          supplier: supplierParty(i.inputSupplierFirmId),
          outsideCountry: i.outsideCountry,
          outsideRegion: i.outsideRegion,
          material: i.material,
          originCountry: i.originCountry,
          originRegion: i.originRegion,
          sharePercent: Number(i.share),
        })),
      })),
      traceability: computeTraceability(
        lines.map(({ component: c, inputs: ins }) => ({
          supplierFirmId: c.supplierFirmId,
          outsideCountry: c.outsideCountry,
          weightShare: Number(c.weightShare),
          inputs: ins.map((i) => ({
            supplierFirmId: i.inputSupplierFirmId,
            outsideCountry: i.outsideCountry,
            share: Number(i.share),
          })),
        })),
      ),
      url: passportUrl(publicUrl, article.id),
      qrTarget: qrTargetOf(publicUrl, article),
    };
    return [{ ...model, untp: untpPassport(model, publicUrl), jsonLd: productJsonLd(model, publicUrl) }];
  });
}

/** The newest published passports, for the showcase. */
export async function latestPassports(
  ds: DataSource,
  publicUrl: string,
  first: number,
): Promise<PassportModel[]> {
  const rows: { id: string }[] = await ds.query(
    `SELECT id FROM article WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id LIMIT $1`,
    [Math.max(1, Math.min(first, MAX_PUBLISHED_PASSPORTS))],
  );
  return loadPassports(
    ds,
    publicUrl,
    rows.map((r) => r.id),
  );
}

const PAGE_TEXT = {
  it: { title: 'Passaporto digitale di prodotto', by: 'di' },
  en: { title: 'Digital Product Passport', by: 'by' },
} as const;

/** Title, description and JSON-LD of a passport page for crawlers; null when it is not published. */
export async function passportPageText(
  ds: DataSource,
  publicUrl: string,
  articleId: string,
  lang: 'it' | 'en',
): Promise<{ title: string; description: string; jsonLd: Record<string, unknown> } | null> {
  const [passport] = await loadPassports(ds, publicUrl, [articleId]);
  if (!passport) return null;
  const text = PAGE_TEXT[lang];
  return {
    title: `${passport.name} · ${text.title}`,
    description: `${text.title}: ${passport.name} ${text.by} ${passport.manufacturer.name ?? ''}`.trim(),
    jsonLd: passport.jsonLd,
  };
}

/** Published passports' ids and last change, for the sitemap (newest first). */
export async function publishedPassportEntries(
  ds: DataSource,
  limit: number,
): Promise<{ id: string; updatedAt: Date }[]> {
  const rows: { id: string; updated_at: Date }[] = await ds.query(
    `SELECT id, updated_at FROM article WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
}
