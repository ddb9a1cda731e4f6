import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { pdfText } from '../support/pdf.js';
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
    await page.getByLabel('Linea di prodotto').selectOption('women');
    await page.getByLabel('Descrizione della foto').fill('Décolleté in vitello nero, vista laterale');
    await page.getByLabel('Materiale', { exact: true }).fill('Pelle di vitello');
    await page.getByLabel('Quota del peso (%)').fill('60');
    // The composition takes Italian decimals; over 100% is refused before anything is sent.
    await page.getByRole('button', { name: 'Aggiungi un materiale' }).click();
    await page.getByLabel('Materiale 1', { exact: true }).fill('Pelle di vitello');
    await page.getByLabel('Quota del materiale 1 (%)').fill('85,5');
    await page.getByRole('button', { name: 'Aggiungi un materiale' }).click();
    await page.getByLabel('Materiale 2', { exact: true }).fill('Cotone');
    await page.getByLabel('Quota del materiale 2 (%)').fill('20');
    await expect(page.getByText('La composizione somma al 105,5%: non può superare il 100%.')).toBeVisible();
    await page.getByRole('button', { name: 'Salva' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo articolo' })).toBeVisible();
    await page.getByLabel('Quota del materiale 2 (%)').fill('14,5');
    await expect(page.getByText(/La composizione somma/)).toHaveCount(0);
    await expect(page.getByText('Salvate l’articolo per aggiungere una foto.')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Salva' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Articolo ${code}` })).toBeVisible();
    await expect(page.getByText('Bozza: il passaporto non è pubblico.')).toBeVisible();
    await expect(page.getByLabel('Quota del materiale 1 (%)')).toHaveValue('85,5');
    // The photo: a file that only claims to be an image is refused, the real one is stored.
    const photoInput = page.getByLabel('Scegliete una foto');
    await photoInput.setInputFiles({
      name: 'finta.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html></html>'),
    });
    await page.getByRole('button', { name: 'Carica la foto' }).click();
    await expect(page.getByText('La foto deve essere un’immagine PNG, JPEG o WebP.')).toBeVisible();
    await photoInput.setInputFiles(path.join(import.meta.dirname, '../fixtures/decollete.png'));
    await page.getByRole('button', { name: 'Carica la foto' }).click();
    await expect(page.getByText('Foto caricata.')).toBeVisible();
    await expect(page.getByRole('img', { name: 'Décolleté in vitello nero, vista laterale' })).toBeVisible();
    await page.getByRole('button', { name: 'Pubblica il passaporto' }).click();
    await expect(page.getByText('Passaporto pubblicato.')).toBeVisible();
    const passportPath = await page.getByRole('link', { name: 'Apri il passaporto' }).getAttribute('href');
    expect(passportPath).toMatch(/^\/showcase\/passports\/[0-9a-f-]{36}$/);

    // An anonymous visitor opens the passport in English, on a laptop.
    const visitor = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      viewport: { width: 1280, height: 900 },
    });
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`${passportPath}?lang=en`);
    await expect(visitorPage.getByRole('heading', { level: 1, name: 'Décolleté Segromigno' })).toBeVisible();
    await expect(visitorPage.getByText(/^Digital Product Passport · Published on /)).toBeVisible();
    await expect(visitorPage.getByRole('progressbar', { name: 'Down to tier 1' })).toHaveAttribute(
      'aria-valuetext',
      '60% of the weight traced',
    );
    const photo = visitorPage.getByRole('img', { name: 'Décolleté in vitello nero, vista laterale' });
    await expect(photo).toBeVisible();
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    // Materials and the product line in English, whatever language the factory wrote them in.
    const bom = visitorPage.getByRole('region', { name: 'What it is made of and where it comes from' });
    await expect(bom.getByText('Calf leather 85.5%, Cotton 14.5%')).toBeVisible();
    await expect(visitorPage.getByText('Women', { exact: true })).toBeVisible();
    await expect(visitorPage.getByRole('img', { name: 'QR code of the passport' })).toBeVisible();
    // Nothing scrolls sideways, on a laptop or a phone.
    const overflow = () =>
      visitorPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await visitorPage.setViewportSize({ width: 390, height: 844 });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(visitorPage);
    // The JSON-LD names the photo.
    const ld = await visitorPage.request.get(passportPath!, { headers: { accept: 'application/ld+json' } });
    const product = (await ld.json()) as { '@type': string; image?: string };
    expect(product['@type']).toBe('Product');
    expect(new URL(product.image!).pathname).toMatch(/^\/api\/articles\/[0-9a-f-]{36}\/photo$/);
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

test.describe('the Chamber’s traceability report', () => {
  test.use({ storageState: storageStatePath('CHAMBER') });

  test('shows traced weight by shoe factory and capability, and downloads it as CSV and PDF', async ({
    page,
  }) => {
    await page.goto('/reports');
    await page
      .getByRole('navigation', { name: 'Report' })
      .getByRole('link', { name: 'Tracciabilità' })
      .click();
    await expect(page).toHaveURL(/\/reports\/traceability$/);
    const byFactory = page.getByRole('table', {
      name: 'Peso tracciato al 2° livello per calzaturificio: dati',
    });
    await expect(byFactory.getByRole('rowheader', { name: 'Morvelli' })).toBeVisible();
    const byCapability = page.getByRole('table', {
      name: 'Provenienza delle righe per lavorazione o componente: dati',
    });
    await expect(byCapability.getByRole('rowheader', { name: 'Pellami' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    const csvLink = page.getByRole('link', { name: 'Scarica CSV' });
    await expect(csvLink).toHaveAttribute('href', '/api/reports/traceability.csv?lang=it');
    const csvDownload = page.waitForEvent('download');
    await csvLink.click();
    const csv = await readFile((await (await csvDownload).path()) ?? '', 'utf8');
    expect(csv).toContain('Tracciabilità per calzaturificio\r\n');
    expect(csv).toMatch(/\r\nMorvelli;\d+;\d+;[\d,]+;[\d,]+\r\n/);
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Scarica PDF' }).click();
    const pdf = await readFile((await (await pdfDownload).path()) ?? '');
    expect(pdfText(pdf)).toContain('Tracciabilità degli articoli');
  });
});
