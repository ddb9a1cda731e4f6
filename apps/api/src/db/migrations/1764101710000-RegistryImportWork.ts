import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registry imports run as background work: the dry run's plan row by row (so a person reads what each
 * row will do, the kind of each new firm and the firms flagged for review, and can change a kind), the
 * plan's fingerprint (an apply whose plan differs from the dry run's is refused), why a job failed as a
 * code, and when a crash interrupted a job (found at start-up and made retryable).
 */
export class RegistryImportWork1764101710000 implements MigrationInterface {
  name = 'RegistryImportWork1764101710000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE registry_import
        ADD COLUMN plan_digest text,
        ADD COLUMN kind_counts jsonb,
        ADD COLUMN review_count integer,
        ADD COLUMN failure_reason text CHECK (failure_reason IN
          ('FILE_UNREADABLE', 'TOO_MANY_ROWS', 'TOO_LARGE_UNCOMPRESSED', 'STALE_DRY_RUN', 'CONFLICT', 'WRITE_FAILED')),
        ADD COLUMN interrupted_phase text CHECK (interrupted_phase IN ('PREVIEW', 'APPLY')),
        ADD COLUMN interrupted_at timestamptz(3)`);
    // Written once per dry run and replaced by the next one, like the problems: no version.
    await q.query(`
      CREATE TABLE registry_import_row (
        import_id uuid NOT NULL REFERENCES registry_import (id) ON DELETE CASCADE,
        line integer NOT NULL CHECK (line > 0),
        action text NOT NULL CHECK (action IN ('NEW', 'UPDATE', 'UNCHANGED')),
        firm_id uuid REFERENCES firm (id) ON DELETE SET NULL,
        legal_name text NOT NULL,
        vat_number text,
        ateco_codes text[] NOT NULL DEFAULT '{}',
        ateco_2007 jsonb NOT NULL DEFAULT '[]',
        kind text CHECK (kind IN ('SHOE_FACTORY', 'PROCESSING', 'COMPONENTS', 'SERVICES')),
        kind_override text CHECK (kind_override IN ('SHOE_FACTORY', 'PROCESSING', 'COMPONENTS', 'SERVICES')),
        review jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (import_id, line)
      )`);
    await q.query(
      `CREATE INDEX registry_import_row_review_idx ON registry_import_row (import_id, line) WHERE review <> '[]'::jsonb`,
    );
    await q.query(
      `CREATE INDEX registry_import_working_idx ON registry_import (status) WHERE status IN ('PREVIEWING', 'APPLYING')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX registry_import_working_idx`);
    await q.query(`DROP TABLE registry_import_row`);
    await q.query(`
      ALTER TABLE registry_import
        DROP COLUMN plan_digest, DROP COLUMN kind_counts, DROP COLUMN review_count,
        DROP COLUMN failure_reason, DROP COLUMN interrupted_phase, DROP COLUMN interrupted_at`);
  }
}
