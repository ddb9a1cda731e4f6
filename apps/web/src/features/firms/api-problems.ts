import { fieldReasonsOf } from '../../lib/api-errors';
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

/** BAD_USER_INPUT field problems as { field: reason }, first problem per field. */
export function fieldReasons(error: unknown): Record<string, ReasonKey> {
  const out: Record<string, ReasonKey> = {};
  for (const [field, reason] of Object.entries(fieldReasonsOf(error))) {
    // "exportMarkets.2" belongs to the exportMarkets control.
    out[field.split('.')[0]!] ??= reasonKey(reason ?? '');
  }
  return out;
}
