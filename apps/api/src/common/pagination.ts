import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badField } from './errors.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Validates `first`: 1 to MAX_PAGE_SIZE, so no list a person can grow is read unbounded. */
export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badField('first', 'out_of_range', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return n;
}

const encodeCursor = (key: string, id: string): string =>
  Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return [value[0] as string, value[1] as string];
    }
  } catch {
    // fall through to the error below
  }
  throw badField('after', 'invalid_cursor', 'is not a cursor returned by this list');
}

/** How a list is ordered: a SQL sort key, then `<alias>.id` to break ties. */
export interface KeysetSort<T> {
  /** SQL expression of the sort key, e.g. `firm.legal_name`; ties are broken by `<alias>.id`. */
  sortExpression: string;
  /** The sort key of a row as text, the same value the SQL expression yields. */
  sortKey: (row: T) => string;
  /** SQL type of the key, for the cursor comparison (e.g. text, timestamptz). */
  sortType: 'text' | 'timestamptz';
  direction: 'ASC' | 'DESC';
}

/** The page a client asks for: its size and the cursor it follows. */
export interface Paging {
  first?: number | null;
  after?: string | null;
}

/** By a timestamptz column (`alias.column`) read from the row as `time`. */
export const byTime = <T>(
  sortExpression: string,
  time: (row: T) => Date,
  direction: 'ASC' | 'DESC',
): KeysetSort<T> => ({
  sortExpression,
  sortType: 'timestamptz',
  sortKey: (row) => time(row).toISOString(),
  direction,
});

/** By a text expression, the same value the row gives as `key`. */
export const byText = <T>(
  sortExpression: string,
  key: (row: T) => string,
  direction: 'ASC' | 'DESC' = 'ASC',
): KeysetSort<T> => ({ sortExpression, sortType: 'text', sortKey: key, direction });

/**
 * Cursor (keyset) pagination over a filtered query: one statement for the page, one for the count,
 * whatever the page size.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  opts: KeysetSort<T>,
  paging: Paging,
): Promise<Connection<T>> {
  const size = pageSize(paging.first);
  const alias = qb.alias;
  const countQb = qb.clone();
  const op = opts.direction === 'ASC' ? '>' : '<';
  if (paging.after) {
    const [key, id] = decodeCursor(paging.after);
    qb.andWhere(
      `(${opts.sortExpression}, ${alias}.id) ${op} (CAST(:cursorKey AS ${opts.sortType}), CAST(:cursorId AS uuid))`,
      { cursorKey: key, cursorId: id },
    );
  }
  qb.orderBy(opts.sortExpression, opts.direction)
    .addOrderBy(`${alias}.id`, opts.direction)
    .limit(size + 1);
  const [rows, totalCount] = await Promise.all([qb.getMany(), countQb.getCount()]);
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(opts.sortKey(node), node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** The order of logs, comments and inboxes: newest first by `created_at` (then id), as a cursor connection. */
export function newestFirst<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  qb: SelectQueryBuilder<T>,
  paging: Paging,
): Promise<Connection<T>> {
  return keysetPage(
    qb,
    byTime(`${qb.alias}.created_at`, (row) => row.createdAt, 'DESC'),
    paging,
  );
}
