import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory leaves ceased firms out by default (`firm.ceased_on IS NULL`). Without these, that one
 * condition sent every directory count to the table: the national dataset's "all firms" count went from an
 * index-only scan (18 ms) to a sequential scan of 34 MB (80 ms cold), and each kind + hamlet count
 * from 5 index pages to a heap visit per firm. The name-ordered indexes carry `ceased_on` (INCLUDE), so
 * their scans filter without the heap, and the count of all active firms reads a partial index of ids.
 * The facets (firm.facets.ts) read every firm's facet columns: from a covering index of 7 MB instead of
 * the 34 MB table (national dataset; 150–400 ms → 60–140 ms a facet request on the shared machine).
 */
export class DirectoryActiveFirms1766000400000 implements MigrationInterface {
  name = 'DirectoryActiveFirms1766000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX firm_active_idx ON firm (id) WHERE ceased_on IS NULL`);
    await q.query(`CREATE INDEX firm_facet_idx ON firm (kind, hamlet)
                     INCLUDE (id, employees, ceased_on, certifications, export_markets)`);
    await this.replace(q, 'INCLUDE (ceased_on)');
  }

  async down(q: QueryRunner): Promise<void> {
    await this.replace(q, '');
    await q.query(`DROP INDEX firm_facet_idx`);
    await q.query(`DROP INDEX firm_active_idx`);
  }

  private async replace(q: QueryRunner, include: string): Promise<void> {
    for (const [name, columns] of [
      ['firm_legal_name_idx', 'legal_name, id'],
      ['firm_kind_name_idx', 'kind, legal_name, id'],
      ['firm_hamlet_kind_name_idx', 'hamlet, kind, legal_name, id'],
    ]) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE INDEX ${name} ON firm (${columns}) ${include}`);
    }
  }
}
