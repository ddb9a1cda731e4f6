// The screenshot review: every page, seen by the role that uses it, in Italian and English at 1280 px
// (or as a 390 × 844 touch phone with SCREEN=phone), saved under e2e/screenshots/ (not committed) for a
// person to look at. Against a running app:
//   E2E_PORT=4324 node e2e/support/start-app.mjs &      (or `pnpm start`, with BASE_URL)
//   BASE_URL=http://localhost:4324 [SCREEN=phone] node e2e/support/screenshots.ts [name-filter]
// It also prints, per page, what a machine can see: a page wider than the window, errors in the console.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, request as requestFactory, type APIRequestContext } from '@playwright/test';
import { repoRoot, SYSTEM_CHROMIUM } from './paths.ts';
import { demoIds, reviewRoutes, type Viewer } from './routes.ts';
import { DEMO, signInThroughApi, type DemoRole } from './users.ts';

const baseURL = process.env.BASE_URL ?? `http://localhost:${process.env.E2E_PORT ?? 4310}`;
const only = process.argv[2];
const out = path.join(repoRoot, 'e2e', 'screenshots');
const phone = process.env.SCREEN === 'phone';
const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 900 };
const TILE = phone ? 1200 : 1600;
// A full review starts afresh; a filtered one replaces only its pages.
if (!only) await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const sessions = new Map<Viewer, APIRequestContext>();
for (const role of Object.keys(DEMO) as DemoRole[]) {
  const ctx = await requestFactory.newContext({ baseURL });
  await signInThroughApi(ctx, role);
  sessions.set(role, ctx);
}
const ids = await demoIds(sessions.get('CONSULTANT')!, sessions.get('FIRM')!);
const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: ['--no-sandbox'] });

for (const language of ['it', 'en'] as const) {
  for (const route of reviewRoutes(ids).filter((r) => !only || r.name.includes(only))) {
    const session = sessions.get(route.viewer);
    const context = await browser.newContext({
      baseURL,
      viewport,
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
      locale: 'it-IT',
      storageState: session ? await session.storageState() : undefined,
    });
    await context.addInitScript((l) => window.localStorage.setItem('filiera.language', l), language);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(route.path);
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('heading', { level: 1 })
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        errors.push('no level-1 heading');
      });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    for (const stale of (await readdir(out)).filter((f) => f.startsWith(`${route.name}.${language}.`))) {
      await rm(path.join(out, stale));
    }
    // In pieces a window high, so a long page can be read piece by piece in an image viewer.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, n = 1; y < height; y += TILE, n++) {
      const file = path.join(out, `${route.name}.${language}.${String(n).padStart(2, '0')}.png`);
      const clip = { x: 0, y, width: viewport.width, height: Math.min(TILE, height - y) };
      await page.screenshot({ path: file, fullPage: true, clip });
    }
    const problems = [...(width > viewport.width ? [`${width} px wide`] : []), ...errors];
    console.log(`${problems.length ? 'CHECK' : 'ok   '} ${route.name}.${language} ${problems.join(' | ')}`);
    await context.close();
  }
}
await browser.close();
for (const ctx of sessions.values()) await ctx.dispose();
