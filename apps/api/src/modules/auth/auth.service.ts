import { z } from 'zod';
import type { Context } from '../../context.js';
import { rateLimited, unauthenticated } from '../../common/errors.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { UserEntity } from '../user/user.entity.js';
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

/**
 * Counts and checks in one step: under a transaction-scoped advisory lock on the account and on the
 * address, the failures in the window are counted and, if under both limits, this attempt is recorded as
 * a failure before the lock is released. Parallel attempts therefore queue behind one another and each
 * sees the ones before it: never more than the limit are tried. The attempt becomes a success only once
 * the password is verified. An account's failures count from its last successful sign-in or password
 * reset, so the person (after the wait shown) or a reset unlocks it.
 */
async function recordAttempt(ctx: Context, email: string): Promise<string> {
  return ctx.ds.transaction(async (manager) => {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('sign-in:account:' || $1)),
              pg_advisory_xact_lock(hashtext('sign-in:address:' || $2))`,
      [email, ctx.ip],
    );
    const rows: {
      by_account: string;
      by_address: string;
      oldest_account: Date | null;
      oldest_address: Date | null;
    }[] = await manager.query(
      `WITH unlocked AS (
         SELECT max(attempted_at) AS at FROM login_attempt WHERE lower(email) = $1 AND succeeded
       )
       SELECT count(*) FILTER (WHERE lower(email) = $1 AND attempted_at > coalesce(unlocked.at, '-infinity')) AS by_account,
              count(*) FILTER (WHERE ip = $2) AS by_address,
              min(attempted_at) FILTER (WHERE lower(email) = $1 AND attempted_at > coalesce(unlocked.at, '-infinity')) AS oldest_account,
              min(attempted_at) FILTER (WHERE ip = $2) AS oldest_address
         FROM login_attempt, unlocked
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3)
          AND (lower(email) = $1 OR ip = $2)`,
      [email, ctx.ip, SIGN_IN_LIMITS.windowMinutes],
    );
    const row = rows[0];
    const windowMs = SIGN_IN_LIMITS.windowMinutes * 60_000;
    const retryAfter = (oldest: Date | null) =>
      Math.max(1, Math.ceil(((oldest?.getTime() ?? Date.now()) + windowMs - Date.now()) / 1000));
    if (row && Number(row.by_account) >= SIGN_IN_LIMITS.perAccount)
      throw rateLimited(retryAfter(row.oldest_account));
    if (row && Number(row.by_address) >= SIGN_IN_LIMITS.perAddress)
      throw rateLimited(retryAfter(row.oldest_address));
    const [inserted] = (await manager.query(
      `INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id`,
      [email, ctx.ip],
    )) as { id: string }[];
    return inserted!.id;
  });
}

/**
 * Signs in with e-mail and password. Unknown e-mail and wrong password get the same error; every attempt
 * counts towards the per-account and per-address limits until it succeeds; a deactivated account is told
 * so, but only to someone who knows its password. Success opens a session and sets the cookie.
 */
export async function signIn(ctx: Context, rawInput: unknown): Promise<MeModel> {
  const input = parseInput(signInSchema, rawInput);
  const attemptId = await recordAttempt(ctx, input.email);

  const user = await ctx.ds
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .addSelect('u.passwordHash')
    .where('lower(u.email) = :email', { email: input.email })
    .getOne();
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk) throw unauthenticated('INVALID_CREDENTIALS');
  if (!user.active) throw unauthenticated('ACCOUNT_DEACTIVATED');

  const { token, endsAt, expiresAt } = await ctx.ds.transaction(async (manager) => {
    await manager.query(`UPDATE login_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
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
