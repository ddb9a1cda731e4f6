/**
 * The SQL of each kind of search result. Every branch selects (kind, id, title, title_en, detail, score)
 * from rows matching the query `q` (a CTE with `ts`, the Italian-or-English tsquery, and `name`, the
 * accent-free lower-case text for trigrams). Matches come from the GIN indexes of the GlobalSearch
 * migration, whose expressions these repeat; each index gives at most `$3` candidates before scoring, so a
 * common word costs about the same at national scale as a rare one.
 */
export type SearchKind = 'FIRM' | 'PERSON' | 'TASK' | 'PLAN_ACTION' | 'CONTRACT_SECTION' | 'EVENT';

const doc = (text: string) => `filiera_search_document(${text})`;
const name = (text: string) => `filiera_search_name(${text})`;

/** The indexed texts, on a table alias. */
const firmText = (t: string) => `${t}.legal_name || ' ' || coalesce(${t}.trade_name, '')`;
const titleText = (t: string) => `${t}.title || ' ' || coalesce(${t}.description, '')`;
const eventText = (t: string) => `${t}.title_it || ' ' || ${t}.title_en || ' ' || ${t}.place`;
const userText = (t: string) => `${t}.name || ' ' || ${t}.email`;

/** Full-text matches of a table, best first among at most $3 candidates. */
const byText = (table: string, text: (t: string) => string, select: string) => `
  SELECT ${select}, ts_rank(${doc(text('t'))}, q.ts) AS score
  FROM q, (SELECT c.* FROM ${table} c, q WHERE ${doc(text('c'))} @@ q.ts LIMIT $3) t`;

export const SEARCH_BRANCHES: Record<SearchKind, string> = {
  // Firms by words of their names (stemmed) or, when those are fewer than $3, by a name like the query
  // (typos): a common word ("calzaturificio", half the registry) skips the trigram scan altogether.
  FIRM: `
    SELECT 'FIRM', t.id::text, coalesce(t.trade_name, t.legal_name), NULL,
           concat_ws(' · ', CASE WHEN t.trade_name IS NOT NULL THEN t.legal_name END, t.hamlet, t.municipality),
           ts_rank(${doc(firmText('t'))}, q.ts) + word_similarity(q.name, ${name(firmText('t'))})
    FROM q, firm t
    WHERE t.id IN (
      WITH by_words AS MATERIALIZED (SELECT c.id FROM firm c, q WHERE ${doc(firmText('c'))} @@ q.ts LIMIT $3)
      SELECT id FROM by_words
      UNION
      (SELECT c.id FROM firm c, q
       WHERE (SELECT count(*) FROM by_words) < $3 AND q.name <% ${name(firmText('c'))} LIMIT $3))`,
  PERSON: `
    SELECT 'PERSON', t.id::text, t.name, NULL, t.email, word_similarity(q.name, ${name(userText('t'))})
    FROM q, (SELECT c.* FROM app_user c, q WHERE q.name <% ${name(userText('c'))} LIMIT $3) t`,
  TASK: byText('task', titleText, `'TASK', t.id::text, t.title, NULL, t.status`),
  PLAN_ACTION: byText('plan_action', titleText, `'PLAN_ACTION', t.id::text, t.title, NULL, t.status`),
  EVENT: byText('event', eventText, `'EVENT', t.id::text, t.title_it, t.title_en, t.place`),
  // One contract of a handful of sections: no index needed, each section's text is read from the document.
  CONTRACT_SECTION: `
    SELECT 'CONTRACT_SECTION', s.section, s.section, NULL,
           ts_headline('simple', filiera_unaccent(s.body), q.ts, 'MaxWords=12, MinWords=4, StartSel="", StopSel=""'),
           ts_rank(${doc('s.body')}, q.ts)
    FROM network_contract c, q, LATERAL (VALUES
      ('GENERAL', c.document->>'title'),
      ('OBJECTIVES', c.document->>'objectives'),
      ('PROGRAMME', c.document->>'programme'),
      ('DURATION', c.document->'duration'->>'notes'),
      ('JOINING', c.document->>'joining'),
      ('ORGANO_COMUNE', c.document->>'organoComune'),
      ('DECISION_RULES', c.document->>'decisionRules'),
      ('COMMON_FUND', c.document->>'commonFund'),
      ('WITHDRAWAL_EXCLUSION', c.document->>'withdrawalExclusion')
    ) AS s(section, body)
    WHERE ${doc('s.body')} @@ q.ts`,
};
