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

export class RegistryFileError extends Error {
  constructor(readonly reason: 'unsupported_format' | 'no_header' | 'unreadable' | 'duplicate_columns') {
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

async function loadWorksheet(content: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new RegistryFileError('unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RegistryFileError('no_header');
  return sheet;
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

/** Reads the file's shape: format, encoding, separator and header columns. */
export async function readShape(content: Buffer, fileName: string): Promise<FileShape> {
  const format = detectFormat(content, fileName);
  if (format === 'XLSX') {
    const sheet = await loadWorksheet(content);
    const header = sheet.getRow(1);
    const columns: string[] = [];
    for (let c = 1; c <= header.cellCount; c += 1) columns.push(cellText(header.getCell(c)));
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
 * The data rows of a file whose shape is known, streamed (CSV) so that memory stays flat on large
 * extracts. Rows with every cell empty are skipped.
 */
export async function* readRows(content: Buffer, shape: FileShape): AsyncGenerator<FileRow> {
  const columns = shape.columns;
  const toCells = (values: string[]): Record<string, string> => {
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => {
      cells[c] = values[i] ?? '';
    });
    return cells;
  };
  if (shape.format === 'XLSX') {
    const sheet = await loadWorksheet(content);
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      const values = columns.map((_, i) => cellText(row.getCell(i + 1)));
      if (values.every((v) => v.trim() === '')) continue;
      yield { line: r, cells: toCells(values) };
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

/** Counts data lines cheaply (for progress totals) without parsing quoting. */
export async function countRows(content: Buffer, shape: FileShape): Promise<number> {
  if (shape.format === 'XLSX') return Math.max(0, (await loadWorksheet(content)).actualRowCount - 1);
  let lines = 0;
  for (let i = content.indexOf(10); i !== -1; i = content.indexOf(10, i + 1)) lines += 1;
  if (content.length && content[content.length - 1] !== 10) lines += 1;
  return Math.max(0, lines - 1);
}
