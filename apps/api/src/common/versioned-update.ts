import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { conflict, notFound } from './errors.js';

/**
 * Optimistic locking, which TypeORM does not enforce on update: locks the row, refuses a stale
 * `expectedVersion` with CONFLICT (naming the current version), then runs
 * `UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2` and checks that one row
 * changed. Returns the row before and after, for the audit entry. Run it inside a transaction.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  entityName: string,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<{ before: T; after: T }> {
  const repo = manager.getRepository(entity);
  const before = await repo
    .createQueryBuilder('row')
    .setLock('pessimistic_write')
    .where('row.id = :id', { id })
    .getOne();
  if (!before) throw notFound(entityName, id);
  if (before.version !== expectedVersion) throw conflict(entityName, id, before.version);
  const result = await repo
    .createQueryBuilder()
    .update()
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (result.affected !== 1) throw conflict(entityName, id, before.version);
  const after = await repo.findOneByOrFail({ id } as never);
  return { before, after };
}
