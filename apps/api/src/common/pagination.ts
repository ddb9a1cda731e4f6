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

export interface KeysetOptions<T> {
  /** SQL expression of the sort key, e.g. `firm.legal_name`; ties are broken by `<alias>.id`. */
  sortExpression: string;
  /** The sort key of a row as text, the same value the SQL expression yields. */
  sortKey: (row: T) => string;
  /** SQL type of the key, for the cursor comparison (e.g. text, timestamptz). */
  sortType: 'text' | 'timestamptz';
  direction: 'ASC' | 'DESC';
  first: number | null | undefined;
  after: string | null | undefined;
}

/**
 * Cursor (keyset) pagination over a filtered query: one statement for the page, one for the count,
 * whatever the page size.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  opts: KeysetOptions<T>,
): Promise<Connection<T>> {
  const size = pageSize(opts.first);
  const alias = qb.alias;
  const countQb = qb.clone();
  const op = opts.direction === 'ASC' ? '>' : '<';
  if (opts.after) {
    const [key, id] = decodeCursor(opts.after);
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
  paging: { first?: number | null; after?: string | null },
): Promise<Connection<T>> {
  return keysetPage(qb, {
    sortExpression: `${qb.alias}.created_at`,
    sortType: 'timestamptz',
    sortKey: (row) => row.createdAt.toISOString(),
    direction: 'DESC',
    first: paging.first,
    after: paging.after,
  });
}
