import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { ArticleComponentEntity, SupplierInputEntity } from './article.entity.js';
import { MAX_BATCH } from '../../common/loader.js';

/** Key of a firm's declared inputs for one capability it supplies. */
export const inputKey = (firmId: string, capabilityId: string) => `${firmId}:${capabilityId}`;

/**
 * The declared inputs of each firm for the capability it supplies (components sourced from it), by
 * position, keyed by `inputKey`: one statement, none without pairs.
 */
export async function inputsOf(
  ds: DataSource,
  pairs: readonly { firmId: string; capabilityId: string }[],
): Promise<Map<string, SupplierInputEntity[]>> {
  const byKey = new Map<string, SupplierInputEntity[]>();
  if (!pairs.length) return byKey;
  const rows = await ds
    .getRepository(SupplierInputEntity)
    .createQueryBuilder('i')
    .where(
      `(i.firm_id, i.capability_id) IN (SELECT * FROM unnest(CAST(:firms AS uuid[]), CAST(:caps AS uuid[])))`,
      { firms: pairs.map((p) => p.firmId), caps: pairs.map((p) => p.capabilityId) },
    )
    .orderBy('i.position')
    .getMany();
  for (const row of rows) {
    const key = inputKey(row.firmId, row.capabilityId);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return byKey;
}

/** The (firm, capability) pairs of the components sourced from a district supplier. */
export const sourcedPairs = (components: readonly ArticleComponentEntity[]) =>
  components.flatMap((c) =>
    c.supplierFirmId ? [{ firmId: c.supplierFirmId, capabilityId: c.capabilityId }] : [],
  );

/** Per-request loaders of the article module: a list of articles costs a constant number of statements. */
export function createArticleLoaders(ds: DataSource) {
  return {
    componentsByArticleId: new DataLoader<string, ArticleComponentEntity[]>(
      async (ids) => {
        const rows = await ds
          .getRepository(ArticleComponentEntity)
          .find({ where: { articleId: In([...ids]) }, order: { position: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.articleId === id));
      },
      { maxBatchSize: MAX_BATCH },
    ),
    /** Keys from inputKey(firmId, capabilityId). */
    inputsByFirmCapability: new DataLoader<string, SupplierInputEntity[]>(
      async (keys) => {
        const pairs = keys.map((k) => k.split(':') as [string, string]);
        const byKey = await inputsOf(
          ds,
          pairs.map(([firmId, capabilityId]) => ({ firmId, capabilityId })),
        );
        return keys.map((k) => byKey.get(k) ?? []);
      },
      { maxBatchSize: MAX_BATCH },
    ),
    /** The version of each article's photo (its bytes are not read); null without a photo. */
    photoVersionByArticleId: new DataLoader<string, number | null>(
      async (ids) => {
        const rows = (await ds.query(
          `SELECT article_id, version FROM article_photo WHERE article_id = ANY($1::uuid[])`,
          [ids],
        )) as { article_id: string; version: number }[];
        return ids.map((id) => rows.find((r) => r.article_id === id)?.version ?? null);
      },
      { maxBatchSize: MAX_BATCH },
    ),
    capabilityById: new DataLoader<string, CapabilityEntity | null>(
      async (ids) => {
        const rows = await ds.getRepository(CapabilityEntity).findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      },
      { maxBatchSize: MAX_BATCH },
    ),
  };
}
