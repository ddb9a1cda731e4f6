import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/**
 * Per-request loaders of the showcase: the markets some active consenting firm shows publicly, read
 * once per request however many lists ask for them (the home asks for them sorted in both languages).
 */
export function createShowcaseLoaders(ds: DataSource) {
  return {
    exportMarketCodes: new DataLoader<'shown', string[]>(async (keys) => {
      const rows = (await ds.query(`
        SELECT DISTINCT m AS code FROM firm, unnest(export_markets) AS m
         WHERE showcase_consent AND ceased_on IS NULL AND 'exportMarkets' = ANY(public_fields)
         ORDER BY code`)) as { code: string }[];
      const codes = rows.map((r) => r.code);
      return keys.map(() => codes);
    }),
  };
}
