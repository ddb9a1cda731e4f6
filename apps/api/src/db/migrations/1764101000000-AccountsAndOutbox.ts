import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts people run themselves and the one way mail goes out:
 * - each user's language (mail is written in it);
 * - password reset links (only the token's SHA-256 is kept) and every reset request, known address or
 *   not, for the per-address and per-account limits;
 * - the mail outbox: a mail is a row written in the transaction of the change that causes it, sent by
 *   the job queue (or kept for the ADMIN to read when no SMTP server is configured).
 */
export class AccountsAndOutbox1764101000000 implements MigrationInterface {
  name = 'AccountsAndOutbox1764101000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE app_user ADD COLUMN language text NOT NULL DEFAULT 'it' CHECK (language IN ('it', 'en'))`,
    );
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        ip text NOT NULL,
        user_id uuid REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash text UNIQUE,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_reset_email_idx ON password_reset (lower(email), created_at)`);
    await q.query(`CREATE INDEX password_reset_ip_idx ON password_reset (ip, created_at)`);
    await q.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id)`);
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        to_address text NOT NULL,
        reply_to text,
        language text NOT NULL CHECK (language IN ('it', 'en')),
        subject text NOT NULL,
        body_text text NOT NULL,
        body_html text NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'KEPT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
    await q.query(`DROP TABLE password_reset`);
    await q.query(`ALTER TABLE app_user DROP COLUMN language`);
  }
}
