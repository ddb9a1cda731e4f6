import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { EntityManager } from 'typeorm';
import { allAtecoCodes, atecoCorrespondence2007 } from '../ateco/ateco.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import type { AtecoLookup, AtecoTranslation, FirmKind, RowReview } from './registry-ateco.js';
import { checkRow, type ColumnMapping, type FirmValues, type RowProblem } from './registry-fields.js';
import { readRows, type FileLimits, type FileShape } from './registry-file.js';

/**
 * The plan of a registry file: what each row does to the firms (new / update / unchanged / invalid),
 * worked out a batch of rows at a time so that memory stays flat whatever the file's length; the dry
 * run stores each batch, the apply writes it.
 */

/** Rows per batch: one statement looks up, stores or writes a batch (one jsonb parameter each). */
export const BATCH = 1000;
/** Progress is written every this many rows: often enough for a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 2000;
/** Rows read between two turns of the event loop, so /healthz and other requests are answered meanwhile. */
const YIELD_EVERY = 250;

export interface ProblemRow {
  line: number;
  reasons: RowProblem[];
}

/** What the import does with one valid row. */
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

/** A batch of the plan, in the file's order: its valid rows and its invalid lines. */
export interface PlanBatch {
  planned: Planned[];
  problems: ProblemRow[];
}

export interface PlanCounts {
  newCount: number;
  updatedCount: number;
  unchangedCount: number;
  invalidCount: number;
}

export interface PlanSummary {
  rowCount: number;
  counts: PlanCounts;
  /** The plan's fingerprint: the same file on the same registry gives the same digest. */
  digest: string;
}

export type Progress = (processed: number) => Promise<void>;

/** Firm columns that a registry field writes, for the comparison with the stored firm. */
export const VALUE_KEYS = [
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
  'pec',
  'ceasedOn',
] as const satisfies readonly (keyof FirmValues & keyof FirmEntity)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

async function atecoLookup(manager: EntityManager): Promise<AtecoLookup> {
  const [codes, correspondence] = await Promise.all([
    allAtecoCodes(manager),
    atecoCorrespondence2007(manager),
  ]);
  return { known: (c) => codes.has(c), from2007: (c) => correspondence.get(c) ?? null };
}

type Valid = Extract<ReturnType<typeof checkRow>, { ok: true }> & { line: number };

/**
 * Reads every row with the mapping, checks it, finds duplicates within the file and matches firms by
 * Partita IVA, then codice fiscale; decides for each row new / update / unchanged / invalid and hands
 * the plan to `onBatch` a batch at a time, in the file's order. Writes nothing itself: `onBatch` may
 * (the apply writes each batch before the next is matched, see `formerKeys` below). The file is
 * streamed and the event loop gets a turn every few hundred rows.
 */
export async function planFile(
  manager: EntityManager,
  source: { content: Buffer; shape: FileShape; mapping: ColumnMapping[]; limits: FileLimits },
  progress: Progress,
  onBatch: (batch: PlanBatch) => Promise<void>,
): Promise<PlanSummary> {
  const { mapping } = source;
  const ateco = await atecoLookup(manager);
  const columnOf = (field: string) => mapping.find((m) => m.field === field)?.column ?? null;
  const repo = manager.getRepository(FirmEntity);
  // Identifiers seen in the file, for its own duplicates (a few MB for the largest file allowed).
  const vats = new Set<string>();
  const taxes = new Set<string>();
  // Firms already matched by a row, and the identifiers they had when matched: a firm the apply has
  // already rewritten is no longer found under its former Partita IVA or codice fiscale, but a later
  // row carrying them is the same duplicate the dry run saw.
  const matched = new Set<string>();
  const formerKeys = new Map<string, string>();
  const hash = createHash('sha256');
  const problemLines: number[] = [];
  const counts: PlanCounts = { newCount: 0, updatedCount: 0, unchangedCount: 0, invalidCount: 0 };
  let rowCount = 0;
  let valid: Valid[] = [];
  let problems = new Map<number, RowProblem[]>();
  const addProblem = (line: number, p: RowProblem) => problems.set(line, [...(problems.get(line) ?? []), p]);

  /** Matches the batch's valid rows with the firms, plans them, and hands the batch on. */
  const flush = async () => {
    const batch = valid;
    const batchProblems = problems;
    valid = [];
    problems = new Map();
    const byVat = new Map<string, FirmEntity>();
    const byTax = new Map<string, FirmEntity>();
    if (batch.length) {
      const firms = await repo
        .createQueryBuilder('f')
        .where('f.vat_number = ANY(:vats::text[])', {
          vats: batch.flatMap((r) => (r.values.vatNumber ? [r.values.vatNumber] : [])),
        })
        .orWhere('f.tax_code = ANY(:taxes::text[])', {
          taxes: batch.flatMap((r) => (r.values.taxCode ? [r.values.taxCode] : [])),
        })
        .getMany();
      for (const f of firms) {
        byVat.set(f.vatNumber, f);
        if (f.taxCode) byTax.set(f.taxCode, f);
      }
    }
    const planned: Planned[] = [];
    for (const { line, values, kind, ateco2007, review } of batch) {
      const vat = values.vatNumber ? `vat:${values.vatNumber}` : null;
      const tax = values.taxCode ? `tax:${values.taxCode}` : null;
      const firm =
        (values.vatNumber ? byVat.get(values.vatNumber) : undefined) ??
        (vat ? formerKeys.get(vat) : undefined) ??
        (values.taxCode ? byTax.get(values.taxCode) : undefined) ??
        (tax ? formerKeys.get(tax) : undefined);
      if (!firm) {
        if (!values.vatNumber || !values.legalName) {
          // A new firm needs a Partita IVA; a personal codice fiscale alone matches only a known firm.
          batchProblems.set(line, [
            { code: 'VAT_NUMBER_MISSING', column: columnOf('VAT_NUMBER'), value: null },
          ]);
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
      const firmId = typeof firm === 'string' ? firm : firm.id;
      if (typeof firm === 'string' || matched.has(firmId)) {
        batchProblems.set(line, [
          { code: 'VAT_NUMBER_DUPLICATE', column: columnOf('VAT_NUMBER'), value: values.vatNumber ?? null },
        ]);
        continue;
      }
      matched.add(firm.id);
      formerKeys.set(`vat:${firm.vatNumber}`, firm.id);
      if (firm.taxCode) formerKeys.set(`tax:${firm.taxCode}`, firm.id);
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
    for (const p of planned) {
      hashPlanned(hash, p);
      counts[p.kind === 'new' ? 'newCount' : p.kind === 'update' ? 'updatedCount' : 'unchangedCount'] += 1;
    }
    const problemRows = [...batchProblems.entries()]
      .sort(([a], [b]) => a - b)
      .map(([line, reasons]) => ({ line, reasons }));
    for (const p of problemRows) problemLines.push(p.line);
    counts.invalidCount += problemRows.length;
    await onBatch({ planned, problems: problemRows });
  };

  for await (const row of readRows(source.content, source.shape, source.limits)) {
    rowCount += 1;
    if (rowCount % PROGRESS_EVERY === 0) await progress(rowCount);
    else if (rowCount % YIELD_EVERY === 0) await yieldToEventLoop();
    const check = checkRow(row.cells, mapping, ateco);
    if (!check.ok) {
      problems.set(row.line, check.problems);
    } else {
      const { vatNumber, taxCode } = check.values;
      let duplicate = false;
      if (vatNumber) {
        if (vats.has(vatNumber)) {
          addProblem(row.line, {
            code: 'VAT_NUMBER_DUPLICATE',
            column: columnOf('VAT_NUMBER'),
            value: vatNumber,
          });
          duplicate = true;
        } else vats.add(vatNumber);
      }
      if (taxCode && !duplicate) {
        if (taxes.has(taxCode)) {
          addProblem(row.line, { code: 'TAX_CODE_DUPLICATE', column: columnOf('TAX_CODE'), value: taxCode });
          duplicate = true;
        } else taxes.add(taxCode);
      }
      if (!duplicate) valid.push({ ...check, line: row.line });
    }
    if (valid.length >= BATCH || problems.size >= BATCH) await flush();
  }
  await flush();
  await progress(rowCount);
  for (const line of problemLines) hash.update(`${line}|invalid\n`);
  return { rowCount, counts, digest: hash.digest('base64url') };
}

/**
 * One row of the plan's fingerprint: its action, the firm it matches at the version read and the values
 * written. The lines refused follow all rows. A firm edited or added since the dry run changes it.
 */
function hashPlanned(hash: ReturnType<typeof createHash>, p: Planned): void {
  const firm = p.kind === 'new' ? null : `${p.firm.id}@${p.firm.version}`;
  const written = p.kind === 'new' ? p.values : p.kind === 'update' ? p.changes : null;
  hash.update(`${p.line}|${p.kind}|${firm}|${JSON.stringify(written)}\n`);
}
