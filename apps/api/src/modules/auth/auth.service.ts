import { z } from 'zod';
import type { Context } from '../../context.js';
import { rateLimited, unauthenticated } from '../../common/errors.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { UserEntity } from '../user/user.entity.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
import { openSession } from './session.service.js';
import { hashPassword, verifyPassword } from './tokens.js';

/** What the `Me` type resolves from. */
export interface MeModel {
  user: UserEntity;
  sessionExpiresAt: Date;
}

/** Failed attempts allowed per account, and per client address, within the window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 } as const;

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'is required').max(320),
  password: z.string().min(1, 'is required').max(1000),
});

/** Verifying against this when the e-mail is unknown keeps response times alike for both cases. */
let dummyHash: Promise<string> | undefined;
const dummyPasswordHash = () => (dummyHash ??= hashPassword('filiera-timing-equaliser'));

async function assertNotRateLimited(ctx: Context, email: string): Promise<void> {
  const rows: {
    by_account: string;
    by_address: string;
    oldest_account: Date | null;
    oldest_address: Date | null;
  }[] = await ctx.ds.query(
    `SELECT count(*) FILTER (WHERE lower(email) = $1) AS by_account,
              count(*) FILTER (WHERE ip = $2) AS by_address,
              min(attempted_at) FILTER (WHERE lower(email) = $1) AS oldest_account,
              min(attempted_at) FILTER (WHERE ip = $2) AS oldest_address
         FROM login_attempt
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3)
          AND (lower(email) = $1 OR ip = $2)`,
    [email, ctx.ip, SIGN_IN_LIMITS.windowMinutes],
  );
  const row = rows[0];
  if (!row) return;
  const windowMs = SIGN_IN_LIMITS.windowMinutes * 60_000;
  const retryAfter = (oldest: Date | null) =>
    Math.max(1, Math.ceil(((oldest?.getTime() ?? Date.now()) + windowMs - Date.now()) / 1000));
  if (Number(row.by_account) >= SIGN_IN_LIMITS.perAccount) throw rateLimited(retryAfter(row.oldest_account));
  if (Number(row.by_address) >= SIGN_IN_LIMITS.perAddress) throw rateLimited(retryAfter(row.oldest_address));
}

/**
 * Signs in with e-mail and password. Unknown e-mail and wrong password get the same error; failures
 * count towards the per-account and per-address limits; success opens a session and sets the cookie.
 */
export async function signIn(ctx: Context, rawInput: unknown): Promise<MeModel> {
  const input = parseInput(signInSchema, rawInput);
  await assertNotRateLimited(ctx, input.email);

  const user = await ctx.ds
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .addSelect('u.passwordHash')
    .where('lower(u.email) = :email', { email: input.email })
    .getOne();
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const succeeded = Boolean(user && user.active && passwordOk);

  await ctx.ds.getRepository(LoginAttemptEntity).insert({ email: input.email, ip: ctx.ip, succeeded });
  if (!succeeded || !user) throw unauthenticated('INVALID_CREDENTIALS');

  const { token, endsAt, expiresAt } = await ctx.ds.transaction(async (manager) => {
    const opened = await openSession(manager, ctx.config, user.id, ctx);
    const before = { lastSignInAt: user.lastSignInAt };
    user.lastSignInAt = new Date();
    await manager.update(UserEntity, user.id, { lastSignInAt: user.lastSignInAt });
    await recordAudit(manager, ctx, {
      action: 'SIGN_IN',
      entityType: 'User',
      entityId: user.id,
      actorId: user.id,
      before,
      after: { lastSignInAt: user.lastSignInAt },
    });
    return opened;
  });
  ctx.setSessionCookie(token, expiresAt);
  const { passwordHash: _secret, ...publicUser } = user;
  return { user: Object.assign(new UserEntity(), publicUser), sessionExpiresAt: endsAt };
}

/** Ends the current session (if any) and clears the cookie. */
export async function signOut(ctx: Context): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer) {
    await ctx.ds.transaction(async (manager) => {
      await manager.query(`DELETE FROM session WHERE id = $1`, [viewer.sessionId]);
      await recordAudit(manager, ctx, { action: 'SIGN_OUT', entityType: 'User', entityId: viewer.userId });
    });
  }
  ctx.clearSessionCookie();
  return true;
}

/** The signed-in person, or null. */
export async function me(ctx: Context): Promise<MeModel | null> {
  if (!ctx.viewer) return null;
  const user = await ctx.loaders.userById.load(ctx.viewer.userId);
  if (!user) return null;
  return { user, sessionExpiresAt: ctx.viewer.sessionExpiresAt };
}
