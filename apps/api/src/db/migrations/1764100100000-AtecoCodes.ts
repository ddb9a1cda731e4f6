import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { parse } from 'csv-parse/sync';
import { searchText } from '../../modules/ateco/ateco-text.js';

/**
 * The repository copy of the ISTAT list, resolved from the API package root (apps/api, three levels above
 * {src,dist}/db/migrations) so that the migration runs the same from src/ (tsx, vitest), from dist/ (node)
 * and from the container image, whose package keeps the CSV (see "files" in package.json).
 */
const CSV_PATH = path.join(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..'),
  'src/db/seed/data/ateco-2025.csv',
);

interface AtecoCsvRow {
  code: string;
  level: string;
  parent: string;
  title_it: string;
  title_en: string;
}

/**
 * ATECO 2025 (ISTAT), the classification of economic activities: reference data loaded at migration time,
 * with a normalised search column (lower case, no accents) indexed by trigrams for word search in Italian
 * and English, and the code indexed for prefix search ("15.20").
 */
export class AtecoCodes1764100100000 implements MigrationInterface {
  name = 'AtecoCodes1764100100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE ateco_code (
        code text PRIMARY KEY CHECK (code ~ '^([A-Z]|[0-9]{2}(\\.[0-9]{1,2}(\\.[0-9]{1,2})?)?)$'),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 6),
        parent text REFERENCES ateco_code (code),
        title_it text NOT NULL,
        title_en text NOT NULL,
        search_text text NOT NULL
      )`);
    await q.query(`CREATE INDEX ateco_code_prefix_idx ON ateco_code (code text_pattern_ops)`);
    await q.query(`CREATE INDEX ateco_code_search_idx ON ateco_code USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX ateco_code_parent_idx ON ateco_code (parent)`);

    const rows = parse(readFileSync(CSV_PATH, 'utf8'), {
      columns: true,
      skip_empty_lines: true,
    }) as AtecoCsvRow[];
    // The file lists parents before children, so the foreign key holds row by row; 500 rows per statement.
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      await q.query(
        `INSERT INTO ateco_code (code, level, parent, title_it, title_en, search_text)
         SELECT * FROM unnest($1::text[], $2::smallint[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        [
          batch.map((r) => r.code),
          batch.map((r) => Number(r.level)),
          batch.map((r) => r.parent || null),
          batch.map((r) => r.title_it),
          batch.map((r) => r.title_en),
          batch.map((r) => searchText(r.code, r.title_it, r.title_en)),
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ateco_code`);
  }
}
