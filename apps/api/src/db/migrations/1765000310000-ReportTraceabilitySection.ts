import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved report views may open on the traceability report too. */
export class ReportTraceabilitySection1765000310000 implements MigrationInterface {
  name = 'ReportTraceabilitySection1765000310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE saved_report_view DROP CONSTRAINT saved_report_view_section_check`);
    await q.query(`
      ALTER TABLE saved_report_view ADD CONSTRAINT saved_report_view_section_check
        CHECK (section IN ('OVERVIEW', 'ADHESIONS', 'SUPPLY_CHAIN', 'PLAN', 'STARTUP', 'TRACEABILITY'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM saved_report_view WHERE section = 'TRACEABILITY'`);
    await q.query(`ALTER TABLE saved_report_view DROP CONSTRAINT saved_report_view_section_check`);
    await q.query(`
      ALTER TABLE saved_report_view ADD CONSTRAINT saved_report_view_section_check
        CHECK (section IN ('OVERVIEW', 'ADHESIONS', 'SUPPLY_CHAIN', 'PLAN', 'STARTUP'))`);
  }
}
