import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Config } from '../../config.js';
import { DomainError } from '../../common/errors.js';
import { diffFields } from '../audit/audit.service.js';
import { allAtecoCodes, atecoCorrespondence2007 } from '../ateco/ateco.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import {
  checkRow,
  type AtecoLookup,
  type AtecoTranslation,
  type ColumnMapping,
  type FirmKind,
  type FirmValues,
  type RowProblem,
  type RowReview,
} from './registry-fields.js';
import { readRows, RegistryFileError, type FileLimits, type FileShape } from './registry-file.js';
import {
  RegistryImportEntity,
  type KindCounts,
  type RegistryImportFailure,
  type RegistryImportPhase,
} from './registry-import.entity.js';

/** Rows per statement when looking up, inserting and updating (well below 65,535 parameters: one jsonb each). */
const BATCH = 1000;
/** Progress is written every this many rows: often enough for a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 2000;
/** Rows read between two turns of the event loop, so /healthz and other requests are answered meanwhile. */
const YIELD_EVERY = 250;

/** Who asked for the work, for the audit log (serialisable, so a job queue can carry it). */
export interface Actor {
  userId: string | null;
  ip: string;
}

/** One piece of background work on an import: its dry run or its apply. */
export interface ImportWork {
  importId: string;
  phase: RegistryImportPhase;
  actor: Actor;
}

export const fileLimits = (config: Config): FileLimits => ({
  maxRows: config.REGISTRY_IMPORT_MAX_ROWS,
  maxUncompressedBytes: config.REGISTRY_IMPORT_MAX_UNCOMPRESSED_MB * 1024 * 1024,
});

export interface ProblemRow {
  line: number;
  reasons: RowProblem[];
}

/** What the import would do with each valid row. */
export type Planned =
  | {
      kind: 'new';
      line: number;
      values: FirmValues & { legalName: string; vatNumber: string };
      firmKind: FirmKind;
      ateco2007: AtecoTranslation[];
      review: RowReview[];
    }
  | {
      kind: 'update';
      line: number;
      firm: FirmEntity;
      values: FirmValues;
      changes: Partial<FirmEntity>;
      ateco2007: AtecoTranslation[];
      review: RowReview[];
    }
  | {
      kind: 'unchanged';
      line: number;
      firm: FirmEntity;
      values: FirmValues;
      ateco2007: AtecoTranslation[];
      review: RowReview[];
    };

export interface Analysis {
  rowCount: number;
  planned: Planned[];
  problems: ProblemRow[];
  counts: { newCount: number; updatedCount: number; unchangedCount: number; invalidCount: number };
  /** The plan's fingerprint: the same file on the same registry gives the same digest. */
  digest: string;
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

async function atecoLookup(manager: EntityManager): Promise<AtecoLookup> {
  const [codes, correspondence] = await Promise.all([
    allAtecoCodes(manager),
    atecoCorrespondence2007(manager),
  ]);
  return { known: (c) => codes.has(c), from2007: (c) => correspondence.get(c) ?? null };
}

/**
 * Reads every row with the mapping, checks it, finds duplicates within the file and matches firms by
 * Partita IVA, then codice fiscale; decides for each row new / update / unchanged / invalid. Writes
 * nothing. The file is streamed and the event loop gets a turn every few hundred rows.
 */
export async function analyse(
  manager: EntityManager,
  content: Buffer,
  shape: FileShape,
  mapping: ColumnMapping[],
  limits: FileLimits,
  progress: Progress,
): Promise<Analysis> {
  const ateco = await atecoLookup(manager);
  const problems = new Map<number, RowProblem[]>();
  type Valid = Extract<ReturnType<typeof checkRow>, { ok: true }> & { line: number };
  const valid: Valid[] = [];
  const vatLines = new Map<string, number>();
  const taxLines = new Map<string, number>();
  let rowCount = 0;
  const addProblem = (line: number, p: RowProblem) => problems.set(line, [...(problems.get(line) ?? []), p]);
  const columnOf = (field: string) => mapping.find((m) => m.field === field)?.column ?? null;

  for await (const row of readRows(content, shape, limits)) {
    rowCount += 1;
    if (rowCount % PROGRESS_EVERY === 0) await progress(rowCount);
    else if (rowCount % YIELD_EVERY === 0) await yieldToEventLoop();
    const check = checkRow(row.cells, mapping, ateco);
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
    if (!duplicate) valid.push({ ...check, line: row.line });
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
  for (const { line, values, kind, ateco2007, review } of valid) {
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
        firmKind: kind,
        ateco2007,
        review,
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
        ? { kind: 'update', line, firm, values, changes: changes as Partial<FirmEntity>, ateco2007, review }
        : { kind: 'unchanged', line, firm, values, ateco2007, review },
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
    digest: planDigest(planned, problemRows),
  };
}

/**
 * What the apply will do, as a hash: each row's action, the firm it matches at the version read and the
 * values written, and the lines refused. A firm edited or added since the dry run changes it.
 */
function planDigest(planned: Planned[], problems: ProblemRow[]): string {
  const hash = createHash('sha256');
  for (const p of planned) {
    const firm = p.kind === 'new' ? null : `${p.firm.id}@${p.firm.version}`;
    const written = p.kind === 'new' ? p.values : p.kind === 'update' ? p.changes : null;
    hash.update(`${p.line}|${p.kind}|${firm}|${JSON.stringify(written)}\n`);
  }
  for (const p of problems) hash.update(`${p.line}|invalid\n`);
  return hash.digest('base64url');
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
  entity_type: string;
  entity_id: string;
  changes: unknown;
}

/** Audit entries written in the caller's transaction, a batch per statement. */
export async function insertAudit(manager: EntityManager, actor: Actor, rows: AuditRow[]) {
  await manager.query(
    `INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, changes, ip)
     SELECT $1, r.action, r.entity_type, r.entity_id, r.changes, $2
       FROM jsonb_to_recordset($3::jsonb) AS r(action text, entity_type text, entity_id text, changes jsonb)`,
    [actor.userId, actor.ip, JSON.stringify(rows)],
  );
}

/** The dry run's plan row by row, as the person reads it and as the apply takes the kinds from it. */
async function storePlan(manager: EntityManager, importId: string, analysis: Analysis) {
  await manager.query(`DELETE FROM registry_import_problem WHERE import_id = $1`, [importId]);
  await manager.query(`DELETE FROM registry_import_row WHERE import_id = $1`, [importId]);
  for (let i = 0; i < analysis.problems.length; i += BATCH) {
    await manager.query(
      `INSERT INTO registry_import_problem (import_id, line, reasons)
       SELECT $1, r.line, r.reasons FROM jsonb_to_recordset($2::jsonb) AS r(line int, reasons jsonb)`,
      [importId, JSON.stringify(analysis.problems.slice(i, i + BATCH))],
    );
  }
  for (let i = 0; i < analysis.planned.length; i += BATCH) {
    const rows = analysis.planned.slice(i, i + BATCH).map((p) => ({
      line: p.line,
      action: p.kind === 'new' ? 'NEW' : p.kind === 'update' ? 'UPDATE' : 'UNCHANGED',
      firm_id: p.kind === 'new' ? null : p.firm.id,
      legal_name: p.values.legalName ?? (p.kind === 'new' ? '' : p.firm.legalName),
      vat_number: p.values.vatNumber ?? (p.kind === 'new' ? null : p.firm.vatNumber),
      ateco_codes: p.values.atecoCodes ?? (p.kind === 'new' ? [] : p.firm.atecoCodes),
      ateco_2007: p.ateco2007,
      kind: p.kind === 'new' ? p.firmKind : null,
      review: p.review,
    }));
    await manager.query(
      `INSERT INTO registry_import_row
         (import_id, line, action, firm_id, legal_name, vat_number, ateco_codes, ateco_2007, kind, review)
       SELECT $1, r.line, r.action, r.firm_id, r.legal_name, r.vat_number, r.ateco_codes, r.ateco_2007, r.kind, r.review
         FROM jsonb_to_recordset($2::jsonb) AS r(line int, action text, firm_id uuid, legal_name text,
              vat_number text, ateco_codes text[], ateco_2007 jsonb, kind text, review jsonb)`,
      [importId, JSON.stringify(rows)],
    );
  }
}

/** New firms by kind, the person's changes included, from the stored plan. */
export async function countKinds(manager: EntityManager, importId: string): Promise<KindCounts> {
  const rows: { kind: keyof KindCounts; n: number }[] = await manager.query(
    `SELECT coalesce(kind_override, kind) AS kind, count(*)::int AS n
       FROM registry_import_row WHERE import_id = $1 AND action = 'NEW' GROUP BY 1`,
    [importId],
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/**
 * Writes the plan in the caller's transaction. Matched firms are updated like `updateVersioned` does it —
 * `WHERE id AND version`, version + 1, an audit entry of the changed fields — but a batch per statement,
 * since 50,000 rows one by one would take minutes; a firm edited since it was read is a CONFLICT. New
 * firms get the kind of the dry run, or the one the person chose there. Returns the new firms' ids by line.
 */
async function writePlan(
  manager: EntityManager,
  actor: Actor,
  planned: Planned[],
  kindOverrides: Map<number, FirmKind>,
  progress: Progress,
): Promise<Map<number, string>> {
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
      actor,
      batch.map((u) => {
        const before = Object.fromEntries(
          Object.keys(u.changes).map((k) => [k, u.firm[k as keyof FirmEntity]]),
        );
        return {
          action: 'IMPORT_UPDATE_FIRM',
          entity_type: 'Firm',
          entity_id: u.firm.id,
          changes: diffFields(before, u.changes),
        };
      }),
    );
    written += batch.length;
    await progress(written);
  }

  const idByLine = new Map<number, string>();
  const insertColumns = VALUE_KEYS.map((k) => COLUMN_TYPES[k]);
  for (let i = 0; i < inserts.length; i += BATCH) {
    const batch = inserts.slice(i, i + BATCH);
    const payload = batch.map(({ line, values, firmKind }) => {
      const row: Record<string, unknown> = { kind: kindOverrides.get(line) ?? firmKind };
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
    for (const p of batch) idByLine.set(p.line, idByVat.get(p.values.vatNumber)!);
    await insertAudit(
      manager,
      actor,
      batch.map(({ line, values }, j) => ({
        action: 'IMPORT_FIRM',
        entity_type: 'Firm',
        entity_id: idByLine.get(line)!,
        changes: diffFields(null, { ...values, kind: (payload[j] as { kind: string }).kind }),
      })),
    );
    written += batch.length;
    await progress(written);
  }
  return idByLine;
}

/** The advisory lock that marks an import as being worked on by a live database session. */
const lockKey = (importId: string) => `registry_import:${importId}`;

/** Takes the import's lock on the runner's session; false when another session holds it. */
export async function tryLockImport(runner: QueryRunner, importId: string): Promise<boolean> {
  const rows: { locked: boolean }[] = await runner.query(
    `SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`,
    [lockKey(importId)],
  );
  return rows[0]?.locked === true;
}

/**
 * Takes the import's lock on the runner's session, waiting up to `waitMs` for a holder that is finishing
 * (a worker commits the job's final status a moment before it lets go of the lock); false on timeout.
 */
export async function lockImport(runner: QueryRunner, importId: string, waitMs: number): Promise<boolean> {
  await runner.query(`SELECT set_config('lock_timeout', $1, false)`, [`${waitMs}ms`]);
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [lockKey(importId)]);
    return true;
  } catch (error) {
    const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code;
    if (code === '55P03' || (error as { code?: string }).code === '55P03') return false;
    throw error;
  } finally {
    await runner.query(`RESET lock_timeout`);
  }
}

/** Releases the lock and gives the connection back to the pool. */
export async function releaseImport(runner: QueryRunner, importId: string): Promise<void> {
  try {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [lockKey(importId)]);
  } finally {
    await runner.release();
  }
}

/**
 * Progress lives on the job row and is written on the pool's own connection (outside the work's
 * transaction), so a person polling sees it move while a long transaction is still open.
 */
function progressWriter(ds: DataSource, id: string, offset = 0): Progress {
  return async (processed) => {
    await ds.query(`UPDATE registry_import SET phase_processed = $2 WHERE id = $1`, [id, offset + processed]);
  };
}

const FILE_FAILURES: Partial<Record<RegistryFileError['reason'], RegistryImportFailure>> = {
  too_many_rows: 'TOO_MANY_ROWS',
  too_large_uncompressed: 'TOO_LARGE_UNCOMPRESSED',
};

/** The reason and message of a failed phase; anything unexpected is logged and told as a failed write. */
function failureOf(error: unknown, limits: FileLimits): { reason: RegistryImportFailure; message: string } {
  if (error instanceof StaleDryRun) return { reason: 'STALE_DRY_RUN', message: error.message };
  if (error instanceof DomainError) return { reason: 'CONFLICT', message: error.message };
  if (error instanceof RegistryFileError) {
    const reason = FILE_FAILURES[error.reason] ?? 'FILE_UNREADABLE';
    const message =
      reason === 'TOO_MANY_ROWS'
        ? `The file has more than ${limits.maxRows} rows: split it into smaller files.`
        : reason === 'TOO_LARGE_UNCOMPRESSED'
          ? `The file unpacks to more than ${limits.maxUncompressedBytes / 1024 / 1024} MB.`
          : 'The file cannot be read as CSV or XLSX.';
    return { reason, message };
  }
  console.error('Registry import failed', error);
  return { reason: 'WRITE_FAILED', message: 'The registry could not be written; nothing was changed.' };
}

class StaleDryRun extends Error {}

/** Moves a working job to FAILED with the reason (its work was rolled back), audited. */
async function fail(
  runner: QueryRunner,
  job: RegistryImportEntity,
  work: ImportWork,
  failure: { reason: RegistryImportFailure; message: string },
) {
  await runner.manager.transaction(async (manager) => {
    const rows: unknown[] = await manager.query(
      `UPDATE registry_import
          SET status = 'FAILED', failure_reason = $3, failure_message = $4, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [job.id, job.version, failure.reason, failure.message],
    );
    if (!(Array.isArray(rows[0]) ? rows[0] : rows).length) return;
    await insertAudit(manager, work.actor, [
      {
        action: work.phase === 'APPLY' ? 'APPLY_REGISTRY_IMPORT_FAILED' : 'PREVIEW_REGISTRY_IMPORT_FAILED',
        entity_type: 'RegistryImport',
        entity_id: job.id,
        changes: diffFields(
          { status: job.status },
          { status: 'FAILED', failureReason: failure.reason, failureMessage: failure.message },
        ),
      },
    ]);
  });
}

const countsOf = (
  job: Pick<
    RegistryImportEntity,
    'rowCount' | 'newCount' | 'updatedCount' | 'unchangedCount' | 'invalidCount'
  >,
) => ({
  rowCount: job.rowCount,
  newCount: job.newCount,
  updatedCount: job.updatedCount,
  unchangedCount: job.unchangedCount,
  invalidCount: job.invalidCount,
});

async function loadJob(manager: EntityManager, id: string) {
  const rows = await manager
    .getRepository(RegistryImportEntity)
    .createQueryBuilder('ri')
    .addSelect('ri.content')
    .where('ri.id = :id', { id })
    .getMany();
  const job = rows[0];
  if (!job?.content) throw new RegistryFileError('unreadable');
  return { job, content: job.content };
}

const shapeOf = (job: RegistryImportEntity): FileShape => ({
  format: job.format,
  encoding: job.encoding,
  separator: job.separator === ',' ? ',' : job.separator === ';' ? ';' : null,
  columns: job.columns,
});

/** The dry run: reads the file, stores the plan (rows, problems, counts, kinds, digest); writes no firm. */
async function runPreview(ds: DataSource, config: Config, runner: QueryRunner, work: ImportWork) {
  const { job, content } = await loadJob(runner.manager, work.importId);
  const limits = fileLimits(config);
  try {
    const analysis = await analyse(
      runner.manager,
      content,
      shapeOf(job),
      job.mapping,
      limits,
      progressWriter(ds, job.id),
    );
    await runner.manager.transaction(async (manager) => {
      await storePlan(manager, job.id, analysis);
      const kindCounts = await countKinds(manager, job.id);
      const reviewCount = analysis.planned.filter((p) => p.review.length > 0).length;
      const rows: unknown[] = await manager.query(
        `UPDATE registry_import
            SET status = 'PREVIEWED', row_count = $3, phase_processed = $3, phase_total = $3,
                new_count = $4, updated_count = $5, unchanged_count = $6, invalid_count = $7,
                plan_digest = $8, kind_counts = $9, review_count = $10, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [
          job.id,
          job.version,
          analysis.rowCount,
          analysis.counts.newCount,
          analysis.counts.updatedCount,
          analysis.counts.unchangedCount,
          analysis.counts.invalidCount,
          analysis.digest,
          JSON.stringify(kindCounts),
          reviewCount,
        ],
      );
      if (!(Array.isArray(rows[0]) ? rows[0] : rows).length)
        throw new Error('registry import changed while locked');
      await insertAudit(manager, work.actor, [
        {
          action: 'PREVIEW_REGISTRY_IMPORT',
          entity_type: 'RegistryImport',
          entity_id: job.id,
          changes: diffFields(
            { status: job.status, ...countsOf(job) },
            { status: 'PREVIEWED', rowCount: analysis.rowCount, ...analysis.counts, kindCounts, reviewCount },
          ),
        },
      ]);
    });
  } catch (error) {
    await fail(runner, job, work, failureOf(error, limits));
  }
}

/**
 * The apply, in ONE transaction: the file is read and matched again; when the plan differs from the dry
 * run's (a firm added or edited meanwhile) nothing is written and the job fails as STALE_DRY_RUN, so what
 * the confirmation said is what happens. Otherwise new firms are inserted with their kinds and changed
 * ones updated. Any failure rolls everything back and marks the job FAILED with the reason.
 */
async function runApply(ds: DataSource, config: Config, runner: QueryRunner, work: ImportWork) {
  const { job, content } = await loadJob(runner.manager, work.importId);
  const limits = fileLimits(config);
  const overrides: { line: number; kind_override: FirmKind }[] = await runner.query(
    `SELECT line, kind_override FROM registry_import_row WHERE import_id = $1 AND kind_override IS NOT NULL`,
    [job.id],
  );
  const kindOverrides = new Map(overrides.map((o) => [o.line, o.kind_override]));
  try {
    await runner.manager.transaction(async (manager) => {
      const analysis = await analyse(
        manager,
        content,
        shapeOf(job),
        job.mapping,
        limits,
        progressWriter(ds, job.id),
      );
      if (analysis.digest !== job.planDigest) {
        const c = analysis.counts;
        throw new StaleDryRun(
          `The registry changed since the dry run: it would now add ${c.newCount}, update ${c.updatedCount} and leave ${c.unchangedCount} unchanged. Run the dry run again.`,
        );
      }
      const idByLine = await writePlan(
        manager,
        work.actor,
        analysis.planned,
        kindOverrides,
        progressWriter(ds, job.id, analysis.rowCount),
      );
      await manager.query(
        `UPDATE registry_import_row r SET firm_id = n.firm_id
           FROM jsonb_to_recordset($2::jsonb) AS n(line int, firm_id uuid)
          WHERE r.import_id = $1 AND r.line = n.line`,
        [job.id, JSON.stringify([...idByLine].map(([line, firmId]) => ({ line, firm_id: firmId })))],
      );
      const written = analysis.counts.newCount + analysis.counts.updatedCount;
      const rows: unknown[] = await manager.query(
        `UPDATE registry_import
            SET status = 'APPLIED', applied_at = now(), phase_processed = $3, phase_total = $3,
                content = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [job.id, job.version, analysis.rowCount + written],
      );
      if (!(Array.isArray(rows[0]) ? rows[0] : rows).length)
        throw new Error('registry import changed while locked');
      await insertAudit(manager, work.actor, [
        {
          action: 'APPLY_REGISTRY_IMPORT',
          entity_type: 'RegistryImport',
          entity_id: job.id,
          changes: diffFields({ status: job.status }, { status: 'APPLIED', ...analysis.counts }),
        },
      ]);
    });
  } catch (error) {
    await fail(runner, job, work, failureOf(error, limits));
  }
}

/**
 * Runs one piece of work on a connection that holds the import's advisory lock (taken before the job
 * was claimed, so a job marked as working always has a live holder until the work ends or the process
 * dies), then releases it.
 */
export async function runImportWork(ds: DataSource, config: Config, runner: QueryRunner, work: ImportWork) {
  try {
    if (work.phase === 'PREVIEW') await runPreview(ds, config, runner, work);
    else await runApply(ds, config, runner, work);
  } catch (error) {
    console.error(`Registry import ${work.importId}: ${work.phase} could not finish`, error);
  } finally {
    await releaseImport(runner, work.importId).catch(() => undefined);
  }
}

/**
 * Starts the work now, in this process, after the request that claimed the job has answered. This is
 * the one call the PostgreSQL job queue replaces (its job takes the lock and calls runImportWork).
 */
export function startImportWork(ds: DataSource, config: Config, runner: QueryRunner, work: ImportWork): void {
  setImmediate(() => void runImportWork(ds, config, runner, work));
}

/**
 * A job left PREVIEWING or APPLYING by a process that died is made retryable, if its lock is free (no
 * live session works on it; safe with several processes): an interrupted apply goes back to PREVIEWED
 * (the database was rolled back; the next apply checks the dry run is still current), an interrupted
 * dry run to UPLOADED. The job says which phase was interrupted and when. Audited. Returns whether it
 * recovered the job.
 */
export async function recoverImport(ds: DataSource, importId: string): Promise<boolean> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    if (!(await tryLockImport(runner, importId))) return false;
    try {
      return await runner.manager.transaction(async (manager) => {
        const rows: { status: string; version: number }[] = await manager.query(
          `SELECT status, version FROM registry_import WHERE id = $1 FOR UPDATE`,
          [importId],
        );
        const status = rows[0]?.status;
        if (status !== 'PREVIEWING' && status !== 'APPLYING') return false;
        const phase: RegistryImportPhase = status === 'APPLYING' ? 'APPLY' : 'PREVIEW';
        const next = phase === 'APPLY' ? 'PREVIEWED' : 'UPLOADED';
        if (phase === 'PREVIEW') {
          await manager.query(`DELETE FROM registry_import_problem WHERE import_id = $1`, [importId]);
          await manager.query(`DELETE FROM registry_import_row WHERE import_id = $1`, [importId]);
          await manager.query(
            `UPDATE registry_import SET row_count = NULL, new_count = NULL, updated_count = NULL,
                    unchanged_count = NULL, invalid_count = NULL, plan_digest = NULL, kind_counts = NULL,
                    review_count = NULL WHERE id = $1`,
            [importId],
          );
        }
        await manager.query(
          `UPDATE registry_import
              SET status = $2, interrupted_phase = $3, interrupted_at = now(), phase_processed = 0,
                  version = version + 1, updated_at = now()
            WHERE id = $1`,
          [importId, next, phase],
        );
        await insertAudit(manager, { userId: null, ip: '' }, [
          {
            action: 'RECOVER_REGISTRY_IMPORT',
            entity_type: 'RegistryImport',
            entity_id: importId,
            changes: diffFields({ status }, { status: next, interruptedPhase: phase }),
          },
        ]);
        return true;
      });
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [lockKey(importId)]);
    }
  } finally {
    await runner.release();
  }
}

/** At start-up: every import a crash left working is made retryable (see recoverImport). */
export async function recoverInterruptedImports(ds: DataSource): Promise<number> {
  const rows: { id: string }[] = await ds.query(
    `SELECT id FROM registry_import WHERE status IN ('PREVIEWING', 'APPLYING')`,
  );
  let recovered = 0;
  for (const { id } of rows) if (await recoverImport(ds, id)) recovered += 1;
  if (recovered) console.log(`Registry imports interrupted by a stop and made retryable: ${recovered}`);
  return recovered;
}
