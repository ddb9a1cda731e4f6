import type { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';

/** The actions the audit log holds for one entity (a firm, a supply link, a plan action…), oldest first. */
export async function auditActions(ds: DataSource, entityId: string): Promise<string[]> {
  const entries = await ds
    .getRepository(AuditEntryEntity)
    .find({ select: { action: true }, where: { entityId }, order: { createdAt: 'ASC' } });
  return entries.map((e) => e.action);
}
