import { expect, test } from '@playwright/test';
import { PHONE } from '../../support/phone.js';
import { demoIds, reviewRoutes, type Viewer } from '../../support/routes.js';
import { storageStatePath } from '../../support/users.js';

/**
 * Every page, seen by the role that uses it: none is wider than the phone's screen. One test per role (a
 * few pages each), so they share the workers; the journeys (journeys.spec.ts) check axe and tap targets.
 */
const VIEWERS: Viewer[] = ['ANONYMOUS', 'ADMIN', 'CONSULTANT', 'CHAMBER', 'FIRM'];
for (const viewer of VIEWERS) {
  test(`no page scrolls sideways on a phone: ${viewer.toLowerCase()}`, async ({ browser, playwright }) => {
    test.setTimeout(120_000);
    const state = (v: Viewer) => (v === 'ANONYMOUS' ? undefined : storageStatePath(v));
    const { baseURL, ...device } = test.info().project.use;
    const consultant = await playwright.request.newContext({ baseURL, storageState: state('CONSULTANT') });
    const firm = await playwright.request.newContext({ baseURL, storageState: state('FIRM') });
    const routes = reviewRoutes(await demoIds(consultant, firm)).filter((r) => r.viewer === viewer);
    await Promise.all([consultant.dispose(), firm.dispose()]);

    const context = await browser.newContext({
      baseURL,
      viewport: device.viewport ?? PHONE,
      isMobile: device.isMobile,
      hasTouch: device.hasTouch,
      locale: device.locale,
      storageState: state(viewer),
    });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const route of routes) {
      await page.goto(route.path, { waitUntil: 'domcontentloaded' });
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      // The page's data is in (no loading state left), so its widest content is laid out.
      await expect(page.locator('.state--loading')).toHaveCount(0, { timeout: 30_000 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) wide.push(`${route.path}: ${width} px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
}
