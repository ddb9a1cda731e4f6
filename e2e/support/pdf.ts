/**
 * The text drawn in an uncompressed PDF such as the contract's: pdfkit writes each line as hex strings
 * inside a TJ array, which this decodes and joins, one line per array.
 */
export function pdfText(pdf: Buffer): string {
  const arrays = [...pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\] TJ/g)];
  return arrays
    .map((m) =>
      [...(m[1] ?? '').matchAll(/<([0-9a-f]*)>/g)]
        .map((h) => Buffer.from(h[1] ?? '', 'hex').toString('latin1'))
        .join(''),
    )
    .join('\n');
}
