import { z } from 'zod';
import {
  ADHESION_STATUSES,
  FirmKind,
  IN_PROGRESS_ADHESION_STATUSES,
  MEMBER_ADHESION_STATUSES,
} from '@filiera/shared';
import { parseInput } from '../../common/validation.js';

export type AdhesionStatusValue = (typeof ADHESION_STATUSES)[number];
const sqlList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(', ')})`;
export const MEMBER_STATUSES = sqlList(MEMBER_ADHESION_STATUSES);
export const PIPELINE_STATUSES = sqlList(IN_PROGRESS_ADHESION_STATUSES);

const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'is not a calendar date',
      params: { reason: 'invalid_date' },
    },
  );

export const reportFilterSchema = z
  .object({
    kinds: z
      .array(z.enum(Object.values(FirmKind) as [FirmKind, ...FirmKind[]]))
      .max(10)
      .nullish(),
    hamlets: z
      .array(z.string().trim().min(1, 'must not be empty').max(100, 'is too long'))
      .max(50, 'has more than 50 hamlets')
      .nullish(),
    membership: z.enum(['MEMBERS', 'NON_MEMBERS']).nullish(),
    adhesionStatuses: z.array(z.enum(ADHESION_STATUSES)).max(10).nullish(),
    from: dateSchema.nullish(),
    to: dateSchema.nullish(),
  })
  .superRefine((v, issue) => {
    if (v.from && v.to && v.to < v.from) {
      issue.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'is before the start of the range',
        params: { reason: 'before_from' },
      });
    }
  });

/** A validated filter; empty lists mean "no filter". */
export interface ReportFilterValue {
  kinds: FirmKind[];
  hamlets: string[];
  membership: 'MEMBERS' | 'NON_MEMBERS' | null;
  adhesionStatuses: AdhesionStatusValue[];
  from: string | null;
  to: string | null;
}

/** What the root `report` field hands to its sub-fields: each part runs its own aggregate when asked. */
export interface ReportModel {
  filter: ReportFilterValue;
}

const uniqueIgnoringCase = (values: readonly string[]) => {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.toLowerCase()) && Boolean(seen.add(v.toLowerCase())));
};

/** Validates a ReportFilter (BAD_USER_INPUT naming `filter.<field>`). */
export function parseReportFilter(raw: unknown, prefix = 'filter'): ReportFilterValue {
  const parsed = parseInput(z.object({ [prefix]: reportFilterSchema.nullish() }), { [prefix]: raw ?? null })[
    prefix
  ] as z.infer<typeof reportFilterSchema> | null | undefined;
  return {
    kinds: parsed?.kinds ?? [],
    // As written (headers and exports show them so); matched without regard to case, once each.
    hamlets: uniqueIgnoringCase(parsed?.hamlets ?? []),
    membership: parsed?.membership ?? null,
    adhesionStatuses: parsed?.adhesionStatuses ?? [],
    from: parsed?.from ?? null,
    to: parsed?.to ?? null,
  };
}

/** Positional SQL parameters for hand-written aggregates. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Conditions selecting firms `f` with their adhesion `a` (LEFT JOINed) by the filter's firm fields. */
export function firmConditions(filter: ReportFilterValue, p: Params): string[] {
  const where: string[] = [];
  if (filter.kinds.length) where.push(`f.kind = ANY(${p.add(filter.kinds)}::text[])`);
  if (filter.hamlets.length)
    where.push(`lower(f.hamlet) = ANY(${p.add(filter.hamlets.map((h) => h.toLowerCase()))}::text[])`);
  if (filter.membership === 'MEMBERS') where.push(`a.status IN ${MEMBER_STATUSES}`);
  if (filter.membership === 'NON_MEMBERS')
    where.push(`(a.status IS NULL OR a.status NOT IN ${MEMBER_STATUSES})`);
  if (filter.adhesionStatuses.length) {
    where.push(`a.status = ANY(${p.add(filter.adhesionStatuses)}::text[])`);
  }
  return where;
}

export const whereClause = (conditions: string[]) =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
