import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Changing one's sign-in e-mail: a request waits here until the new address confirms it with a one-time
 * link (only the token's SHA-256 is kept); until then the account keeps its old address.
 */
export class EmailChange1765000100003 implements MigrationInterface {
  name = 'EmailChange1765000100003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE email_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        new_email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX email_change_user_idx ON email_change (user_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_change`);
  }
}
