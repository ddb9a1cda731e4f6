import { In, type DataSource } from 'typeorm';
import { ArticleComponentEntity, ArticleEntity } from './article.entity.js';
import { inputKey, inputsOf, sourcedPairs } from './article.loaders.js';
import { computeTraceability } from './article.traceability.js';

/** Articles read for one report; the district has a few hundred factories with tens of models each. */
const MAX_ARTICLES = 20_000;
/** Factories listed in the report, most articles first. */
const MAX_FACTORIES = 50;

export interface FactoryCoverage {
  firmId: string;
  articleCount: number;
  publishedCount: number;
  tier1TracedPercent: number;
  tier2TracedPercent: number;
}

export interface CapabilityCoverage {
  capabilityId: string;
  lineCount: number;
  districtSupplierLines: number;
  outsideLines: number;
  unknownLines: number;
}

export interface TraceabilityCoverage {
  factoryCount: number;
  articleCount: number;
  publishedCount: number;
  tier1TracedPercent: number;
  tier2TracedPercent: number;
  byFactory: FactoryCoverage[];
  byCapability: CapabilityCoverage[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const mean = (values: number[]) =>
  values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 : 0;

/**
 * Traceability coverage of the given factories' articles (drafts included): per factory the mean weight
 * traced at tiers 1 and 2, per capability how its bill-of-materials lines are sourced. A constant number
 * of statements whatever the number of factories.
 */
export async function traceabilityCoverage(
  ds: DataSource,
  factoryIds: readonly string[],
): Promise<TraceabilityCoverage> {
  const articles = factoryIds.length
    ? await ds
        .getRepository(ArticleEntity)
        .find({ where: { firmId: In([...factoryIds]) }, order: { id: 'ASC' }, take: MAX_ARTICLES })
    : [];
  const components = articles.length
    ? await ds.getRepository(ArticleComponentEntity).findBy({ articleId: In(articles.map((a) => a.id)) })
    : [];
  const inputsByKey = await inputsOf(ds, sourcedPairs(components));
  const componentsByArticle = groupBy(components, (c) => c.articleId);

  const perArticle = articles.map((a) => {
    const t = computeTraceability(
      (componentsByArticle.get(a.id) ?? []).map((c) => ({
        supplierFirmId: c.supplierFirmId,
        outsideCountry: c.outsideCountry,
        weightShare: Number(c.weightShare),
        inputs: (c.supplierFirmId
          ? (inputsByKey.get(inputKey(c.supplierFirmId, c.capabilityId)) ?? [])
          : []
        ).map((i) => ({
          supplierFirmId: i.inputSupplierFirmId,
          outsideCountry: i.outsideCountry,
          share: Number(i.share),
        })),
      })),
    );
    return { article: a, tier1: t.tiers[0]!.tracedWeightPercent, tier2: t.tiers[1]!.tracedWeightPercent };
  });

  const byFactory = [...groupBy(perArticle, (r) => r.article.firmId)]
    .map(([firmId, rows]) => ({
      firmId,
      articleCount: rows.length,
      publishedCount: rows.filter((r) => r.article.status === 'PUBLISHED').length,
      tier1TracedPercent: mean(rows.map((r) => r.tier1)),
      tier2TracedPercent: mean(rows.map((r) => r.tier2)),
    }))
    .sort((a, b) => b.articleCount - a.articleCount || a.firmId.localeCompare(b.firmId));

  const byCapability = [...groupBy(components, (c) => c.capabilityId)]
    .map(([capabilityId, lines]) => ({
      capabilityId,
      lineCount: lines.length,
      districtSupplierLines: lines.filter((l) => l.supplierFirmId !== null).length,
      outsideLines: lines.filter((l) => l.outsideCountry !== null).length,
      unknownLines: lines.filter((l) => l.supplierFirmId === null && l.outsideCountry === null).length,
    }))
    .sort((a, b) => b.lineCount - a.lineCount || a.capabilityId.localeCompare(b.capabilityId));

  return {
    factoryCount: byFactory.length,
    articleCount: articles.length,
    publishedCount: perArticle.filter((r) => r.article.status === 'PUBLISHED').length,
    tier1TracedPercent: mean(perArticle.map((r) => r.tier1)),
    tier2TracedPercent: mean(perArticle.map((r) => r.tier2)),
    byFactory: byFactory.slice(0, MAX_FACTORIES),
    byCapability,
  };
}
