import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The mails still to send, which every process looks for at start-up (requeueStrandedMail). */
export class OutboxQueuedIndex1765000100001 implements MigrationInterface {
  name = 'OutboxQueuedIndex1765000100001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX mail_outbox_queued_idx ON mail_outbox (id) WHERE status = 'QUEUED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mail_outbox_queued_idx`);
  }
}
