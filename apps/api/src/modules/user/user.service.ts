import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Role } from '@filiera/shared';
import type { Context } from '../../context.js';
import { badField, conflict, DomainError, ErrorCode, notFound } from '../../common/errors.js';
import { keysetPage } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import type { MeModel } from '../auth/auth.service.js';
import { endSessions, openSession } from '../auth/session.service.js';
import { hashPassword, hashToken, newToken } from '../auth/tokens.js';
import { assertStrongPassword } from '../auth/password-strength.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { UserEntity } from './user.entity.js';

/** An invitation link works for a week. */
const INVITATION_DAYS = 7;

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

export function invitationStatus(inv: InvitationEntity, now = new Date()): InvitationStatus {
  if (inv.acceptedAt) return 'ACCEPTED';
  if (inv.revokedAt) return 'REVOKED';
  return inv.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

export function listUsers(ctx: Context, args: { first?: number | null; after?: string | null }) {
  return keysetPage(ctx.ds.getRepository(UserEntity).createQueryBuilder('u'), {
    sortExpression: 'u.name',
    sortType: 'text',
    sortKey: (u) => u.name,
    direction: 'ASC',
    first: args.first,
    after: args.after,
  });
}

/** SQL conditions matching `invitationStatus`. */
const STATUS_CONDITIONS: Record<InvitationStatus, string> = {
  PENDING: 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()',
  ACCEPTED: 'i.accepted_at IS NOT NULL',
  REVOKED: 'i.accepted_at IS NULL AND i.revoked_at IS NOT NULL',
  EXPIRED: 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at <= now()',
};

export function listInvitations(
  ctx: Context,
  args: { status?: InvitationStatus | null; first?: number | null; after?: string | null },
) {
  const qb = ctx.ds.getRepository(InvitationEntity).createQueryBuilder('i');
  if (args.status) qb.where(STATUS_CONDITIONS[args.status]);
  return keysetPage(qb, {
    sortExpression: 'i.created_at',
    sortType: 'timestamptz',
    sortKey: (i) => i.createdAt.toISOString(),
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .pipe(z.email({ message: 'is not a valid e-mail address' }));

/** A FIRM user needs a firm; the other roles have none. */
function firmMatchesRole(v: { role: Role; firmId?: string | null }, issue: z.RefinementCtx): void {
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

const roleEnum = z.enum(Object.values(Role) as [Role, ...Role[]]);

const inviteSchema = z
  .object({
    email: emailSchema,
    role: roleEnum,
    firmId: z.uuid({ message: 'is not a valid id' }).nullish(),
  })
  .superRefine(firmMatchesRole);

/** Invites a person; the one-time link is returned once and only its hash is stored. */
export async function inviteUser(ctx: Context, rawInput: unknown) {
  const input = parseInput(inviteSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const taken = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email: input.email })
      .getExists();
    if (taken) throw badField('email', 'taken', 'already belongs to a user');
    if (input.firmId && !(await manager.existsBy(FirmEntity, { id: input.firmId }))) {
      throw badField('firmId', 'not_found', 'is not a firm of the registry');
    }
    const token = newToken();
    const invitation = await manager.save(
      manager.create(InvitationEntity, {
        email: input.email,
        role: input.role,
        firmId: input.firmId ?? null,
        tokenHash: hashToken(token),
        invitedById: ctx.viewer?.userId ?? null,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'INVITE_USER',
      entityType: 'Invitation',
      entityId: invitation.id,
      after: { email: invitation.email, role: invitation.role, firmId: invitation.firmId },
    });
    return { invitation, acceptUrl: `${ctx.config.publicUrl}/invitation/${token}` };
  });
}

export async function revokeInvitation(ctx: Context, id: string) {
  return ctx.ds.transaction(async (manager) => {
    const invitation = z.uuid().safeParse(id).success
      ? await manager.findOne(InvitationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!invitation) throw notFound('Invitation', id);
    if (invitationStatus(invitation) !== 'PENDING') {
      throw badField('id', 'not_pending', 'is not a pending invitation');
    }
    invitation.revokedAt = new Date();
    await manager.update(InvitationEntity, id, {
      revokedAt: invitation.revokedAt,
      version: invitation.version + 1,
    });
    await recordAudit(manager, ctx, {
      action: 'REVOKE_INVITATION',
      entityType: 'Invitation',
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: invitation.revokedAt },
    });
    return invitation;
  });
}

async function findByToken(ctx: Context, token: string): Promise<InvitationEntity | null> {
  if (token.length > 200) return null;
  return ctx.ds.getRepository(InvitationEntity).findOneBy({ tokenHash: hashToken(token) });
}

export async function invitationPreview(ctx: Context, token: string) {
  const invitation = await findByToken(ctx, token);
  if (!invitation) return null;
  const firm = invitation.firmId ? await ctx.loaders.firmById.load(invitation.firmId) : null;
  return {
    email: invitation.email,
    role: invitation.role,
    firmName: firm?.legalName ?? null,
    status: invitationStatus(invitation),
    expiresAt: invitation.expiresAt,
  };
}

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

/** Locks the active ADMINs and refuses when `userId` is the last of them. */
async function assertNotLastAdmin(manager: EntityManager, userId: string, field: string): Promise<void> {
  const admins: { id: string }[] = await manager.query(
    `SELECT id FROM app_user WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`,
  );
  if (admins.length === 1 && admins[0]!.id === userId) {
    throw badField(field, 'last_admin', 'the last active ADMIN must stay an active ADMIN');
  }
}

async function lockUser(manager: EntityManager, id: string, version: number): Promise<UserEntity> {
  const user = z.uuid().safeParse(id).success
    ? await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!user) throw notFound('User', id);
  if (user.version !== version) throw conflict('User', id, user.version);
  return user;
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
