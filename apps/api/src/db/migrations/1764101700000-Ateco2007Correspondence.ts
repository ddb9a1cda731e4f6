import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { parse } from 'csv-parse/sync';

/** The repository copy of ISTAT's table, resolved like ateco-2025.csv (see AtecoCodes1764100100000). */
const CSV_PATH = path.join(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..'),
  'src/db/seed/data/ateco-2007-2025.csv',
);

interface CorrespondenceCsvRow {
  code_2007: string;
  title_2007: string;
  correspondences: string;
  subtype: string;
  code_2025: string;
  title_2025: string;
  code_2025_chamber: string;
}

/**
 * ISTAT's operational correspondence table from ATECO 2007 (2022 update) to ATECO 2025: for each 2007
 * code, how many 2025 codes it splits into and the representative 2025 code ISTAT names (and the one
 * the Chambers of Commerce use). Reference data, as published: "n.d." (no representative) is stored as
 * null, and a representative is not required to be in `ateco_code` (ISTAT's later updates added a few
 * sub-categories); the registry import resolves those to the nearest code of the list and says so.
 * Source and provenance: src/db/seed/data/ateco-2007-2025.md.
 */
export class Ateco2007Correspondence1764101700000 implements MigrationInterface {
  name = 'Ateco2007Correspondence1764101700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ateco_2007_correspondence (
        code_2007 text PRIMARY KEY CHECK (code_2007 ~ '^([A-Z]|[0-9]{2}(\\.[0-9]{1,2}(\\.[0-9]{1,2})?)?)$'),
        title_2007 text NOT NULL,
        correspondences smallint NOT NULL CHECK (correspondences >= 1),
        subtype text NOT NULL CHECK (subtype IN ('1-1', 'N-1', '1-M', 'N-M')),
        code_2025 text,
        title_2025 text,
        code_2025_chamber text
      )`);
    const rows = parse(readFileSync(CSV_PATH, 'utf8'), {
      columns: true,
      skip_empty_lines: true,
    }) as CorrespondenceCsvRow[];
    const nd = (v: string) => (v === '' || v === 'n.d.' ? null : v);
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      await q.query(
        `INSERT INTO ateco_2007_correspondence
           (code_2007, title_2007, correspondences, subtype, code_2025, title_2025, code_2025_chamber)
         SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[], $4::text[], $5::text[], $6::text[], $7::text[])`,
        [
          batch.map((r) => r.code_2007),
          batch.map((r) => r.title_2007),
          batch.map((r) => Number(r.correspondences)),
          batch.map((r) => r.subtype),
          batch.map((r) => nd(r.code_2025)),
          batch.map((r) => (nd(r.code_2025) ? r.title_2025 : null)),
          batch.map((r) => nd(r.code_2025_chamber)),
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ateco_2007_correspondence`);
  }
}
