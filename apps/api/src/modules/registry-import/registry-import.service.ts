import { z } from 'zod';
import type { DataSource, QueryRunner } from 'typeorm';
import { REGISTRY_IMPORT_FIELDS } from '@filiera/shared';
import type { Context } from '../../context.js';
import { badField } from '../../common/errors.js';
import { findOrThrow, getOrThrow } from '../../common/lookup.js';
import { INVALID_CHARACTERS, textProblem } from '../../common/text.js';
import { newestFirst } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { createAudited, updateAudited } from '../audit/audit.service.js';
import type { FirmKind } from './registry-ateco.js';
import { suggestMapping, type ColumnMapping } from './registry-fields.js';
import { countRows, readShape, RegistryFileError } from './registry-file.js';
import { RegistryImportEntity } from './registry-import.entity.js';
import { lockImport, releaseImport } from './registry-import.lock.js';
import { recoverImport } from './registry-import.recovery.js';
import { enqueueImportWork, fileLimits } from './registry-import.work.js';
import { countKinds } from './registry-write.js';

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
 * The uploaded file's name as stored and shown: checked like every text input (a NUL, control characters
 * or text-direction overrides are refused, naming the field `file`), NFC, without path separators.
 */
function cleanFileName(fileName: string): string {
  const problem = textProblem(fileName, 'line');
  if (problem) throw badField('file', INVALID_CHARACTERS, `name ${problem}`);
  return fileName.normalize('NFC').replace(/[\\/]/g, '_').slice(0, 200) || 'registry';
}

/**
 * Creates an import job from an uploaded file: reads its shape (only the header) and suggests a
 * mapping; a CSV file longer than the row limit is refused at once (its lines are counted without
 * parsing), an XLSX file's rows are counted by the dry run. Audited.
 */
export async function createRegistryImport(ctx: Context, fileName: string, content: Buffer) {
  const name = cleanFileName(fileName);
  const limits = fileLimits(ctx.config);
  const shape = await readShape(content, fileName, limits).catch((error: unknown) => {
    if (error instanceof RegistryFileError)
      throw badField('file', error.reason, fileErrorMessage(error.reason, ctx));
    throw error;
  });
  if (countRows(content, shape) > limits.maxRows) {
    throw badField('file', 'too_many_rows', fileErrorMessage('too_many_rows', ctx));
  }
  return ctx.ds.transaction((manager) =>
    createAudited(manager, ctx, {
      entity: RegistryImportEntity,
      values: {
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
      },
      action: 'UPLOAD_REGISTRY_IMPORT',
      snapshot: (row) => ({
        fileName: row.fileName,
        fileSize: row.fileSize,
        format: row.format,
        columns: row.columns,
      }),
    }),
  );
}

const idSchema = z.uuid({ message: 'is not a valid id' });

/**
 * One import. A job shown as working whose worker is gone (its process died) is made retryable first,
 * so the person sees what happened without waiting for a restart.
 */
export async function getRegistryImport(ctx: Context, id: string): Promise<RegistryImportEntity> {
  const repo = ctx.ds.getRepository(RegistryImportEntity);
  return getOrThrow('RegistryImport', id, async (key) => {
    const job = await repo.findOneBy({ id: key });
    const working = job?.status === 'PREVIEWING' || job?.status === 'APPLYING';
    return working && (await recoverImport(ctx.ds, key)) ? repo.findOneBy({ id: key }) : job;
  });
}

export function listRegistryImports(ctx: Context, args: { first?: number | null; after?: string | null }) {
  return newestFirst(ctx.ds.getRepository(RegistryImportEntity).createQueryBuilder('ri'), args);
}

const mappingSchema = z
  .array(
    z.object({
      column: z.string().max(500),
      field: z.enum(REGISTRY_IMPORT_FIELDS).nullish(),
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
 * applied or running jobs, and queues its work in the same transaction. The caller holds the job's
 * advisory lock on the same connection.
 */
async function claim(
  runner: QueryRunner,
  ctx: Context,
  input: { id: string; version: number },
  status: 'PREVIEWING' | 'APPLYING',
  extra: Partial<RegistryImportEntity>,
): Promise<RegistryImportEntity> {
  return runner.manager.transaction(async (manager) => {
    const job = await findOrThrow(manager, RegistryImportEntity, input.id, { lock: true });
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
    const { after } = await updateAudited(manager, ctx, {
      entity: RegistryImportEntity,
      id: input.id,
      version: input.version,
      changes: {
        status,
        phaseProcessed: 0,
        failureMessage: null,
        failureReason: null,
        interruptedPhase: null,
        interruptedAt: null,
        ...extra,
      } as never,
      action: status === 'APPLYING' ? 'START_APPLY_REGISTRY_IMPORT' : 'START_PREVIEW_REGISTRY_IMPORT',
      snapshot: (row) => ({ status: row.status, mapping: row.mapping }),
    });
    await enqueueImportWork(manager, {
      importId: job.id,
      phase: status === 'APPLYING' ? 'APPLY' : 'PREVIEW',
      version: after.version,
      actor: { userId: ctx.viewer?.userId ?? null, ip: ctx.ip },
    });
    return after;
  });
}

/**
 * Claims the job for a phase and queues its work: the request answers at once with the job PREVIEWING or
 * APPLYING, a worker of the job queue (in this or another process) does the work, and the person follows
 * its progress. The import's advisory lock is held during the claim, so a claim waits for a worker that
 * is still letting go of an earlier phase, and recovery never sees a half-made claim.
 */
async function claimAndQueue(
  ctx: Context,
  input: { id: string; version: number },
  status: 'PREVIEWING' | 'APPLYING',
  extra: Partial<RegistryImportEntity>,
): Promise<RegistryImportEntity> {
  const runner = ctx.ds.createQueryRunner();
  await runner.connect();
  try {
    // A job shown as working is busy; one that just finished may still be letting go of its lock.
    const busy = () => badField('id', 'busy', 'is being processed: wait for it to finish');
    const shown = await ctx.ds.getRepository(RegistryImportEntity).findOneBy({ id: input.id });
    if (shown?.status === 'PREVIEWING' || shown?.status === 'APPLYING') throw busy();
    if (!(await lockImport(runner, input.id, 5000))) throw busy();
    return await claim(runner, ctx, input, status, extra);
  } finally {
    await releaseImport(runner, input.id);
  }
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
  return claimAndQueue(ctx, input, 'PREVIEWING', { mapping, phaseTotal: total });
}

/** Starts the apply of a previewed import (in the background); see runApply for what it checks. */
export async function applyRegistryImport(ctx: Context, rawInput: unknown): Promise<RegistryImportEntity> {
  const input = parseInput(z.object({ id: idSchema, version: z.number().int() }), rawInput);
  const current = await getRegistryImport(ctx, input.id);
  const rows = current.rowCount ?? 0;
  return claimAndQueue(ctx, input, 'APPLYING', {
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
    const job = await findOrThrow(manager, RegistryImportEntity, input.id, { lock: true });
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
    const { after } = await updateAudited(manager, ctx, {
      entity: RegistryImportEntity,
      id: input.id,
      version: input.version,
      changes: { kindCounts } as never,
      action: 'SET_REGISTRY_IMPORT_ROW_KIND',
      snapshot: () => ({}),
      alongside: async () => ({
        before: { line: input.line, kind: row.kind_override ?? row.kind },
        after: { line: input.line, kind: input.kind },
      }),
    });
    return after;
  });
}
