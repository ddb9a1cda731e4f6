import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Traceability: a shoe factory's articles (models) with their bill of materials, the inputs a supplier
 * declares for what it supplies (tier 2), and each supplier's consent to be named in its customers'
 * public Digital Product Passports.
 */
export class Articles1764102400000 implements MigrationInterface {
  name = 'Articles1764102400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE article (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        code text NOT NULL,
        name text NOT NULL,
        product_line text,
        season text,
        gtin text,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        published_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT article_firm_code_key UNIQUE (firm_id, code)
      )`);
    // A GTIN names one trade item worldwide: the GS1 Digital Link resolver needs it unique.
    await q.query(`CREATE UNIQUE INDEX article_gtin_key ON article (gtin) WHERE gtin IS NOT NULL`);
    await q.query(
      `CREATE INDEX article_published_idx ON article (published_at DESC, id) WHERE status = 'PUBLISHED'`,
    );

    await q.query(`
      CREATE TABLE article_component (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES article (id) ON DELETE CASCADE,
        position integer NOT NULL,
        capability_id uuid NOT NULL REFERENCES capability (id),
        supplier_firm_id uuid REFERENCES firm (id) ON DELETE SET NULL,
        outside_country char(2),
        outside_region text,
        material text,
        composition jsonb NOT NULL DEFAULT '[]',
        origin_country char(2),
        origin_region text,
        weight_share numeric(5, 2) NOT NULL DEFAULT 0 CHECK (weight_share BETWEEN 0 AND 100),
        certifications text[] NOT NULL DEFAULT '{}',
        CHECK (supplier_firm_id IS NULL OR outside_country IS NULL),
        UNIQUE (article_id, position)
      )`);
    await q.query(
      `CREATE INDEX article_component_supplier_idx ON article_component (supplier_firm_id, capability_id)`,
    );

    await q.query(`
      CREATE TABLE supplier_input (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        capability_id uuid NOT NULL REFERENCES capability (id),
        position integer NOT NULL,
        input_capability_id uuid NOT NULL REFERENCES capability (id),
        input_supplier_firm_id uuid REFERENCES firm (id) ON DELETE SET NULL,
        outside_country char(2),
        outside_region text,
        material text,
        origin_country char(2),
        origin_region text,
        share numeric(5, 2) NOT NULL CHECK (share BETWEEN 0 AND 100),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (input_supplier_firm_id IS NULL OR outside_country IS NULL),
        UNIQUE (firm_id, capability_id, position)
      )`);

    await q.query(`
      CREATE TABLE passport_consent (
        firm_id uuid PRIMARY KEY REFERENCES firm (id) ON DELETE CASCADE,
        name_public boolean NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE passport_consent`);
    await q.query(`DROP TABLE supplier_input`);
    await q.query(`DROP TABLE article_component`);
    await q.query(`DROP TABLE article`);
  }
}
