import type { Context } from '../../context.js';
import { badField } from '../../common/errors.js';
import { UserEntity } from '../user/user.entity.js';
import { verifyPassword } from '../../common/tokens.js';

/** A user's row with the password hash, which every other query leaves out. */
export function userWithPasswordHash(ctx: Context, userId: string): Promise<UserEntity> {
  return ctx.ds
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .addSelect('u.passwordHash')
    .where('u.id = :id', { id: userId })
    .getOneOrFail();
}

/** BAD_USER_INPUT on `field` (reason `incorrect`) unless `password` is the user's current one. */
export async function assertCurrentPassword(
  user: UserEntity,
  password: string,
  field: string,
): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw badField(field, 'incorrect', 'is not your current password');
  }
}
