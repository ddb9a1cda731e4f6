import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved report views: a person's named set of report filters, private to that person. */
export class Reports1764100700000 implements MigrationInterface {
  name = 'Reports1764100700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_report_view (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        section text NOT NULL
          CHECK (section IN ('OVERVIEW', 'ADHESIONS', 'SUPPLY_CHAIN', 'PLAN', 'STARTUP')),
        filter jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // One name per person, whatever its case.
    await q.query(
      `CREATE UNIQUE INDEX saved_report_view_name_idx ON saved_report_view (user_id, lower(name))`,
    );
    await q.query(
      `CREATE INDEX saved_report_view_user_idx ON saved_report_view (user_id, created_at DESC, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE saved_report_view`);
  }
}
