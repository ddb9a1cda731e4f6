import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { gql, storageStatePath } from '../support/users.js';
import { addFirm, firmPerson, partitaIva, readCapabilities } from '../support/firm-data.js';

interface MyFirm {
  me: {
    user: { firm: { id: string; version: number; vatNumber: string; completeness: { percent: number } } };
  };
}
const MY_FIRM = '{ me { user { firm { id version vatNumber completeness { percent } } } } }';

test.describe('a firm user edits the profile', () => {
  test('sees the error for a bad Partita IVA next to the field, fixes it, saves and sees completeness rise', async ({
    browser,
    baseURL,
  }) => {
    // A firm of its own, just added to the registry: no English description yet.
    const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
    const { id } = await addFirm(admin, `Calzaturificio Profilo${Date.now()} S.r.l.`);
    await admin.dispose();
    const person = await firmPerson(browser, baseURL!, id, 'Paola Profilo');
    const page = await person.newPage();
    const firm = (await gql<MyFirm>(page.request, MY_FIRM)).me.user.firm;
    const { percent } = firm.completeness;

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'La mia impresa' })).toBeVisible();
    await expect(page.getByText(`Profilo completo al ${percent}%`)).toBeVisible();
    // The meter names what is missing and its link moves focus to that field.
    await page.getByRole('link', { name: 'Descrizione in inglese' }).click();
    const descriptionEn = page.getByRole('textbox', { name: 'Descrizione in inglese' });
    await expect(descriptionEn).toBeFocused();
    await descriptionEn.fill('Women’s luxury shoes made in Segromigno in Monte.');

    // ATECO codes: typed, picked from the options with the keyboard, shown as a chip, removed.
    const ateco = page.getByRole('combobox', { name: 'Codici ATECO' });
    await ateco.fill('15.11');
    await expect(page.getByRole('option', { name: /^15\.11/ }).first()).toBeVisible();
    await ateco.press('ArrowDown');
    await ateco.press('Enter');
    const chips = page.getByRole('list', { name: 'Codici scelti' });
    await expect(chips.getByRole('listitem').filter({ hasText: /^15\.11/ })).toBeVisible();
    await expect(ateco).toHaveValue('');
    await chips.getByRole('button', { name: /^Togli 15\.11/ }).click();
    await expect(chips.getByRole('listitem').filter({ hasText: /^15\.11/ })).toHaveCount(0);

    const vat = page.getByRole('textbox', { name: 'Partita IVA' });
    await vat.fill('00743110158');
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    await expect(vat).toHaveAttribute('aria-invalid', 'true');
    await expect(vat).toHaveAccessibleDescription(/La cifra di controllo non è corretta/);
    await expect(vat).toBeFocused();
    // Nothing was saved.
    expect((await gql<MyFirm>(page.request, MY_FIRM)).me.user.firm.vatNumber).toBe(firm.vatNumber);

    await vat.fill(firm.vatNumber);
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Profilo salvato.' })).toBeVisible();
    const after = (await gql<MyFirm>(page.request, MY_FIRM)).me.user.firm.completeness.percent;
    expect(after).toBeGreaterThan(percent);
    await expect(page.getByText(`Profilo completo al ${after}%`)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Modifiche al profilo, dalla più recente' })).toContainText(
      'Descrizione in inglese',
    );
    await expectNoSeriousAxeViolations(page);
    await person.close();
  });
});

test.describe('the directory', () => {
  test.use({ storageState: storageStatePath('CHAMBER') });

  test('filters by capability, shows the count the API reports, and opens a firm page', async ({ page }) => {
    const stitching = (await readCapabilities(page.request)).find((c) => c.code === 'STITCHING')!;
    const { firms } = await gql<{ firms: { totalCount: number } }>(
      page.request,
      'query ($ids: [ID!]) { firms(filter: { capabilityIds: $ids }) { totalCount } }',
      { ids: [stitching.id] },
    );
    expect(firms.totalCount).toBeGreaterThan(0);

    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Imprese' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Imprese del distretto' })).toBeVisible();
    await page
      .getByRole('combobox', { name: 'Lavorazione o fornitura' })
      .selectOption({ label: `${stitching.labelIt} (${firms.totalCount.toLocaleString('it-IT')})` });
    await page.getByRole('button', { name: 'Applica' }).click();
    await expect(page.getByRole('heading', { name: `${firms.totalCount} imprese trovate` })).toBeVisible();
    const rows = page
      .getByRole('table', { name: 'Imprese che corrispondono alla ricerca' })
      .locator('tbody tr');
    await expect(rows).toHaveCount(Math.min(firms.totalCount, 50));
    for (const text of await rows.allInnerTexts()) expect(text).toContain(stitching.labelIt);
    await expect(page.getByRole('link', { name: 'Scarica CSV' })).toHaveAttribute(
      'href',
      new RegExp(`capabilityIds=${stitching.id}`),
    );
    await expectNoSeriousAxeViolations(page);

    await rows.first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Fornitori confermati' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Modifica il profilo' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });
});

interface FacetCounts {
  firmFacets: { kinds: { value: string; count: number }[]; hamlets: { value: string; count: number }[] };
}
const FACETS = `query ($filter: FirmFilter) {
  firmFacets(filter: $filter) { kinds { value count } hamlets { value count } }
}`;

test.describe('the directory facets', () => {
  test.use({ storageState: storageStatePath('CHAMBER') });

  test('picking a kind updates the hamlets’ counts and the list, in a page as wide as a phone', async ({
    page,
  }) => {
    const all = (await gql<FacetCounts>(page.request, FACETS, { filter: {} })).firmFacets;
    const shoe = (await gql<FacetCounts>(page.request, FACETS, { filter: { kinds: ['SHOE_FACTORY'] } }))
      .firmFacets;
    const n = (v: number) => v.toLocaleString('it-IT');
    // A hamlet with shoe factories and other firms, so its count changes when the kind is picked.
    const hamlet = shoe.hamlets.find(
      (h) => h.count > 1 && all.hamlets.find((a) => a.value === h.value)!.count > h.count,
    )!;
    const before = all.hamlets.find((a) => a.value === hamlet.value)!;
    const shoeFactories = all.kinds.find((k) => k.value === 'SHOE_FACTORY')!.count;

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/firms');
    const kind = page.getByRole('combobox', { name: 'Tipo', exact: true });
    const hamlets = page.getByRole('combobox', { name: 'Frazione' });
    const option = hamlets.locator('option', { hasText: `${hamlet.value} (` });
    await expect(option).toHaveText(`${hamlet.value} (${n(before.count)})`);
    await expect(kind.locator('option', { hasText: 'Calzaturificio' })).toHaveText(
      `Calzaturificio (${n(shoeFactories)})`,
    );

    await kind.selectOption('SHOE_FACTORY');
    await expect(page).toHaveURL(/kind=SHOE_FACTORY/);
    await expect(option).toHaveText(`${hamlet.value} (${n(hamlet.count)})`);
    await expect(page.getByRole('heading', { name: `${n(shoeFactories)} imprese trovate` })).toBeVisible();
    // The kind's own list keeps the other kinds, with their counts, to switch to.
    await expect(kind.locator('option', { hasText: 'Calzaturificio' })).toHaveText(
      `Calzaturificio (${n(shoeFactories)})`,
    );

    await hamlets.selectOption(hamlet.value);
    await expect(page.getByRole('heading', { name: `${n(hamlet.count)} imprese trovate` })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('the directory map', () => {
  test.use({ storageState: storageStatePath('CHAMBER') });

  test('still shows the firms on the map after a filter is applied', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('/firms');
    const map = page.getByRole('region', { name: 'Mappa delle imprese trovate' });
    const points = map.locator('.leaflet-marker-icon, path.leaflet-interactive');
    await expect(points.first()).toBeVisible();

    await page.getByRole('combobox', { name: 'Tipo', exact: true }).selectOption('SHOE_FACTORY');
    await page.getByRole('button', { name: 'Applica' }).click();
    await expect(page).toHaveURL(/kind=SHOE_FACTORY/);
    await expect(page.getByText('La mappa non è disponibile.')).toHaveCount(0);
    await expect(points.first()).toBeVisible();
    expect(errors.filter((e) => e.includes('map'))).toEqual([]);
  });
});

test.describe('a description written only in Italian', () => {
  test.use({ storageState: storageStatePath('ADMIN') });

  test('is shown in English with a note saying so, and in its own language', async ({ page }) => {
    // A heel maker of the test's own: the demo firms' descriptions are read by other tests.
    const { id } = await addFirm(
      page.request,
      `Tacchificio Descrizione${Date.now().toString(36)} S.r.l.`,
      partitaIva(),
      { kind: 'COMPONENTS' },
    );
    const { firm } = await gql<{ firm: { id: string; version: number } }>(
      page.request,
      'query ($id: ID!) { firm(id: $id) { id version } }',
      { id },
    );
    const text = 'Tacchi in legno e cuoio fatti a mano dal 1962.';
    await gql(
      page.request,
      `mutation ($input: UpdateFirmProfileInput!) { updateFirmProfile(input: $input) { id } }`,
      { input: { id: firm.id, version: firm.version, descriptionIt: text, descriptionEn: null } },
    );

    await page.goto(`/firms/${firm.id}`);
    const identity = page.getByRole('region', { name: 'Dati dell’impresa' });
    await expect(identity.getByText(text)).toBeVisible();
    await expect(identity.getByText('Testo disponibile solo')).toHaveCount(0);

    await page.getByRole('button', { name: 'English' }).click();
    const identityEn = page.getByRole('region', { name: 'Firm details' });
    await expect(identityEn.getByText('Only available in Italian.')).toBeVisible();
    await expect(identityEn.getByText(text)).toHaveAttribute('lang', 'it');
  });
});
