import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The life of a supply link: who recorded it (a firm's user, or ADMIN/CONSULTANT on a firm's behalf, then
 * `declared_by_firm_id` is NULL and either firm confirms), who decided and when, who ended it, and notes.
 * Partial indexes on CONFIRMED links serve the recursive chain walks and the district analyses.
 */
export class SupplyLinkLifecycle1764100400000 implements MigrationInterface {
  name = 'SupplyLinkLifecycle1764100400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supply_link ALTER COLUMN declared_by_firm_id DROP NOT NULL`);
    await q.query(`
      ALTER TABLE supply_link
        ADD COLUMN recorded_by_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        ADD COLUMN note text CHECK (length(note) <= 1000),
        ADD COLUMN decided_at timestamptz(3),
        ADD COLUMN decided_by_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        ADD COLUMN decision_note text CHECK (length(decision_note) <= 1000),
        ADD COLUMN ended_at timestamptz(3),
        ADD COLUMN ended_by_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        ADD CONSTRAINT supply_link_declared_by_side CHECK (
          declared_by_firm_id IS NULL OR declared_by_firm_id IN (supplier_id, customer_id))`);
    // Upstream walks go customer → suppliers, downstream supplier → customers, over CONFIRMED links only.
    await q.query(`
      CREATE INDEX supply_link_confirmed_up_idx ON supply_link (customer_id, supplier_id, capability_id)
      WHERE status = 'CONFIRMED'`);
    await q.query(`
      CREATE INDEX supply_link_confirmed_down_idx ON supply_link (supplier_id, customer_id, capability_id)
      WHERE status = 'CONFIRMED'`);
    // Pending requests of a firm: few rows, found from either side.
    await q.query(`
      CREATE INDEX supply_link_declared_idx ON supply_link (customer_id, supplier_id)
      WHERE status = 'DECLARED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX supply_link_declared_idx`);
    await q.query(`DROP INDEX supply_link_confirmed_down_idx`);
    await q.query(`DROP INDEX supply_link_confirmed_up_idx`);
    await q.query(`
      ALTER TABLE supply_link
        DROP CONSTRAINT supply_link_declared_by_side,
        DROP COLUMN ended_by_user_id,
        DROP COLUMN ended_at,
        DROP COLUMN decision_note,
        DROP COLUMN decided_by_user_id,
        DROP COLUMN decided_at,
        DROP COLUMN note,
        DROP COLUMN recorded_by_user_id`);
    await q.query(
      `UPDATE supply_link SET declared_by_firm_id = customer_id WHERE declared_by_firm_id IS NULL`,
    );
    await q.query(`ALTER TABLE supply_link ALTER COLUMN declared_by_firm_id SET NOT NULL`);
  }
}
