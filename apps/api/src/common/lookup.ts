import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { badField, notFound } from './errors.js';
import { isUuid } from './validation.js';

/** The name an entity goes by in errors and audit entries: `TaskEntity` → `Task`. */
export const entityName = (target: EntityTarget<ObjectLiteral>): string =>
  (typeof target === 'function' ? target.name : String(target)).replace(/Entity$/, '');

/**
 * What `load` finds for `id`, or NOT_FOUND naming `name` and the id. An id that is not a UUID is
 * NOT_FOUND without asking the database. `load` may be a per-request loader or a narrower lookup
 * (e.g. "a consenting firm"), so that what the viewer may not see reads as missing.
 */
export async function getOrThrow<T>(
  name: string,
  id: string,
  load: (id: string) => Promise<T | null | undefined>,
): Promise<T> {
  const value = isUuid(id) ? await load(id) : null;
  if (value === null || value === undefined) throw notFound(name, id);
  return value;
}

/**
 * A row by id in the caller's transaction, or NOT_FOUND named after the entity. `lock` takes the row
 * FOR UPDATE; `where` narrows it (a row outside it reads as missing).
 */
export function findOrThrow<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  options: { lock?: boolean; where?: FindOptionsWhere<T> } = {},
): Promise<T> {
  return getOrThrow(entityName(entity), id, (key) =>
    manager.findOne(entity, {
      where: { ...options.where, id: key } as FindOptionsWhere<T>,
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    }),
  );
}

/**
 * BAD_USER_INPUT on `field` ("names a firm that does not exist") unless each of `ids` is a row of
 * `entity`; an id given twice counts once.
 */
export async function assertAllExist(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  field: string,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const found = await manager
    .getRepository(entity)
    .createQueryBuilder('row')
    .where('row.id IN (:...ids)', { ids: unique })
    .getCount();
  if (found !== unique.length) {
    throw badField(field, 'not_found', `names a ${entityName(entity).toLowerCase()} that does not exist`);
  }
}
