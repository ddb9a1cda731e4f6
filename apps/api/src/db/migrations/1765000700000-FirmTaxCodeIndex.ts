import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry import matches each batch of rows to existing firms by Partita IVA or codice fiscale
 * (`vat_number = ANY(…) OR tax_code = ANY(…)`): with both indexed PostgreSQL answers it with a bitmap OR
 * instead of reading the whole firm table once per batch.
 */
export class FirmTaxCodeIndex1765000700000 implements MigrationInterface {
  name = 'FirmTaxCodeIndex1765000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX firm_tax_code_idx ON firm (tax_code) WHERE tax_code IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX firm_tax_code_idx`);
  }
}
