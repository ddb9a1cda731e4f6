import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';

/**
 * The registry files `bench:import` uploads, generated the same on every run: a realistic 50,000-row
 * CSV (with the district's firms among the rows and ~1% invalid rows) and the 1,000,000-row files that
 * must be refused or read within the memory target.
 */

/** Rows of the realistic registry file. */
export const ROWS = 50_000;

/** mulberry32: a small deterministic PRNG, so every run imports the same file. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid Partita IVA (Luhn-style check digit) from a progressive number and an office code. */
function partitaIva(progressive: number, office: number): string {
  const first10 = String(progressive).padStart(7, '0') + String(office).padStart(3, '0');
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const d = Number(first10[i]);
    sum += i % 2 === 0 ? d : d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return first10 + String((10 - (sum % 10)) % 10);
}

const HAMLETS = [
  'Segromigno in Monte',
  'Segromigno in Piano',
  'Lammari',
  'Marlia',
  'Camigliano',
  'Capannori',
];
const ATECO = ['15.20.10', '15.20.20', '22.12.00', '15.11.00', '14.10.10', '46.42.30', '62.10.00'];
const FORMS = ['S.r.l.', 'S.n.c.', 'S.a.s.', 'S.p.A.', 'Ditta individuale'];

/** The 50,000-row file: the district's existing firms (updated employees), then new firms; 1 row in 100 broken. */
export function generateRegistryCsv(existingVats: string[], rows = ROWS): Buffer {
  const random = prng(20261125);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lines = [
    'Denominazione;Codice fiscale;Partita IVA;N. REA;Forma giuridica;Indirizzo;CAP;Comune;Frazione;Provincia;Codice ATECO;Addetti;Data iscrizione',
  ];
  for (let i = 0; i < rows; i += 1) {
    const vat = i < existingVats.length ? existingVats[i]! : partitaIva(8_000_000 + i, 46);
    const broken = i % 100 === 99;
    const form = pick(FORMS);
    lines.push(
      [
        broken && i % 200 === 199 ? '' : `Impresa Registro ${i + 1} ${form}`,
        vat,
        broken ? `${vat.slice(0, 10)}${(Number(vat[10]) + 1) % 10}` : vat,
        `LU ${100_000 + i}`,
        form,
        `Via della Città ${1 + Math.floor(random() * 200)}`,
        pick(['55012', '55014', '55018']),
        'Capannori',
        pick(HAMLETS),
        'LU',
        pick(ATECO),
        String(1 + Math.floor(random() * 80)),
        `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/${String(1 + Math.floor(random() * 12)).padStart(2, '0')}/${1960 + Math.floor(random() * 65)}`,
      ].join(';'),
    );
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
}

/** Short rows (name and Partita IVA, about 17 bytes each): a million of them fit under the upload size. */
export function compactCsv(rows: number): Buffer {
  const lines = ['Denominazione;Partita IVA'];
  for (let i = 0; i < rows; i += 1) lines.push(`D${i.toString(36)};${partitaIva(1_000_000 + i, 46)}`);
  return Buffer.from(lines.join('\n') + '\n', 'latin1');
}

/** The same as an XLSX file written by exceljs' streaming writer: a few MB packed, far more unpacked. */
export async function compactXlsx(rows: number): Promise<Buffer> {
  const out = new PassThrough();
  const done = buffer(out);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Imprese');
  sheet.addRow(['Denominazione', 'Partita IVA']).commit();
  for (let i = 0; i < rows; i += 1)
    sheet.addRow([`D${i.toString(36)}`, partitaIva(1_000_000 + i, 46)]).commit();
  sheet.commit();
  await workbook.commit();
  return done;
}
