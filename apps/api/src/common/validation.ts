import { z } from 'zod';
import { badField, fromZodError } from './errors.js';

/** Parses input with a zod schema; on failure BAD_USER_INPUT names each field and nothing is changed. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}

/** An id field: a UUID, else "is not a valid id". */
export const uuid = z.uuid({ message: 'is not a valid id' });

/** Whether `id` is a UUID: lookups answer NOT_FOUND for anything else without asking the database. */
export const isUuid = (id: string): boolean => uuid.safeParse(id).success;

/** The expected version of an optimistic-locking update. */
export const version = z.number().int();

/** Trimmed text of at most `max` characters, with one message for every field. */
export const text = (max: number) => z.string().trim().max(max, `is longer than ${max} characters`);

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, {
    message: 'is not a calendar day',
    params: { reason: 'invalid_date' },
  });

const BEFORE_START = 'is before the start date';

/**
 * A refinement for an input with two YYYY-MM-DD days: the `end` one must not come before `start`.
 * `schema.superRefine(datesInOrder('startDate', 'dueDate'))`.
 */
export const datesInOrder =
  <S extends string, E extends string>(start: S, end: E) =>
  (v: { [K in S | E]?: string | null }, issue: z.core.$RefinementCtx): void => {
    const from = v[start];
    const to = v[end];
    if (from && to && to < from) {
      issue.addIssue({
        code: 'custom',
        path: [end],
        message: BEFORE_START,
        params: { reason: 'before_start' },
      });
    }
  };

/**
 * The same rule on the days as they would be after an update (one given alone may cross the other one
 * stored): BAD_USER_INPUT on `field`.
 */
export function assertDatesInOrder(
  start: string | null | undefined,
  end: string | null | undefined,
  field: string,
) {
  if (start && end && end < start) throw badField(field, 'before_start', BEFORE_START);
}

/** A LIKE/ILIKE pattern that finds `s` anywhere, its wildcards escaped: "50%" matches the text, not everything. */
export const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Lower case without accents, so "citta" finds "Città" and "CALZATURE" finds "calzature". */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
