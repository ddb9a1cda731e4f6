import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Firm profiles and the member directory: the firm's logo (one row per firm, kept out of `firm` so that
 * directory pages never read image bytes), trigram indexes for the directory search and indexes for
 * each directory sort.
 */
export class FirmProfile1764100000000 implements MigrationInterface {
  name = 'FirmProfile1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE firm_logo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL UNIQUE REFERENCES firm (id) ON DELETE CASCADE,
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
        byte_size integer NOT NULL CHECK (byte_size BETWEEN 1 AND 524288),
        data bytea NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);

    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // One text over the firm's own searchable fields. array_to_string is only STABLE in PostgreSQL's
    // catalogue, but on text[] it cannot change its answer: the wrapper is declared IMMUTABLE so that
    // it can be indexed. The directory query uses exactly this expression.
    await q.query(`
      CREATE FUNCTION firm_search_text(legal_name text, trade_name text, vat_number text,
                                       product_lines text[], certifications text[])
      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT lower(legal_name || ' ' || coalesce(trade_name, '') || ' ' || vat_number || ' ' ||
                     array_to_string(product_lines, ' ') || ' ' || array_to_string(certifications, ' '))
      $$`);
    await q.query(`
      CREATE INDEX firm_search_trgm_idx ON firm USING gin
        (firm_search_text(legal_name, trade_name, vat_number, product_lines, certifications) gin_trgm_ops)`);
    await q.query(`CREATE INDEX firm_certifications_idx ON firm USING gin (certifications)`);
    await q.query(`CREATE INDEX firm_export_markets_idx ON firm USING gin (export_markets)`);
    // Directory sorts: NULLs sort as -1 so that the keyset comparison stays a plain tuple comparison.
    await q.query(`CREATE INDEX firm_employees_sort_idx ON firm ((coalesce(employees, -1)), id)`);
    await q.query(`CREATE INDEX firm_capacity_sort_idx ON firm ((coalesce(capacity_pairs_per_day, -1)), id)`);
    await q.query(`CREATE INDEX firm_updated_at_sort_idx ON firm (updated_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'firm_updated_at_sort_idx',
      'firm_capacity_sort_idx',
      'firm_employees_sort_idx',
      'firm_export_markets_idx',
      'firm_certifications_idx',
      'firm_search_trgm_idx',
    ]) {
      await q.query(`DROP INDEX ${index}`);
    }
    await q.query(`DROP FUNCTION firm_search_text(text, text, text, text[], text[])`);
    await q.query(`DROP TABLE firm_logo`);
  }
}
