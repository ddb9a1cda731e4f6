import type { EntityManager } from 'typeorm';

/** A table of stored images, one per owner row: `table (owner, content_type, byte_size, data, version)`. */
export interface ImageTable {
  table: string;
  owner: string;
  /** How a change is audited: the action, the owner's entity type, and the field the entry names. */
  audit: { action: string; entityType: string; field: string };
}

/**
 * Stores (or replaces) the image of `ownerId`, in the caller's transaction; answers its new version and
 * the audit entry of the change (the type and size before, null when there was none, and after).
 */
export async function storeImage(
  manager: EntityManager,
  images: ImageTable,
  ownerId: string,
  image: { type: string; data: Buffer },
) {
  const { table, owner, audit } = images;
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
    audit: {
      action: audit.action,
      entityType: audit.entityType,
      entityId: ownerId,
      before: {
        [audit.field]: before ? { contentType: before.content_type, bytes: before.byte_size } : null,
      },
      after: { [audit.field]: { contentType: image.type, bytes: image.data.length } },
    },
  };
}
