import { z } from 'zod';
import type { Context } from '../../context.js';
import type { EntityManager } from 'typeorm';
import { badField, rateLimited, unauthenticated } from '../../common/errors.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { UserEntity } from '../user/user.entity.js';
import { openSession } from './session.service.js';
import { hashPassword, hashToken, verifyPassword } from '../../common/tokens.js';
import { checkSecondFactor, lockTwoFactor, openChallenge, secondFactorRequired } from './totp.js';

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
export async function recordAttempt(ctx: Context, email: string): Promise<string> {
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
 * so, but only to someone who knows its password. With two-factor sign-in on, the right password opens no
 * session: it answers UNAUTHENTICATED (reason SECOND_FACTOR_REQUIRED) with a five-minute `challenge` for
 * `completeSignIn`, and the attempt still counts as failed until a code completes it. Otherwise a session
 * opens and the cookie is set.
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
  if (user.totpEnabledAt) {
    throw secondFactorRequired(
      await ctx.ds.transaction((manager) => openChallenge(manager, user.id, attemptId)),
    );
  }
  return finishSignIn(ctx, user, [attemptId], 'PASSWORD');
}

const completeSchema = z.object({
  challenge: z.string().min(1, 'is required').max(200, 'is not a sign-in challenge'),
  code: z.string().trim().min(1, 'is required').max(64, 'is too long'),
});

/**
 * The second step of a sign-in: a code from the authenticator app or a recovery code, within five minutes
 * of the right password. Each try counts towards the same limits as passwords (so a stolen password
 * gives a handful of guesses per quarter of an hour, not more); the challenge works once.
 */
export async function completeSignIn(ctx: Context, rawInput: unknown): Promise<MeModel> {
  const input = parseInput(completeSchema, rawInput);
  const [challenge] = (await ctx.ds.query(
    `SELECT c.id, c.user_id, c.login_attempt_id, c.expires_at, c.used_at, lower(u.email) AS email
       FROM sign_in_challenge c JOIN app_user u ON u.id = c.user_id
      WHERE c.token_hash = $1`,
    [hashToken(input.challenge)],
  )) as {
    id: string;
    user_id: string;
    login_attempt_id: string | null;
    expires_at: Date;
    used_at: Date | null;
    email: string;
  }[];
  if (!challenge || challenge.used_at || challenge.expires_at <= new Date()) {
    throw badField('challenge', 'expired', 'has expired: sign in again with your password');
  }
  const attemptId = await recordAttempt(ctx, challenge.email);
  return ctx.ds.transaction(async (manager) => {
    const state = await lockTwoFactor(manager, challenge.user_id);
    const user = await manager.findOneByOrFail(UserEntity, { id: challenge.user_id });
    if (!user.active) throw unauthenticated('ACCOUNT_DEACTIVATED');
    const used: unknown[] = await manager.query(
      `WITH used AS (UPDATE sign_in_challenge SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id)
       SELECT id FROM used`,
      [challenge.id],
    );
    if (used.length === 0)
      throw badField('challenge', 'expired', 'has expired: sign in again with your password');
    const factor =
      state?.secret != null
        ? await checkSecondFactor(
            manager,
            { id: user.id, secret: state.secret, lastStep: state.lastStep },
            input.code,
          )
        : null;
    // A refusal rolls this transaction back: the challenge stays usable, the failed attempt stays counted.
    if (!factor) throw badField('code', 'incorrect', 'is not a valid code');
    const attempts = challenge.login_attempt_id ? [challenge.login_attempt_id, attemptId] : [attemptId];
    return finishSignIn(ctx, user, attempts, factor, manager);
  });
}

/** Opens the session of a person who has passed every step, marks the attempts successful, and audits. */
async function finishSignIn(
  ctx: Context,
  user: UserEntity,
  attemptIds: string[],
  factor: 'PASSWORD' | 'TOTP' | 'RECOVERY_CODE',
  outer?: EntityManager,
): Promise<MeModel> {
  const work = async (manager: EntityManager) => {
    await manager.query(`UPDATE login_attempt SET succeeded = true WHERE id = ANY ($1::bigint[])`, [
      attemptIds,
    ]);
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
      after: { lastSignInAt: user.lastSignInAt, ...(factor === 'PASSWORD' ? {} : { secondFactor: factor }) },
    });
    return opened;
  };
  const { token, endsAt, expiresAt } = outer ? await work(outer) : await ctx.ds.transaction(work);
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
