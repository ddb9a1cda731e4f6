import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The firm's PEC address (domicilio digitale, from the registry) and its cessation: the registry's date the
 * firm ceased, null while it is active. A ceased firm keeps its row and its history; lists leave it out by
 * default, so the partial index serves the common "active firms" filter.
 */
export class FirmPecAndCessation1765000800000 implements MigrationInterface {
  name = 'FirmPecAndCessation1765000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE firm ADD COLUMN pec text, ADD COLUMN ceased_on date`);
    await q.query(`CREATE INDEX firm_ceased_on_idx ON firm (ceased_on) WHERE ceased_on IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX firm_ceased_on_idx`);
    await q.query(`ALTER TABLE firm DROP COLUMN pec, DROP COLUMN ceased_on`);
  }
}
