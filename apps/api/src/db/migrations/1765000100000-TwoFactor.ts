import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP, RFC 6238):
 * - on each user, the authenticator secret once enrolment is confirmed (and the one being enrolled), when
 *   it was turned on, and the last time step a code was accepted for (a code is never accepted twice);
 * - ten one-time recovery codes per user, only their SHA-256 kept;
 * - the pending second step of a sign-in whose password was right: a short-lived token (SHA-256 kept),
 *   which opens the session once a code or a recovery code matches.
 */
export class TwoFactor1765000100000 implements MigrationInterface {
  name = 'TwoFactor1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_pending_secret text,
        ADD COLUMN totp_enabled_at timestamptz(3),
        ADD COLUMN totp_last_step bigint,
        ADD CONSTRAINT app_user_totp_enabled_has_secret CHECK ((totp_enabled_at IS NULL) = (totp_secret IS NULL))`);
    await q.query(`
      CREATE TABLE recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        code_hash text NOT NULL UNIQUE,
        used_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX recovery_code_user_idx ON recovery_code (user_id)`);
    await q.query(`
      CREATE TABLE sign_in_challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        login_attempt_id bigint,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sign_in_challenge_user_idx ON sign_in_challenge (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_challenge`);
    await q.query(`DROP TABLE recovery_code`);
    await q.query(`
      ALTER TABLE app_user
        DROP CONSTRAINT app_user_totp_enabled_has_secret,
        DROP COLUMN totp_last_step,
        DROP COLUMN totp_enabled_at,
        DROP COLUMN totp_pending_secret,
        DROP COLUMN totp_secret`);
  }
}
