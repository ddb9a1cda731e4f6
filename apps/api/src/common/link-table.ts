import type { EntityManager } from 'typeorm';

/** A join table that links one owner row to many others: `table (owner, linked)`, names from the code only. */
export interface LinkTable {
  table: string;
  owner: string;
  linked: string;
}

/** Makes `ids` (each once) the rows linked to `ownerId`, in the caller's transaction. */
export async function replaceLinks(
  manager: EntityManager,
  link: LinkTable,
  ownerId: string,
  ids: readonly string[],
): Promise<void> {
  await manager.query(`DELETE FROM ${link.table} WHERE ${link.owner} = $1`, [ownerId]);
  if (ids.length) {
    await manager.query(
      `INSERT INTO ${link.table} (${link.owner}, ${link.linked}) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [ownerId, [...new Set(ids)]],
    );
  }
}
