import { z } from 'zod';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Context } from '../../context.js';
import { badField, notFound } from '../../common/errors.js';
import { keysetPage, pageSize, type Connection } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { updateVersioned } from '../../common/versioned-update.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  REGISTRY_FIELDS,
  suggestMapping,
  type AtecoTranslation,
  type ColumnMapping,
  type FirmKind,
  type RowReview,
} from './registry-fields.js';
import { countRows, readShape, RegistryFileError } from './registry-file.js';
import { RegistryImportEntity } from './registry-import.entity.js';
import {
  countKinds,
  fileLimits,
  recoverImport,
  releaseImport,
  startImportWork,
  lockImport,
  type ImportWork,
  type ProblemRow,
} from './registry-import.work.js';

export type { ProblemRow } from './registry-import.work.js';

/** The largest file accepted by the upload. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const fileErrorMessage = (reason: RegistryFileError['reason'], ctx: Context): string => {
  const limits = fileLimits(ctx.config);
  return {
    unsupported_format: 'is not a CSV or XLSX file',
    no_header: 'has no header row',
    unreadable: 'cannot be read as CSV or XLSX',
    duplicate_columns: 'has two columns with the same header',
    too_many_rows: `has more than ${limits.maxRows} rows: split it into smaller files`,
    too_large_uncompressed: `unpacks to more than ${limits.maxUncompressedBytes / 1024 / 1024} MB`,
  }[reason];
};

/**
 * Creates an import job from an uploaded file: reads its shape (only the header) and suggests a
 * mapping; a CSV file longer than the row limit is refused at once (its lines are counted without
 * parsing), an XLSX file's rows are counted by the dry run. Audited.
 */
export async function createRegistryImport(ctx: Context, fileName: string, content: Buffer) {
  const limits = fileLimits(ctx.config);
  const shape = await readShape(content, fileName, limits).catch((error: unknown) => {
    if (error instanceof RegistryFileError)
      throw badField('file', error.reason, fileErrorMessage(error.reason, ctx));
    throw error;
  });
  if (countRows(content, shape) > limits.maxRows) {
    throw badField('file', 'too_many_rows', fileErrorMessage('too_many_rows', ctx));
  }
  const name = fileName.replace(/[\\/]/g, '_').slice(0, 200) || 'registry';
  return ctx.ds.transaction(async (manager) => {
    const job = await manager.save(
      manager.create(RegistryImportEntity, {
        createdById: ctx.viewer?.userId ?? null,
        fileName: name,
        fileSize: content.length,
        format: shape.format,
        encoding: shape.encoding,
        separator: shape.separator,
        columns: shape.columns,
        mapping: suggestMapping(shape.columns),
        status: 'UPLOADED',
        content,
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'UPLOAD_REGISTRY_IMPORT',
      entityType: 'RegistryImport',
      entityId: job.id,
      after: { fileName: job.fileName, fileSize: job.fileSize, format: job.format, columns: job.columns },
    });
    return job;
  });
}

const idSchema = z.uuid({ message: 'is not a valid id' });

/**
 * One import. A job shown as working whose worker is gone (its process died) is made retryable first,
 * so the person sees what happened without waiting for a restart.
 */
export async function getRegistryImport(ctx: Context, id: string): Promise<RegistryImportEntity> {
  const repo = ctx.ds.getRepository(RegistryImportEntity);
  let job = idSchema.safeParse(id).success ? await repo.findOneBy({ id }) : null;
  if (
    job &&
    (job.status === 'PREVIEWING' || job.status === 'APPLYING') &&
    (await recoverImport(ctx.ds, id))
  ) {
    job = await repo.findOneBy({ id });
  }
  if (!job) throw notFound('RegistryImport', id);
  return job;
}

export function listRegistryImports(ctx: Context, args: { first?: number | null; after?: string | null }) {
  return keysetPage(ctx.ds.getRepository(RegistryImportEntity).createQueryBuilder('ri'), {
    sortExpression: 'ri.created_at',
    sortType: 'timestamptz',
    sortKey: (ri) => ri.createdAt.toISOString(),
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

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

const mappingSchema = z
  .array(
    z.object({
      column: z.string().max(500),
      field: z.enum(REGISTRY_FIELDS).nullish(),
    }),
  )
  .max(500, 'has too many columns');

const previewSchema = z.object({
  id: idSchema,
  version: z.number().int(),
  mapping: mappingSchema,
});

/** The mapping's problems against the file's columns: unknown columns, a field twice, required fields. */
function checkMapping(columns: string[], raw: z.infer<typeof mappingSchema>): ColumnMapping[] {
  const known = new Set(columns);
  const seen = new Set<string>();
  const mapping: ColumnMapping[] = [];
  for (const m of raw) {
    if (!known.has(m.column))
      throw badField('mapping', 'unknown_column', `"${m.column}" is not a column of the file`);
    if (!m.field) continue;
    if (seen.has(m.field))
      throw badField('mapping', 'field_twice', `${m.field} is mapped to more than one column`);
    seen.add(m.field);
    mapping.push({ column: m.column, field: m.field });
  }
  if (!seen.has('LEGAL_NAME'))
    throw badField('mapping', 'legal_name_required', 'must map a column to LEGAL_NAME');
  if (!seen.has('VAT_NUMBER') && !seen.has('TAX_CODE')) {
    throw badField('mapping', 'identifier_required', 'must map a column to VAT_NUMBER or TAX_CODE');
  }
  return mapping;
}

/**
 * Moves a job to a working status on `runner`'s connection, refusing stale versions (CONFLICT) and
 * applied or running jobs. The caller holds the job's advisory lock on the same connection.
 */
async function claim(
  runner: QueryRunner,
  ctx: Context,
  input: { id: string; version: number },
  status: 'PREVIEWING' | 'APPLYING',
  extra: Partial<RegistryImportEntity>,
): Promise<RegistryImportEntity> {
  return runner.manager.transaction(async (manager) => {
    const job = await manager.findOne(RegistryImportEntity, {
      where: { id: input.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!job) throw notFound('RegistryImport', input.id);
    if (job.version === input.version) {
      if (job.status === 'APPLIED')
        throw badField('id', 'already_applied', 'has been applied already: upload the file again');
      if (job.status === 'APPLYING' || job.status === 'PREVIEWING') {
        throw badField('id', 'busy', 'is being processed: wait for it to finish');
      }
      if (status === 'APPLYING' && job.status !== 'PREVIEWED') {
        throw badField('id', 'not_previewed', 'needs a dry run before it is applied');
      }
    }
    const { after } = await updateVersioned(
      manager,
      RegistryImportEntity,
      'RegistryImport',
      input.id,
      input.version,
      {
        status,
        phaseProcessed: 0,
        failureMessage: null,
        failureReason: null,
        interruptedPhase: null,
        interruptedAt: null,
        ...extra,
      } as never,
    );
    await recordAudit(manager, ctx, {
      action: status === 'APPLYING' ? 'START_APPLY_REGISTRY_IMPORT' : 'START_PREVIEW_REGISTRY_IMPORT',
      entityType: 'RegistryImport',
      entityId: job.id,
      before: { status: job.status, mapping: job.mapping },
      after: { status, mapping: after.mapping },
    });
    return after;
  });
}

/**
 * Claims the job for a phase and starts its work in the background: the request answers at once with
 * the job PREVIEWING or APPLYING, and the person follows its progress. The job's advisory lock is taken
 * first, on the connection the work then runs on, so it is held from the claim to the end of the work.
 */
async function claimAndStart(
  ctx: Context,
  input: { id: string; version: number },
  status: 'PREVIEWING' | 'APPLYING',
  extra: Partial<RegistryImportEntity>,
): Promise<RegistryImportEntity> {
  const runner = ctx.ds.createQueryRunner();
  await runner.connect();
  let job: RegistryImportEntity;
  try {
    // A job shown as working is busy; one that just finished may still be letting go of its lock.
    const busy = () => badField('id', 'busy', 'is being processed: wait for it to finish');
    const shown = await ctx.ds.getRepository(RegistryImportEntity).findOneBy({ id: input.id });
    if (shown?.status === 'PREVIEWING' || shown?.status === 'APPLYING') throw busy();
    if (!(await lockImport(runner, input.id, 5000))) throw busy();
    job = await claim(runner, ctx, input, status, extra);
  } catch (error) {
    await releaseImport(runner, input.id);
    throw error;
  }
  const work: ImportWork = {
    importId: job.id,
    phase: status === 'APPLYING' ? 'APPLY' : 'PREVIEW',
    actor: { userId: ctx.viewer?.userId ?? null, ip: ctx.ip },
  };
  startImportWork(ctx.ds, ctx.config, runner, work);
  return job;
}

/**
 * Starts the dry run (in the background): reads the file with the mapping and stores what each row will
 * do, the counts, the kinds of the new firms, the firms to review and the invalid rows; writes no firm.
 */
export async function previewRegistryImport(ctx: Context, rawInput: unknown): Promise<RegistryImportEntity> {
  const input = parseInput(previewSchema, rawInput);
  const current = await getRegistryImport(ctx, input.id);
  const mapping = checkMapping(current.columns, input.mapping);
  const total = current.format === 'CSV' ? await csvRowTotal(ctx.ds, current.id) : 0;
  return claimAndStart(ctx, input, 'PREVIEWING', { mapping, phaseTotal: total });
}

/** Starts the apply of a previewed import (in the background); see runApply for what it checks. */
export async function applyRegistryImport(ctx: Context, rawInput: unknown): Promise<RegistryImportEntity> {
  const input = parseInput(z.object({ id: idSchema, version: z.number().int() }), rawInput);
  const current = await getRegistryImport(ctx, input.id);
  const rows = current.rowCount ?? 0;
  return claimAndStart(ctx, input, 'APPLYING', {
    phaseTotal: rows + (current.newCount ?? 0) + (current.updatedCount ?? 0),
  });
}

/** The CSV file's line count, for the progress bar's end; counted in the database, not in memory here. */
async function csvRowTotal(ds: DataSource, id: string): Promise<number> {
  const rows: { content: Buffer | null }[] = await ds.query(
    `SELECT content FROM registry_import WHERE id = $1`,
    [id],
  );
  const content = rows[0]?.content;
  if (!content) throw badField('id', 'no_file', 'has no file any more: upload it again');
  return countRows(content, { format: 'CSV' });
}

/** The firm kinds, in the order of the GraphQL enum FirmKind. */
export const FIRM_KINDS = ['SHOE_FACTORY', 'PROCESSING', 'COMPONENTS', 'SERVICES'] as const;

const rowKindSchema = z.object({
  id: idSchema,
  version: z.number().int(),
  line: z.number().int().positive(),
  kind: z.enum(FIRM_KINDS),
});

/**
 * Changes the kind a new firm of the dry run will get. The job's version goes up, so an apply confirmed
 * on the counts before the change is refused as CONFLICT; the counts by kind are updated. Audited.
 */
export async function setRegistryImportRowKind(
  ctx: Context,
  rawInput: unknown,
): Promise<RegistryImportEntity> {
  const input = parseInput(rowKindSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const job = await manager.findOne(RegistryImportEntity, {
      where: { id: input.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!job) throw notFound('RegistryImport', input.id);
    if (job.status !== 'PREVIEWED') {
      throw badField('id', 'not_previewed', 'can change kinds only after a dry run and before applying');
    }
    const rows: { kind: FirmKind; kind_override: FirmKind | null }[] = await manager.query(
      `SELECT kind, kind_override FROM registry_import_row WHERE import_id = $1 AND line = $2 AND action = 'NEW'`,
      [input.id, input.line],
    );
    const row = rows[0];
    if (!row) throw badField('line', 'not_new_firm', 'is not a line that adds a firm');
    await manager.query(
      `UPDATE registry_import_row SET kind_override = $3 WHERE import_id = $1 AND line = $2`,
      [input.id, input.line, input.kind === row.kind ? null : input.kind],
    );
    const kindCounts = await countKinds(manager, input.id);
    const { after } = await updateVersioned(
      manager,
      RegistryImportEntity,
      'RegistryImport',
      input.id,
      input.version,
      {
        kindCounts,
      } as never,
    );
    await recordAudit(manager, ctx, {
      action: 'SET_REGISTRY_IMPORT_ROW_KIND',
      entityType: 'RegistryImport',
      entityId: input.id,
      before: { line: input.line, kind: row.kind_override ?? row.kind },
      after: { line: input.line, kind: input.kind },
    });
    return after;
  });
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
