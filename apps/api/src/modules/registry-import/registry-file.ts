import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { RegistryEncoding, RegistryFileFormat } from './registry-import.entity.js';

/** What the upload learns from a file before anyone maps it. */
export interface FileShape {
  format: RegistryFileFormat;
  encoding: RegistryEncoding | null;
  separator: ';' | ',' | null;
  columns: string[];
}

/** One data row: its line in the file (the header is line 1) and its cells by column header. */
export interface FileRow {
  line: number;
  cells: Record<string, string>;
}

/** How much of a file the import reads: refused beyond these, with the reason. */
export interface FileLimits {
  /** Data rows (the header not counted). */
  maxRows: number;
  /** What an XLSX file (a ZIP archive) declares its entries take once unpacked. */
  maxUncompressedBytes: number;
}

export class RegistryFileError extends Error {
  constructor(
    readonly reason:
      | 'unsupported_format'
      | 'no_header'
      | 'unreadable'
      | 'duplicate_columns'
      | 'too_many_rows'
      | 'too_large_uncompressed',
  ) {
    super(reason);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** XLSX is a ZIP archive; anything else is read as delimited text. */
export function detectFormat(content: Buffer, fileName: string): RegistryFileFormat {
  if (content.subarray(0, 4).equals(ZIP_MAGIC)) return 'XLSX';
  if (/\.xlsx$/i.test(fileName)) throw new RegistryFileError('unsupported_format');
  if (content.includes(0)) throw new RegistryFileError('unsupported_format');
  return 'CSV';
}

/** Valid UTF-8 is UTF-8; anything else is taken as Latin-1 (Windows exports of the registry). */
export function detectEncoding(content: Buffer): RegistryEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return 'UTF_8';
  } catch {
    return 'LATIN_1';
  }
}

function decode(content: Buffer, encoding: RegistryEncoding): string {
  const text = encoding === 'UTF_8' ? content.toString('utf8') : iconv.decode(content, 'latin1');
  return text.replace(/^\uFEFF/, '');
}

/** The separator the header line uses more: ";" (Italian Excel) or ",". Quoted text is skipped. */
export function detectSeparator(text: string): ';' | ',' {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const semicolons = header.split(';').length;
  const commas = header.split(',').length;
  return semicolons >= commas ? ';' : ',';
}

function checkColumns(columns: string[]): string[] {
  const trimmed = columns.map((c) => c.trim());
  if (trimmed.length === 0 || trimmed.every((c) => c === '')) throw new RegistryFileError('no_header');
  if (new Set(trimmed).size !== trimmed.length) throw new RegistryFileError('duplicate_columns');
  return trimmed;
}

function csvParser(separator: string) {
  return parse({
    delimiter: separator,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    info: true,
    trim: false,
  });
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;

/**
 * The bytes an XLSX (ZIP) file says its entries take once unpacked, summed from its central directory
 * without unpacking anything; Infinity when that cannot be read (ZIP64, a damaged archive), which the
 * caller refuses like a file too large. A "zip bomb" of a few MB that unpacks to gigabytes stops here.
 */
export function declaredUncompressedSize(content: Buffer): number {
  const from = Math.max(0, content.length - 22 - 65_535);
  let eocd = -1;
  for (let i = content.length - 22; i >= from; i -= 1) {
    if (content.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return Infinity;
  const entries = content.readUInt16LE(eocd + 10);
  let offset = content.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff) return Infinity;
  let total = 0;
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== CENTRAL_ENTRY_SIGNATURE)
      return Infinity;
    const size = content.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    offset +=
      46 +
      content.readUInt16LE(offset + 28) +
      content.readUInt16LE(offset + 30) +
      content.readUInt16LE(offset + 32);
  }
  return total;
}

function checkUncompressed(content: Buffer, limits: FileLimits): void {
  if (declaredUncompressedSize(content) > limits.maxUncompressedBytes) {
    throw new RegistryFileError('too_large_uncompressed');
  }
}

/**
 * The rows of an XLSX file's first sheet, read as a stream (exceljs' streaming reader: the archive is
 * unpacked and the sheet's XML parsed a piece at a time, never the whole workbook in memory).
 */
async function* xlsxRows(content: Buffer): AsyncGenerator<ExcelJS.Row> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) yield row;
      return;
    }
  } catch (error) {
    if (error instanceof RegistryFileError) throw error;
    throw new RegistryFileError('unreadable');
  }
}

/** A cell as text: dates as dd/mm/yyyy, numbers without grouping, formulas by their result. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return cell.text;
}

/**
 * Reads the file's shape: format, encoding, separator and header columns. Only the beginning of the file
 * is read: an XLSX file's declared unpacked size is checked first, then its first row streamed.
 */
export async function readShape(content: Buffer, fileName: string, limits: FileLimits): Promise<FileShape> {
  const format = detectFormat(content, fileName);
  if (format === 'XLSX') {
    checkUncompressed(content, limits);
    const columns: string[] = [];
    for await (const header of xlsxRows(content)) {
      if (header.number !== 1) break;
      for (let c = 1; c <= header.cellCount; c += 1) columns.push(cellText(header.getCell(c)));
      break;
    }
    while (columns.length && columns.at(-1)!.trim() === '') columns.pop();
    return { format, encoding: null, separator: null, columns: checkColumns(columns) };
  }
  const encoding = detectEncoding(content);
  // The header is on the first line: decode a slice, not the whole file.
  const head = decode(content.subarray(0, 64 * 1024), encoding);
  const separator = detectSeparator(head);
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const parser = csvParser(separator);
  const records: { record: string[] }[] = [];
  parser.on('readable', () => {
    let r: { record: string[] } | null;
    while ((r = parser.read() as { record: string[] } | null)) records.push(r);
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', () => reject(new RegistryFileError('unreadable')));
    parser.end(`${firstLine}\n`);
  });
  return { format, encoding, separator, columns: checkColumns(records[0]?.record ?? []) };
}

/**
 * The data rows of a file whose shape is known, streamed (CSV and XLSX) so that memory stays flat on
 * large extracts. Rows with every cell empty are skipped. More than `limits.maxRows` data rows stop the
 * reading with a RegistryFileError('too_many_rows') at the first row over the limit.
 */
export async function* readRows(
  content: Buffer,
  shape: FileShape,
  limits: FileLimits,
): AsyncGenerator<FileRow> {
  const columns = shape.columns;
  const toCells = (values: string[]): Record<string, string> => {
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => {
      cells[c] = values[i] ?? '';
    });
    return cells;
  };
  let rows = 0;
  const counted = () => {
    rows += 1;
    if (rows > limits.maxRows) throw new RegistryFileError('too_many_rows');
  };
  if (shape.format === 'XLSX') {
    checkUncompressed(content, limits);
    for await (const row of xlsxRows(content)) {
      if (row.number === 1) continue;
      const values = columns.map((_, i) => cellText(row.getCell(i + 1)));
      if (values.every((v) => v.trim() === '')) continue;
      counted();
      yield { line: row.number, cells: toCells(values) };
    }
    return;
  }
  const source = Readable.from(chunks(content, 256 * 1024)).pipe(
    shape.encoding === 'LATIN_1' ? iconv.decodeStream('latin1') : iconv.decodeStream('utf8'),
  );
  const parser = source.pipe(csvParser(shape.separator ?? ';'));
  let header = true;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (header) {
        header = false;
        continue;
      }
      if (record.every((v) => v.trim() === '')) continue;
      counted();
      yield { line: info.lines, cells: toCells(record) };
    }
  } catch (error) {
    if (error instanceof RegistryFileError) throw error;
    throw new RegistryFileError('unreadable');
  }
}

function* chunks(content: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < content.length; i += size) yield content.subarray(i, i + size);
}

/**
 * Counts a CSV file's data lines cheaply (for progress totals and the row limit at upload) without
 * parsing quoting, so a quoted line break counts one more; an XLSX file's rows are counted as they are
 * read (0 here).
 */
export function countRows(content: Buffer, shape: Pick<FileShape, 'format'>): number {
  if (shape.format === 'XLSX') return 0;
  let lines = 0;
  for (let i = content.indexOf(10); i !== -1; i = content.indexOf(10, i + 1)) lines += 1;
  if (content.length && content[content.length - 1] !== 10) lines += 1;
  return Math.max(0, lines - 1);
}
