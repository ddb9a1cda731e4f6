/**
 * The one CSV writer every export uses: cells, lines and documents, so that quoting and the defence
 * against spreadsheet formula injection (OWASP "CSV Injection") are decided in one place.
 */

/** A cell: text is text (escaped as needed); numbers stay numbers, written in the file's locale. */
export type CsvValue = string | number | null | undefined;

export interface CsvFormat {
  /** `;` for Excel in an Italian locale, `,` for the rest of the world. */
  separator: ';' | ',';
  /** Write decimals with a comma (12,5), so that a spreadsheet in an Italian locale reads a number. */
  decimalComma?: boolean;
}

/** UTF-8 byte-order mark: without it Excel reads the file as Latin-1 and mangles accents. */
export const CSV_BOM = '\uFEFF';

/** OWASP: a cell starting with one of these may be run as a formula (or DDE command) by a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A formula character after a separator or line break inside the text. A spreadsheet whose locale splits
 * on the other separator (an Italian `;` file opened with `,`) does not see our quotes where the cell does
 * not start a field, so each such piece becomes a cell of its own and must not start a formula either.
 */
const FORMULA_AFTER_SPLIT = /([,;\t\r\n][\s"]*)(?=[=+\-@])/g;

/** Whatever would make a spreadsheet split or end the cell, in either separator. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One CSV cell. Text that a spreadsheet would take for a formula gets a leading apostrophe (which the
 * spreadsheet shows as text) and is quoted, with embedded quotes doubled; so does a formula character
 * after a separator or line break inside it. Numbers are written as numbers, negative ones included,
 * because a number is never a formula.
 */
export function csvCell(value: CsvValue, format: CsvFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = String(value);
    return format.decimalComma ? s.replace('.', ',') : s;
  }
  const inner = value.replace(FORMULA_AFTER_SPLIT, "$1'");
  const escaped = FORMULA_START.test(inner) ? `'${inner}` : inner;
  return escaped !== value || NEEDS_QUOTES.test(escaped) ? `"${escaped.replace(/"/g, '""')}"` : escaped;
}

/** One CSV line, CRLF-terminated (RFC 4180, and what Excel writes). */
export function csvLine(values: readonly CsvValue[], format: CsvFormat): string {
  return `${values.map((v) => csvCell(v, format)).join(format.separator)}\r\n`;
}

/** A whole CSV document, BOM first. */
export function csvDocument(rows: readonly (readonly CsvValue[])[], format: CsvFormat): string {
  return CSV_BOM + rows.map((row) => csvLine(row, format)).join('');
}
