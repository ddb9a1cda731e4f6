import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { badField } from '../../common/errors.js';
import { pageSize, type Connection } from '../../common/pagination.js';
import { AtecoCodeEntity } from './ateco.entity.js';
import { foldText } from '../../common/validation.js';

/** A code or the beginning of one: "15", "15.2", "15.20.", "15.20.10", or a section letter. */
const CODE_PREFIX = /^([0-9]{1,2}(\.[0-9]{0,2}){0,2}|[A-Za-z])$/;
const MAX_SEARCH_LENGTH = 100;

interface Ranked {
  code: string;
  level: number;
  parent: string | null;
  title_it: string;
  title_en: string;
  rank: number;
}

const encodeCursor = (rank: number, code: string) =>
  Buffer.from(JSON.stringify([rank, code]), 'utf8').toString('base64url');

function decodeCursor(cursor: string): [number, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {
    // fall through
  }
  throw badField('after', 'invalid_cursor', 'is not a cursor returned by this list');
}

const toEntity = (r: Ranked): AtecoCodeEntity =>
  Object.assign(new AtecoCodeEntity(), {
    code: r.code,
    level: r.level,
    parent: r.parent,
    titleIt: r.title_it,
    titleEn: r.title_en,
  });

/**
 * Searches the classification: rank 0 the exact code, 1 codes beginning with the search, 2 codes whose
 * titles contain every word; keyset-paginated on (rank, code), so pages are stable and bounded.
 */
export async function searchAtecoCodes(
  ctx: Context,
  args: { search?: string | null; first?: number | null; after?: string | null },
): Promise<Connection<AtecoCodeEntity>> {
  const size = pageSize(args.first);
  const search = (args.search ?? '').trim();
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badField('search', 'too_long', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  const code = CODE_PREFIX.test(search) ? search.toUpperCase().replace(/\.$/, '') : null;
  const words = foldText(search)
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/[%_\\]/g, ''))
    .filter((w) => w.length > 0);
  const patterns = words.map((w) => `%${w}%`);
  const params: unknown[] = [code, code ? `${code}%` : null, patterns];
  const filter = search
    ? `WHERE ($2::text IS NOT NULL AND code LIKE $2) OR (cardinality($3::text[]) > 0 AND search_text LIKE ALL ($3::text[]))`
    : `WHERE $2::text IS NULL AND $3::text[] IS NOT NULL`;
  const ranked = `SELECT code, level, parent, title_it, title_en,
                         CASE WHEN code = $1 THEN 0 WHEN $2::text IS NOT NULL AND code LIKE $2 THEN 1 ELSE 2 END AS rank
                    FROM ateco_code ${filter}`;
  let page = `SELECT * FROM (${ranked}) r`;
  if (args.after) {
    const [rank, after] = decodeCursor(args.after);
    params.push(rank, after);
    page += ` WHERE (r.rank, r.code) > ($4::int, $5::text)`;
  }
  page += ` ORDER BY r.rank, r.code LIMIT ${size + 1}`;
  const [rows, count] = await Promise.all([
    ctx.ds.query(page, params) as Promise<Ranked[]>,
    ctx.ds.query(`SELECT count(*)::int AS n FROM (${ranked}) r`, params.slice(0, 3)) as Promise<
      { n: number }[]
    >,
  ]);
  const edges = rows.slice(0, size).map((r) => ({ cursor: encodeCursor(r.rank, r.code), node: toEntity(r) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count[0]?.n ?? 0,
  };
}

export function findAtecoCode(ctx: Context, code: string): Promise<AtecoCodeEntity | null> {
  return ctx.ds.getRepository(AtecoCodeEntity).findOneBy({ code: code.trim().slice(0, 20) });
}

/** The codes of `codes` that are in the ISTAT list. */
export async function knownAtecoCodes(manager: EntityManager, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows: { code: string }[] = await manager.query(
    `SELECT code FROM ateco_code WHERE code = ANY($1::text[])`,
    [[...new Set(codes)]],
  );
  return new Set(rows.map((r) => r.code));
}

/** Every code of the ISTAT list, for checking a whole file in memory (about 3,200 short strings). */
export async function allAtecoCodes(manager: EntityManager): Promise<Set<string>> {
  const rows: { code: string }[] = await manager.query(`SELECT code FROM ateco_code`);
  return new Set(rows.map((r) => r.code));
}

/**
 * BAD_USER_INPUT on `field` naming the codes that are not in the ISTAT ATECO 2025 list; for inputs that
 * carry ATECO codes (the firm profile). Run it in the mutation's transaction, before writing.
 */
export async function assertKnownAtecoCodes(
  manager: EntityManager,
  codes: string[],
  field: string,
): Promise<void> {
  const known = await knownAtecoCodes(manager, codes);
  const unknown = [...new Set(codes)].filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw badField(field, 'unknown_ateco_code', `${unknown.join(', ')}: not in the ATECO 2025 list`);
  }
}

/**
 * ISTAT's ATECO 2007 → ATECO 2025 correspondence (about 3,200 rows): for each 2007 code its
 * representative 2025 code (null where ISTAT gives none) and how many 2025 codes it corresponds to.
 */
export async function atecoCorrespondence2007(
  manager: EntityManager,
): Promise<Map<string, { code2025: string | null; correspondences: number }>> {
  const rows: { code_2007: string; code_2025: string | null; correspondences: number }[] =
    await manager.query(`SELECT code_2007, code_2025, correspondences FROM ateco_2007_correspondence`);
  return new Map(
    rows.map((r) => [r.code_2007, { code2025: r.code_2025, correspondences: r.correspondences }]),
  );
}
