import { expect, request as playwrightRequest, test, type Browser } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { gql, storageStatePath } from '../support/users.js';

/** Calzaturificio Morvelli, the demo FIRM user's factory (DEMO_FIRM_ID in the seed). */
const DEMO_FIRM_ID = 'f1e1a000-0000-4000-8000-000000000001';

/** A new FIRM user of `firmId` (invited by the ADMIN, accepted), signed in a browser context of its own. */
async function firmPerson(browser: Browser, baseURL: string, firmId: string, name: string) {
  const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
  const { inviteUser } = await gql<{ inviteUser: { acceptUrl: string } }>(
    admin,
    `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`,
    { input: { email: `${name}.${Date.now()}@filiera.example`, role: 'FIRM', firmId } },
  );
  await admin.dispose();
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: 'it-IT' });
  await gql(
    context.request,
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`,
    { input: { token: inviteUser.acceptUrl.split('/invitation/')[1], name, password: 'una-password-lunga' } },
  );
  return context;
}

test.describe('notifications', () => {
  test('the supplier declares a link; the customer’s bell shows it live, the customer confirms from the notification; the supplier’s page shows it confirmed', async ({
    browser,
    baseURL,
  }) => {
    // Two people, two live pages and three axe scans.
    test.setTimeout(90_000);
    const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
    const { capabilities } = await gql<{ capabilities: { id: string; code: string; labelIt: string }[] }>(
      admin,
      `{ capabilities { id code labelIt } }`,
    );
    const boxes = capabilities.find((c) => c.code === 'BOXES')!;
    const { alternativeSuppliers } = await gql<{
      alternativeSuppliers: { firm: { id: string; legalName: string } }[];
    }>(
      admin,
      `query ($f: ID!, $c: ID!) { alternativeSuppliers(firmId: $f, capabilityId: $c, first: 1) { firm { id legalName } } }`,
      { f: DEMO_FIRM_ID, c: boxes.id },
    );
    await admin.dispose();
    const supplier = alternativeSuppliers[0]!.firm;
    const supplierContext = await firmPerson(browser, baseURL!, supplier.id, 'fornitore-scatole');
    const customerContext = await firmPerson(browser, baseURL!, DEMO_FIRM_ID, 'cliente-scatole');
    // Other journeys change the demo factory's links meanwhile: this person hears only of requests.
    for (const kind of ['SUPPLY_LINK_CONFIRMED', 'SUPPLY_LINK_REJECTED', 'SUPPLY_LINK_ENDED']) {
      await gql(
        customerContext.request,
        `mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind } }`,
        { input: { kind, channel: 'OFF' } },
      );
    }

    // Both pages are open before anything happens.
    const customerPage = await customerContext.newPage();
    await customerPage.goto('/');
    const bell = customerPage.getByRole('link', { name: /^Notifiche,/ });
    await expect(bell).toHaveAccessibleName('Notifiche, nessuna da leggere');
    const supplierPage = await supplierContext.newPage();
    await supplierPage.goto(`/firms/${supplier.id}/supply-chain`);
    await expect(supplierPage.getByRole('heading', { level: 1, name: /Filiera di/ })).toBeVisible();

    const { declareSupplyLink } = await gql<{ declareSupplyLink: { id: string } }>(
      supplierContext.request,
      `mutation ($input: DeclareSupplyLinkInput!) { declareSupplyLink(input: $input) { id } }`,
      { input: { supplierId: supplier.id, customerId: DEMO_FIRM_ID, capabilityId: boxes.id } },
    );
    expect(declareSupplyLink.id).toBeTruthy();
    const supplierRow = supplierPage
      .getByRole('row')
      .filter({ hasText: 'Calzaturificio Morvelli' })
      .filter({ hasText: boxes.labelIt });
    await expect(supplierRow).toContainText('Dichiarato');

    // The customer's bell counts it without a reload.
    await expect(bell).toHaveAccessibleName('Notifiche, 1 da leggere');
    await bell.click();
    await expect(customerPage.getByRole('heading', { level: 1, name: 'Notifiche' })).toBeVisible();
    await expect(
      customerPage.getByText(`Nuovo legame di fornitura da confermare: ${supplier.legalName} fornisce`),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(customerPage);
    await customerPage.getByRole('button', { name: /^Conferma: / }).click();
    await expect(customerPage.getByText('Collegamento confermato.')).toBeVisible();
    await customerPage.getByRole('button', { name: 'Segna tutte come lette' }).click();
    await expect(bell).toHaveAccessibleName('Notifiche, nessuna da leggere');

    // The supplier's page shows the link confirmed, without a reload.
    await expect(supplierRow).toContainText('Confermato');

    // The preferences in "My account", in English and at phone width.
    await customerPage.setViewportSize({ width: 390, height: 800 });
    await customerPage.goto('/account');
    await customerPage.getByRole('button', { name: 'English' }).click();
    await expect(customerPage.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    const preference = customerPage.getByLabel('A supply link to confirm');
    await expect(preference).toHaveValue('EMAIL');
    await preference.selectOption('DIGEST');
    await expect(customerPage.getByText('Preference saved.')).toBeVisible();
    await expectNoSeriousAxeViolations(customerPage);
    await customerPage.getByRole('link', { name: 'Notifications, none unread' }).click();
    await expect(customerPage.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    await expect(customerPage.getByText(/^New supply link to confirm: /)).toBeVisible();
    await expectNoSeriousAxeViolations(customerPage);
    await Promise.all([supplierContext.close(), customerContext.close()]);
  });
});
