import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { gql, storageStatePath } from '../support/users.js';

/** A ";"-separated Latin-1 extract like the Chamber of Commerce of Lucca exports: 3 new firms, 2 invalid rows. */
const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/registro-lucca.csv');

test.describe('registry import', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('a consultant uploads a registry file, maps it, sees the dry run counts and applies it', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Importa registro' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Importa registro' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('File del registro').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Carica' }).click();
    await expect(page.getByRole('heading', { name: 'Importazione di registro-lucca.csv' })).toBeVisible();
    await expect(page.getByText('Formato CSV, Latin-1, separatore «;», 13 colonne.')).toBeVisible();
    // The Italian headers are matched to the firm fields already; the person can change them.
    await expect(page.getByLabel('Colonna «Partita IVA»')).toHaveValue('VAT_NUMBER');
    await expect(page.getByLabel('Colonna «Frazione»')).toHaveValue('HAMLET');
    await page.getByLabel('Colonna «Forma giuridica»').selectOption('');

    await page.getByRole('button', { name: 'Prova (dry run)' }).click();
    const result = page.getByRole('region', { name: '3. Risultato della prova' });
    await expect(result).toBeVisible();
    const stat = (label: string) => result.locator('.stat').filter({ hasText: label }).locator('dd');
    await expect(stat('Righe lette')).toHaveText('5');
    await expect(stat('Nuove imprese')).toHaveText('3');
    await expect(stat('Da aggiornare')).toHaveText('0');
    await expect(stat('Invariate')).toHaveText('0');
    await expect(stat('Non valide')).toHaveText('2');
    const problems = result.getByRole('table', { name: 'Righe non valide del file, con i motivi' });
    await expect(problems.getByRole('row', { name: /^5 / })).toContainText(
      'la cifra di controllo della partita IVA è errata',
    );
    const line6 = problems.getByRole('row', { name: /^6 / });
    await expect(line6).toContainText('manca la denominazione');
    await expect(line6).toContainText('il CAP deve avere 5 cifre');
    await expect(line6).toContainText('codice ATECO non presente in ATECO 2025');
    await expectNoSeriousAxeViolations(page);

    await result.getByRole('button', { name: 'Applica' }).click();
    await expect(result.getByText(/Applicare l'importazione\? Saranno aggiunte 3 imprese/)).toBeVisible();
    await result.getByRole('button', { name: 'Sì, applica' }).click();
    await expect(page.getByText('Importazione applicata: 3 imprese aggiunte, 0 aggiornate.')).toBeVisible();
    const pastImports = page.getByRole('region', { name: 'Importazioni precedenti' });
    await expect(pastImports.getByRole('row', { name: /registro-lucca\.csv/ }).first()).toContainText(
      'Applicata',
    );

    const found = await gql<{
      firms: { edges: { node: { legalName: string; kind: string; hamlet: string } }[] };
    }>(request, `{ firms(search: "91000010461", first: 5) { edges { node { legalName kind hamlet } } } }`);
    expect(found.firms.edges.map((e) => e.node)).toEqual([
      { legalName: 'Calzaturificio Città Nuova S.r.l.', kind: 'SHOE_FACTORY', hamlet: 'Segromigno in Monte' },
    ]);
  });

  test('the page is not offered to a firm user', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath('FIRM') });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Importa registro' })).toHaveCount(0);
    await page.goto('/registry-import');
    await expect(page.getByRole('button', { name: 'Carica' })).toHaveCount(0);
    await context.close();
  });
});
