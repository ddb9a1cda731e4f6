import type { EntityManager } from 'typeorm';

/** A table of stored images, one per owner row: `table (owner, content_type, byte_size, data, version)`. */
export interface ImageTable {
  table: string;
  owner: string;
}

/** What an audit entry says of a stored image. */
export interface ImageFacts {
  contentType: string;
  bytes: number;
}

/**
 * Stores (or replaces) the image of `ownerId`, in the caller's transaction; answers its new version and
 * what the audit entry says of it before (null: there was none) and after.
 */
export async function storeImage(
  manager: EntityManager,
  images: ImageTable,
  ownerId: string,
  image: { type: string; data: Buffer },
): Promise<{ version: number; before: ImageFacts | null; after: ImageFacts }> {
  const { table, owner } = images;
  const [before]: { content_type: string; byte_size: number }[] = await manager.query(
    `SELECT content_type, byte_size FROM ${table} WHERE ${owner} = $1`,
    [ownerId],
  );
  const [saved]: { version: number }[] = await manager.query(
    `INSERT INTO ${table} (${owner}, content_type, byte_size, data) VALUES ($1, $2, $3, $4)
     ON CONFLICT (${owner}) DO UPDATE SET content_type = EXCLUDED.content_type,
       byte_size = EXCLUDED.byte_size, data = EXCLUDED.data, updated_at = now(),
       version = ${table}.version + 1
     RETURNING version`,
    [ownerId, image.type, image.data.length, image.data],
  );
  return {
    version: saved!.version,
    before: before ? { contentType: before.content_type, bytes: before.byte_size } : null,
    after: { contentType: image.type, bytes: image.data.length },
  };
}
