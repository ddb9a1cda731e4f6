import { readFile } from 'node:fs/promises';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { checkPhonePage, expectNoSidewaysScroll, openFromMenu } from '../../support/phone.js';
import {
  acceptInvitation,
  alternativeSuppliers,
  inviteFirmUser,
  ownFactory,
  readCapabilities,
  type Capability,
  type FirmRef,
} from '../../support/firm-data.js';
import { gql, storageStatePath } from '../../support/users.js';

// Each role's main journey on a phone (the "phone" project: 390 × 844, touch, Italian), every page it
// visits checked for width, tap targets and axe.

test('a firm user edits the profile and sees the link request another firm sent', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // A factory of the test's own (other tests read the demo factory's links) names as its supplier a
  // district firm offering something, to which this phone's person is invited (so no other test edits
  // the supplier's profile).
  const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
  const factory = await ownFactory(admin, `Telefono${Date.now().toString(36)}`);
  const capabilities = await readCapabilities(admin);
  let found: { supplier: FirmRef; capability: Capability } | null = null;
  for (const capability of capabilities.toReversed()) {
    const supplier = (await alternativeSuppliers(admin, factory.id, capability.id, 5)).at(-1);
    if (supplier) {
      found = { supplier, capability };
      break;
    }
  }
  expect(found, 'a district firm that could supply a factory').not.toBeNull();
  const { supplier, capability } = found!;
  const token = await inviteFirmUser(admin, supplier.id, 'telefono');
  const factoryToken = await inviteFirmUser(admin, factory.id, 'telefono-cliente');
  await admin.dispose();
  const factoryPerson = await playwrightRequest.newContext({ baseURL });
  await acceptInvitation(factoryPerson, factoryToken, 'Cliente al telefono');
  await gql(
    factoryPerson,
    `mutation ($input: DeclareSupplyLinkInput!) { declareSupplyLink(input: $input) { id } }`,
    { input: { supplierId: supplier.id, customerId: factory.id, capabilityId: capability.id } },
  );
  await factoryPerson.dispose();
  // The invitation accepted in this phone's browser signs the new person in.
  await acceptInvitation(page.request, token, 'Titolare al telefono');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'La mia impresa' })).toBeVisible();
  await checkPhonePage(page);
  const website = page.getByRole('textbox', { name: 'Sito web' });
  await website.fill('https://www.esempio.it/telefono');
  await page.getByRole('button', { name: 'Salva il profilo' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Profilo salvato.' })).toBeVisible();
  await page.reload();
  await expect(website).toHaveValue('https://www.esempio.it/telefono');

  const requests = page.getByRole('region', { name: 'Richieste di collegamento' });
  await expect(requests).toContainText(capability.labelIt);
  await expect(requests).toContainText(factory.legalName);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(
    requests.getByRole('button', {
      name: new RegExp(`^Conferma: .*${escape(capability.labelIt)} a ${escape(factory.legalName)}`),
    }),
  ).toBeVisible();
});

test.describe('a consultant', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('moves through the adhesions, the tasks and the plan from the menu', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await checkPhonePage(page);
    await openFromMenu(page, 'Adesioni');
    await expect(page.getByRole('heading', { level: 1, name: 'Adesioni' })).toBeVisible();
    // The board scrolls inside itself; the page does not.
    await expect(page.getByRole('region', { name: 'Imprese per stato di adesione' })).toBeVisible();
    await checkPhonePage(page);

    await openFromMenu(page, 'Attività');
    await expect(page.getByRole('heading', { level: 1, name: 'Attività di avvio' })).toBeVisible();
    await checkPhonePage(page);
    await page.getByRole('link', { name: 'Elenco' }).tap();
    await expect(page).toHaveURL(/view=list/);
    const task = page.getByRole('main').getByRole('table').getByRole('link').first();
    const title = (await task.innerText()).trim();
    await task.tap();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await checkPhonePage(page);

    await openFromMenu(page, 'Piano strategico');
    await expect(page.getByRole('heading', { level: 1, name: 'Piano strategico' })).toBeVisible();
    await checkPhonePage(page);
  });
});

test.describe('a Chamber of Commerce analyst', () => {
  test.use({ storageState: storageStatePath('CHAMBER') });

  test('opens the reports from the menu and downloads the overview as CSV', async ({ page }) => {
    await page.goto('/');
    await openFromMenu(page, 'Report');
    await expect(page.getByRole('heading', { level: 1, name: 'Report sul distretto' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Imprese per frazione: dati' })).toBeVisible();
    await checkPhonePage(page);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Scarica CSV' }).tap();
    const csv = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(csv).toMatch(/\r?\nImprese;\d+\r?\n/);
  });
});

test.describe('an administrator', () => {
  test.use({ storageState: storageStatePath('ADMIN') });

  test('opens the users from the menu and finds each person', async ({ page }) => {
    await page.goto('/');
    await openFromMenu(page, 'Utenti');
    await expect(page.getByRole('heading', { level: 1, name: 'Utenti e inviti' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Marco Consulente');
    await checkPhonePage(page);
  });
});

test('a visitor opens the showcase, a firm and the events on a phone', async ({ page }) => {
  await page.goto('/showcase');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Il distretto calzaturiero di Segromigno in Monte' }),
  ).toBeVisible();
  await checkPhonePage(page);
  const firm = page.locator('.showcase-results').getByRole('link').first();
  const name = (await firm.innerText()).trim();
  await firm.tap();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await checkPhonePage(page);
  await page
    .getByRole('navigation', { name: 'Vetrina del distretto' })
    .getByRole('link', { name: 'Eventi' })
    .tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Eventi aperti al pubblico' })).toBeVisible();
  await checkPhonePage(page);
});

test.describe('the showcase without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('comes from the server with its content, in the language of its address', async ({ page }) => {
    await page.goto('/showcase/events?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Events open to the public' })).toBeVisible();
    await expect(
      page.getByRole('article', { name: 'MICAM Milano: buyer trip and the network’s joint stand' }),
    ).toBeVisible();
    await page.goto('/showcase');
    await expect(page.locator('.showcase-results').getByRole('link').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});
