import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { featureTranslations, type FeatureNamespace } from './features';

/**
 * Features' strings are not in the first bundle: a page gets them only through the namespaces its
 * lazyWithTranslations(…) call lists. These tests read the source to check that every feature key a
 * page's code can reach (through its static imports and the parts it lazy-loads itself) is listed, and
 * that the first bundles (main.tsx, entry-showcase.tsx and what they import, the plain React.lazy pages
 * included) use none.
 */

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NAMESPACES = Object.keys(featureTranslations) as FeatureNamespace[];
const strings = {} as Record<FeatureNamespace, object>;

beforeAll(async () => {
  for (const ns of NAMESPACES) strings[ns] = await featureTranslations[ns].it();
});

const read = (file: string) => readFileSync(file, 'utf8');
const show = (file: string) => relative(src, file);

/** The file an import specifier names, or undefined for anything but our own TypeScript. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (f) => /\.tsx?$/.test(f) && existsSync(f),
  );
}

interface Boundary {
  declaredIn: string;
  target: string;
  namespaces: string[];
}

/** The lazyWithTranslations(namespaces, load, pick) calls of a file, with what they load. */
function boundaries(file: string): Boundary[] {
  const code = read(file);
  const constant = (name: string) =>
    new RegExp(`const ${name}\\s*=\\s*([\\s\\S]*?);\\n`).exec(code)?.[1] ?? '';
  const found: Boundary[] = [];
  for (const m of code.matchAll(/lazyWithTranslations\(\s*(\[[^\]]*\]|\w+)\s*,\s*([^,]+?)\s*,/g)) {
    const [, nsArg = '', loadArg = ''] = m;
    const nsList = nsArg.startsWith('[') ? nsArg : constant(nsArg);
    const load = /import\(/.test(loadArg) ? loadArg : constant(loadArg);
    const specifier = /import\(\s*'([^']+)'\s*\)/.exec(load)?.[1];
    const target = specifier && resolveImport(file, specifier);
    if (!target)
      throw new Error(`${show(file)}: cannot follow lazyWithTranslations(${nsArg}, ${loadArg}, …)`);
    found.push({ declaredIn: file, target, namespaces: [...nsList.matchAll(/'(\w+)'/g)].map((n) => n[1]!) });
  }
  return found;
}

/** Runtime imports of a file (static and dynamic; `import type` left out). */
function imports(file: string): string[] {
  const code = read(file);
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)(?!\s+type\s)[^'"`;]*?\sfrom\s*'([^']+)'/gm),
    ...code.matchAll(/^\s*import\s*'([^']+)'/gm),
    ...code.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.map((s) => resolveImport(file, s)).filter((f): f is string => f !== undefined);
}

/** Whether `path` (dot-separated, possibly cut short by a ${…}) exists in a feature's Italian strings. */
function isKey(ns: FeatureNamespace, path: string): boolean {
  let node: unknown = strings[ns];
  for (const segment of path.split('.').filter(Boolean)) {
    if (typeof node !== 'object' || node === null) return false;
    const record = node as Record<string, unknown>;
    const next = record[segment] ?? record[`${segment}_one`] ?? record[`${segment}_other`];
    if (next === undefined) return false;
    node = next;
  }
  return true;
}

/** Feature namespaces a file's own code uses, as `t('ns.…')` keys or key prefixes. */
function namespacesUsed(file: string): Set<FeatureNamespace> {
  const used = new Set<FeatureNamespace>();
  for (const [, ns, path = ''] of read(file).matchAll(/['"`](\w+)\.([\w.]*)/g)) {
    if (NAMESPACES.includes(ns as FeatureNamespace) && isKey(ns as FeatureNamespace, path)) {
      used.add(ns as FeatureNamespace);
    }
  }
  return used;
}

/**
 * Feature namespaces reachable from `start`: its code and every file it imports, except the targets of
 * its own lazyWithTranslations calls (checked on their own) and the translation files themselves.
 */
function reachable(start: string): Map<FeatureNamespace, string[]> {
  const uses = new Map<FeatureNamespace, string[]>();
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (
      seen.has(file) ||
      /\.i18n(\.en)?\.ts$|\.test\.tsx?$/.test(file) ||
      file.startsWith(join(src, 'i18n'))
    ) {
      continue;
    }
    seen.add(file);
    for (const ns of namespacesUsed(file)) uses.set(ns, [...(uses.get(ns) ?? []), show(file)]);
    const lazyTargets = new Set(boundaries(file).map((b) => b.target));
    queue.push(...imports(file).filter((f) => !lazyTargets.has(f)));
  }
  return uses;
}

/** Every lazyWithTranslations call reachable from main.tsx, nested ones included. */
function allBoundaries(): Boundary[] {
  const all: Boundary[] = [];
  const seen = new Set<string>();
  const queue = [join(src, 'main.tsx')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    all.push(...boundaries(file));
    queue.push(...imports(file));
  }
  return all;
}

describe('feature strings loaded with their pages', () => {
  it('the first bundles (the app, the showcase) and the pages without lazyWithTranslations use core strings only', () => {
    expect(Object.fromEntries(reachable(join(src, 'main.tsx')))).toEqual({});
    expect(Object.fromEntries(reachable(join(src, 'entry-showcase.tsx')))).toEqual({});
  });

  it('each lazyWithTranslations call lists every feature its page uses', () => {
    const found = allBoundaries();
    // The router's pages and the firm dashboard at least: a parser that finds nothing checks nothing.
    expect(found.length).toBeGreaterThanOrEqual(20);
    const missing = found.flatMap((b) =>
      [...reachable(b.target)]
        .filter(([ns]) => !b.namespaces.includes(ns))
        .map(
          ([ns, files]) =>
            `${show(b.target)} (in ${show(b.declaredIn)}) needs '${ns}' for ${files.join(', ')}`,
        ),
    );
    expect(missing).toEqual([]);
  });

  it('lists only known features', () => {
    const unknown = allBoundaries().flatMap((b) =>
      b.namespaces.filter((ns) => !NAMESPACES.includes(ns as FeatureNamespace)),
    );
    expect(unknown).toEqual([]);
  });
});
