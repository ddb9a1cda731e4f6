/** Prints rows (all with the same keys) as a Markdown table, columns padded to their widest cell. */
export function printTable(rows: readonly Record<string, string>[]): void {
  const headers = Object.keys(rows[0] ?? {});
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((row) => (row[h] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${line(headers)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(headers.map((h) => row[h] ?? '')));
}
