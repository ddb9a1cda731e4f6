import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, systemChromium } from '../../e2e/support/chromium.ts';
import { startApp } from './app.js';
import { printTable } from './table.js';

/** DESIGN.md: performance ≥ 90 and accessibility ≥ 95 for the web app; issue 8: SEO ≥ 90 on the showcase. */
const SHOWCASE_TARGETS = { performance: 90, accessibility: 95, seo: 90 };
const PAGES = [
  { name: 'showcase home', path: '/showcase', targets: SHOWCASE_TARGETS },
  { name: 'showcase home (English)', path: '/showcase?lang=en', targets: SHOWCASE_TARGETS },
  { name: 'showcase events', path: '/showcase/events', targets: SHOWCASE_TARGETS },
  // A firm's and a passport's page: the first of each the sitemap lists (paths filled in by sitemapPages).
  { name: 'showcase firm', path: '/showcase/firms/', targets: SHOWCASE_TARGETS },
  { name: 'showcase passport', path: '/showcase/passports/', targets: SHOWCASE_TARGETS },
  // Behind sign-in pages are kept out of search engines (robots.txt), so SEO is not a target there.
  { name: 'sign-in', path: '/sign-in', targets: { performance: 90, accessibility: 95 } },
] as const;

/** The pages with the address of the first firm and passport of the app's sitemap in place of their prefix. */
async function sitemapPages(
  url: string,
): Promise<{ name: string; path: string; targets: Partial<Record<Category, number>> }[]> {
  const sitemap = await (await fetch(`${url}/sitemap.xml`)).text();
  return PAGES.map((page) => {
    if (!page.path.endsWith('/')) return page;
    const found = new RegExp(`https?://[^<]*(${page.path}[0-9a-f-]{36})`).exec(sitemap)?.[1];
    if (!found) throw new Error(`the sitemap lists no ${page.path} page`);
    return { ...page, path: found };
  });
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Lighthouse's default (a mid-range phone, slow 4G, 4× slower CPU) and its desktop preset. */
const FORM_FACTORS = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
] as const;
type Category = (typeof CATEGORIES)[number];
/** The load metrics behind the performance score, shown beside it (milliseconds). */
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
] as const;
type Metric = (typeof METRICS)[number][0];
/** Lighthouse's trace recording sometimes fails on a loaded machine (NO_NAVSTART, NO_FCP): run again. */
const ATTEMPTS = 3;

/**
 * `pnpm --filter @filiera/bench run bench:lighthouse` (after `pnpm build`; also part of `pnpm bench`):
 * starts the built app on the demo district and runs Lighthouse 13 on the showcase and the sign-in
 * page, as a phone (Lighthouse's default, throttled) and as a desktop; prints each category's score
 * against the targets (PASS/MISS, like the load scenarios) and the median FCP, LCP and TBT.
 * --url <address> audits an app already running; --runs <n> keeps the median of n runs (default 1);
 * --form-factor mobile|desktop only one; --page <text> only the pages whose name contains it;
 * --save <folder> writes each run's report there as JSON (the LCP element and its phases, the
 * render-blocking requests, the console's messages: what a score alone does not say).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    // `pnpm run bench:lighthouse -- --runs 3` passes the "--" along.
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      url: { type: 'string' },
      runs: { type: 'string', default: '1' },
      'form-factor': { type: 'string' },
      page: { type: 'string' },
      save: { type: 'string' },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 1);
  const formFactors = FORM_FACTORS.filter((f) => !values['form-factor'] || f.name === values['form-factor']);
  const app = values.url ? { url: values.url, stop: async () => {} } : await startApp({ scale: 'district' });
  // The e2e tests' Chromium and flags where it exists, otherwise whatever chrome-launcher finds.
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const rows: Record<string, string>[] = [];
  try {
    const pages = (await sitemapPages(app.url)).filter((p) => !values.page || p.name.includes(values.page));
    for (const formFactor of formFactors)
      for (const page of pages) {
        const scores: Record<Category | Metric, number>[] = [];
        const problems = new Set<string>();
        for (let i = 0; i < runs; i++) {
          process.stdout.write(
            `lighthouse: ${page.name} (${page.path}) as ${formFactor.name}, run ${i + 1} of ${runs}…\n`,
          );
          let lhr;
          for (let attempt = 1; !lhr; attempt++) {
            const result = await lighthouse(
              `${app.url}${page.path}`,
              { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
              formFactor.config,
            );
            if (!result?.lhr) throw new Error(`lighthouse gave no result for ${page.path}`);
            if (!result.lhr.runtimeError) lhr = result.lhr;
            else if (attempt === ATTEMPTS)
              throw new Error(`${page.path}: ${result.lhr.runtimeError.message}`);
            else process.stdout.write(`  ${result.lhr.runtimeError.code}, once more…\n`);
          }
          if (values.save) {
            mkdirSync(values.save, { recursive: true });
            const file = `${page.name.replace(/\W+/g, '-')}.${formFactor.name}.${i + 1}.json`;
            writeFileSync(path.join(values.save, file), JSON.stringify(lhr));
          }
          scores.push(
            Object.fromEntries([
              ...CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
              ...METRICS.map(([name, id]) => [name, Math.round(lhr.audits[id]?.numericValue ?? NaN)]),
            ]) as Record<Category | Metric, number>,
          );
          // What cost points, so a miss says where to look.
          for (const c of CATEGORIES) {
            for (const ref of lhr.categories[c]?.auditRefs ?? []) {
              const audit = lhr.audits[ref.id];
              if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
                problems.add(`${c}: ${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
              }
            }
          }
        }
        const median = (c: Category | Metric) => {
          const sorted = scores.map((s) => s[c]).sort((a, b) => a - b);
          return sorted[Math.floor(sorted.length / 2)]!;
        };
        const targets: Partial<Record<Category, number>> = page.targets;
        const misses = CATEGORIES.filter((c) => targets[c] !== undefined && median(c) < targets[c]!);
        rows.push({
          page: page.name,
          device: formFactor.name,
          ...Object.fromEntries(CATEGORIES.map((c) => [c, String(median(c))])),
          ...Object.fromEntries(METRICS.map(([name]) => [`${name} ms`, String(median(name))])),
          target: `${misses.length ? `MISS ${misses.join(', ')}` : 'PASS'} (${Object.entries(targets)
            .map(([c, v]) => `${c} ≥ ${v}`)
            .join(', ')})`,
        });
        if (problems.size) console.log(`  below 90: ${[...problems].join('; ')}`);
      }
  } finally {
    await chrome.kill();
    await app.stop();
  }
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
