import PDFDocument from 'pdfkit';
import type { ReportFilterValue } from './report.filter.js';
import { describeFilter, type Cell, type ReportDocument } from './report.export.js';
import { T, type Lang } from './report.labels.js';

const locale = (lang: Lang) => (lang === 'it' ? 'it-IT' : 'en-GB');

/** Longest bar chart drawn; the table below it still lists every row. */
const MAX_BARS = 15;

/**
 * The printable report: title, date and filters, then each table with a horizontal bar chart drawn in
 * vector graphics. Uncompressed so that its text can be checked by the end-to-end tests.
 */
export function reportPdf(
  doc: ReportDocument,
  filter: ReportFilterValue,
  lang: Lang,
  now = new Date(),
): Promise<Buffer> {
  const t = T[lang];
  const fmt = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });
  const show = (c: Cell) => (c === null ? '—' : typeof c === 'number' ? fmt.format(c) : c);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 48,
    compress: false,
    info: { Title: doc.title, Subject: 'Filiera' },
    lang: locale(lang),
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const ensure = (height: number) => {
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  };

  pdf.font('Helvetica-Bold').fontSize(18).fillColor('#111').text(doc.title);
  const date = new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  }).format(now);
  pdf.font('Helvetica').fontSize(9).fillColor('#444').text(`${t.generated} ${date}`);
  pdf.text(describeFilter(filter, lang));

  for (const table of doc.tables) {
    ensure(60);
    pdf.moveDown(1).font('Helvetica-Bold').fontSize(12).fillColor('#111').text(table.title, left);
    pdf.moveDown(0.3);
    if (table.chart && table.rows.length > 0) {
      const { label, value } = table.chart;
      const rows = table.rows.slice(0, MAX_BARS);
      const max = Math.max(1, ...rows.map((r) => Number(r[value] ?? 0)));
      const labelWidth = 150;
      const barMax = width - labelWidth - 50;
      pdf.font('Helvetica').fontSize(8);
      for (const row of rows) {
        ensure(14);
        const y = pdf.y;
        const v = Number(row[value] ?? 0);
        pdf.fillColor('#333').text(String(show(row[label] ?? null)), left, y + 1, {
          width: labelWidth - 6,
          ellipsis: true,
          lineBreak: false,
        });
        pdf.rect(left + labelWidth, y, Math.max(1, (v / max) * barMax), 10).fill('#2f6f9f');
        pdf
          .fillColor('#111')
          .text(String(show(row[value] ?? null)), left + labelWidth + (v / max) * barMax + 4, y + 1, {
            lineBreak: false,
          });
        pdf.x = left;
        pdf.y = y + 14;
      }
      pdf.moveDown(0.5);
    }
    // The table: equal columns, the first one wider for labels.
    const first = table.columns.length > 1 ? width * 0.5 : width;
    const other = table.columns.length > 1 ? (width - first) / (table.columns.length - 1) : 0;
    const drawRow = (cells: Cell[], bold: boolean) => {
      ensure(14);
      const y = pdf.y;
      pdf
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(8)
        .fillColor('#111');
      cells.forEach((c, i) => {
        const x = left + (i === 0 ? 0 : first + (i - 1) * other);
        pdf.text(String(show(c)), x, y, {
          width: (i === 0 ? first : other) - 6,
          align: i === 0 ? 'left' : 'right',
          ellipsis: true,
          lineBreak: false,
        });
      });
      pdf.x = left;
      pdf.y = y + 12;
    };
    drawRow(table.columns, true);
    for (const row of table.rows) drawRow(row, false);
  }
  pdf.end();
  return done;
}
