import { z } from 'zod';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { parseInput, text } from '../../common/validation.js';
import { searchableBy } from './search.policy.js';
import { SEARCH_BRANCHES, type SearchKind } from './search.sql.js';

export interface SearchResultRow {
  kind: SearchKind;
  id: string;
  title: string;
  titleEn: string | null;
  detail: string | null;
}

const searchInput = z.object({
  query: text(100).min(2, 'is shorter than 2 characters'),
  first: z.number().int().min(1, 'must be at least 1').max(50, 'must be at most 50'),
});

/** Candidates each index gives a kind before scoring: enough to rank well, few enough to stay fast. */
const CANDIDATES = 100;

/**
 * The words of `query` as a tsquery, each a prefix (so "calz" finds "calzaturificio" while typing): only
 * letters and digits reach to_tsquery, so no input is tsquery syntax. Empty when no word remains.
 */
export function prefixQuery(query: string): string {
  const words = query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `${w}:*`).join(' & ');
}

/**
 * Firms, people, tasks, plan actions, contract sections and events matching `query`, best first: each kind
 * the viewer may read (search.policy.ts), in one SQL statement.
 */
export async function search(
  ctx: Context,
  args: { query: string; first?: number | null },
): Promise<SearchResultRow[]> {
  const viewer = requireViewer(ctx);
  const { query, first } = parseInput(searchInput, { query: args.query, first: args.first ?? 20 });
  const tsquery = prefixQuery(query);
  const kinds = (Object.keys(SEARCH_BRANCHES) as SearchKind[]).filter((k) => searchableBy[k].allows(viewer));
  if (!tsquery || kinds.length === 0) return [];
  const rows: Array<{
    kind: SearchKind;
    id: string;
    title: string;
    title_en: string | null;
    detail: string | null;
  }> = await ctx.ds.query(
    `WITH q AS MATERIALIZED (
         SELECT to_tsquery('pg_catalog.italian', filiera_unaccent($1))
                || to_tsquery('pg_catalog.english', filiera_unaccent($1)) AS ts,
                filiera_search_name($2) AS name)
       SELECT kind, id, title, title_en, detail FROM (
         ${kinds.map((k) => `(${SEARCH_BRANCHES[k]})`).join('\nUNION ALL\n')}
       ) AS found(kind, id, title, title_en, detail, score)
       ORDER BY score DESC, title
       LIMIT $4`,
    [tsquery, query, CANDIDATES, first],
  );
  return rows.map((r) => ({ kind: r.kind, id: r.id, title: r.title, titleEn: r.title_en, detail: r.detail }));
}
