/**
 * The firm profile's domain rules, shared by the API (which enforces them) and the web app (which explains
 * a mistake before anything is sent): controlled vocabularies, field checks and the completeness meter.
 */
import {
  isValidItalianPostcode,
  normaliseReaNumber,
  validateCodiceFiscale,
  validatePartitaIva,
} from './fiscal.js';

/** The kinds of firm (the API's FirmKind), in the order the interface lists them. */
export const FIRM_KINDS = ['SHOE_FACTORY', 'PROCESSING', 'COMPONENTS', 'SERVICES'] as const;

/** Certifications a firm can declare: a controlled list so the directory can filter on them. */
export const CERTIFICATIONS = [
  'ISO 9001',
  'ISO 14001',
  'ISO 45001',
  'ISO 50001',
  'SA8000',
  'Leather Working Group',
  'OEKO-TEX',
  'FSC',
  'GRS',
] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

/** Product lines of a shoe factory (the seed's vocabulary). */
export const PRODUCT_LINES = [
  'women',
  'men',
  'kids',
  'sneakers',
  'boots',
  'sandals',
  'safety',
  'luxury',
] as const;
export type ProductLine = (typeof PRODUCT_LINES)[number];

/** Yearly revenue bands in EUR; private to the firm and the network's staff. */
export const REVENUE_BANDS = ['<2M', '2-10M', '10-50M', '>50M'] as const;
export type RevenueBand = (typeof REVENUE_BANDS)[number];

/** Fields a consenting firm may show on the public showcase. */
export const PUBLIC_FIELDS = [
  'tradeName',
  'hamlet',
  'capabilities',
  'productLines',
  'certifications',
  'exportMarkets',
  'capacityPairsPerDay',
  'website',
  'email',
  'phone',
  'descriptionIt',
  'descriptionEn',
] as const;
export type PublicField = (typeof PUBLIC_FIELDS)[number];

// ISO 3166-1 alpha-2, officially assigned codes.
// prettier-ignore
export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(
  ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
   'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI ' +
   'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN ' +
   'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
   'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
   'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
   'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE ' +
   'YT ZA ZM ZW').split(' '),
);

/** ATECO 2025 code shape: division, optionally group/class and category/subcategory ("15.20.10"). */
export const ATECO_CODE_PATTERN = /^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$/;

export const FOUNDED_YEAR_MIN = 1800;

/** Why a profile field was refused; the web app translates each reason. */
export type FirmFieldReason =
  | 'required'
  | 'too_long'
  | 'vat_format'
  | 'vat_office'
  | 'vat_check_digit'
  | 'tax_code'
  | 'rea'
  | 'postcode'
  | 'province'
  | 'email'
  | 'url'
  | 'phone'
  | 'percent'
  | 'year'
  | 'not_negative'
  | 'latitude'
  | 'longitude'
  | 'country'
  | 'certification'
  | 'product_line'
  | 'revenue_band'
  | 'public_field'
  | 'ateco'
  | 'taken'
  | 'capability';

export interface FirmFieldProblem {
  field: string;
  reason: FirmFieldReason;
  message: string;
}

/** The editable profile as both sides see it; absent fields are not checked (a partial update). */
export interface FirmProfileValues {
  legalName?: string | null;
  tradeName?: string | null;
  vatNumber?: string | null;
  taxCode?: string | null;
  reaNumber?: string | null;
  legalForm?: string | null;
  atecoCodes?: readonly string[] | null;
  productLines?: readonly string[] | null;
  street?: string | null;
  postcode?: string | null;
  municipality?: string | null;
  hamlet?: string | null;
  province?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  employees?: number | null;
  revenueBand?: string | null;
  foundedYear?: number | null;
  capacityPairsPerDay?: number | null;
  exportShare?: number | null;
  exportMarkets?: readonly string[] | null;
  certifications?: readonly string[] | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  descriptionIt?: string | null;
  descriptionEn?: string | null;
  publicFields?: readonly string[] | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{6,20}$/;
const PROVINCE = /^[A-Z]{2}$/;

/** An http(s) address with a dotted host name; no URL global here, the package runs without DOM types. */
const HTTP_URL = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:[0-9]{1,5})?([/?#][^\s]*)?$/i;
const isHttpUrl = (value: string) => HTTP_URL.test(value);

const TEXT_LIMITS: Partial<Record<keyof FirmProfileValues, number>> = {
  legalName: 200,
  tradeName: 200,
  legalForm: 60,
  street: 200,
  municipality: 100,
  hamlet: 100,
  website: 300,
  email: 320,
  descriptionIt: 4000,
  descriptionEn: 4000,
};

/**
 * Every problem of a (partial) profile, field by field, with a stable reason and an English message.
 * `now` fixes the current year for the founded-year check.
 */
export function checkFirmProfile(values: FirmProfileValues, now = new Date()): FirmFieldProblem[] {
  const problems: FirmFieldProblem[] = [];
  const add = (field: string, reason: FirmFieldReason, message: string) =>
    problems.push({ field, reason, message });
  const present = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

  if (values.legalName !== undefined && !present(values.legalName))
    add('legalName', 'required', 'is required');
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [keyof FirmProfileValues, number][]) {
    const v = values[field];
    if (typeof v === 'string' && v.length > max) add(field, 'too_long', `is longer than ${max} characters`);
  }
  if (values.vatNumber !== undefined) {
    const problem = present(values.vatNumber) ? validatePartitaIva(values.vatNumber) : 'format';
    if (problem === 'format') add('vatNumber', 'vat_format', 'must be 11 digits');
    if (problem === 'office')
      add('vatNumber', 'vat_office', 'has an office code the tax agency does not assign');
    if (problem === 'checkDigit') add('vatNumber', 'vat_check_digit', 'has a wrong check digit');
  }
  if (present(values.taxCode) && validateCodiceFiscale(values.taxCode) !== null) {
    add('taxCode', 'tax_code', 'is not a valid codice fiscale');
  }
  if (present(values.reaNumber) && normaliseReaNumber(values.reaNumber) === null) {
    add('reaNumber', 'rea', 'must read like LU-123456');
  }
  if (present(values.postcode) && !isValidItalianPostcode(values.postcode.trim())) {
    add('postcode', 'postcode', 'must be 5 digits');
  }
  if (present(values.province) && !PROVINCE.test(values.province.trim().toUpperCase())) {
    add('province', 'province', 'must be a 2-letter province code, e.g. LU');
  }
  if (present(values.email) && !EMAIL.test(values.email.trim()))
    add('email', 'email', 'is not a valid e-mail address');
  if (present(values.website) && !isHttpUrl(values.website.trim()))
    add('website', 'url', 'must be a web address (https://…)');
  if (present(values.phone) && !PHONE.test(values.phone.trim()))
    add('phone', 'phone', 'is not a valid phone number');

  const intIn = (field: keyof FirmProfileValues, min: number, max: number, reason: FirmFieldReason) => {
    const v = values[field];
    if (typeof v === 'number' && (!Number.isInteger(v) || v < min || v > max)) {
      add(field, reason, `must be a whole number from ${min} to ${max}`);
    }
  };
  intIn('exportShare', 0, 100, 'percent');
  intIn('foundedYear', FOUNDED_YEAR_MIN, now.getFullYear(), 'year');
  intIn('employees', 0, 1_000_000, 'not_negative');
  intIn('capacityPairsPerDay', 0, 10_000_000, 'not_negative');
  if (typeof values.latitude === 'number' && !(values.latitude >= -90 && values.latitude <= 90)) {
    add('latitude', 'latitude', 'must be between -90 and 90');
  }
  if (typeof values.longitude === 'number' && !(values.longitude >= -180 && values.longitude <= 180)) {
    add('longitude', 'longitude', 'must be between -180 and 180');
  }
  if (present(values.revenueBand) && !(REVENUE_BANDS as readonly string[]).includes(values.revenueBand)) {
    add('revenueBand', 'revenue_band', 'is not one of the revenue bands');
  }

  const eachOf = (
    field: keyof FirmProfileValues,
    ok: (v: string) => boolean,
    reason: FirmFieldReason,
    message: (v: string) => string,
  ) => {
    const list = values[field];
    if (!Array.isArray(list)) return;
    const bad = (list as string[]).find((v) => !ok(v));
    if (bad !== undefined) add(field, reason, message(bad));
  };
  eachOf(
    'exportMarkets',
    (v) => ISO_COUNTRY_CODES.has(v),
    'country',
    (v) => `"${v}" is not an ISO country code`,
  );
  eachOf(
    'certifications',
    (v) => (CERTIFICATIONS as readonly string[]).includes(v),
    'certification',
    (v) => `"${v}" is not a known certification`,
  );
  eachOf(
    'productLines',
    (v) => (PRODUCT_LINES as readonly string[]).includes(v),
    'product_line',
    (v) => `"${v}" is not a known product line`,
  );
  eachOf(
    'publicFields',
    (v) => (PUBLIC_FIELDS as readonly string[]).includes(v),
    'public_field',
    (v) => `"${v}" cannot be made public`,
  );
  eachOf(
    'atecoCodes',
    (v) => ATECO_CODE_PATTERN.test(v),
    'ateco',
    (v) => `"${v}" is not an ATECO code`,
  );
  return problems;
}

// ─── Completeness ──────────────────────────────────────────────────────────────────────────────────────

/** What the completeness meter looks at: the stored profile plus its capabilities and logo. */
export interface FirmCompletenessInput extends FirmProfileValues {
  kind: string;
  capabilityCount: number;
  hasLogo: boolean;
}

/**
 * Fields that count, with their weight: descriptions and capabilities weigh more because buyers read them
 * first. Product lines count only for shoe factories, capacity not for service firms, export markets only
 * when the firm exports.
 */
export const COMPLETENESS_WEIGHTS = {
  tradeName: 1,
  taxCode: 1,
  reaNumber: 1,
  legalForm: 1,
  atecoCodes: 1,
  capabilities: 2,
  productLines: 2,
  street: 1,
  postcode: 1,
  municipality: 1,
  province: 1,
  coordinates: 1,
  employees: 1,
  revenueBand: 1,
  foundedYear: 1,
  capacityPairsPerDay: 1,
  exportShare: 1,
  exportMarkets: 1,
  certifications: 1,
  website: 1,
  email: 1,
  phone: 1,
  descriptionIt: 2,
  descriptionEn: 2,
  logo: 1,
} as const;
export type CompletenessField = keyof typeof COMPLETENESS_WEIGHTS;

export interface Completeness {
  /** 0–100, rounded down so that 100 means nothing is missing. */
  percent: number;
  /** Missing fields in the order of the form. */
  missing: CompletenessField[];
}

/** The profile's completeness and what is missing. */
export function profileCompleteness(p: FirmCompletenessInput): Completeness {
  const filled = (v: unknown) =>
    Array.isArray(v) ? v.length > 0 : typeof v === 'number' ? true : typeof v === 'string' && v.trim() !== '';
  const status: Partial<Record<CompletenessField, boolean>> = {
    tradeName: filled(p.tradeName),
    taxCode: filled(p.taxCode),
    reaNumber: filled(p.reaNumber),
    legalForm: filled(p.legalForm),
    atecoCodes: filled(p.atecoCodes),
    capabilities: p.kind === 'SERVICES' ? undefined : p.capabilityCount > 0,
    productLines: p.kind === 'SHOE_FACTORY' ? filled(p.productLines) : undefined,
    street: filled(p.street),
    postcode: filled(p.postcode),
    municipality: filled(p.municipality),
    province: filled(p.province),
    coordinates: filled(p.latitude) && filled(p.longitude),
    employees: filled(p.employees),
    revenueBand: filled(p.revenueBand),
    foundedYear: filled(p.foundedYear),
    capacityPairsPerDay: p.kind === 'SERVICES' ? undefined : filled(p.capacityPairsPerDay),
    exportShare: filled(p.exportShare),
    exportMarkets: (p.exportShare ?? 0) > 0 ? filled(p.exportMarkets) : undefined,
    certifications: filled(p.certifications),
    website: filled(p.website),
    email: filled(p.email),
    phone: filled(p.phone),
    descriptionIt: filled(p.descriptionIt),
    descriptionEn: filled(p.descriptionEn),
    logo: p.hasLogo,
  };
  let total = 0;
  let got = 0;
  const missing: CompletenessField[] = [];
  for (const field of Object.keys(COMPLETENESS_WEIGHTS) as CompletenessField[]) {
    const ok = status[field];
    if (ok === undefined) continue;
    total += COMPLETENESS_WEIGHTS[field];
    if (ok) got += COMPLETENESS_WEIGHTS[field];
    else missing.push(field);
  }
  return { percent: total === 0 ? 100 : Math.floor((got * 100) / total), missing };
}
