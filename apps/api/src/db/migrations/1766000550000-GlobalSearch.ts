import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The global search (modules/search): the `unaccent` extension, two IMMUTABLE wrappers that index
 * expressions may use (`unaccent(text)` itself is only STABLE, since its dictionary could change), and GIN
 * indexes per searched table — full text in both the Italian and the English configuration on titles and
 * names, and trigrams on the accent-free lower-case names for near matches and typos.
 */
export class GlobalSearch1766000550000 implements MigrationInterface {
  name = 'GlobalSearch1766000550000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Every name is schema-qualified: index builds and autovacuum run with a restricted search_path.
    await q.query(`
      CREATE FUNCTION filiera_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await q.query(`
      CREATE FUNCTION filiera_search_document(text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT to_tsvector('pg_catalog.italian'::regconfig, public.filiera_unaccent(coalesce($1, '')))
                || to_tsvector('pg_catalog.english'::regconfig, public.filiera_unaccent(coalesce($1, ''))) $$`);
    await q.query(`
      CREATE FUNCTION filiera_search_name(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT lower(public.filiera_unaccent(coalesce($1, ''))) $$`);
    for (const [index, table, document] of DOCUMENTS) {
      await q.query(`CREATE INDEX ${index} ON ${table} USING gin (filiera_search_document(${document}))`);
    }
    for (const [index, table, name] of NAMES) {
      await q.query(
        `CREATE INDEX ${index} ON ${table} USING gin (filiera_search_name(${name}) gin_trgm_ops)`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [index] of [...DOCUMENTS, ...NAMES]) await q.query(`DROP INDEX ${index}`);
    await q.query(`DROP FUNCTION filiera_search_name(text)`);
    await q.query(`DROP FUNCTION filiera_search_document(text)`);
    await q.query(`DROP FUNCTION filiera_unaccent(text)`);
    await q.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}

/** [index, table, the text indexed]: modules/search/search.sql.ts writes the same expressions. */
const DOCUMENTS = [
  ['firm_search_document_idx', 'firm', `legal_name || ' ' || coalesce(trade_name, '')`],
  ['task_search_document_idx', 'task', `title || ' ' || coalesce(description, '')`],
  ['plan_action_search_document_idx', 'plan_action', `title || ' ' || coalesce(description, '')`],
  ['event_search_document_idx', 'event', `title_it || ' ' || title_en || ' ' || place`],
] as const;

const NAMES = [
  ['firm_search_name_idx', 'firm', `legal_name || ' ' || coalesce(trade_name, '')`],
  ['app_user_search_name_idx', 'app_user', `name || ' ' || email`],
] as const;
