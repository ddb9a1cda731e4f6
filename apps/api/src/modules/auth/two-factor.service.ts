import { z } from 'zod';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { badField, conflict, notFound } from '../../common/errors.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { recordViewerEvent } from '../event-stream/domain-event.js';
import { UserEntity } from '../user/user.entity.js';
import { recordAttempt } from './auth.service.js';
import { assertCurrentPassword, userWithPasswordHash } from './current-password.js';
import { endSessions } from './session.service.js';
import {
  acceptedStep,
  checkSecondFactor,
  clearTwoFactor,
  enrolmentQr,
  lockTwoFactor,
  looksLikeTotp,
  newTotpSecret,
  replaceRecoveryCodes,
  TWO_FACTOR_ROLES,
} from './totp.js';

/** Whether a user must have two-factor sign-in, by role. */
export const twoFactorRequired = (user: Pick<UserEntity, 'role'>): boolean =>
  TWO_FACTOR_ROLES.includes(user.role);

/** Whether the user still has to enrol two-factor sign-in before doing anything else. */
export const mustEnrolTwoFactor = (user: Pick<UserEntity, 'role' | 'totpEnabledAt'>): boolean =>
  twoFactorRequired(user) && !user.totpEnabledAt;

/** The viewer's two-factor state, without any secret. */
export async function myTwoFactor(ctx: Context) {
  const viewer = requireViewer(ctx);
  const [row] = (await ctx.ds.query(
    `SELECT u.totp_enabled_at, u.role,
            (SELECT count(*)::int FROM recovery_code r WHERE r.user_id = u.id AND r.used_at IS NULL) AS left
       FROM app_user u WHERE u.id = $1`,
    [viewer.userId],
  )) as { totp_enabled_at: Date | null; role: UserEntity['role']; left: number }[];
  return {
    enabled: row?.totp_enabled_at != null,
    enabledAt: row?.totp_enabled_at ?? null,
    required: row ? twoFactorRequired(row) : false,
    recoveryCodesLeft: row?.left ?? 0,
  };
}

/**
 * Starts enrolment: a new secret, kept pending until a code from the app confirms it. The secret and its
 * QR code are answered only here, once; a second start replaces the first.
 */
export async function startTwoFactorEnrolment(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.ds.transaction(async (manager) => {
    const state = await lockTwoFactor(manager, viewer.userId);
    if (!state) throw notFound('User', viewer.userId);
    if (state.secret) throw badField('twoFactor', 'already_enabled', 'is already on: turn it off first');
    const secret = newTotpSecret();
    await manager.query(`UPDATE app_user SET totp_pending_secret = $2 WHERE id = $1`, [
      viewer.userId,
      secret,
    ]);
    const user = await manager.findOneByOrFail(UserEntity, { id: viewer.userId });
    await recordAudit(manager, ctx, {
      action: 'START_TWO_FACTOR_ENROLMENT',
      entityType: 'User',
      entityId: user.id,
    });
    const { uri, qr } = await enrolmentQr(secret, user.email);
    return { secret, otpauthUri: uri, qrCode: qr };
  });
}

const codeSchema = z.object({ code: z.string().trim().min(1, 'is required').max(64, 'is too long') });

/**
 * Confirms enrolment with a code from the app: two-factor sign-in is on from now, and ten recovery codes
 * are answered, once (only their hashes are kept).
 */
export async function confirmTwoFactorEnrolment(ctx: Context, rawInput: unknown) {
  const viewer = requireViewer(ctx);
  const { code } = parseInput(codeSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const state = await lockTwoFactor(manager, viewer.userId);
    if (!state?.pending)
      throw badField('code', 'not_started', 'start the set-up again: no enrolment is waiting');
    const step = acceptedStep(state.pending, code, null);
    if (step === null) throw badField('code', 'incorrect', 'is not the code the app shows now');
    await manager.query(
      `UPDATE app_user SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(),
              totp_last_step = $2, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [viewer.userId, step],
    );
    const codes = await replaceRecoveryCodes(manager, viewer.userId);
    await recordAudit(manager, ctx, {
      action: 'ENABLE_TWO_FACTOR',
      entityType: 'User',
      entityId: viewer.userId,
      before: { twoFactor: false },
      after: { twoFactor: true },
    });
    return { codes };
  });
}

const proofSchema = z
  .object({
    password: z.string().max(1000, 'is too long').nullish(),
    code: z.string().trim().max(64, 'is too long').nullish(),
  })
  .refine((v) => Boolean(v.password) || Boolean(v.code), {
    path: ['password'],
    message: 'or a code is required',
    params: { reason: 'required' },
  });

/**
 * Turns the viewer's two-factor sign-in off, proven by the current password or a code (from the app or a
 * recovery code). An ADMIN or CONSULTANT is then led to enrol again (e.g. with a new phone).
 */
export async function disableTwoFactor(ctx: Context, rawInput: unknown): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const input = parseInput(proofSchema, rawInput);
  const user = await userWithPasswordHash(ctx, viewer.userId);
  if (input.password) await assertCurrentPassword(user, input.password, 'password');
  return ctx.ds.transaction(async (manager) => {
    const state = await lockTwoFactor(manager, viewer.userId);
    if (!state?.secret) throw badField('twoFactor', 'not_enabled', 'is not on');
    if (!input.password && input.code) {
      const factor = await checkSecondFactor(manager, { ...state, secret: state.secret }, input.code);
      if (!factor) throw badField('code', 'incorrect', 'is not a valid code');
    }
    await clearTwoFactor(manager, viewer.userId);
    await recordAudit(manager, ctx, {
      action: 'DISABLE_TWO_FACTOR',
      entityType: 'User',
      entityId: viewer.userId,
      before: { twoFactor: true },
      after: { twoFactor: false },
    });
    return true;
  });
}

/**
 * Replaces the viewer's ten recovery codes (the old ones stop working) and answers the new ones, once;
 * proven by the current password or a code from the app, each try counting towards the sign-in limits.
 * The person is told by e-mail (`twoFactor.recoveryCodesReplaced`), in case it was not them.
 */
export async function regenerateRecoveryCodes(ctx: Context, rawInput: unknown) {
  const viewer = requireViewer(ctx);
  const input = parseInput(proofSchema, rawInput);
  const user = await userWithPasswordHash(ctx, viewer.userId);
  const attemptId = await recordAttempt(ctx, user.email.toLowerCase());
  if (input.password) await assertCurrentPassword(user, input.password, 'password');
  return ctx.ds.transaction(async (manager) => {
    const state = await lockTwoFactor(manager, viewer.userId);
    if (!state?.secret) throw badField('twoFactor', 'not_enabled', 'is not on');
    if (!input.password && input.code) {
      // Only the app proves it: a recovery code that may have been seen is what is being replaced.
      const factor = looksLikeTotp(input.code)
        ? await checkSecondFactor(manager, { ...state, secret: state.secret }, input.code)
        : null;
      if (!factor) throw badField('code', 'incorrect', 'is not the code the app shows now');
    }
    await manager.query(`UPDATE login_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
    const codes = await replaceRecoveryCodes(manager, viewer.userId);
    await recordAudit(manager, ctx, {
      action: 'REGENERATE_RECOVERY_CODES',
      entityType: 'User',
      entityId: viewer.userId,
    });
    await recordViewerEvent(manager, ctx, 'twoFactor.recoveryCodesReplaced', { userId: viewer.userId });
    return { codes };
  });
}

const resetSchema = z.object({ id: z.uuid({ message: 'is not a valid id' }), version: z.number().int() });

/**
 * ADMIN, for a person who lost their phone: two-factor sign-in is turned off and every session of that
 * person ends; staff are led to enrol again at their next sign-in.
 */
export async function resetUserTwoFactor(ctx: Context, rawInput: unknown): Promise<UserEntity> {
  const input = parseInput(resetSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const user = await manager.findOne(UserEntity, {
      where: { id: input.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user) throw notFound('User', input.id);
    if (user.version !== input.version) throw conflict('User', user.id, user.version);
    if (!user.totpEnabledAt) throw badField('id', 'not_enabled', 'has no two-factor sign-in to reset');
    await clearTwoFactor(manager, user.id);
    const ended = await endSessions(manager, user.id);
    await recordAudit(manager, ctx, {
      action: 'RESET_TWO_FACTOR',
      entityType: 'User',
      entityId: user.id,
      before: { twoFactor: true },
      after: { twoFactor: false, sessionsEnded: ended },
    });
    return manager.findOneByOrFail(UserEntity, { id: user.id });
  });
}
