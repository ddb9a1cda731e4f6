import { z } from 'zod';
import type { Context } from '../../context.js';
import { badField, DomainError, ErrorCode } from '../../common/errors.js';
import { assertStrongPassword } from '../../common/password-strength.js';
import { hashPassword, hashToken } from '../../common/tokens.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { InvitationEntity } from '../user/invitation.entity.js';
import { invitationStatus } from '../user/invitation.service.js';
import { UserEntity } from '../user/user.entity.js';
import { assertNotLastAdmin, lockUser } from '../user/user.service.js';
import type { MeModel } from './auth.service.js';
import { endSessions, openSession } from './session.service.js';

/*
 * Who gets in: an invitation accepted (the person's first sign-in) and an account deactivated or
 * reactivated (its sessions end). The user module keeps the people and their invitations; opening and
 * ending sessions is this module's.
 */

const acceptSchema = z.object({
  token: z.string().min(1, 'is required').max(200),
  name: z.string().trim().min(2, 'is too short').max(200, 'is too long'),
  password: z.string().max(200, 'is too long'),
  language: z.enum(['it', 'en'], { message: 'must be it or en' }).nullish(),
});

/** Creates the invited user with the chosen password, marks the link used, and signs them in. */
export async function acceptInvitation(ctx: Context, rawInput: unknown): Promise<MeModel> {
  const input = parseInput(acceptSchema, rawInput);
  const { user, token, endsAt, expiresAt } = await ctx.ds.transaction(async (manager) => {
    const invitation = await manager.findOne(InvitationEntity, {
      where: { tokenHash: hashToken(input.token) },
      lock: { mode: 'pessimistic_write' },
    });
    const status = invitation ? invitationStatus(invitation) : null;
    if (!invitation || status !== 'PENDING') {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        'This invitation link is not valid any more: ask for a new one.',
        { field: 'token', reason: status ? status.toLowerCase() : 'unknown' },
      );
    }
    const taken = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: invitation.email })
      .getExists();
    if (taken) throw badField('token', 'taken', 'this e-mail address already has an account');
    assertStrongPassword('password', input.password, [invitation.email, input.name]);
    const created = await manager.save(
      manager.create(UserEntity, {
        email: invitation.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        language: input.language ?? 'it',
        role: invitation.role,
        firmId: invitation.firmId,
        lastSignInAt: new Date(),
      }),
    );
    await manager.update(InvitationEntity, invitation.id, {
      acceptedAt: new Date(),
      acceptedUserId: created.id,
      version: invitation.version + 1,
    });
    await recordAudit(manager, ctx, {
      action: 'ACCEPT_INVITATION',
      entityType: 'User',
      entityId: created.id,
      actorId: created.id,
      after: { email: created.email, name: created.name, role: created.role, firmId: created.firmId },
    });
    const opened = await openSession(manager, ctx.config, created.id, ctx);
    return { user: created, ...opened };
  });
  ctx.setSessionCookie(token, expiresAt);
  const { passwordHash: _secret, ...publicUser } = user;
  return { user: Object.assign(new UserEntity(), publicUser), sessionExpiresAt: endsAt };
}

const activeSchema = z.object({ id: z.string(), active: z.boolean(), version: z.number().int() });

/**
 * Deactivates or reactivates a user (ADMIN). Deactivating ends every session of the user at once (the
 * next request of an open page is refused) and is refused for the last active ADMIN.
 */
export async function setUserActive(ctx: Context, rawInput: unknown): Promise<UserEntity> {
  const input = parseInput(activeSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    if (!input.active) await assertNotLastAdmin(manager, input.id, 'active');
    const user = await lockUser(manager, input.id, input.version);
    if (user.active === input.active) return user;
    await manager.update(UserEntity, user.id, { active: input.active, version: user.version + 1 });
    const ended = input.active ? 0 : await endSessions(manager, user.id);
    await recordAudit(manager, ctx, {
      action: input.active ? 'REACTIVATE_USER' : 'DEACTIVATE_USER',
      entityType: 'User',
      entityId: user.id,
      before: { active: user.active },
      after: { active: input.active, ...(input.active ? {} : { sessionsEnded: ended }) },
    });
    return manager.findOneByOrFail(UserEntity, { id: user.id });
  });
}
