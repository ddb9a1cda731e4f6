import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications and live updates:
 * - `notification`: one row per recipient and event (what happened, to which object, with the values its
 *   text needs), read or not; `delivery` is how the recipient's preference said to deliver it, and
 *   `dedupe_key` makes scheduled reminders idempotent (one per recipient and key);
 * - `notification_preference`: a person's channel per kind (absent: the kind's default);
 * - `notification_digest`: one row per person and day, so a daily digest is produced once however many
 *   processes run the job;
 * - triggers that announce (ids only, on commit) a session that ended and a user who was deactivated, so
 *   every API process closes their live connections.
 */
export class Notifications1765000600000 implements MigrationInterface {
  name = 'Notifications1765000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        object_type text NOT NULL,
        object_id uuid NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        delivery text NOT NULL CHECK (delivery IN ('IN_APP', 'EMAIL', 'DIGEST')),
        dedupe_key text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz(3),
        digested_at timestamptz(3)
      )`);
    await q.query(
      `CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX notification_digest_due_idx ON notification (recipient_id)
        WHERE delivery = 'DIGEST' AND digested_at IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX notification_dedupe_idx ON notification (recipient_id, dedupe_key)
        WHERE dedupe_key IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'DIGEST', 'OFF')),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`
      CREATE TABLE notification_digest (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        day date NOT NULL,
        notification_count integer NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, day)
      )`);
    await q.query(`
      CREATE FUNCTION live_session_ended() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('filiera_live', json_build_object('t', 's', 'id', OLD.id)::text);
        RETURN OLD;
      END $$`);
    await q.query(`
      CREATE TRIGGER session_ended_live AFTER DELETE ON session
        FOR EACH ROW EXECUTE FUNCTION live_session_ended()`);
    await q.query(`
      CREATE FUNCTION live_user_deactivated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('filiera_live', json_build_object('t', 'u', 'id', NEW.id)::text);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER user_deactivated_live AFTER UPDATE OF active ON app_user
        FOR EACH ROW WHEN (OLD.active AND NOT NEW.active) EXECUTE FUNCTION live_user_deactivated()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER user_deactivated_live ON app_user`);
    await q.query(`DROP FUNCTION live_user_deactivated()`);
    await q.query(`DROP TRIGGER session_ended_live ON session`);
    await q.query(`DROP FUNCTION live_session_ended()`);
    await q.query(`DROP TABLE notification_digest`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification`);
  }
}
