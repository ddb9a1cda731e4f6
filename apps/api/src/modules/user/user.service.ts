import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Role } from '@filiera/shared';
import type { Context } from '../../context.js';
import { badField, conflict, notFound } from '../../common/errors.js';
import { byText, keysetPage } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { UserEntity } from './user.entity.js';

export function listUsers(ctx: Context, args: { first?: number | null; after?: string | null }) {
  return keysetPage(
    ctx.ds.getRepository(UserEntity).createQueryBuilder('u'),
    byText('u.name', (u) => u.name),
    args,
  );
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .pipe(z.email({ message: 'is not a valid e-mail address' }));

/** A FIRM user needs a firm; the other roles have none. */
export function firmMatchesRole(v: { role: Role; firmId?: string | null }, issue: z.RefinementCtx): void {
  if (v.role === 'FIRM' && !v.firmId) {
    issue.addIssue({
      code: 'custom',
      path: ['firmId'],
      message: 'is required for a firm user',
      params: { reason: 'required' },
    });
  }
  if (v.role !== 'FIRM' && v.firmId) {
    issue.addIssue({
      code: 'custom',
      path: ['firmId'],
      message: 'is only for firm users',
      params: { reason: 'not_allowed' },
    });
  }
}

export const roleEnum = z.enum(Object.values(Role) as [Role, ...Role[]]);

/** Locks the active ADMINs and refuses when `userId` is the last of them. */
export async function assertNotLastAdmin(
  manager: EntityManager,
  userId: string,
  field: string,
): Promise<void> {
  const admins: { id: string }[] = await manager.query(
    `SELECT id FROM app_user WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`,
  );
  if (admins.length === 1 && admins[0]!.id === userId) {
    throw badField(field, 'last_admin', 'the last active ADMIN must stay an active ADMIN');
  }
}

export async function lockUser(manager: EntityManager, id: string, version: number): Promise<UserEntity> {
  const user = z.uuid().safeParse(id).success
    ? await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!user) throw notFound('User', id);
  if (user.version !== version) throw conflict('User', id, user.version);
  return user;
}

const roleSchema = z
  .object({
    id: z.string(),
    role: roleEnum,
    firmId: z.uuid({ message: 'is not a valid id' }).nullish(),
    version: z.number().int(),
  })
  .superRefine(firmMatchesRole);

/** Changes a user's role (and firm, for FIRM users) (ADMIN); the last active ADMIN cannot be demoted. */
export async function changeUserRole(ctx: Context, rawInput: unknown): Promise<UserEntity> {
  const input = parseInput(roleSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    if (input.role !== 'ADMIN') await assertNotLastAdmin(manager, input.id, 'role');
    const user = await lockUser(manager, input.id, input.version);
    if (input.firmId && !(await manager.existsBy(FirmEntity, { id: input.firmId }))) {
      throw badField('firmId', 'not_found', 'is not a firm of the registry');
    }
    const after = { role: input.role, firmId: input.firmId ?? null };
    if (after.role === user.role && after.firmId === user.firmId) return user;
    await manager.update(UserEntity, user.id, { ...after, version: user.version + 1 });
    await recordAudit(manager, ctx, {
      action: 'CHANGE_USER_ROLE',
      entityType: 'User',
      entityId: user.id,
      before: { role: user.role, firmId: user.firmId },
      after,
    });
    return manager.findOneByOrFail(UserEntity, { id: user.id });
  });
}
