import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { EntityManager } from 'typeorm';
import type { Role } from '@filiera/shared';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { hashToken, newToken } from '../../common/tokens.js';

/** The roles that must sign in with a second factor: they can change the contract and the users. */
export const TWO_FACTOR_ROLES: readonly Role[] = ['ADMIN', 'CONSULTANT'];

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, a code every 30 seconds. */
const PERIOD_SECONDS = 30;
/** Codes one step either side of the server's clock are accepted (a phone a little off). */
const WINDOW = 1;
/** Recovery codes per enrolment, each working once. */
export const RECOVERY_CODE_COUNT = 10;
/** How long the code step of a sign-in waits after the right password. */
export const CHALLENGE_MINUTES = 5;

const totp = (secret: string, label = 'Filiera') =>
  new TOTP({
    issuer: 'Filiera',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** A new random authenticator secret (160 bits, base32 as apps expect). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://` URI and its QR code (an SVG data URL) that an authenticator app scans. */
export async function enrolmentQr(secret: string, email: string): Promise<{ uri: string; qr: string }> {
  const uri = totp(secret, email).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return { uri, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * The time step a code belongs to when it is accepted, else null: six digits, within one step of `now`,
 * and later than `lastStep`, the last one accepted for this person, so a code never works twice (RFC 6238
 * section 5.2), not even by someone who read it over a shoulder.
 */
export function acceptedStep(
  secret: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now, window: WINDOW });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** Whether what the person typed is a TOTP code (six digits) rather than a recovery code. */
export const looksLikeTotp = (code: string): boolean => /^\d{6}$/.test(code.replace(/\s+/g, ''));

/** Recovery codes are compared without case, spaces or dashes. */
const normaliseRecoveryCode = (code: string): string => code.replace(/[\s-]+/g, '').toLowerCase();

/**
 * Ten new recovery codes for a user, replacing any earlier ones: 80 random bits each, shown once as
 * `xxxx-xxxx-xxxx-xxxx`; only their SHA-256 is stored (like the other tokens, they are too random to guess
 * back from a hash).
 */
export async function replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
  await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    new Secret({ size: 10 }).base32.toLowerCase().replace(/(.{4})(?!$)/g, '$1-'),
  );
  await manager.query(`INSERT INTO recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
    userId,
    codes.map((c) => hashToken(normaliseRecoveryCode(c))),
  ]);
  return codes;
}

/** Uses up a recovery code of the user: true when it was one and unused (it works no more). */
export async function useRecoveryCode(
  manager: EntityManager,
  userId: string,
  code: string,
): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length === 0 || normalised.length > 64) return false;
  const used: unknown[] = await manager.query(
    `WITH used AS (
       UPDATE recovery_code SET used_at = now()
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id
     )
     SELECT id FROM used`,
    [userId, hashToken(normalised)],
  );
  return used.length === 1;
}

/**
 * Checks a second factor of a user whose row the caller has locked: a TOTP code (accepted steps only move
 * forward) or an unused recovery code. Answers which one matched, or null.
 */
export async function checkSecondFactor(
  manager: EntityManager,
  user: { id: string; secret: string; lastStep: number | null },
  code: string,
  now = Date.now(),
): Promise<'TOTP' | 'RECOVERY_CODE' | null> {
  if (looksLikeTotp(code)) {
    const step = acceptedStep(user.secret, code, user.lastStep, now);
    if (step === null) return null;
    await manager.query(`UPDATE app_user SET totp_last_step = $2 WHERE id = $1`, [user.id, step]);
    return 'TOTP';
  }
  return (await useRecoveryCode(manager, user.id, code)) ? 'RECOVERY_CODE' : null;
}

/** Locks a user's row and reads their two-factor state (secrets are never selected elsewhere). */
export async function lockTwoFactor(
  manager: EntityManager,
  userId: string,
): Promise<{ id: string; secret: string | null; pending: string | null; lastStep: number | null } | null> {
  const rows: {
    id: string;
    totp_secret: string | null;
    totp_pending_secret: string | null;
    totp_last_step: string | null;
  }[] = await manager.query(
    `SELECT id, totp_secret, totp_pending_secret, totp_last_step FROM app_user WHERE id = $1 FOR UPDATE`,
    [userId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    secret: row.totp_secret,
    pending: row.totp_pending_secret,
    lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
  };
}

/** Opens the code step of a sign-in after the right password; the token goes to the client once. */
export async function openChallenge(
  manager: EntityManager,
  userId: string,
  loginAttemptId: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + CHALLENGE_MINUTES * 60_000);
  await manager.query(
    `INSERT INTO sign_in_challenge (token_hash, user_id, login_attempt_id, expires_at) VALUES ($1, $2, $3, $4)`,
    [hashToken(token), userId, loginAttemptId, expiresAt],
  );
  return { token, expiresAt };
}

/** The answer to a right password (or a reset link) when a code must follow: the challenge goes with it. */
export const secondFactorRequired = (challenge: { token: string; expiresAt: Date }): DomainError =>
  new DomainError(
    ErrorCode.UNAUTHENTICATED,
    'Enter the code from your authenticator app, or one of your recovery codes.',
    { reason: 'SECOND_FACTOR_REQUIRED', challenge: challenge.token, expiresAt: challenge.expiresAt },
  );

/** Turns two-factor sign-in off for a user: secret, pending enrolment and recovery codes go. */
export async function clearTwoFactor(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(
    `UPDATE app_user SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL,
            totp_last_step = NULL, version = version + 1, updated_at = now()
      WHERE id = $1`,
    [userId],
  );
  await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
}
