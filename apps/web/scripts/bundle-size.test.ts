import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUDGET_BYTES,
  formatReport,
  measureInitialJs,
  measureShowcaseJs,
  SHOWCASE_ENTRY,
} from './bundle-size.mjs';

let dist: string;

/** A built app: index.html and the chunks, by path. */
function build(files: Record<string, string>): string {
  dist = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}

afterEach(() => rmSync(dist, { recursive: true, force: true }));

const html = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe('initial JavaScript', () => {
  it('counts the entry, its modulepreloads and their static imports, not lazy chunks or CSS', async () => {
    const entry = 'import{a}from"./shared-1.js";import"./polyfill-1.js";const p=()=>import("./page-1.js");';
    const shared = 'export{b as a}from"./deep-1.js";';
    build({
      'index.html': html(
        '<script type="module" crossorigin src="/assets/index-1.js"></script>' +
          '<link rel="modulepreload" crossorigin href="/assets/shared-1.js">' +
          '<link rel="stylesheet" crossorigin href="/assets/index-1.css">',
      ),
      'assets/index-1.js': entry,
      'assets/shared-1.js': shared,
      'assets/polyfill-1.js': 'globalThis.x=1;',
      'assets/deep-1.js': 'export const b=2;',
      'assets/page-1.js': 'x'.repeat(500_000),
      'assets/index-1.css': 'body{}',
    });

    const result = await measureInitialJs(dist);
    expect(result.files.map((f) => f.file).sort()).toEqual([
      'assets/deep-1.js',
      'assets/index-1.js',
      'assets/polyfill-1.js',
      'assets/shared-1.js',
    ]);
    expect(result.files.find((f) => f.file === 'assets/index-1.js')).toEqual({
      file: 'assets/index-1.js',
      raw: entry.length,
      gzip: gzipSync(entry).length,
    });
    expect(formatReport(result)).toContain('PASS');
  });

  it('reports a first page above the budget', async () => {
    // Random bytes do not compress: the gzip size stays above the budget.
    const big = randomBytes(BUDGET_BYTES + 10_000);
    build({
      'index.html': html('<script type="module" src="/assets/index-2.js"></script>'),
      'assets/index-2.js': big.toString('latin1'),
    });

    const result = await measureInitialJs(dist);
    expect(result.gzip).toBeGreaterThan(BUDGET_BYTES);
    expect(formatReport(result)).toMatch(/OVER BUDGET: [\d.]+ kB of 200\.00 kB gzip/);
  });

  it('counts the showcase entry from the manifest, with its static imports only', async () => {
    build({
      'index.html': html('<script type="module" src="/assets/index-3.js"></script>'),
      '.vite/manifest.json': JSON.stringify({
        'index.html': { file: 'assets/index-3.js', isEntry: true },
        [SHOWCASE_ENTRY]: { file: 'assets/showcase-3.js', isEntry: true },
      }),
      'assets/index-3.js': 'import"./app-3.js";',
      'assets/app-3.js': 'x'.repeat(1_000),
      'assets/showcase-3.js': 'import"./react-3.js";const p=()=>import("./page-3.js");',
      'assets/react-3.js': 'globalThis.r=1;',
      'assets/page-3.js': 'globalThis.p=1;',
    });

    const result = await measureShowcaseJs(dist);
    expect(result.files.map((f) => f.file).sort()).toEqual(['assets/react-3.js', 'assets/showcase-3.js']);
    expect(formatReport(result, 'showcase')).toContain('Initial JavaScript of the showcase');
  });

  it('refuses a build without an entry script', async () => {
    build({ 'index.html': html('') });
    await expect(measureInitialJs(dist)).rejects.toThrow(/loads no module script/);
  });
});
