import { checkFirmProfile, type FirmFieldReason, type FirmProfileValues } from '@filiera/shared';
import { graphql } from '../../gql';
import type { Language } from '../../i18n';
import { numberForInput, parseLocaleNumber } from '../../i18n/number';

/** The profile as the form holds it: text inputs as strings, multiple choices as arrays. */
export interface FormValues {
  legalName: string;
  tradeName: string;
  vatNumber: string;
  taxCode: string;
  reaNumber: string;
  legalForm: string;
  atecoCodes: string;
  kind: string;
  capabilityIds: string[];
  productLines: string[];
  street: string;
  postcode: string;
  municipality: string;
  hamlet: string;
  province: string;
  latitude: string;
  longitude: string;
  employees: string;
  revenueBand: string;
  foundedYear: string;
  capacityPairsPerDay: string;
  exportShare: string;
  exportMarkets: string;
  certifications: string[];
  website: string;
  email: string;
  phone: string;
  descriptionIt: string;
  descriptionEn: string;
  showcaseConsent: boolean;
  publicFields: string[];
}
export type FormField = keyof FormValues;

/**
 * The profile's fields as the firm page shows them and the form edits them (identity, activity, address
 * and contacts): both spread it with `@unmask`, so each reads them as its own.
 */
export const FirmProfileFields_FirmFragment = graphql(`
  fragment FirmProfileFields_FirmFragment on Firm {
    legalName
    tradeName
    vatNumber
    taxCode
    reaNumber
    legalForm
    atecoCodes
    kind
    descriptionIt
    descriptionEn
    productLines
    employees
    revenueBand
    foundedYear
    capacityPairsPerDay
    exportShare
    exportMarkets
    certifications
    street
    postcode
    hamlet
    municipality
    province
    website
    email
    phone
  }
`);

/**
 * What the API returns for the profile (the form fragment's shape): the shared profile values, with the
 * fields every firm has always there.
 */
export type FirmProfileData = FirmProfileValues & {
  legalName: string;
  vatNumber: string;
  kind: string;
  atecoCodes: readonly string[];
  capabilities: readonly { id: string }[];
  productLines: readonly string[];
  exportMarkets: readonly string[];
  certifications: readonly string[];
  showcaseConsent: boolean;
  publicFields: readonly string[];
};

const NUMBER_FIELDS = [
  'latitude',
  'longitude',
  'employees',
  'foundedYear',
  'capacityPairsPerDay',
  'exportShare',
] as const;
const LIST_FIELDS = ['atecoCodes', 'exportMarkets'] as const;

/** A list typed as text (commas, semicolons or spaces between items) as its items. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const text = (v: string | null | undefined) => v ?? '';
export function valuesFromFirm(f: FirmProfileData, language: Language = 'it'): FormValues {
  const num = (v: number | null | undefined) => numberForInput(v, language);
  return {
    legalName: f.legalName,
    tradeName: text(f.tradeName),
    vatNumber: f.vatNumber,
    taxCode: text(f.taxCode),
    reaNumber: text(f.reaNumber),
    legalForm: text(f.legalForm),
    atecoCodes: f.atecoCodes.join(', '),
    kind: f.kind,
    capabilityIds: f.capabilities.map((c) => c.id),
    productLines: [...f.productLines],
    street: text(f.street),
    postcode: text(f.postcode),
    municipality: text(f.municipality),
    hamlet: text(f.hamlet),
    province: text(f.province),
    latitude: num(f.latitude),
    longitude: num(f.longitude),
    employees: num(f.employees),
    revenueBand: text(f.revenueBand),
    foundedYear: num(f.foundedYear),
    capacityPairsPerDay: num(f.capacityPairsPerDay),
    exportShare: num(f.exportShare),
    exportMarkets: f.exportMarkets.join(', '),
    certifications: [...f.certifications],
    website: text(f.website),
    email: text(f.email),
    phone: text(f.phone),
    descriptionIt: text(f.descriptionIt),
    descriptionEn: text(f.descriptionEn),
    showcaseConsent: f.showcaseConsent,
    publicFields: [...f.publicFields],
  };
}

const sameValue = (a: FormValues[FormField], b: FormValues[FormField]) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n')
    : a === b;

/** Fields whose value differs between two snapshots, in form order. */
export function changedFields(base: FormValues, current: FormValues): FormField[] {
  return (Object.keys(current) as FormField[]).filter((f) => !sameValue(base[f], current[f]));
}

export interface ClientProblem {
  field: FormField;
  reason: FirmFieldReason | 'number';
}

type InputValue = string | number | boolean | string[] | null;

/**
 * The mutation's input for the changed fields, plus the problems found before sending: numbers that do
 * not parse in the interface language ("12,5" in Italian), and every rule of @filiera/shared (the same the API applies).
 */
export function buildInput(
  values: FormValues,
  fields: readonly FormField[],
  language: Language = 'it',
): { input: Partial<Record<FormField, InputValue>>; problems: ClientProblem[] } {
  const input: Partial<Record<FormField, InputValue>> = {};
  const problems: ClientProblem[] = [];
  for (const field of fields) {
    const v = values[field];
    if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
      const n = parseLocaleNumber(String(v), language);
      if (n !== null && !Number.isFinite(n)) problems.push({ field, reason: 'number' });
      else input[field] = n;
    } else if ((LIST_FIELDS as readonly string[]).includes(field)) {
      input[field] = splitList(String(v)).map((s) => (field === 'exportMarkets' ? s.toUpperCase() : s));
    } else if (typeof v === 'string') {
      input[field] = v.trim() === '' && field !== 'kind' ? null : v.trim();
    } else {
      input[field] = v;
    }
  }
  const shared = checkFirmProfile(input as FirmProfileValues);
  for (const p of shared) {
    if (!problems.some((q) => q.field === p.field))
      problems.push({ field: p.field as FormField, reason: p.reason });
  }
  return { input, problems };
}

/** The DOM id of a field's control, for labels, anchors from the completeness meter and focus. */
export const fieldId = (field: string) => `firm-field-${field}`;

/** Completeness names that are not form fields point at the control that fills them. */
export function anchorOf(missing: string): string {
  if (missing === 'capabilities') return fieldId('capabilityIds');
  if (missing === 'coordinates') return fieldId('latitude');
  return fieldId(missing);
}
