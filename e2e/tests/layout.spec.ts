import { expect, test, type Page } from '@playwright/test';
import { demoIds, reviewRoutes, type Viewer } from '../support/routes.js';
import { gql, storageStatePath } from '../support/users.js';

/**
 * The distinct tops of the main navigation's items: one value when it sits on one line. It also checks
 * that no item is cut off at the right edge (a list that would have to scroll).
 */
async function navLines(page: Page): Promise<number> {
  const nav = page.getByRole('navigation', { name: /Navigazione principale|Main navigation/ });
  await expect(nav.getByRole('link').first()).toBeVisible();
  const list = nav.getByRole('list');
  const [scroll, client] = await list.evaluate((l) => [l.scrollWidth, l.clientWidth]);
  expect(scroll, 'the last item is cut off').toBeLessThanOrEqual(client);
  const tops = await nav
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
  return new Set(tops).size;
}

test.describe('at 1280 px, with every navigation item an administrator has', () => {
  test.use({ storageState: storageStatePath('ADMIN'), viewport: { width: 1280, height: 900 } });

  test('the navigation stays on one line in both languages, whichever item is active', async ({ page }) => {
    for (const path of ['/registry-import', '/plan']) {
      await page.goto(path);
      expect(await navLines(page), `${path} in Italian`).toBe(1);
    }
    await page.getByRole('button', { name: 'English' }).click();
    for (const path of ['/registry-import', '/plan']) {
      await page.goto(path);
      expect(await navLines(page), `${path} in English`).toBe(1);
    }
  });
});

test.describe('the adhesion board at 1280 px', () => {
  test.use({ storageState: storageStatePath('CONSULTANT'), viewport: { width: 1280, height: 900 } });

  test('says that more columns follow to the right, until they are in view', async ({ page }) => {
    await page.goto('/adhesions');
    const board = page.getByRole('region', { name: 'Imprese per stato di adesione' });
    await expect(board).toHaveAccessibleDescription(/colonn[ae]? a destra: scorri la bacheca/);
    await board.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(board).toHaveAccessibleDescription('');
  });

  test('keeps a long column to its most recent cards until asked for all of them', async ({ page }) => {
    await page.goto('/adhesions');
    const interested = page.getByRole('region', { name: /^Interessata\s*\d+$/ });
    const count = Number((await interested.getByRole('heading').innerText()).replace(/\D/g, ''));
    expect(count).toBeGreaterThan(6);
    await expect(interested.getByRole('listitem')).toHaveCount(6);
    const board = page.getByRole('region', { name: 'Imprese per stato di adesione' });
    expect((await board.boundingBox())!.height).toBeLessThan(1200);

    const showAll = interested.getByRole('button', { name: `Mostra tutte le ${count}` });
    await expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await showAll.click();
    await expect(interested.getByRole('listitem')).toHaveCount(count);
    const showFirst = interested.getByRole('button', { name: 'Mostra solo le prime 6' });
    await expect(showFirst).toHaveAttribute('aria-expanded', 'true');
    await showFirst.click();
    await expect(interested.getByRole('listitem')).toHaveCount(6);
  });
});

test.describe('the firm dashboard at 1280 px', () => {
  test.use({ storageState: storageStatePath('FIRM'), viewport: { width: 1280, height: 900 } });

  test('gives the profile form the main column: its fields two to a row', async ({ page }) => {
    await page.goto('/');
    const name = await page.getByRole('textbox', { name: 'Ragione sociale' }).boundingBox();
    const tradeName = await page.getByRole('textbox', { name: 'Insegna' }).boundingBox();
    expect(tradeName!.y).toBe(name!.y);
    expect(name!.width).toBeGreaterThan(250);
  });

  test('shows the profile form at the top and each document once, clear of the status row', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('textbox', { name: 'Ragione sociale' })).toBeInViewport();
    const card = page.getByRole('region', { name: 'Adesione alla rete' });
    await expect(card.getByText(/Visura camerale/)).toHaveCount(1);
    const status = await card.locator('dl').boundingBox();
    const documents = await card.getByRole('heading', { name: 'Documenti', exact: true }).boundingBox();
    expect(documents!.y).toBeGreaterThanOrEqual(status!.y + status!.height);
  });
});

test.describe('the reports at 1280 px', () => {
  test.use({ storageState: storageStatePath('CHAMBER'), viewport: { width: 1280, height: 900 } });

  test('fill each row with cards and draw the bars across most of their card', async ({ page }) => {
    for (const path of ['/reports', '/reports/supply-chain', '/reports/plan']) {
      await page.goto(path);
      await expect(page.locator('.report-chart svg').first()).toBeVisible();
      const grid = (await page.locator('.report-grid').boundingBox())!;
      // No empty column: the last card of each row reaches the grid's right edge.
      const rows = await page.locator('.report-grid > .card').evaluateAll((cards) => {
        const right = new Map<number, number>();
        for (const c of cards) {
          const box = c.getBoundingClientRect();
          right.set(Math.round(box.top), Math.max(right.get(Math.round(box.top)) ?? 0, box.right));
        }
        return [...right.values()];
      });
      for (const right of rows) expect(right, path).toBeGreaterThan(grid.x + grid.width - 2);
      // The longest bar of each chart spans over a third of its card (a sixth with a fixed label margin).
      const spans = await page.locator('.report-chart').evaluateAll((cards) =>
        cards.map((card) => {
          const bars = [...card.querySelectorAll('.report-chart__canvas path[fill="#2f6f9f"]')];
          const widest = Math.max(0, ...bars.map((b) => b.getBoundingClientRect().width));
          return widest / card.getBoundingClientRect().width;
        }),
      );
      for (const span of spans) expect(span, path).toBeGreaterThan(0.35);
    }
  });
});

/**
 * Every page, for each role that uses it, in both languages: none is wider than a 1280 px window. One
 * test per role and language (a few pages each), so they share the workers and each stays short.
 */
const VIEWERS: Viewer[] = ['ANONYMOUS', 'ADMIN', 'CONSULTANT', 'CHAMBER', 'FIRM'];
for (const language of ['it', 'en'] as const) {
  for (const viewer of VIEWERS) {
    test(`no page scrolls sideways at 1280 px: ${viewer.toLowerCase()}, ${language}`, async ({
      browser,
      playwright,
    }) => {
      // 4 to 10 pages: 10–30 s on a quiet machine; twice that and more under load.
      test.setTimeout(120_000);
      const state = (v: Viewer) => (v === 'ANONYMOUS' ? undefined : storageStatePath(v));
      const baseURL = test.info().project.use.baseURL;
      const consultant = await playwright.request.newContext({ baseURL, storageState: state('CONSULTANT') });
      const firm = await playwright.request.newContext({ baseURL, storageState: state('FIRM') });
      const routes = reviewRoutes(await demoIds(consultant, firm)).filter((r) => r.viewer === viewer);
      await Promise.all([consultant.dispose(), firm.dispose()]);

      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        storageState: state(viewer),
      });
      await context.addInitScript((l) => window.localStorage.setItem('filiera.language', l), language);
      const page = await context.newPage();
      const wide: string[] = [];
      for (const route of routes) {
        await page.goto(route.path, { waitUntil: 'domcontentloaded' });
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        // The page's data is in (no loading state left), so its widest content is laid out.
        await expect(page.locator('.state--loading')).toHaveCount(0, { timeout: 30_000 });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 1280) wide.push(`${route.path}: ${width} px`);
      }
      await context.close();
      expect(wide).toEqual([]);
    });
  }
}

test.describe("a factory's supply chain at 1280 px", () => {
  test.use({ storageState: storageStatePath('CHAMBER'), viewport: { width: 1280, height: 900 } });

  test('gives the suppliers table the card’s width: each supplier’s name on one line', async ({ page }) => {
    const { firms } = await gql<{ firms: { edges: { node: { id: string } }[] } }>(
      page.request,
      '{ firms(first: 1, filter: { kinds: [SHOE_FACTORY] }) { edges { node { id } } } }',
    );
    await page.goto(`/firms/${firms.edges[0]!.node.id}/supply-chain`);
    const suppliers = page.getByRole('table', { name: 'Fornitori dell’impresa per fornitura' });
    const links = suppliers.getByRole('link');
    await expect(links.first()).toBeVisible();
    const lineHeight = await links.first().evaluate((a) => parseFloat(getComputedStyle(a).lineHeight));
    for (const box of await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().height)))
      expect(box).toBeLessThan(lineHeight * 1.5);
  });

  test('lines up the columns of its per-capability link tables on the firm page', async ({ page }) => {
    const { firms } = await gql<{ firms: { edges: { node: { id: string } }[] } }>(
      page.request,
      '{ firms(first: 1, filter: { kinds: [SHOE_FACTORY] }) { edges { node { id } } } }',
    );
    await page.goto(`/firms/${firms.edges[0]!.node.id}`);
    const suppliers = page.getByRole('region', { name: 'Fornitori confermati' });
    const tables = suppliers.getByRole('table');
    await expect(tables.nth(1)).toBeVisible();
    const lefts = await tables.evaluateAll((all) =>
      all.map((table) =>
        [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().left),
      ),
    );
    for (const columns of lefts.slice(1)) expect(columns).toEqual(lefts[0]);
  });
});
