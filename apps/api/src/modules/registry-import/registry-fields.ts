import {
  isValidItalianPostcode,
  normalisePartitaIva,
  normaliseReaNumber,
  validateCodiceFiscale,
  validatePartitaIva,
} from '@filiera/shared';
import { foldText } from '../ateco/ateco-text.js';

/** The firm fields a registry column can fill (the GraphQL enum RegistryImportField). */
export const REGISTRY_FIELDS = [
  'LEGAL_NAME',
  'TAX_CODE',
  'VAT_NUMBER',
  'REA_NUMBER',
  'LEGAL_FORM',
  'STREET',
  'POSTCODE',
  'MUNICIPALITY',
  'HAMLET',
  'PROVINCE',
  'ATECO_CODE',
  'EMPLOYEES',
  'REGISTRATION_DATE',
] as const;
export type RegistryField = (typeof REGISTRY_FIELDS)[number];

/** One column of the file and the firm field it fills; null leaves the column out. */
export interface ColumnMapping {
  column: string;
  field: RegistryField | null;
}

/** Why a row cannot be imported (the GraphQL enum RegistryImportProblemCode, translated by the web app). */
export type ProblemCode =
  | 'LEGAL_NAME_MISSING'
  | 'VAT_NUMBER_MISSING'
  | 'VAT_NUMBER_FORMAT'
  | 'VAT_NUMBER_OFFICE'
  | 'VAT_NUMBER_CHECK_DIGIT'
  | 'VAT_NUMBER_DUPLICATE'
  | 'TAX_CODE_INVALID'
  | 'TAX_CODE_DUPLICATE'
  | 'REA_NUMBER_INVALID'
  | 'POSTCODE_INVALID'
  | 'PROVINCE_INVALID'
  | 'ATECO_CODE_INVALID'
  | 'ATECO_CODE_UNKNOWN'
  | 'EMPLOYEES_INVALID'
  | 'REGISTRATION_DATE_INVALID';

export interface RowProblem {
  code: ProblemCode;
  /** The column of the file holding the value, when there is one. */
  column: string | null;
  value: string | null;
}

/**
 * Header spellings of Italian registry extracts (visure, elenchi imprese of the Chambers of Commerce),
 * folded (lower case, no accents, letters and digits only) and mapped to the firm field they fill.
 */
const HEADER_SYNONYMS: Record<RegistryField, string[]> = {
  LEGAL_NAME: ['denominazione', 'ragionesociale', 'denominazioneragionesociale', 'impresa', 'legalname'],
  TAX_CODE: ['codicefiscale', 'cf', 'codfiscale', 'codicefiscaleimpresa', 'taxcode'],
  VAT_NUMBER: ['partitaiva', 'piva', 'partitaivaimpresa', 'vat', 'vatnumber'],
  REA_NUMBER: ['nrea', 'rea', 'numerorea', 'nrrea', 'reanumber'],
  LEGAL_FORM: ['formagiuridica', 'natura giuridica', 'naturagiuridica', 'legalform'],
  STREET: ['indirizzo', 'via', 'indirizzosede', 'sede', 'street', 'address'],
  POSTCODE: ['cap', 'codiceavviamentopostale', 'postcode', 'zip'],
  MUNICIPALITY: ['comune', 'comunesede', 'municipality', 'city'],
  HAMLET: ['frazione', 'localita', 'hamlet'],
  PROVINCE: ['provincia', 'prov', 'siglaprovincia', 'province'],
  ATECO_CODE: ['codiceateco', 'ateco', 'atecoprimario', 'codiceattivita', 'attivitaprevalente', 'atecocode'],
  EMPLOYEES: ['addetti', 'numeroaddetti', 'naddetti', 'dipendenti', 'employees'],
  REGISTRATION_DATE: ['dataiscrizione', 'dataiscrizionerea', 'iscrizione', 'registrationdate'],
};

const foldHeader = (header: string): string => foldText(header).replace(/[^a-z0-9]/g, '');

const SYNONYM_INDEX = new Map<string, RegistryField>(
  Object.entries(HEADER_SYNONYMS).flatMap(([field, names]) =>
    names.map((name) => [foldHeader(name), field as RegistryField] as const),
  ),
);

/** A mapping for each column from its header, case, accents, spaces and dots ignored; each field once. */
export function suggestMapping(columns: string[]): ColumnMapping[] {
  const used = new Set<RegistryField>();
  return columns.map((column) => {
    const field = SYNONYM_INDEX.get(foldHeader(column)) ?? null;
    if (!field || used.has(field)) return { column, field: null };
    used.add(field);
    return { column, field };
  });
}

/** The firm values a row yields, each only when its field is mapped (undefined = not in the file). */
export interface FirmValues {
  legalName?: string;
  vatNumber?: string | null;
  taxCode?: string | null;
  reaNumber?: string | null;
  legalForm?: string | null;
  street?: string | null;
  postcode?: string | null;
  municipality?: string | null;
  hamlet?: string | null;
  province?: string | null;
  atecoCodes?: string[];
  employees?: number | null;
  foundedYear?: number | null;
}

export type RowCheck = { ok: true; values: FirmValues } | { ok: false; problems: RowProblem[] };

const ATECO_FORMAT = /^[0-9]{2}(\.[0-9]{1,2}(\.[0-9]{1,2})?)?$/;

/** "15.20.1" from "15.20.1", "152010" or "15.20.10" as written in extracts; null when it is no code. */
export function normaliseAtecoCode(value: string): string | null {
  const v = value.trim().replace(/\s+/g, '');
  if (ATECO_FORMAT.test(v)) return v;
  if (/^[0-9]{2,6}$/.test(v) && v.length % 2 === 0) {
    return v.match(/../g)!.join('.');
  }
  return null;
}

/** Dates as the extracts write them: 31/12/1998, 31-12-1998, 1998-12-31, or a spreadsheet date. */
function yearOf(value: string): number | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value) ?? /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const year = Number(value.startsWith(m[1]!) && m[1]!.length === 4 ? m[1] : m[3]);
  return year >= 1800 && year <= new Date().getFullYear() ? year : null;
}

/** A text cell trimmed, with runs of spaces collapsed; empty means no value. */
const clean = (value: string | undefined): string | null => {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
};

/** Spreadsheets drop the leading zeros of numeric codes: 743110157 is 00743110157. */
const padDigits = (value: string): string => (/^[0-9]{8,10}$/.test(value) ? value.padStart(11, '0') : value);

/**
 * Checks one row against the mapping and turns it into firm values. `knownAteco` answers whether a code
 * is in the ISTAT list. Duplicates across rows are checked by the caller.
 */
export function checkRow(
  cells: Record<string, string>,
  mapping: ColumnMapping[],
  knownAteco: (code: string) => boolean,
): RowCheck {
  const problems: RowProblem[] = [];
  const values: FirmValues = {};
  const columnOf = new Map<RegistryField, string>();
  for (const m of mapping) if (m.field) columnOf.set(m.field, m.column);
  const raw = (field: RegistryField) => {
    const column = columnOf.get(field);
    return column === undefined ? undefined : clean(cells[column]);
  };
  const problem = (code: ProblemCode, field: RegistryField, value: string | null) =>
    problems.push({ code, column: columnOf.get(field) ?? null, value });

  const legalName = raw('LEGAL_NAME');
  if (!legalName) problem('LEGAL_NAME_MISSING', 'LEGAL_NAME', null);
  else values.legalName = legalName;

  const taxCodeRaw = raw('TAX_CODE');
  if (taxCodeRaw !== undefined) {
    const taxCode = taxCodeRaw ? padDigits(taxCodeRaw.replace(/\s+/g, '').toUpperCase()) : null;
    if (taxCode && validateCodiceFiscale(taxCode) !== null)
      problem('TAX_CODE_INVALID', 'TAX_CODE', taxCodeRaw);
    else values.taxCode = taxCode;
  }

  const vatRaw = raw('VAT_NUMBER');
  if (vatRaw !== undefined) {
    const vat = vatRaw ? padDigits(normalisePartitaIva(vatRaw).replace(/^IT/i, '')) : null;
    if (vat) {
      const p = validatePartitaIva(vat);
      if (p === 'format') problem('VAT_NUMBER_FORMAT', 'VAT_NUMBER', vatRaw);
      else if (p === 'office') problem('VAT_NUMBER_OFFICE', 'VAT_NUMBER', vatRaw);
      else if (p === 'checkDigit') problem('VAT_NUMBER_CHECK_DIGIT', 'VAT_NUMBER', vatRaw);
      else values.vatNumber = vat;
    } else values.vatNumber = null;
  }
  // A company's codice fiscale is usually its Partita IVA: use it when the Partita IVA is missing.
  if (!values.vatNumber && values.taxCode && /^[0-9]{11}$/.test(values.taxCode) && !vatRaw) {
    values.vatNumber = values.taxCode;
  }
  const idProblem = problems.some((p) => p.code.startsWith('VAT') || p.code.startsWith('TAX'));
  if (!values.vatNumber && !values.taxCode && !idProblem) problem('VAT_NUMBER_MISSING', 'VAT_NUMBER', null);

  const province = raw('PROVINCE');
  if (province !== undefined) {
    if (province && !/^[A-Za-z]{2}$/.test(province)) problem('PROVINCE_INVALID', 'PROVINCE', province);
    else values.province = province ? province.toUpperCase() : null;
  }

  const rea = raw('REA_NUMBER');
  if (rea !== undefined) {
    // Extracts often give the bare number, with the province in its own column.
    const withProvince =
      rea && /^[0-9]{1,7}$/.test(rea) && values.province ? `${values.province}-${rea}` : rea;
    const normalised = withProvince ? normaliseReaNumber(withProvince) : null;
    if (withProvince && !normalised) problem('REA_NUMBER_INVALID', 'REA_NUMBER', rea);
    else values.reaNumber = normalised;
  }

  const postcode = raw('POSTCODE');
  if (postcode !== undefined) {
    if (postcode && !isValidItalianPostcode(postcode)) problem('POSTCODE_INVALID', 'POSTCODE', postcode);
    else values.postcode = postcode;
  }

  for (const [field, key] of [
    ['LEGAL_FORM', 'legalForm'],
    ['STREET', 'street'],
    ['MUNICIPALITY', 'municipality'],
    ['HAMLET', 'hamlet'],
  ] as const) {
    const v = raw(field);
    if (v !== undefined) values[key] = v;
  }

  const ateco = raw('ATECO_CODE');
  if (ateco !== undefined) {
    const codes: string[] = [];
    for (const part of (ateco ?? '')
      .split(/[,;|]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const code = normaliseAtecoCode(part);
      if (!code) problem('ATECO_CODE_INVALID', 'ATECO_CODE', part);
      else if (!knownAteco(code)) problem('ATECO_CODE_UNKNOWN', 'ATECO_CODE', part);
      else if (!codes.includes(code)) codes.push(code);
    }
    values.atecoCodes = codes;
  }

  const employees = raw('EMPLOYEES');
  if (employees !== undefined) {
    const n = employees === null ? null : Number(employees.replace(/\./g, ''));
    if (n !== null && (!Number.isInteger(n) || n < 0 || n > 1_000_000)) {
      problem('EMPLOYEES_INVALID', 'EMPLOYEES', employees);
    } else values.employees = n;
  }

  const date = raw('REGISTRATION_DATE');
  if (date !== undefined) {
    const year = date ? yearOf(date) : null;
    if (date && year === null) problem('REGISTRATION_DATE_INVALID', 'REGISTRATION_DATE', date);
    else values.foundedYear = year;
  }

  return problems.length ? { ok: false, problems } : { ok: true, values };
}

/**
 * The kind of a new firm from its first ATECO code. 15.20 (footwear) makes a shoe factory; manufacture of
 * what goes into a shoe — leather (15.1), textiles (13), wood lasts and heels (16), paper boxes (17),
 * adhesives (20), rubber and plastic soles (22), metal accessories (25) — makes a component maker; any other
 * manufacturing (section C, divisions 10–33) is processing; everything else is a service.
 */
export function kindFromAteco(codes: string[]): 'SHOE_FACTORY' | 'PROCESSING' | 'COMPONENTS' | 'SERVICES' {
  const code = codes[0];
  if (!code) return 'SERVICES';
  if (code.startsWith('15.20')) return 'SHOE_FACTORY';
  const division = Number(code.slice(0, 2));
  if (code.startsWith('15.1') || [13, 16, 17, 20, 22, 25].includes(division)) return 'COMPONENTS';
  if (division >= 10 && division <= 33) return 'PROCESSING';
  return 'SERVICES';
}
