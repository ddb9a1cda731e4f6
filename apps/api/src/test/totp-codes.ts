import { Secret, TOTP } from 'otpauth';
import type { DataSource } from 'typeorm';

/** The last time step each test user signed in with: the server accepts a code only once. */
const lastStep = new Map<string, number>();

/**
 * The code a person's authenticator app would show, for a test signing them in: read from their stored
 * secret. The server accepts codes one step either side of its now and each step once. The code is for
 * this step or the next, never the previous one (the server's clock may turn a step before it checks);
 * a third sign-in within one 30-second step waits for the next step.
 */
export async function nextTotpCode(ds: DataSource, email: string): Promise<string> {
  const [row] = (await ds.query(`SELECT id, totp_secret FROM app_user WHERE lower(email) = lower($1)`, [
    email,
  ])) as { id: string; totp_secret: string | null }[];
  if (!row?.totp_secret) throw new Error(`${email} has no two-factor secret`);
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, (lastStep.get(row.id) ?? -Infinity) + 1);
    if (step <= now + 1) {
      lastStep.set(row.id, step);
      return new TOTP({ secret: Secret.fromBase32(row.totp_secret) }).generate({ timestamp: step * 30_000 });
    }
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * 30_000 - Date.now() + 50));
  }
}
