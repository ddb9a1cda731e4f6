import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory filtered by kind and/or hamlet lists firms by name: with an index per filter that carries
 * the name order, a page reads its rows in order instead of walking the name index past every firm of
 * other kinds and hamlets (national dataset, shoe factories in Segromigno in Monte: 3,963 rows read and
 * thrown away for a page of 51 before; `pnpm bench` prints the plans). They replace the single-column kind and hamlet indexes,
 * which are their prefixes. The name search and the array filters already have their indexes
 * (FirmProfile: trigram, GIN on certifications and export markets; Foundation: capability → firms).
 */
export class DirectoryFilterIndexes1764101100000 implements MigrationInterface {
  name = 'DirectoryFilterIndexes1764101100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX firm_kind_name_idx ON firm (kind, legal_name, id)`);
    await q.query(`CREATE INDEX firm_hamlet_kind_name_idx ON firm (hamlet, kind, legal_name, id)`);
    await q.query(`DROP INDEX firm_kind_idx`);
    await q.query(`DROP INDEX firm_hamlet_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX firm_hamlet_idx ON firm (hamlet)`);
    await q.query(`CREATE INDEX firm_kind_idx ON firm (kind)`);
    await q.query(`DROP INDEX firm_hamlet_kind_name_idx`);
    await q.query(`DROP INDEX firm_kind_name_idx`);
  }
}
