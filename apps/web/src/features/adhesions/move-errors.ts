import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The input fields a refused move names, with the API's reason for each (e.g. illegal_transition). */
export function refusedFields(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return result;
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions.fields;
    if (!Array.isArray(fields)) continue;
    for (const item of fields as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { field, reason } = item as Record<string, unknown>;
      if (typeof field === 'string') result[field] = typeof reason === 'string' ? reason : 'invalid';
    }
  }
  return result;
}
