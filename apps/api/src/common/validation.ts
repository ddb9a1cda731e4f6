import type { z } from 'zod';
import { fromZodError } from './errors.js';

/** Parses input with a zod schema; on failure BAD_USER_INPUT names each field and nothing is changed. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}
