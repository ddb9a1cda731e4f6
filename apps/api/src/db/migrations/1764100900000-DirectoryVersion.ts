import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows the member directory shows: firms, their capabilities, adhesions and links. */
const DIRECTORY_TABLES = ['firm', 'firm_capability', 'capability', 'adhesion', 'supply_link'];

/**
 * A version number of what the member directory shows, raised by every committed change to its tables,
 * so each API process can keep directory pages and per-firm figures in memory for exactly as long as they
 * are true (see modules/firm/firm.directory-cache.ts) — several replicas included, as each reads the
 * version from PostgreSQL.
 *
 * The raise is a deferred constraint trigger: it runs at commit, once per transaction (a transaction-local
 * setting remembers it), so the row lock is held only while committing — a long registry import does not
 * block profile saves — and the new version becomes visible in the same instant as the change itself.
 */
export class DirectoryVersion1764100900000 implements MigrationInterface {
  name = 'DirectoryVersion1764100900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE directory_version (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        version bigint NOT NULL
      )`);
    await q.query(`INSERT INTO directory_version (id, version) VALUES (1, 1)`);
    await q.query(`
      CREATE FUNCTION raise_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('filiera.directory_version_raised', true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE directory_version SET version = version + 1 WHERE id = 1;
          PERFORM set_config('filiera.directory_version_raised', txid_current()::text, true);
        END IF;
        RETURN NULL;
      END
      $$`);
    for (const table of DIRECTORY_TABLES) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_directory_version
          AFTER INSERT OR UPDATE OR DELETE ON ${table}
          DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION raise_directory_version()`);
      // TRUNCATE has no row triggers; it is rare (maintenance, tests) and raises the version at once.
      await q.query(`
        CREATE TRIGGER ${table}_directory_version_truncate
          AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION raise_directory_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of DIRECTORY_TABLES) {
      await q.query(`DROP TRIGGER ${table}_directory_version_truncate ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_directory_version ON ${table}`);
    }
    await q.query(`DROP FUNCTION raise_directory_version()`);
    await q.query(`DROP TABLE directory_version`);
  }
}
