import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { gql, storageStatePath } from '../support/users.js';

interface Choice {
  supplier: { id: string; legalName: string };
  capability: { id: string; code: string };
}

test.describe('traceability and the Digital Product Passport', () => {
  test.use({ storageState: storageStatePath('FIRM') });

  test('a factory builds an article from its confirmed suppliers, publishes it, a visitor reads it in English', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const { articleSupplierChoices } = await gql<{ articleSupplierChoices: Choice[] }>(
      page.request,
      `{ articleSupplierChoices { supplier { id legalName } capability { id code } } }`,
    );
    const choice = articleSupplierChoices[0]!;
    const code = `E2E-${Date.now()}`;

    await page.goto('/traceability');
    await expect(page.getByRole('heading', { level: 1, name: 'Tracciabilità' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Nuovo articolo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo articolo' })).toBeVisible();
    await page.getByLabel('Codice modello').fill(code);
    await page.getByLabel('Nome', { exact: true }).fill('Décolleté Segromigno');
    await page.getByLabel('Componente o lavorazione').selectOption(choice.capability.id);
    // The supplier list holds the factory's confirmed suppliers of that capability.
    await page.getByLabel('Fornitore', { exact: true }).selectOption(choice.supplier.id);
    await page.getByLabel('Materiale', { exact: true }).fill('Pelle di vitello');
    await page.getByLabel('Quota del peso (%)').fill('60');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Salva' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Articolo ${code}` })).toBeVisible();
    await expect(page.getByText('Bozza: il passaporto non è pubblico.')).toBeVisible();
    await page.getByRole('button', { name: 'Pubblica il passaporto' }).click();
    await expect(page.getByText('Passaporto pubblicato.')).toBeVisible();
    const passportPath = await page.getByRole('link', { name: 'Apri il passaporto' }).getAttribute('href');
    expect(passportPath).toMatch(/^\/showcase\/passports\/[0-9a-f-]{36}$/);

    // An anonymous visitor opens the passport in English.
    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`${passportPath}?lang=en`);
    await expect(visitorPage.getByRole('heading', { level: 1, name: 'Décolleté Segromigno' })).toBeVisible();
    await expect(visitorPage.getByText('Digital Product Passport', { exact: true })).toBeVisible();
    await expect(visitorPage.getByText('60% of the weight traced down to tier 1')).toBeVisible();
    await expect(visitorPage.getByRole('cell', { name: /Pelle di vitello/ })).toBeVisible();
    await expect(visitorPage.getByRole('img', { name: 'QR code of the passport' })).toBeVisible();
    await expectNoSeriousAxeViolations(visitorPage);
    await visitor.close();
  });

  test('a firm says what its supplies are made of, from its own confirmed suppliers', async ({ page }) => {
    const { articleSupplierChoices } = await gql<{ articleSupplierChoices: Choice[] }>(
      page.request,
      `{ articleSupplierChoices { supplier { id legalName } capability { id code } } }`,
    );
    const upstream = articleSupplierChoices[0]!;
    const { capabilities } = await gql<{ capabilities: { id: string; code: string }[] }>(
      page.request,
      `{ capabilities { id code } }`,
    );
    await page.goto('/traceability');
    await page.getByLabel('Ciò che fornite').selectOption(capabilities.find((c) => c.code === 'CUTTING')!.id);
    await page.getByLabel('Materiale o componente in ingresso').selectOption(upstream.capability.id);
    await page.getByLabel('Fornitore', { exact: true }).selectOption(upstream.supplier.id);
    await page.getByLabel('Quota del peso (%)').fill('50');
    await page.getByRole('button', { name: 'Salva i materiali' }).click();
    await expect(page.getByText('Materiali salvati.')).toBeVisible();
    const declared = page.getByRole('table', { name: 'Materiali dichiarati' });
    await expect(declared.getByRole('cell', { name: upstream.supplier.legalName })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
