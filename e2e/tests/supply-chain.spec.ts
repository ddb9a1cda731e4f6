import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import {
  alternativeSuppliers,
  DEMO_FIRM_ID,
  firmPerson,
  ownFactory,
  readCapabilities,
} from '../support/firm-data.js';
import { gql, storageStatePath } from '../support/users.js';

test.describe('supply chain', () => {
  test('a factory declares a supplier, the supplier confirms, the graph shows the link', async ({
    browser,
    baseURL,
  }) => {
    // Two people, three pages and four axe scans: more than the default 30 s on a shared 2-core machine.
    test.setTimeout(90_000);
    // A factory of the test's own, a capability it buys and a district firm offering it.
    const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
    const word = `Filiera${Date.now().toString(36)}`;
    const factory = await ownFactory(admin, word);
    const capabilities = await readCapabilities(admin);
    const capability = capabilities.find((c) => c.code === 'LEATHER') ?? capabilities[0]!;
    const supplier = (await alternativeSuppliers(admin, factory.id, capability.id, 1))[0]!;
    await admin.dispose();

    // Each firm gets a FIRM user through an invitation, accepted in a browser context of its own.
    const factoryContext = await firmPerson(browser, baseURL!, factory.id, 'Cliente Prova');
    const page = await factoryContext.newPage();
    const supplierContext = await firmPerson(browser, baseURL!, supplier.id, 'Fornitore Prova');

    // The factory declares "the supplier supplies leather to us".
    await page.goto(`/firms/${factory.id}/supply-chain`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Filiera di ${factory.legalName}` }),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('Tipo di collegamento').selectOption('theySupply');
    await page.getByLabel('Cerca l’impresa').fill(supplier.legalName.slice(0, 20));
    await page.getByLabel('Impresa', { exact: true }).selectOption(supplier.id);
    await page.getByLabel('Fornitura', { exact: true }).selectOption(capability.id);
    // The counterpart's fieldset says what the other firm is in this link.
    await expect(page.getByRole('group', { name: 'Fornitore' })).toBeVisible();
    const share = page.getByLabel('Quota del fabbisogno del cliente (%)');
    // A share over 100 is refused with its real reason, before anything is sent.
    await share.fill('120');
    await page.getByRole('button', { name: 'Dichiara' }).click();
    await expect(share).toHaveAccessibleDescription(/Al massimo 100\./);
    await expect(share).toBeFocused();
    // The Italian decimal comma is a decimal comma: 12,5 stays 12.5.
    await share.fill('12,5');
    await page.getByLabel('Volume annuo (paia)').fill('5.000');
    await page.getByRole('button', { name: 'Dichiara' }).click();
    await expect(
      page.getByText('Collegamento dichiarato: in attesa di conferma dall’altra impresa.'),
    ).toBeVisible();
    const declared = await gql<{
      supplyLinks: { edges: { node: { sharePercent: number; yearlyVolumePairs: number } }[] };
    }>(
      page.request,
      `query ($id: ID!) { supplyLinks(firmId: $id, direction: SUPPLIERS, status: DECLARED, first: 1) {
         edges { node { sharePercent yearlyVolumePairs } } } }`,
      { id: factory.id },
    );
    expect(declared.supplyLinks.edges[0]?.node).toEqual({ sharePercent: 12.5, yearlyVolumePairs: 5000 });

    // The supplier sees the request on its dashboard and confirms it there.
    const supplierPage = await supplierContext.newPage();
    await supplierPage.goto('/');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const confirm = supplierPage.getByRole('button', {
      name: new RegExp(`^Conferma: ${escape(supplier.legalName)} fornisce .* a ${escape(factory.legalName)}`),
    });
    await expect(confirm).toBeVisible();
    await expectNoSeriousAxeViolations(supplierPage);
    await confirm.click();
    await expect(supplierPage.getByText('Collegamento confermato.')).toBeVisible();
    await expect(confirm).toHaveCount(0);
    await supplierContext.close();

    // The district graph's list alternative shows the new confirmed edge for the focused factory.
    await page.goto('/supply-chain');
    await expect(page.getByRole('heading', { level: 1, name: 'Filiera del distretto' })).toBeVisible();
    await page.getByLabel('Cerca un’impresa da mettere a fuoco').fill(word);
    await page.getByLabel('Impresa a fuoco').selectOption(factory.id);
    await expect(page.getByRole('heading', { name: `Collegamenti di ${factory.legalName}` })).toBeVisible();
    const row = page
      .getByRole('row')
      .filter({ hasText: supplier.legalName })
      .filter({ hasText: capability.labelIt })
      .filter({ hasText: factory.legalName });
    await expect(row).toContainText('Confermato');
    await expectNoSeriousAxeViolations(page);
    await factoryContext.close();
  });
});

test.describe('the district supply chain, for a Chamber of Commerce analyst', () => {
  test.use({ storageState: storageStatePath('CHAMBER') });

  test('opens on one factory and its partners, never the whole district, laid out without freezing', async ({
    page,
  }) => {
    await page.goto('/supply-chain');
    const graph = page.getByRole('img', { name: /Grafo delle imprese/ });
    await expect(graph).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
    // The district has about 350 linked firms; the view opens on the most supplied factory's neighbourhood.
    const shown = Number(await graph.getAttribute('data-node-count'));
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(80);
    await expect(page.getByRole('status').filter({ hasText: /^Vicinato di / })).toBeVisible();
    // A filter instead: the firms of a hamlet with their partners.
    await page.getByLabel('Frazione').selectOption({ index: 1 });
    await expect(page.getByRole('status').filter({ hasText: /^Imprese dei filtri scelti/ })).toBeVisible();
    await expect(graph).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
    await expect(page.getByRole('searchbox', { name: 'Cerca un’impresa da mettere a fuoco' })).toBeEditable();
  });

  test('lists each sole supplier on a few lines: factories exposed per supply, names on demand', async ({
    page,
  }) => {
    await page.goto('/supply-chain');
    const table = page.getByRole('table', { name: 'Fornitori unici e calzaturifici esposti' });
    const first = table.getByRole('row').nth(1);
    const exposed = Number(await first.getByRole('cell').first().innerText());
    expect(exposed).toBeGreaterThan(20);
    // One line per supply with its count, not a paragraph of every factory's name.
    const group = first.getByRole('group').first();
    const summary = group.locator('summary');
    await expect(summary).toHaveText(/^\S.*: \d+ calzaturifici?$/);
    expect((await first.boundingBox())!.height).toBeLessThan(200);
    const names = group.getByRole('paragraph');
    await expect(names).toBeHidden();
    await summary.click();
    await expect(names).toBeVisible();
    expect((await names.innerText()).split('; ').length).toBeGreaterThan(1);
  });
});

test.describe('the supply graph of the demo factory', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('opens focused on the factory with its suppliers, expands on click, pages its table', async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`/supply-chain?firm=${DEMO_FIRM_ID}`);
    const graph = page.getByRole('img', { name: /Grafo delle imprese/ });
    await expect(graph).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
    await expect(
      page.getByRole('status').filter({ hasText: /^Vicinato di Calzaturificio Morvelli/ }),
    ).toBeVisible();
    const before = Number(await graph.getAttribute('data-node-count'));
    expect(before).toBeGreaterThan(3);
    const table = page.getByRole('table', { name: 'Collegamenti mostrati nel grafo' });
    await expect(table.getByRole('row').filter({ hasText: 'Calzaturificio Morvelli' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Legenda' })).toBeVisible();
    await graph.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('supply-graph-morvelli.png'), fullPage: false });
    await expectNoSeriousAxeViolations(page);

    // A click on a supplier that has links not shown adds them to the picture.
    const target = await graph.evaluate((el) => {
      // The page's Cytoscape instance, registered on its container: where the most linked expandable firm is drawn.
      type Node = { data(key: 'size'): number; renderedPosition(): { x: number; y: number } };
      type Cy = { nodes(selector: string): { not(selector: string): { toArray(): Node[] } } };
      const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
      const node = cy
        .nodes('.expandable')
        .not('.centre')
        .toArray()
        .sort((a, b) => b.data('size') - a.data('size'))[0]!;
      const box = el.getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: box.x + at.x, y: box.y + at.y };
    });
    await page.mouse.click(target.x, target.y);
    await expect(page.getByRole('status').filter({ hasText: /Aggiunti i collegamenti di / })).toBeVisible();
    await expect
      .poll(async () => Number(await graph.getAttribute('data-node-count')), { timeout: 30_000 })
      .toBeGreaterThan(before);
    await page.screenshot({ path: testInfo.outputPath('supply-graph-expanded.png'), fullPage: false });

    // The table is paged like every list: 25 rows, then more on demand.
    const count = page.getByRole('status').filter({ hasText: / di \d+ collegamenti$/ });
    const total = Number((await count.innerText()).match(/ di (\d+) collegamenti$/)![1]);
    // The tannery's customers alone are more than a page.
    expect(total).toBeGreaterThan(50);
    await expect(count).toHaveText(`25 di ${total} collegamenti`);
    await expect(table.getByRole('row')).toHaveCount(26);
    await page.getByRole('button', { name: 'Mostra altri' }).click();
    await expect(count).toHaveText(`50 di ${total} collegamenti`);
    await expect(table.getByRole('row')).toHaveCount(51);
  });
});
