import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** Per-request: read the contract's common-fund flag once, however many adhesions ask for it. */
export function createAdhesionLoaders(ds: DataSource) {
  return {
    contractHasCommonFund: new DataLoader<'network', boolean>(async (keys) => {
      const rows: { present: boolean | null }[] = await ds.query(
        `SELECT (document -> 'commonFund' ->> 'present')::boolean AS present
           FROM network_contract ORDER BY created_at LIMIT 1`,
      );
      const present = rows[0]?.present === true;
      return keys.map(() => present);
    }),
  };
}
