/**
 * Italian fiscal and registry identifiers: Partita IVA, codice fiscale, REA number, postcode (CAP).
 * Used by the API to validate input and by the web app to explain a mistake before it is sent.
 */

/** Why a Partita IVA was refused. */
export type PartitaIvaProblem = 'format' | 'office' | 'checkDigit';

/** Why a codice fiscale was refused; a company code with a bad office code counts as 'format'. */
export type CodiceFiscaleProblem = 'format' | 'checkCharacter';

/** Why a REA number was refused. */
export type ReaNumberProblem = 'format';

/**
 * Office codes (digits 8–10 of a Partita IVA) that the tax agency assigns: the provincial offices 001–100,
 * 120 and 121 (special offices), 888 (assigned by the Agenzia delle Entrate centrally) and 999 (non-residents).
 */
export const PARTITA_IVA_OFFICE_CODES: ReadonlySet<number> = new Set([
  ...Array.from({ length: 100 }, (_, i) => i + 1),
  120,
  121,
  888,
  999,
]);

const ELEVEN_DIGITS = /^[0-9]{11}$/;

/** Removes the spaces people type when copying a Partita IVA from an invoice ("007 4311 0157"). */
export function normalisePartitaIva(value: string): string {
  return value.replace(/\s+/g, '');
}

/**
 * The 11th digit of a Partita IVA from the first ten: digits in odd positions (1st, 3rd, …) are summed as
 * they are, digits in even positions are doubled (minus 9 when the double exceeds 9); the check digit
 * brings the sum to a multiple of ten.
 */
export function partitaIvaCheckDigit(first10: string): number {
  if (!/^[0-9]{10}$/.test(first10)) {
    throw new RangeError(`Expected 10 digits, got "${first10}"`);
  }
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = Number(first10[i]);
    if (i % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/** The first problem of a Partita IVA, or null when it is valid. Spaces anywhere are ignored. */
export function validatePartitaIva(value: string): PartitaIvaProblem | null {
  const digits = normalisePartitaIva(value);
  if (!ELEVEN_DIGITS.test(digits)) return 'format';
  if (!PARTITA_IVA_OFFICE_CODES.has(Number(digits.slice(7, 10)))) return 'office';
  if (partitaIvaCheckDigit(digits.slice(0, 10)) !== Number(digits[10])) return 'checkDigit';
  return null;
}

export function isValidPartitaIva(value: string): boolean {
  return validatePartitaIva(value) === null;
}

/**
 * Builds a valid Partita IVA from a progressive number (0–9,999,999, the firm's number within the office)
 * and an office code from {@link PARTITA_IVA_OFFICE_CODES}. The demo-data generator uses it.
 */
export function makePartitaIva(progressive: number, officeCode: number): string {
  if (!Number.isInteger(progressive) || progressive < 0 || progressive > 9_999_999) {
    throw new RangeError(`Progressive must be an integer in 0–9999999, got ${progressive}`);
  }
  if (!PARTITA_IVA_OFFICE_CODES.has(officeCode)) {
    throw new RangeError(`Not a Partita IVA office code: ${officeCode}`);
  }
  const first10 = String(progressive).padStart(7, '0') + String(officeCode).padStart(3, '0');
  return first10 + String(partitaIvaCheckDigit(first10));
}

// Personal codice fiscale: surname (3 letters), name (3), year (2 digits), month (letter), day (2 digits,
// +40 for women), place of birth (letter + 3 digits), control character. When two people would get the same
// code (omocodia), digits are replaced from the right by the letters below, so each digit place accepts them.
const OMOCODIA_LETTERS = 'LMNPQRSTUV';
const DIGIT_PLACE = `[0-9${OMOCODIA_LETTERS}]`;
const PERSONAL_CODE = new RegExp(
  `^[A-Z]{6}${DIGIT_PLACE}{2}[ABCDEHLMPRST]${DIGIT_PLACE}{2}[A-Z]${DIGIT_PLACE}{3}[A-Z]$`,
);

// Values of the characters in odd positions (1st, 3rd, … 15th) for the control character; digits share the
// value of the letter at the same index (0 ↔ A, 1 ↔ B, …). Characters in even positions are worth their index.
const ODD_POSITION_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
] as const;

/** Index of a digit (0–9) or an uppercase letter (0–25): the shared key of both control-character tables. */
function characterIndex(character: string): number {
  const code = character.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** The control character (16th) of a personal codice fiscale from its first 15 characters (uppercase). */
function codiceFiscaleControlCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const index = characterIndex(first15.charAt(i));
    // i is 0-based: even i is an odd (1st, 3rd, …) position.
    sum += i % 2 === 0 ? (ODD_POSITION_VALUES[index] ?? 0) : index;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Day of birth (1–31, or 41–71 for women) with omocodia letters turned back into digits. */
function birthDay(code: string): number {
  const digits = code
    .slice(9, 11)
    .replace(/[LMNPQRSTUV]/g, (letter) => String(OMOCODIA_LETTERS.indexOf(letter)));
  return Number(digits);
}

/**
 * The first problem of a codice fiscale, or null when it is valid: either an 11-digit company code (the same
 * rules as a Partita IVA) or a 16-character personal code with its control character. Case and spaces are
 * ignored.
 */
export function validateCodiceFiscale(value: string): CodiceFiscaleProblem | null {
  const code = value.replace(/\s+/g, '').toUpperCase();
  if (code.length === 11) {
    const problem = validatePartitaIva(code);
    if (problem === 'checkDigit') return 'checkCharacter';
    return problem === null ? null : 'format';
  }
  if (!PERSONAL_CODE.test(code)) return 'format';
  const day = birthDay(code);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return 'format';
  if (codiceFiscaleControlCharacter(code.slice(0, 15)) !== code[15]) return 'checkCharacter';
  return null;
}

export function isValidCodiceFiscale(value: string): boolean {
  return validateCodiceFiscale(value) === null;
}

// Province (sigla, 2 letters), then a dash or spaces, then the number in the Chamber of Commerce register.
const REA_NUMBER = /^([A-Za-z]{2})\s*[-\s]\s*([0-9]{1,7})$/;

/** A REA number in its stored form "LU-123456" (from "LU-123456", "lu 123456", "LU - 123456"), or null. */
export function normaliseReaNumber(value: string): string | null {
  const match = REA_NUMBER.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  return `${match[1].toUpperCase()}-${match[2]}`;
}

export function validateReaNumber(value: string): ReaNumberProblem | null {
  return normaliseReaNumber(value) === null ? 'format' : null;
}

/** An Italian postcode (CAP): exactly five digits. */
export function isValidItalianPostcode(value: string): boolean {
  return /^[0-9]{5}$/.test(value);
}
