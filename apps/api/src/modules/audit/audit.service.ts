import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Context } from '../../context.js';
import { entityName } from '../../common/lookup.js';
import { updateVersioned } from '../../common/versioned-update.js';
import { AuditEntryEntity, type AuditChanges } from './audit-entry.entity.js';

/** Fields never written to the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'password', 'token']);
/** Bookkeeping that changes on every write and says nothing to a reader. */
const IGNORED_FIELDS = new Set(['updatedAt', 'createdAt', 'version']);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two snapshots of an entity, as { field: { before, after } }. */
export function diffFields(before: object | null, after: object | null): AuditChanges {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: AuditChanges = {};
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (SECRET_FIELDS.has(field) || IGNORED_FIELDS.has(field)) continue;
    if (!same(b[field], a[field])) changes[field] = { before: b[field] ?? null, after: a[field] ?? null };
  }
  return changes;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  /** The actor when the context has no viewer yet (sign-in, accepting an invitation). */
  actorId?: string | null;
}

/** Writes one audit entry in the caller's transaction, so a rolled-back change leaves no trace. */
export async function recordAudit(manager: EntityManager, ctx: Context, record: AuditRecord): Promise<void> {
  await manager.save(
    manager.create(AuditEntryEntity, {
      actorId: record.actorId !== undefined ? record.actorId : (ctx.viewer?.userId ?? null),
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      changes: diffFields(record.before ?? null, record.after ?? null),
      ip: ctx.ip,
    }),
  );
}

/** A new row and the audit entry that records its creation. */
export interface AuditedCreate<T> {
  /** The entity class: its name (`TaskEntity` → `Task`) names the row in the entry. */
  entity: EntityTarget<T>;
  values: DeepPartial<T>;
  /** The audit action, e.g. `CREATE_STRATEGIC_PLAN`. */
  action: string;
  /** What the entry shows of the new row (default: the whole row). */
  snapshot?: (row: T) => object;
}

/** Saves a new row and writes the audit entry of its creation, in the caller's transaction (`manager`). */
export async function createAudited<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  ctx: Context,
  create: AuditedCreate<T>,
): Promise<T> {
  const row = await manager.save(manager.create(create.entity, create.values));
  await recordAudit(manager, ctx, {
    action: create.action,
    entityType: entityName(create.entity),
    entityId: row.id,
    after: create.snapshot ? create.snapshot(row) : row,
  });
  return row;
}

/** One optimistic-locking update of a row and the audit entry that records it. */
export interface AuditedUpdate<T> {
  /** The entity class: its name (`TaskEntity` → `Task`) names the row in errors and in the entry. */
  entity: EntityTarget<T>;
  id: string;
  /** The version the person read: a stale one is CONFLICT and nothing changes. */
  version: number;
  changes: QueryDeepPartialEntity<T>;
  /** The audit action, e.g. `CHANGE_PLAN_STATUS`. */
  action: string;
  /** What the entry compares of the row before and after (default: the whole row). */
  snapshot?: (row: T) => object;
  /**
   * Work done in the same transaction once the row is locked and updated (child rows, a revision);
   * the facts it returns are added to the entry's before and after.
   */
  alongside?: (rows: { before: T; after: T }) => Promise<{ before?: object; after?: object } | void>;
}

/**
 * The one way to change a versioned row: locks it, refuses a stale version (CONFLICT), updates it,
 * runs `alongside`, and writes the audit entry, all in the caller's transaction (`manager`).
 */
export async function updateAudited<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  ctx: Context,
  update: AuditedUpdate<T>,
): Promise<{ before: T; after: T }> {
  const name = entityName(update.entity);
  const rows = await updateVersioned(manager, update.entity, name, update.id, update.version, update.changes);
  const extra = (await update.alongside?.(rows)) ?? {};
  const view = update.snapshot ?? ((row: T) => row);
  await recordAudit(manager, ctx, {
    action: update.action,
    entityType: name,
    entityId: update.id,
    before: { ...view(rows.before), ...extra.before },
    after: { ...view(rows.after), ...extra.after },
  });
  return rows;
}
