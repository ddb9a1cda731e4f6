import { z } from 'zod';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { badField, DomainError, notFound } from '../../common/errors.js';
import { keysetPage, pageSize, type Connection } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { updateVersioned } from '../../common/versioned-update.js';
import { diffFields, recordAudit } from '../audit/audit.service.js';
import { allAtecoCodes } from '../ateco/ateco.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import {
  checkRow,
  kindFromAteco,
  REGISTRY_FIELDS,
  suggestMapping,
  type ColumnMapping,
  type FirmValues,
  type RowProblem,
} from './registry-fields.js';
import { countRows, readRows, readShape, RegistryFileError, type FileShape } from './registry-file.js';
import { RegistryImportEntity } from './registry-import.entity.js';

/** The largest file accepted by the upload. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Rows per statement when looking up, inserting and updating firms (well below 65,535 parameters: one jsonb each). */
const BATCH = 1000;
/** Progress is written every this many rows: often enough for a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 2000;

const FILE_ERROR_MESSAGES: Record<RegistryFileError['reason'], string> = {
  unsupported_format: 'is not a CSV or XLSX file',
  no_header: 'has no header row',
  unreadable: 'cannot be read as CSV or XLSX',
  duplicate_columns: 'has two columns with the same header',
};

/** Creates an import job from an uploaded file: detects its shape and suggests a mapping. Audited. */
export async function createRegistryImport(ctx: Context, fileName: string, content: Buffer) {
  let shape: FileShape;
  try {
    shape = await readShape(content, fileName);
  } catch (error) {
    if (error instanceof RegistryFileError)
      throw badField('file', error.reason, FILE_ERROR_MESSAGES[error.reason]);
    throw error;
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

export async function getRegistryImport(ctx: Context, id: string): Promise<RegistryImportEntity> {
  const job = idSchema.safeParse(id).success
    ? await ctx.ds.getRepository(RegistryImportEntity).findOneBy({ id })
    : null;
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

export interface ProblemRow {
  line: number;
  reasons: RowProblem[];
}

/** The invalid rows of a job's last dry run, by line (keyset on the line number). */
export async function listProblems(
  ds: DataSource,
  importId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<ProblemRow>> {
  const size = pageSize(args.first);
  let afterLine = 0;
  if (args.after) {
    afterLine = Number(Buffer.from(args.after, 'base64url').toString('utf8'));
    if (!Number.isInteger(afterLine) || afterLine < 0) {
      throw badField('after', 'invalid_cursor', 'is not a cursor returned by this list');
    }
  }
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

/** What the import would do with each valid row. */
type Planned =
  | { kind: 'new'; line: number; values: FirmValues & { legalName: string; vatNumber: string } }
  | { kind: 'update'; line: number; firm: FirmEntity; changes: Partial<FirmEntity> }
  | { kind: 'unchanged'; line: number };

interface Analysis {
  rowCount: number;
  planned: Planned[];
  problems: ProblemRow[];
  counts: { newCount: number; updatedCount: number; unchangedCount: number; invalidCount: number };
}

type Progress = (processed: number) => Promise<void>;

/** Firm columns that a registry field writes, for the comparison with the stored firm. */
const VALUE_KEYS = [
  'legalName',
  'vatNumber',
  'taxCode',
  'reaNumber',
  'legalForm',
  'street',
  'postcode',
  'municipality',
  'hamlet',
  'province',
  'atecoCodes',
  'employees',
  'foundedYear',
] as const satisfies readonly (keyof FirmValues & keyof FirmEntity)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Reads every row with the mapping, checks it, finds duplicates within the file and matches firms by
 * Partita IVA, then codice fiscale; decides for each row new / update / unchanged / invalid. Writes nothing.
 */
async function analyse(
  manager: EntityManager,
  content: Buffer,
  shape: FileShape,
  mapping: ColumnMapping[],
  progress: Progress,
): Promise<Analysis> {
  const atecoCodes = await allAtecoCodes(manager);
  const problems = new Map<number, RowProblem[]>();
  const valid: { line: number; values: FirmValues }[] = [];
  const vatLines = new Map<string, number>();
  const taxLines = new Map<string, number>();
  let rowCount = 0;
  const addProblem = (line: number, p: RowProblem) => problems.set(line, [...(problems.get(line) ?? []), p]);
  const columnOf = (field: string) => mapping.find((m) => m.field === field)?.column ?? null;

  for await (const row of readRows(content, shape)) {
    rowCount += 1;
    if (rowCount % PROGRESS_EVERY === 0) await progress(rowCount);
    const check = checkRow(row.cells, mapping, (code) => atecoCodes.has(code));
    if (!check.ok) {
      problems.set(row.line, check.problems);
      continue;
    }
    const { vatNumber, taxCode } = check.values;
    let duplicate = false;
    if (vatNumber) {
      if (vatLines.has(vatNumber)) {
        addProblem(row.line, {
          code: 'VAT_NUMBER_DUPLICATE',
          column: columnOf('VAT_NUMBER'),
          value: vatNumber,
        });
        duplicate = true;
      } else vatLines.set(vatNumber, row.line);
    }
    if (taxCode && !duplicate) {
      if (taxLines.has(taxCode)) {
        addProblem(row.line, { code: 'TAX_CODE_DUPLICATE', column: columnOf('TAX_CODE'), value: taxCode });
        duplicate = true;
      } else taxLines.set(taxCode, row.line);
    }
    if (!duplicate) valid.push({ line: row.line, values: check.values });
  }
  await progress(rowCount);

  // Existing firms matching any Partita IVA or codice fiscale of the file, a batch per statement.
  const byVat = new Map<string, FirmEntity>();
  const byTax = new Map<string, FirmEntity>();
  const repo = manager.getRepository(FirmEntity);
  for (let i = 0; i < valid.length; i += BATCH) {
    const batch = valid.slice(i, i + BATCH);
    const vats = batch.flatMap((r) => (r.values.vatNumber ? [r.values.vatNumber] : []));
    const taxes = batch.flatMap((r) => (r.values.taxCode ? [r.values.taxCode] : []));
    const firms = await repo
      .createQueryBuilder('f')
      .where('f.vat_number = ANY(:vats::text[])', { vats })
      .orWhere('f.tax_code = ANY(:taxes::text[])', { taxes })
      .getMany();
    for (const f of firms) {
      byVat.set(f.vatNumber, f);
      if (f.taxCode) byTax.set(f.taxCode, f);
    }
  }

  const planned: Planned[] = [];
  const matched = new Set<string>();
  for (const { line, values } of valid) {
    const firm =
      (values.vatNumber ? byVat.get(values.vatNumber) : undefined) ??
      (values.taxCode ? byTax.get(values.taxCode) : undefined);
    if (!firm) {
      if (!values.vatNumber || !values.legalName) {
        // A new firm needs a Partita IVA; a personal codice fiscale alone matches only a known firm.
        addProblem(line, { code: 'VAT_NUMBER_MISSING', column: columnOf('VAT_NUMBER'), value: null });
        continue;
      }
      planned.push({
        kind: 'new',
        line,
        values: { ...values, legalName: values.legalName, vatNumber: values.vatNumber },
      });
      continue;
    }
    if (matched.has(firm.id)) {
      addProblem(line, {
        code: 'VAT_NUMBER_DUPLICATE',
        column: columnOf('VAT_NUMBER'),
        value: values.vatNumber ?? null,
      });
      continue;
    }
    matched.add(firm.id);
    const changes: Record<string, unknown> = {};
    for (const key of VALUE_KEYS) {
      const value = values[key];
      // A matched firm keeps its Partita IVA when the file has none.
      if (value === undefined || (key === 'vatNumber' && !value)) continue;
      if (!same(value, firm[key])) changes[key] = value;
    }
    planned.push(
      Object.keys(changes).length
        ? { kind: 'update', line, firm, changes: changes as Partial<FirmEntity> }
        : { kind: 'unchanged', line },
    );
  }

  const problemRows = [...problems.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, reasons]) => ({ line, reasons }));
  return {
    rowCount,
    planned,
    problems: problemRows,
    counts: {
      newCount: planned.filter((p) => p.kind === 'new').length,
      updatedCount: planned.filter((p) => p.kind === 'update').length,
      unchangedCount: planned.filter((p) => p.kind === 'unchanged').length,
      invalidCount: problemRows.length,
    },
  };
}

async function loadContent(ds: DataSource, id: string): Promise<Buffer> {
  const rows: { content: Buffer | null }[] = await ds.query(
    `SELECT content FROM registry_import WHERE id = $1`,
    [id],
  );
  const content = rows[0]?.content;
  if (!content) throw badField('id', 'no_file', 'has no file any more: upload it again');
  return content;
}

const shapeOf = (job: RegistryImportEntity): FileShape => ({
  format: job.format,
  encoding: job.encoding,
  separator: job.separator === ',' ? ',' : job.separator === ';' ? ';' : null,
  columns: job.columns,
});

/**
 * Progress lives on the job row and is written on the pool's own connection (outside the caller's
 * transaction), so a person polling sees it move while a long transaction is still open.
 */
function progressWriter(ds: DataSource, id: string, offset = 0): Progress {
  return async (processed) => {
    await ds.query(`UPDATE registry_import SET phase_processed = $2 WHERE id = $1`, [id, offset + processed]);
  };
}

const counts = (job: RegistryImportEntity) => ({
  rowCount: job.rowCount,
  newCount: job.newCount,
  updatedCount: job.updatedCount,
  unchangedCount: job.unchangedCount,
  invalidCount: job.invalidCount,
});

/** Moves a job to a working status, refusing stale versions (CONFLICT) and applied or running jobs. */
async function claim(
  ctx: Context,
  input: { id: string; version: number },
  status: 'PREVIEWING' | 'APPLYING',
  extra: Partial<RegistryImportEntity>,
): Promise<RegistryImportEntity> {
  return ctx.ds.transaction(async (manager) => {
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
        ...extra,
      } as never,
    );
    return after;
  });
}

/** Marks a job FAILED after an error, in a transaction of its own (the work itself was rolled back). */
async function fail(ctx: Context, job: RegistryImportEntity, action: string, message: string) {
  return ctx.ds.transaction(async (manager) => {
    const { before, after } = await updateVersioned(
      manager,
      RegistryImportEntity,
      'RegistryImport',
      job.id,
      job.version,
      {
        status: 'FAILED',
        failureMessage: message,
      },
    );
    await recordAudit(manager, ctx, {
      action,
      entityType: 'RegistryImport',
      entityId: job.id,
      before: { status: before.status },
      after: { status: after.status, failureMessage: message },
    });
    return after;
  });
}

/** The dry run: reads the file with the mapping and stores the counts and invalid rows; writes no firm. */
export async function previewRegistryImport(ctx: Context, rawInput: unknown): Promise<RegistryImportEntity> {
  const input = parseInput(previewSchema, rawInput);
  const current = await getRegistryImport(ctx, input.id);
  const mapping = checkMapping(current.columns, input.mapping);
  const content = await loadContent(ctx.ds, input.id);
  // Counting lines is cheap next to parsing them, and gives the progress bar its end from the start.
  const total = current.rowCount ?? (await countRows(content, shapeOf(current)).catch(() => 0));
  const job = await claim(ctx, input, 'PREVIEWING', { mapping, phaseTotal: total });
  let analysis: Analysis;
  try {
    analysis = await analyse(ctx.ds.manager, content, shapeOf(job), mapping, progressWriter(ctx.ds, job.id));
  } catch (error) {
    if (!(error instanceof RegistryFileError)) throw error;
    return fail(ctx, job, 'PREVIEW_REGISTRY_IMPORT', `The file ${FILE_ERROR_MESSAGES[error.reason]}.`);
  }
  return ctx.ds.transaction(async (manager) => {
    await manager.query(`DELETE FROM registry_import_problem WHERE import_id = $1`, [job.id]);
    for (let i = 0; i < analysis.problems.length; i += BATCH) {
      const batch = analysis.problems.slice(i, i + BATCH);
      await manager.query(
        `INSERT INTO registry_import_problem (import_id, line, reasons)
         SELECT $1, r.line, r.reasons FROM jsonb_to_recordset($2::jsonb) AS r(line int, reasons jsonb)`,
        [job.id, JSON.stringify(batch)],
      );
    }
    const { before, after } = await updateVersioned(
      manager,
      RegistryImportEntity,
      'RegistryImport',
      job.id,
      job.version,
      {
        status: 'PREVIEWED',
        rowCount: analysis.rowCount,
        phaseProcessed: analysis.rowCount,
        phaseTotal: analysis.rowCount,
        ...analysis.counts,
      },
    );
    await recordAudit(manager, ctx, {
      action: 'PREVIEW_REGISTRY_IMPORT',
      entityType: 'RegistryImport',
      entityId: job.id,
      before: { mapping: current.mapping, ...counts(before) },
      after: { mapping, ...counts(after) },
    });
    return after;
  });
}

/** Snake-case firm columns written by the import, with their SQL types for jsonb_to_recordset. */
const COLUMN_TYPES: Record<(typeof VALUE_KEYS)[number], [string, string]> = {
  legalName: ['legal_name', 'text'],
  vatNumber: ['vat_number', 'text'],
  taxCode: ['tax_code', 'text'],
  reaNumber: ['rea_number', 'text'],
  legalForm: ['legal_form', 'text'],
  street: ['street', 'text'],
  postcode: ['postcode', 'text'],
  municipality: ['municipality', 'text'],
  hamlet: ['hamlet', 'text'],
  province: ['province', 'text'],
  atecoCodes: ['ateco_codes', 'text[]'],
  employees: ['employees', 'int'],
  foundedYear: ['founded_year', 'int'],
};

interface AuditRow {
  action: string;
  entity_id: string;
  changes: unknown;
}

async function insertAudit(manager: EntityManager, ctx: Context, rows: AuditRow[]) {
  await manager.query(
    `INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, changes, ip)
     SELECT $1, r.action, 'Firm', r.entity_id, r.changes, $2
       FROM jsonb_to_recordset($3::jsonb) AS r(action text, entity_id text, changes jsonb)`,
    [ctx.viewer?.userId ?? null, ctx.ip, JSON.stringify(rows)],
  );
}

/**
 * Writes the plan in the caller's transaction. Matched firms are updated like `updateVersioned` does it —
 * `WHERE id AND version`, version + 1, an audit entry of the changed fields — but a batch per statement,
 * since 50,000 rows one by one would take minutes; a firm edited since it was read is a CONFLICT.
 */
async function writePlan(manager: EntityManager, ctx: Context, planned: Planned[], progress: Progress) {
  let written = 0;
  const updates = planned.filter((p): p is Extract<Planned, { kind: 'update' }> => p.kind === 'update');
  const inserts = planned.filter((p): p is Extract<Planned, { kind: 'new' }> => p.kind === 'new');

  for (let i = 0; i < updates.length; i += BATCH) {
    const batch = updates.slice(i, i + BATCH);
    // Each row sets only its own changed columns: a flag per column keeps the stored value otherwise.
    const keys = VALUE_KEYS.filter((k) => batch.some((u) => k in u.changes));
    const sets = keys.map((k) => {
      const [col] = COLUMN_TYPES[k];
      return `${col} = CASE WHEN r.set_${col} THEN r.${col} ELSE f.${col} END`;
    });
    const recordColumns = keys.flatMap((k) => {
      const [col, type] = COLUMN_TYPES[k];
      return [`${col} ${type}`, `set_${col} boolean`];
    });
    const payload = batch.map((u) => {
      const row: Record<string, unknown> = { id: u.firm.id, version: u.firm.version };
      for (const k of keys) {
        const [col] = COLUMN_TYPES[k];
        row[col] = (u.changes as Record<string, unknown>)[k] ?? null;
        row[`set_${col}`] = k in u.changes;
      }
      return row;
    });
    const result: unknown[] = await manager.query(
      `UPDATE firm f SET ${[...sets, 'version = f.version + 1', 'updated_at = now()'].join(', ')}
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, version int, ${recordColumns.join(', ')})
        WHERE f.id = r.id AND f.version = r.version
       RETURNING f.id`,
      [JSON.stringify(payload)],
    );
    const affected = Array.isArray(result[0]) ? (result[0] as unknown[]).length : result.length;
    if (affected !== batch.length) {
      throw new DomainError(
        'CONFLICT',
        'A firm of the file was changed by someone else meanwhile: run the dry run again.',
      );
    }
    await insertAudit(
      manager,
      ctx,
      batch.map((u) => {
        const before = Object.fromEntries(
          Object.keys(u.changes).map((k) => [k, u.firm[k as keyof FirmEntity]]),
        );
        return { action: 'IMPORT_UPDATE_FIRM', entity_id: u.firm.id, changes: diffFields(before, u.changes) };
      }),
    );
    written += batch.length;
    await progress(written);
  }

  const insertColumns = VALUE_KEYS.map((k) => COLUMN_TYPES[k]);
  for (let i = 0; i < inserts.length; i += BATCH) {
    const batch = inserts.slice(i, i + BATCH);
    const payload = batch.map(({ values }) => {
      const row: Record<string, unknown> = { kind: kindFromAteco(values.atecoCodes ?? []) };
      for (const k of VALUE_KEYS) {
        const [col] = COLUMN_TYPES[k];
        row[col] = k === 'atecoCodes' ? (values.atecoCodes ?? []) : (values[k] ?? null);
      }
      return row;
    });
    const cols = insertColumns.map(([c]) => c);
    const rows: { id: string; vat_number: string }[] = await manager.query(
      `INSERT INTO firm (${cols.join(', ')}, kind)
       SELECT ${cols.map((c) => `r.${c}`).join(', ')}, r.kind
         FROM jsonb_to_recordset($1::jsonb) AS r(${insertColumns.map(([c, t]) => `${c} ${t}`).join(', ')}, kind text)
       RETURNING id, vat_number`,
      [JSON.stringify(payload)],
    );
    const idByVat = new Map(rows.map((r) => [r.vat_number, r.id]));
    await insertAudit(
      manager,
      ctx,
      batch.map(({ values }, j) => ({
        action: 'IMPORT_FIRM',
        entity_id: idByVat.get(values.vatNumber) ?? '',
        changes: diffFields(null, { ...values, kind: (payload[j] as { kind: string }).kind }),
      })),
    );
    written += batch.length;
    await progress(written);
  }
}

/**
 * Applies a previewed import in ONE transaction: the file is read again, checked and matched as in the
 * dry run, then new firms are inserted and changed ones updated. Any failure rolls everything back and
 * marks the job FAILED with the reason.
 */
export async function applyRegistryImport(ctx: Context, rawInput: unknown): Promise<RegistryImportEntity> {
  const input = parseInput(z.object({ id: idSchema, version: z.number().int() }), rawInput);
  const current = await getRegistryImport(ctx, input.id);
  const content = await loadContent(ctx.ds, input.id);
  const rows = current.rowCount ?? 0;
  const job = await claim(ctx, input, 'APPLYING', {
    phaseTotal: rows + (current.newCount ?? 0) + (current.updatedCount ?? 0),
  });
  try {
    return await ctx.ds.transaction(async (manager) => {
      const analysis = await analyse(
        manager,
        content,
        shapeOf(job),
        job.mapping,
        progressWriter(ctx.ds, job.id),
      );
      await writePlan(manager, ctx, analysis.planned, progressWriter(ctx.ds, job.id, analysis.rowCount));
      const written = analysis.counts.newCount + analysis.counts.updatedCount;
      const { before, after } = await updateVersioned(
        manager,
        RegistryImportEntity,
        'RegistryImport',
        job.id,
        job.version,
        {
          status: 'APPLIED',
          appliedAt: new Date(),
          rowCount: analysis.rowCount,
          phaseProcessed: analysis.rowCount + written,
          phaseTotal: analysis.rowCount + written,
          ...analysis.counts,
          // The bytes are not needed once applied; the counts and invalid rows stay.
          content: null,
        } as never,
      );
      await recordAudit(manager, ctx, {
        action: 'APPLY_REGISTRY_IMPORT',
        entityType: 'RegistryImport',
        entityId: job.id,
        before: { status: before.status, ...counts(before) },
        after: { status: after.status, ...counts(after) },
      });
      return after;
    });
  } catch (error) {
    const message =
      error instanceof DomainError
        ? error.message
        : error instanceof RegistryFileError
          ? `The file ${FILE_ERROR_MESSAGES[error.reason]}.`
          : 'The registry could not be written; nothing was changed.';
    if (!(error instanceof DomainError) && !(error instanceof RegistryFileError)) {
      console.error('Registry import failed', error);
    }
    return fail(ctx, job, 'APPLY_REGISTRY_IMPORT_FAILED', message);
  }
}
