import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { firmsIt } from './firms.i18n';

export type ReasonKey = keyof typeof firmsIt.reasons;

const isReason = (r: string): r is ReasonKey =>
  [
    'required',
    'too_long',
    'vat_format',
    'vat_office',
    'vat_check_digit',
    'tax_code',
    'rea',
    'postcode',
    'province',
    'email',
    'url',
    'phone',
    'percent',
    'year',
    'not_negative',
    'latitude',
    'longitude',
    'country',
    'certification',
    'product_line',
    'revenue_band',
    'public_field',
    'ateco',
    'taken',
    'capability',
    'number',
    'logo_type',
    'logo_size',
    'invalid',
  ].includes(r);

/** A reason from the API or the shared rules as a key of `reasons` ("invalid" when unknown). */
export const reasonKey = (reason: string): ReasonKey => (isReason(reason) ? reason : 'invalid');

/** The error code of a failed operation, or NETWORK when no GraphQL answer came back. */
export function errorCode(error: unknown): string {
  if (!CombinedGraphQLErrors.is(error)) return 'NETWORK';
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** BAD_USER_INPUT field problems as { field: reason }, first problem per field. */
export function fieldReasons(error: unknown): Record<string, ReasonKey> {
  const out: Record<string, ReasonKey> = {};
  if (!CombinedGraphQLErrors.is(error)) return out;
  for (const e of error.errors) {
    const fields = e.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const item of fields as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { field, reason } = item as Record<string, unknown>;
      if (typeof field !== 'string') continue;
      // "exportMarkets.2" belongs to the exportMarkets control.
      const name = field.split('.')[0]!;
      out[name] ??= reasonKey(typeof reason === 'string' ? reason : '');
    }
  }
  return out;
}
