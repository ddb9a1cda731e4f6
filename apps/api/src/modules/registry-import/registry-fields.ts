import {
  isValidItalianPostcode,
  normalisePartitaIva,
  normaliseReaNumber,
  validateCodiceFiscale,
  validatePartitaIva,
  type RegistryImportField,
} from '@filiera/shared';
import { foldText } from '../../common/validation.js';
import {
  kindFromAteco,
  normaliseAtecoCode,
  translate2007,
  type AtecoLookup,
  type AtecoTranslation,
  type FirmKind,
  type ReviewCode,
  type RowReview,
} from './registry-ateco.js';

/** The firm fields a registry column can fill (the GraphQL enum RegistryImportField). */
export type RegistryField = RegistryImportField;

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
  | 'ATECO_2007_CODE_INVALID'
  | 'ATECO_2007_CODE_UNKNOWN'
  | 'EMPLOYEES_INVALID'
  | 'REGISTRATION_DATE_INVALID'
  | 'REGISTRATION_DATE_IMPOSSIBLE'
  | 'PEC_INVALID'
  | 'CEASED_ON_INVALID'
  | 'CEASED_ON_MISSING';

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
  ATECO_2007_CODE: ['ateco07', 'codiceateco07', 'codiceattivita2007', 'ateco2007code'],
  EMPLOYEES: ['addetti', 'numeroaddetti', 'naddetti', 'dipendenti', 'employees'],
  REGISTRATION_DATE: ['dataiscrizione', 'dataiscrizionerea', 'iscrizione', 'registrationdate'],
  PEC: [
    'pec',
    'domiciliodigitale',
    'domiciliodigitalepec',
    'indirizzopec',
    'emailpec',
    'indirizzodomiciliodigitale',
  ],
  STATUS: ['stato', 'statoattivita', 'statoimpresa', 'statoditta', 'status'],
  CEASED_ON: ['datacessazione', 'datacessazioneattivita', 'cessazione', 'datacancellazione', 'ceasedon'],
};

const foldHeader = (header: string): string => foldText(header).replace(/[^a-z0-9]/g, '');

const SYNONYM_INDEX = new Map<string, RegistryField>(
  Object.entries(HEADER_SYNONYMS).flatMap(([field, names]) =>
    names.map((name) => [foldHeader(name), field as RegistryField] as const),
  ),
);

/** A header naming an edition of ATECO ("Codice ATECO 2007", "Attività ATECO 2025") says which one it holds. */
function fieldOfHeader(column: string): RegistryField | null {
  const folded = foldHeader(column);
  if (folded.includes('ateco') && folded.includes('2007')) return 'ATECO_2007_CODE';
  if (folded.includes('ateco') && folded.includes('2025')) return 'ATECO_CODE';
  return SYNONYM_INDEX.get(folded) ?? null;
}

/** A mapping for each column from its header, case, accents, spaces and dots ignored; each field once. */
export function suggestMapping(columns: string[]): ColumnMapping[] {
  const used = new Set<RegistryField>();
  return columns.map((column) => {
    const field = fieldOfHeader(column);
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
  pec?: string | null;
  /** The day the firm ceased (YYYY-MM-DD); null when the file says it is active. */
  ceasedOn?: string | null;
}

export type RowCheck =
  | {
      ok: true;
      values: FirmValues;
      /** The kind a new firm gets, from its first ATECO code (changeable in the dry run). */
      kind: FirmKind;
      ateco2007: AtecoTranslation[];
      review: RowReview[];
    }
  | { ok: false; problems: RowProblem[] };

/**
 * A date as the extracts write it — 31/12/1998, 31-12-1998, 31.12.1998, 1998-12-31, or a spreadsheet
 * date — as YYYY-MM-DD; 'impossible' for a day the calendar does not have (31/02, 29/02 of a common
 * year, month 13), 'invalid' for anything else or a year outside 1800 – this year.
 */
export function registryDate(value: string): string | 'invalid' | 'impossible' {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const ymd = dmy ? null : /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+Z?)?$/.exec(value);
  if (!dmy && !ymd) return 'invalid';
  const [day, month, year] = dmy
    ? [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
    : [Number(ymd![3]), Number(ymd![2]), Number(ymd![1])];
  if (year < 1800 || year > new Date().getFullYear()) return 'invalid';
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1) return 'impossible';
  return date.toISOString().slice(0, 10);
}

/** A registration date's year (see registryDate). */
export function registrationYear(value: string): number | 'invalid' | 'impossible' {
  const day = registryDate(value);
  return day === 'invalid' || day === 'impossible' ? day : Number(day.slice(0, 4));
}

/** A registry status that says the firm no longer trades: cessata, inattiva, cancellata, in liquidazione is not. */
const CEASED_STATUS = /^(cessat|inattiv|cancellat|ceased|inactive)/;

/** A text cell trimmed, with runs of spaces collapsed; empty means no value. */
const clean = (value: string | undefined): string | null => {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
};

/** Spreadsheets drop the leading zeros of numeric codes: 743110157 is 00743110157. */
const padDigits = (value: string): string => (/^[0-9]{8,10}$/.test(value) ? value.padStart(11, '0') : value);

/**
 * Checks one row against the mapping and turns it into firm values, translating ATECO 2007 codes to
 * ATECO 2025 (never dropping one silently: each translation is kept, and the doubtful ones are review
 * notes) and deriving the kind a new firm gets. Duplicates across rows are checked by the caller.
 */
export function checkRow(
  cells: Record<string, string>,
  mapping: ColumnMapping[],
  ateco: AtecoLookup,
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

  const codes: string[] = [];
  const ateco2007: AtecoTranslation[] = [];
  const review: RowReview[] = [];
  // The first code read, in the edition it was written in: it decides the kind.
  let primary: { code: string; edition: 2007 | 2025 } | null = null;
  const addCode = (code: string | null) => {
    if (code && !codes.includes(code)) codes.push(code);
  };
  const from2007 = (code: string, field: RegistryField, extra: ReviewCode[] = []) => {
    const t = translate2007(code, ateco);
    if (!t) return false;
    ateco2007.push(t.translation);
    for (const c of [...extra, ...t.review])
      review.push({ code: c, column: columnOf.get(field) ?? null, value: code });
    addCode(t.translation.to);
    primary ??= { code, edition: 2007 };
    return true;
  };
  const codesOf = (value: string | null) =>
    (value ?? '')
      .split(/[,;|]/)
      .map((v) => v.trim())
      .filter(Boolean);

  const ateco2025Raw = raw('ATECO_CODE');
  for (const part of codesOf(ateco2025Raw ?? null)) {
    const code = normaliseAtecoCode(part);
    if (!code) problem('ATECO_CODE_INVALID', 'ATECO_CODE', part);
    else if (ateco.known(code)) {
      addCode(code);
      primary ??= { code, edition: 2025 };
    } else if (!from2007(code, 'ATECO_CODE', ['ATECO_2007_IN_2025_COLUMN'])) {
      problem('ATECO_CODE_UNKNOWN', 'ATECO_CODE', part);
    }
  }
  const ateco2007Raw = raw('ATECO_2007_CODE');
  for (const part of codesOf(ateco2007Raw ?? null)) {
    const code = normaliseAtecoCode(part);
    if (!code) problem('ATECO_2007_CODE_INVALID', 'ATECO_2007_CODE', part);
    else if (!from2007(code, 'ATECO_2007_CODE')) problem('ATECO_2007_CODE_UNKNOWN', 'ATECO_2007_CODE', part);
  }
  if (ateco2025Raw !== undefined || ateco2007Raw !== undefined) values.atecoCodes = codes;

  const employees = raw('EMPLOYEES');
  if (employees !== undefined) {
    const n = employees === null ? null : Number(employees.replace(/\./g, ''));
    if (n !== null && (!Number.isInteger(n) || n < 0 || n > 1_000_000)) {
      problem('EMPLOYEES_INVALID', 'EMPLOYEES', employees);
    } else values.employees = n;
  }

  const date = raw('REGISTRATION_DATE');
  if (date !== undefined) {
    const year = date ? registrationYear(date) : null;
    if (year === 'invalid') problem('REGISTRATION_DATE_INVALID', 'REGISTRATION_DATE', date!);
    else if (year === 'impossible') problem('REGISTRATION_DATE_IMPOSSIBLE', 'REGISTRATION_DATE', date!);
    else values.foundedYear = year;
  }

  const pec = raw('PEC');
  if (pec !== undefined) {
    const address = pec?.replace(/^mailto:/i, '').toLowerCase() ?? null;
    if (address && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(address)) problem('PEC_INVALID', 'PEC', pec);
    else values.pec = address;
  }

  readCessation(raw('STATUS'), raw('CEASED_ON'), values, problem);

  if (problems.length) return { ok: false, problems };
  return { ok: true, values, kind: kindFromAteco(primary), ateco2007, review };
}

/**
 * The cessation columns: a ceased status (cessata, inattiva…) with the day it ceased, or the day alone,
 * makes the firm ceased on that day; an active status, or an empty day without a status column, makes it
 * active again (a firm re-imported as active loses an earlier cessation). A ceased status without a day
 * is refused: the firm page shows the day.
 */
function readCessation(
  status: string | null | undefined,
  day: string | null | undefined,
  values: FirmValues,
  problem: (code: ProblemCode, field: RegistryField, value: string | null) => void,
): void {
  if (status === undefined && day === undefined) return;
  const ceasedStatus = status ? CEASED_STATUS.test(foldHeader(status)) : null;
  if (ceasedStatus === false) {
    values.ceasedOn = null;
    return;
  }
  if (!day) {
    if (ceasedStatus)
      problem('CEASED_ON_MISSING', day === undefined ? 'STATUS' : 'CEASED_ON', status ?? null);
    else values.ceasedOn = null;
    return;
  }
  const parsed = registryDate(day);
  if (parsed === 'invalid' || parsed === 'impossible') problem('CEASED_ON_INVALID', 'CEASED_ON', day);
  else values.ceasedOn = parsed;
}
