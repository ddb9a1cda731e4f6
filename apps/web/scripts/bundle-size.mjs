// @ts-check
/**
 * The initial-JavaScript budget (DESIGN.md: ≤ 200 KB gzip), checked on the built app for each of its
 * two first pages: the app's and the showcase's.
 *
 * "Initial" is what a first visit downloads before any route renders: for the app, the entry script of
 * dist/index.html, every <link rel="modulepreload"> there, and, transitively, every chunk those import
 * statically (Vite lists them as modulepreload already; following the imports too means nothing slips
 * through if it stops doing so); for a server-rendered showcase page, the showcase's entry
 * (src/entry-showcase.tsx, found in Vite's manifest as the API finds it) and its static imports.
 * Dynamic `import()`s, i.e. lazy routes and the English translations, are not counted. Each file is
 * gzipped at zlib's default level, as a server or CDN compressing on the fly would.
 *
 * Usage: `node scripts/bundle-size.mjs [distDir]` after `vite build`; exits 1 above budget.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** 200 KB, in kB of 1,000 bytes as Vite's build report prints them. */
export const BUDGET_BYTES = 200_000;

/** The showcase's entry in Vite's manifest (apps/api's showcase.render.ts links the same). */
export const SHOWCASE_ENTRY = 'src/entry-showcase.tsx';

/** Static `import … from "./x.js"` / `import "./x.js"` / `export … from "./x.js"`, not `import("./x.js")`. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/** @typedef {{ files: { file: string, raw: number, gzip: number }[], raw: number, gzip: number }} Measure */

/**
 * The app's initial JavaScript files (index.html's), with their raw and gzip sizes, entry first.
 * @param {string} distDir
 * @returns {Promise<Measure>}
 */
export async function measureInitialJs(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const urls = [
    ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ].filter((url) => url !== undefined);
  if (urls.length === 0) throw new Error(`${join(distDir, 'index.html')} loads no module script`);
  return measureFrom(distDir, urls);
}

/**
 * The showcase's initial JavaScript files: its entry, from Vite's manifest, and what it imports statically.
 * @param {string} distDir
 * @returns {Promise<Measure>}
 */
export async function measureShowcaseJs(distDir) {
  const manifestFile = join(distDir, '.vite/manifest.json');
  /** @type {Record<string, { file: string }>} */
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  const entry = manifest[SHOWCASE_ENTRY];
  if (!entry) throw new Error(`${manifestFile} has no ${SHOWCASE_ENTRY}`);
  return measureFrom(distDir, [entry.file]);
}

/**
 * @param {string} distDir
 * @param {string[]} urls the entry and preloaded scripts, as the page names them
 * @returns {Promise<Measure>}
 */
async function measureFrom(distDir, urls) {
  /** @type {string[]} paths relative to distDir, posix style */
  const queue = urls.map((url) => posix.normalize(url.replace(/^\//, '')));
  const seen = new Set();
  const files = [];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(distDir, file));
    files.push({ file, raw: code.length, gzip: gzipSync(code).length });
    for (const [, specifier] of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      if (specifier?.startsWith('.')) queue.push(posix.join(posix.dirname(file), specifier));
    }
  }
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/**
 * A small table of the files and the total against the budget.
 * @param {Measure} result
 * @param {string} [page] which first page (the app's unless told)
 */
export function formatReport(result, page = 'app') {
  const rows = [
    ['file', 'raw', 'gzip'],
    ...[...result.files].sort((a, b) => b.gzip - a.gzip).map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
    ['total', kb(result.raw), kb(result.gzip)],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  const body = rows.map(line);
  const verdict = result.gzip <= BUDGET_BYTES ? 'PASS' : 'OVER BUDGET';
  return [
    `Initial JavaScript of the ${page} (entry + modulepreload + their static imports), gzip:`,
    body[0],
    rule,
    ...body.slice(1, -1),
    rule,
    body.at(-1),
    `${verdict}: ${kb(result.gzip)} of ${kb(BUDGET_BYTES)} gzip`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
  try {
    const pages = { app: await measureInitialJs(distDir), showcase: await measureShowcaseJs(distDir) };
    for (const [page, result] of Object.entries(pages)) {
      console.log(`${formatReport(result, page)}\n`);
      if (result.gzip > BUDGET_BYTES) process.exitCode = 1;
    }
  } catch (error) {
    console.error(
      `bundle-size: ${error instanceof Error ? error.message : String(error)} (run \`vite build\` first; dist: ${relative(process.cwd(), distDir)})`,
    );
    process.exitCode = 1;
  }
}
