import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chamber of Commerce registry imports: one job per uploaded file (the bytes are kept until the job is
 * applied, so the dry run and the apply read the same file), and the invalid rows of its last dry run.
 */
export class RegistryImport1764100200000 implements MigrationInterface {
  name = 'RegistryImport1764100200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registry_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        file_name text NOT NULL,
        file_size integer NOT NULL CHECK (file_size >= 0),
        format text NOT NULL CHECK (format IN ('CSV', 'XLSX')),
        encoding text CHECK (encoding IN ('UTF_8', 'LATIN_1')),
        separator text CHECK (separator IN (';', ',')),
        columns text[] NOT NULL,
        mapping jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('UPLOADED', 'PREVIEWING', 'PREVIEWED', 'APPLYING', 'APPLIED', 'FAILED')),
        phase_processed integer NOT NULL DEFAULT 0,
        phase_total integer NOT NULL DEFAULT 0,
        row_count integer,
        new_count integer,
        updated_count integer,
        unchanged_count integer,
        invalid_count integer,
        failure_message text,
        content bytea,
        applied_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX registry_import_created_idx ON registry_import (created_at DESC, id)`);

    // Written once per dry run and replaced by the next one: no version.
    await q.query(`
      CREATE TABLE registry_import_problem (
        import_id uuid NOT NULL REFERENCES registry_import (id) ON DELETE CASCADE,
        line integer NOT NULL CHECK (line > 0),
        reasons jsonb NOT NULL,
        PRIMARY KEY (import_id, line)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registry_import_problem`);
    await q.query(`DROP TABLE registry_import`);
  }
}
