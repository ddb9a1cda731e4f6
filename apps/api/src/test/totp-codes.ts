import { Secret, TOTP } from 'otpauth';
import type { DataSource } from 'typeorm';

/** The last time step each test user signed in with: the server accepts a code only once. */
const lastStep = new Map<string, number>();

/**
 * The code a person's authenticator app would show, for a test signing them in: read from their stored
 * secret. The server accepts codes one step either side of now and each step once, so a person can be
 * signed in up to three times within one 30-second step; a fourth says so instead of failing obscurely.
 */
export async function nextTotpCode(ds: DataSource, email: string): Promise<string> {
  const [row] = (await ds.query(`SELECT id, totp_secret FROM app_user WHERE lower(email) = lower($1)`, [
    email,
  ])) as { id: string; totp_secret: string | null }[];
  if (!row?.totp_secret) throw new Error(`${email} has no two-factor secret`);
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now - 1, (lastStep.get(row.id) ?? -Infinity) + 1);
  if (step > now + 1) throw new Error(`${email} signed in more than three times within 30 s`);
  lastStep.set(row.id, step);
  return new TOTP({ secret: Secret.fromBase32(row.totp_secret) }).generate({ timestamp: step * 30_000 });
}
