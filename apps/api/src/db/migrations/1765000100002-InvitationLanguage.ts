import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations are mailed through the outbox: in the language the ADMIN chose for the invitee. */
export class InvitationLanguage1765000100002 implements MigrationInterface {
  name = 'InvitationLanguage1765000100002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE invitation ADD COLUMN language text NOT NULL DEFAULT 'it' CHECK (language IN ('it', 'en'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitation DROP COLUMN language`);
  }
}
