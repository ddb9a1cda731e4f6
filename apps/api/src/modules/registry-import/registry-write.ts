import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { diffFields } from '../audit/audit.service.js';
import type { FirmEntity } from '../firm/firm.entity.js';
import type { FirmKind } from './registry-ateco.js';
import type { KindCounts } from './registry-import.entity.js';
import { VALUE_KEYS, type PlanBatch, type Planned } from './registry-plan.js';

/** The statements that store a dry run's plan and write an apply's, a batch per statement. */

/** Who asked for the work, for the audit log (serialisable, so the job queue carries it). */
export interface Actor {
  userId: string | null;
  ip: string;
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
  pec: ['pec', 'text'],
  ceasedOn: ['ceased_on', 'date'],
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

/** Forgets the plan of an earlier dry run of the import. */
export async function clearPlan(manager: EntityManager, importId: string) {
  await manager.query(`DELETE FROM registry_import_problem WHERE import_id = $1`, [importId]);
  await manager.query(`DELETE FROM registry_import_row WHERE import_id = $1`, [importId]);
}

/** A batch of the dry run's plan row by row, as the person reads it and as the apply takes the kinds from it. */
export async function storePlanBatch(manager: EntityManager, importId: string, batch: PlanBatch) {
  if (batch.problems.length) {
    await manager.query(
      `INSERT INTO registry_import_problem (import_id, line, reasons)
       SELECT $1, r.line, r.reasons FROM jsonb_to_recordset($2::jsonb) AS r(line int, reasons jsonb)`,
      [importId, JSON.stringify(batch.problems)],
    );
  }
  if (!batch.planned.length) return;
  const rows = batch.planned.map((p) => ({
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
 * Writes a batch of the plan in the caller's transaction. Matched firms are updated like
 * `updateVersioned` does it — `WHERE id AND version`, version + 1, an audit entry of the changed fields —
 * but a batch per statement, since 50,000 rows one by one would take minutes; a firm edited since it was
 * read is a CONFLICT. New firms get the kind of the dry run, or the one the person chose there, and the
 * plan's rows link to them. Returns how many firms it wrote.
 */
export async function writePlanBatch(
  manager: EntityManager,
  importId: string,
  actor: Actor,
  planned: Planned[],
  kindOverrides: Map<number, FirmKind>,
): Promise<number> {
  const updates = planned.filter((p): p is Extract<Planned, { kind: 'update' }> => p.kind === 'update');
  const inserts = planned.filter((p): p is Extract<Planned, { kind: 'new' }> => p.kind === 'new');
  if (updates.length) await writeUpdates(manager, actor, updates);
  if (inserts.length) {
    const idByLine = await writeInserts(manager, actor, inserts, kindOverrides);
    await manager.query(
      `UPDATE registry_import_row r SET firm_id = n.firm_id
         FROM jsonb_to_recordset($2::jsonb) AS n(line int, firm_id uuid)
        WHERE r.import_id = $1 AND r.line = n.line`,
      [importId, JSON.stringify([...idByLine].map(([line, firmId]) => ({ line, firm_id: firmId })))],
    );
  }
  return updates.length + inserts.length;
}

async function writeUpdates(
  manager: EntityManager,
  actor: Actor,
  batch: Extract<Planned, { kind: 'update' }>[],
) {
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
}

async function writeInserts(
  manager: EntityManager,
  actor: Actor,
  batch: Extract<Planned, { kind: 'new' }>[],
  kindOverrides: Map<number, FirmKind>,
): Promise<Map<number, string>> {
  const idByLine = new Map<number, string>();
  const insertColumns = VALUE_KEYS.map((k) => COLUMN_TYPES[k]);
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
  return idByLine;
}
