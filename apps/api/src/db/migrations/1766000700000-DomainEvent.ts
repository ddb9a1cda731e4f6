import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stream of what happened (modules/event-stream): a service records an event in its change's
 * transaction; processors (notifications, live updates) react through the job queue, each at most once
 * per event (`domain_event_processed`, claimed in the processor's own transaction).
 */
export class DomainEvent1766000700000 implements MigrationInterface {
  name = 'DomainEvent1766000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE domain_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        actor_id uuid,
        subject jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX domain_event_created_at_idx ON domain_event (created_at)`);
    await q.query(`
      CREATE TABLE domain_event_processed (
        event_id uuid NOT NULL REFERENCES domain_event (id) ON DELETE CASCADE,
        processor text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, processor)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE domain_event_processed`);
    await q.query(`DROP TABLE domain_event`);
  }
}
