import { z } from 'zod';
import type { Context } from '../../context.js';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { queueMail } from '../mail/mail.service.js';
import { UserEntity } from '../user/user.entity.js';
import type { MeModel } from './auth.service.js';
import { assertStrongPassword } from '../../common/password-strength.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { endSessions, openSession } from './session.service.js';
import { hashPassword, hashToken, newToken } from '../../common/tokens.js';
import { openChallenge, secondFactorRequired } from './totp.js';

/** A reset link works for an hour, once. Requests are limited per address and per account. */
export const RESET_LIMITS = { linkMinutes: 60, perAccount: 3, perAddress: 10, windowMinutes: 60 } as const;

const requestSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'is required').max(320, 'is too long'),
});

const rateLimitedReset = (retryAfterSeconds: number): DomainError =>
  new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many password reset requests: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { retryAfterSeconds },
  );

const RESET_MAIL = {
  it: (name: string, url: string) => ({
    subject: 'Scegli una nuova password - Filiera',
    paragraphs: [
      `Ciao ${name},`,
      'qualcuno (speriamo tu) ha chiesto di scegliere una nuova password per il tuo account di Filiera.',
    ],
    action: { label: 'Scegli una nuova password', url },
    after: [
      `Il collegamento vale per ${RESET_LIMITS.linkMinutes} minuti e una sola volta. Scelta la nuova password, ogni sessione aperta con quella vecchia viene chiusa.`,
      'Se non l’hai chiesto tu, ignora questa e-mail: la tua password resta quella di prima.',
    ],
  }),
  en: (name: string, url: string) => ({
    subject: 'Choose a new password - Filiera',
    paragraphs: [
      `Hello ${name},`,
      'someone (hopefully you) asked to choose a new password for your Filiera account.',
    ],
    action: { label: 'Choose a new password', url },
    after: [
      `The link works for ${RESET_LIMITS.linkMinutes} minutes, once. Once you choose the new password, every session opened with the old one ends.`,
      'If you did not ask for this, ignore this e-mail: your password stays as it was.',
    ],
  }),
} as const;

/**
 * "Forgot password": the same answer whether or not the address belongs to an active account. Every
 * request is recorded (under an advisory lock per address, so parallel requests cannot slip past the
 * limits); for an active account a one-hour link is mailed through the outbox, in its language.
 */
export async function requestPasswordReset(ctx: Context, rawInput: unknown): Promise<boolean> {
  const { email } = parseInput(requestSchema, rawInput);
  await ctx.ds.transaction(async (manager) => {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('reset:account:' || $1)), pg_advisory_xact_lock(hashtext('reset:address:' || $2))`,
      [email, ctx.ip],
    );
    const [recent] = (await manager.query(
      `SELECT count(*) FILTER (WHERE lower(email) = $1) AS by_account,
              count(*) FILTER (WHERE ip = $2) AS by_address,
              min(created_at) AS oldest
         FROM password_reset
        WHERE created_at > now() - make_interval(mins => $3) AND (lower(email) = $1 OR ip = $2)`,
      [email, ctx.ip, RESET_LIMITS.windowMinutes],
    )) as { by_account: string; by_address: string; oldest: Date | null }[];
    if (
      Number(recent?.by_account ?? 0) >= RESET_LIMITS.perAccount ||
      Number(recent?.by_address ?? 0) >= RESET_LIMITS.perAddress
    ) {
      const until = (recent?.oldest?.getTime() ?? Date.now()) + RESET_LIMITS.windowMinutes * 60_000;
      throw rateLimitedReset(Math.max(1, Math.ceil((until - Date.now()) / 1000)));
    }
    const user = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email AND u.active', { email })
      .getOne();
    const token = user ? newToken() : null;
    await manager.insert(PasswordResetEntity, {
      email,
      ip: ctx.ip,
      userId: user?.id ?? null,
      tokenHash: token ? hashToken(token) : null,
      expiresAt: new Date(Date.now() + RESET_LIMITS.linkMinutes * 60_000),
    });
    if (!user || !token) return;
    await queueMail(manager, {
      kind: 'PASSWORD_RESET',
      to: user.email,
      language: user.language,
      content: RESET_MAIL[user.language](user.name, `${ctx.config.publicUrl}/reset-password/${token}`),
    });
    await recordAudit(manager, ctx, {
      action: 'REQUEST_PASSWORD_RESET',
      entityType: 'User',
      entityId: user.id,
      actorId: null,
    });
  });
  return true;
}

const resetSchema = z.object({
  token: z.string().min(1, 'is required').max(200, 'is not a reset link'),
  password: z.string().max(200, 'is too long'),
});

const invalidLink = (reason: 'unknown' | 'used' | 'expired') =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'This reset link is not valid any more: ask for a new one.', {
    field: 'token',
    reason,
  });

/**
 * Sets the new password from a reset link: the link works once and within the hour; every session of the
 * person ends (and their other links stop working), the sign-in lock is lifted, and a new session opens,
 * or, with two-factor sign-in on, the code step starts (SECOND_FACTOR_REQUIRED, as from signIn).
 */
export async function resetPassword(ctx: Context, rawInput: unknown): Promise<MeModel> {
  const input = parseInput(resetSchema, rawInput);
  const { user, opened, challenge } = await ctx.ds.transaction(async (manager) => {
    const reset = await manager
      .getRepository(PasswordResetEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.token_hash = :hash', { hash: hashToken(input.token) })
      .getOne();
    if (!reset?.userId) throw invalidLink('unknown');
    if (reset.usedAt) throw invalidLink('used');
    if (reset.expiresAt <= new Date()) throw invalidLink('expired');
    const user = await manager.findOneBy(UserEntity, { id: reset.userId, active: true });
    if (!user) throw invalidLink('unknown');
    assertStrongPassword('password', input.password, [user.email, user.name]);
    const passwordHash = await hashPassword(input.password);
    await manager.update(UserEntity, user.id, { passwordHash, version: user.version + 1 });
    await manager.query(`UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [
      user.id,
    ]);
    const ended = await endSessions(manager, user.id);
    // A successful reset counts as a successful sign-in: the account's failed attempts stop counting.
    await manager.query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, true)`, [
      user.email.toLowerCase(),
      ctx.ip,
    ]);
    await recordAudit(manager, ctx, {
      action: 'RESET_PASSWORD',
      entityType: 'User',
      entityId: user.id,
      actorId: user.id,
      after: { sessionsEnded: ended },
    });
    // The mailbox alone does not pass the second factor: the code step follows, as after a password.
    if (user.totpEnabledAt)
      return { user, opened: null, challenge: await openChallenge(manager, user.id, null) };
    user.lastSignInAt = new Date();
    await manager.update(UserEntity, user.id, { lastSignInAt: user.lastSignInAt });
    return { user, opened: await openSession(manager, ctx.config, user.id, ctx), challenge: null };
  });
  if (challenge || !opened) throw secondFactorRequired(challenge!);
  ctx.setSessionCookie(opened.token, opened.expiresAt);
  return { user, sessionExpiresAt: opened.endsAt };
}
