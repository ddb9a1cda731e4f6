import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { alternativeSuppliers, firmPerson, ownFactory, readCapabilities } from '../support/firm-data.js';
import { gql, storageStatePath } from '../support/users.js';

test.describe('notifications', () => {
  test('the supplier declares a link; the customer’s bell shows it live, the customer confirms from the notification; the supplier’s page shows it confirmed', async ({
    browser,
    baseURL,
  }) => {
    // Two people, two live pages and three axe scans.
    test.setTimeout(90_000);
    // A customer factory of the test's own: nothing else changes its links meanwhile.
    const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
    const customer = await ownFactory(admin, `Scatole${Date.now().toString(36)}`);
    const boxes = (await readCapabilities(admin)).find((c) => c.code === 'BOXES')!;
    const supplier = (await alternativeSuppliers(admin, customer.id, boxes.id, 1))[0]!;
    await admin.dispose();
    const supplierContext = await firmPerson(browser, baseURL!, supplier.id, 'fornitore-scatole');
    const customerContext = await firmPerson(browser, baseURL!, customer.id, 'cliente-scatole');

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
      { input: { supplierId: supplier.id, customerId: customer.id, capabilityId: boxes.id } },
    );
    expect(declareSupplyLink.id).toBeTruthy();
    const supplierRow = supplierPage
      .getByRole('row')
      .filter({ hasText: customer.legalName })
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
