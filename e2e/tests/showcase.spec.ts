import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { firmPerson, ownFactory } from '../support/firm-data.js';
import { gql, storageStatePath } from '../support/users.js';

interface MyFirm {
  me: { user: { firm: { id: string; version: number; legalName: string; publicFields: string[] } } };
}
const MY_FIRM = `{ me { user { firm { id version legalName publicFields } } } }`;

test('a visitor finds a firm by capability in English, writes to it, and the firm sees it in its inbox', async ({
  browser,
  page,
  baseURL,
}) => {
  // A firm of the test's own (the demo firms' profiles are read by other tests), whose person puts it in
  // the showcase with its capability shown.
  const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
  const { id } = await ownFactory(admin, `Vetrina${Date.now().toString(36)}`);
  const { capabilities } = await gql<{ capabilities: { id: string; labelEn: string }[] }>(
    admin,
    '{ capabilities { id labelEn } }',
  );
  const capability = capabilities[0];
  expect(capability, 'the vocabulary has capabilities in the seed').toBeDefined();
  await admin.dispose();
  const firmContext = await firmPerson(browser, baseURL!, id, 'Titolare Vetrina');
  const { firm } = (await gql<MyFirm>(firmContext.request, MY_FIRM)).me.user;
  await gql(
    firmContext.request,
    `mutation ($input: UpdateFirmProfileInput!) { updateFirmProfile(input: $input) { id } }`,
    {
      input: {
        id: firm.id,
        version: firm.version,
        showcaseConsent: true,
        capabilityIds: [capability!.id],
        publicFields: [...new Set([...firm.publicFields, 'capabilities'])],
      },
    },
  );

  await page.goto('/showcase');
  await expect(page).toHaveTitle('Il distretto calzaturiero di Segromigno in Monte · Filiera');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'The Segromigno in Monte footwear district' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Footwear firms/);
  await expectNoSeriousAxeViolations(page);

  const search = page.getByRole('search');
  await search.getByRole('combobox', { name: 'Capability' }).selectOption({ label: capability!.labelEn });
  await search.getByRole('textbox', { name: 'Name' }).fill(firm.legalName);
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status').filter({ hasText: /firms? found/ })).toHaveText('1 firm found');
  await page.getByRole('link', { name: firm.legalName }).click();

  await expect(page.getByRole('heading', { level: 1, name: firm.legalName })).toBeVisible();
  await expect(page.getByText(capability!.labelEn)).toBeVisible();
  const form = page.getByRole('region', { name: 'Contact the firm' });
  // The form says what is missing before anything is sent.
  await form.getByRole('button', { name: 'Send the request' }).click();
  await expect(form.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  await expect(form.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(/Required/);

  const message = `We need 500 pairs of loafers for spring (${Date.now()}).`;
  await form.getByRole('combobox', { name: 'Request' }).selectOption({ label: 'Quote' });
  await form.getByRole('textbox', { name: 'Full name' }).fill('Jane Buyer');
  await form.getByRole('textbox', { name: 'Company' }).fill('Boots & Co Ltd');
  await form.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'United Kingdom' });
  await form.getByRole('textbox', { name: 'E-mail' }).fill('jane@boots.example');
  await form.getByRole('spinbutton', { name: 'Quantity (pairs)' }).fill('500');
  await form.getByRole('textbox', { name: 'Message' }).fill(message);
  await form.getByRole('button', { name: 'Send the request' }).click();
  await expect(page.getByText('Request sent. The firm will answer by e-mail.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const firmPage = await firmContext.newPage();
  await firmPage.goto('/');
  const inbox = firmPage.getByRole('region', { name: 'Richieste dalla vetrina' });
  const item = inbox.getByRole('listitem').filter({ hasText: message });
  await expect(item).toContainText('Preventivo: Jane Buyer, Boots & Co Ltd (Regno Unito)');
  await expect(item).toContainText('Nuova');
  await expect(item).toContainText('Quantità: 500 paia');
  await item.getByRole('button', { name: 'Segna come letta' }).click();
  await expect(item).toContainText('Letta');
  await expect(item.getByRole('button', { name: 'Segna come letta' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(firmPage);
  await firmContext.close();
});

test('a firm that is not in the showcase cannot be reached anonymously', async ({ page }) => {
  const res = await page.request.post('/graphql', {
    data: { query: `{ showcaseFirm(id: "00000000-0000-4000-8000-000000000000") { id } }` },
  });
  const body = (await res.json()) as { errors?: { extensions: { code: string } }[] };
  expect(body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  await page.goto('/showcase/firms/00000000-0000-4000-8000-000000000000');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Questa impresa non è nella vetrina.' }),
  ).toBeVisible();
});

test('the sitemap lists the showcase and robots.txt points to it', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.headers()['content-type']).toMatch(/xml/);
  expect(await sitemap.text()).toMatch(/<loc>http:\/\/localhost:\d+\/showcase<\/loc>/);
  expect(await (await request.get('/robots.txt')).text()).toContain('/sitemap.xml');
});

test('the public events open in English from their address and list the seeded trade fair', async ({
  page,
}) => {
  // Record every first-level heading the page ever shows: English from the first paint, no Italian flash.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { seenHeadings: seen });
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('h1')) {
        if (h.textContent && !seen.includes(h.textContent)) seen.push(h.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/showcase/events?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Events open to the public · Filiera');
  await expect(page.getByRole('heading', { level: 1, name: 'Events open to the public' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings)).toEqual([
    'Events open to the public',
  ]);
  const fair = page.getByRole('article', { name: 'MICAM Milano: buyer trip and the network’s joint stand' });
  await expect(fair).toContainText('Seats taken: 18 of 20');
  // Members-only events stay out of the showcase.
  await expect(page.getByRole('article', { name: /Sustainable leather/i })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save the changes' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test('a visitor who chose English opens an address without ?lang in English, hydrated without an error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/showcase?lang=en');
  await expect(page.getByRole('button', { name: 'Italiano' })).toBeVisible();
  // The server draws the remembered language (the cookie), and the browser hydrates that markup.
  await page.goto('/showcase/events');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Events open to the public' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('the market filter offers the markets firms show, the district’s usual ones first', async ({ page }) => {
  await page.goto('/showcase');
  const market = page.getByRole('search').getByRole('combobox', { name: 'Esporta in' });
  // The first four options, waited for (the list renders once the page's strings and data are in): the
  // usual markets the demo firms export to, in the usual markets' order (Italy is no export market).
  const options = market.locator('option');
  for (const [i, name] of ['Qualsiasi paese', 'Francia', 'Germania', 'Svizzera'].entries()) {
    await expect(options.nth(i)).toHaveText(name);
  }
  await expect(market.locator('optgroup').first()).toHaveAttribute('label', 'Mercati abituali del distretto');
  await expect(market.locator('optgroup').nth(1)).toHaveAttribute('label', 'Tutti i mercati');
  // A country no firm exports to would find nobody: it is not offered.
  await expect(options.filter({ hasText: 'Antartide' })).toHaveCount(0);
  await market.selectOption('DE');
  await expect(market).toHaveValue('DE');
});
