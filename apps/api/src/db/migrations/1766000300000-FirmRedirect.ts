import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a merged firm went: the merged record's id (its old address, /firms/<id>) and the surviving
 * firm. A later merge of the survivor re-points its redirects, so each old id leads to a live firm in
 * one step. The trigram index on legal_name serves "similar names in the same municipality" when a
 * consultant adds a firm by hand.
 */
export class FirmRedirect1766000300000 implements MigrationInterface {
  name = 'FirmRedirect1766000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE firm_redirect (
      old_id uuid PRIMARY KEY,
      firm_id uuid NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
      merged_at timestamp(3) with time zone NOT NULL DEFAULT now(),
      merged_by uuid REFERENCES app_user(id) ON DELETE SET NULL
    )`);
    await q.query(`CREATE INDEX firm_redirect_firm_idx ON firm_redirect (firm_id)`);
    await q.query(`CREATE INDEX firm_legal_name_trgm_idx ON firm USING gin (lower(legal_name) gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX firm_legal_name_trgm_idx`);
    await q.query(`DROP TABLE firm_redirect`);
  }
}
