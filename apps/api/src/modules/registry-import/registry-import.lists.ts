import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { badField } from '../../common/errors.js';
import { pageSize, type Connection } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import type { AtecoTranslation, FirmKind, RowReview } from './registry-ateco.js';
import type { ProblemRow } from './registry-plan.js';

/** The lists of a dry run's plan: its invalid rows and its rows, by line. */

export type { ProblemRow } from './registry-plan.js';

/** The line a cursor of the problems or rows list stands for; 0 without one. */
function lineCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const line = Number(Buffer.from(after, 'base64url').toString('utf8'));
  if (!Number.isInteger(line) || line < 0) {
    throw badField('after', 'invalid_cursor', 'is not a cursor returned by this list');
  }
  return line;
}

/** The invalid rows of a job's last dry run, by line (keyset on the line number). */
export async function listProblems(
  ds: DataSource,
  importId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<ProblemRow>> {
  const size = pageSize(args.first);
  const afterLine = lineCursor(args.after);
  const [rows, count] = await Promise.all([
    ds.query(
      `SELECT line, reasons FROM registry_import_problem WHERE import_id = $1 AND line > $2 ORDER BY line LIMIT $3`,
      [importId, afterLine, size + 1],
    ) as Promise<ProblemRow[]>,
    ds.query(`SELECT count(*)::int AS n FROM registry_import_problem WHERE import_id = $1`, [
      importId,
    ]) as Promise<{ n: number }[]>,
  ]);
  const edges = rows.slice(0, size).map((node) => ({
    cursor: Buffer.from(String(node.line), 'utf8').toString('base64url'),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count[0]?.n ?? 0,
  };
}

/** One row of a dry run's plan, as the GraphQL type RegistryImportRow reads it. */
export interface PlanRow {
  line: number;
  action: 'NEW' | 'UPDATE' | 'UNCHANGED';
  firmId: string | null;
  legalName: string;
  vatNumber: string | null;
  atecoCodes: string[];
  ateco2007: AtecoTranslation[];
  suggestedKind: FirmKind | null;
  kind: FirmKind | null;
  review: RowReview[];
}

const rowFilterSchema = z
  .object({
    action: z.enum(['NEW', 'UPDATE', 'UNCHANGED']).nullish(),
    needsReview: z.boolean().nullish(),
  })
  .nullish();

/** The rows of a job's last dry run, by line (keyset on the line number), optionally by action or to review. */
export async function listPlanRows(
  ds: DataSource,
  importId: string,
  args: { first?: number | null; after?: string | null; filter?: unknown },
): Promise<Connection<PlanRow>> {
  const filter = parseInput(rowFilterSchema, args.filter) ?? {};
  const size = pageSize(args.first);
  const afterLine = lineCursor(args.after);
  const where = `import_id = $1 AND ($2::text IS NULL OR action = $2) AND (NOT $3::boolean OR review <> '[]'::jsonb)`;
  const params = [importId, filter.action ?? null, filter.needsReview === true];
  const [rows, count] = await Promise.all([
    ds.query(
      `SELECT line, action, firm_id, legal_name, vat_number, ateco_codes, ateco_2007, kind, kind_override, review
         FROM registry_import_row WHERE ${where} AND line > $4 ORDER BY line LIMIT $5`,
      [...params, afterLine, size + 1],
    ) as Promise<
      {
        line: number;
        action: PlanRow['action'];
        firm_id: string | null;
        legal_name: string;
        vat_number: string | null;
        ateco_codes: string[];
        ateco_2007: AtecoTranslation[];
        kind: FirmKind | null;
        kind_override: FirmKind | null;
        review: RowReview[];
      }[]
    >,
    ds.query(`SELECT count(*)::int AS n FROM registry_import_row WHERE ${where}`, params) as Promise<
      { n: number }[]
    >,
  ]);
  const edges = rows.slice(0, size).map((r) => ({
    cursor: Buffer.from(String(r.line), 'utf8').toString('base64url'),
    node: {
      line: r.line,
      action: r.action,
      firmId: r.firm_id,
      legalName: r.legal_name,
      vatNumber: r.vat_number,
      atecoCodes: r.ateco_codes,
      ateco2007: r.ateco_2007,
      suggestedKind: r.kind,
      kind: r.kind_override ?? r.kind,
      review: r.review,
    },
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count[0]?.n ?? 0,
  };
}
