import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
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
