import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { Context, Viewer } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { notFound } from '../../common/errors.js';
import { pageSize } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { UserEntity } from '../user/user.entity.js';
import { assertCurrentPassword, userWithPasswordHash } from './current-password.js';
import { assertStrongPassword } from '../../common/password-strength.js';
import { SessionEntity } from './session.entity.js';
import { endSessions, sessionEndsAt } from './session.service.js';
import { hashPassword } from '../../common/tokens.js';

/** A session as its owner sees it. */
export interface ActiveSessionModel {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** The viewer's sessions still alive, the most recently used first. */
export async function mySessions(ctx: Context, first?: number | null): Promise<ActiveSessionModel[]> {
  const viewer = requireViewer(ctx);
  const sessions = await ctx.ds.getRepository(SessionEntity).find({
    where: { userId: viewer.userId },
    order: { lastSeenAt: 'DESC', id: 'ASC' },
    take: pageSize(first),
  });
  const now = Date.now();
  return sessions
    .filter((s) => sessionEndsAt(ctx.config, s.lastSeenAt, s.expiresAt).getTime() > now)
    .map((s) => ({
      id: s.id,
      userAgent: s.userAgent,
      ip: s.ip,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      current: s.id === viewer.sessionId,
    }));
}

/** Ends one of the viewer's own sessions (ending the current one signs out). */
export async function endSession(ctx: Context, id: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  if (!z.uuid().safeParse(id).success) throw notFound('Session', id);
  await ctx.ds.transaction(async (manager) => {
    const ended = await endSessions(manager, viewer.userId, { onlySessionId: id });
    // Another person's session id is answered like one that does not exist.
    if (ended === 0) throw notFound('Session', id);
    await recordAudit(manager, ctx, { action: 'END_SESSION', entityType: 'User', entityId: viewer.userId });
  });
  if (id === viewer.sessionId) ctx.clearSessionCookie();
  return true;
}

/** Ends every session of the viewer but this one, audited as `action` with how many ended. */
async function endViewersOtherSessions(
  manager: EntityManager,
  ctx: Context,
  viewer: Viewer,
  action: string,
): Promise<number> {
  const ended = await endSessions(manager, viewer.userId, { exceptSessionId: viewer.sessionId });
  await recordAudit(manager, ctx, {
    action,
    entityType: 'User',
    entityId: viewer.userId,
    after: { sessionsEnded: ended },
  });
  return ended;
}

/** Ends every session of the viewer but this one; answers how many ended. */
export async function endOtherSessions(ctx: Context): Promise<number> {
  const viewer = requireViewer(ctx);
  return ctx.ds.transaction((manager) => endViewersOtherSessions(manager, ctx, viewer, 'END_OTHER_SESSIONS'));
}

const changeSchema = z.object({
  currentPassword: z.string().min(1, 'is required').max(1000, 'is too long'),
  newPassword: z.string().max(200, 'is too long'),
});

/**
 * Changes the viewer's password: the current one is required, the new one must be strong, and every
 * other session ends (whoever else was signed in with the old password is out).
 */
export async function changePassword(ctx: Context, rawInput: unknown): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const input = parseInput(changeSchema, rawInput);
  const user = await userWithPasswordHash(ctx, viewer.userId);
  await assertCurrentPassword(user, input.currentPassword, 'currentPassword');
  assertStrongPassword('newPassword', input.newPassword, [user.email, user.name]);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.ds.transaction(async (manager) => {
    await manager.update(UserEntity, user.id, { passwordHash, version: user.version + 1 });
    await endViewersOtherSessions(manager, ctx, viewer, 'CHANGE_PASSWORD');
  });
  return true;
}
