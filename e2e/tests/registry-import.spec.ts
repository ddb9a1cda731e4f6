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
    // Upload, dry run, a kind changed, apply: each a round trip to a background job.
    test.slow();
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
    await expect(line6).toContainText('codice ATECO non presente né in ATECO 2025 né in ATECO 2007');

    // Each new firm's kind comes from its ATECO code, and can be changed before applying.
    const kindOf = (name: string) => result.getByLabel(`Tipo di ${name}`);
    await expect(kindOf('Calzaturificio Città Nuova S.r.l.')).toHaveValue('SHOE_FACTORY');
    await expect(kindOf('Tomaificio Lammari S.n.c.')).toHaveValue('COMPONENTS');
    await expect(kindOf('Suolificio Marlia S.p.A.')).toHaveValue('COMPONENTS');
    await kindOf('Tomaificio Lammari S.n.c.').selectOption('PROCESSING');
    await expect(stat('Lavorazioni')).toHaveText('1');
    await expect(stat('Componentistica')).toHaveText('1');
    await expect(stat('Calzaturificio')).toHaveText('1');
    await expectNoSeriousAxeViolations(page);

    await result.getByRole('button', { name: 'Applica' }).click();
    await expect(result.getByRole('group')).toHaveText(
      "Applicare l'importazione? Saranno aggiunte 3 imprese (1 calzaturificio, 1 impresa di lavorazioni, " +
        '1 impresa di componentistica); saranno aggiornate 0 imprese esistenti; righe invariate: 0, ' +
        'righe non valide saltate: 2.Sì, applicaAnnulla',
    );
    await result.getByRole('button', { name: 'Sì, applica' }).click();
    await expect(page.getByText('Importazione applicata: 3 imprese aggiunte, 0 aggiornate.')).toBeVisible();
    const pastImports = page.getByRole('region', { name: 'Importazioni precedenti' });
    await expect(pastImports.getByRole('row', { name: /registro-lucca\.csv/ }).first()).toContainText(
      'Applicata',
    );

    const kindOfFirm = async (vat: string) =>
      (
        await gql<{ firms: { edges: { node: { legalName: string; kind: string; hamlet: string } }[] } }>(
          request,
          `{ firms(search: "${vat}", first: 5) { edges { node { legalName kind hamlet } } } }`,
        )
      ).firms.edges.map((e) => e.node);
    expect(await kindOfFirm('91000010461')).toEqual([
      { legalName: 'Calzaturificio Città Nuova S.r.l.', kind: 'SHOE_FACTORY', hamlet: 'Segromigno in Monte' },
    ]);
    expect((await kindOfFirm('91000020460'))[0]?.kind).toBe('PROCESSING');
  });

  test('an extract with ATECO 2007 codes and an impossible date: codes translated, firms to review listed', async ({
    page,
  }) => {
    test.slow();
    await page.goto('/registry-import');
    const csv = [
      'Denominazione;Partita IVA;Codice ATECO 2007;Data iscrizione',
      'Suolificio Gomma Lammari S.r.l.;92000010469;22.19.01;10/05/2004',
      'Tacchi in Plastica S.r.l.;92000020468;22.29.01;01/03/1999',
      'Febbraio Lungo S.r.l.;92000030467;15.20.10;31/02/2001',
    ].join('\n');
    await page.getByLabel('File del registro').setInputFiles({
      name: 'estratto-ateco-2007.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Carica' }).click();
    await expect(page.getByLabel('Colonna «Codice ATECO 2007»')).toHaveValue('ATECO_2007_CODE');
    await page.getByRole('button', { name: 'Prova (dry run)' }).click();

    const result = page.getByRole('region', { name: '3. Risultato della prova' });
    const newFirms = result.getByRole('table', {
      name: 'Righe del file che aggiungono imprese, con il tipo',
    });
    const soles = newFirms.getByRole('row', { name: /Suolificio Gomma Lammari/ });
    await expect(soles).toContainText('22.19.01 (ATECO 2007) → 15.20.10');
    await expect(result.getByLabel('Tipo di Suolificio Gomma Lammari S.r.l.')).toHaveValue('COMPONENTS');
    const review = result.getByRole('table', {
      name: 'Righe del file le cui imprese vanno riviste, con il motivo',
    });
    await expect(review.getByRole('row', { name: /Tacchi in Plastica/ })).toContainText(
      '22.29.01 (ATECO 2007) corrisponde a più codici ATECO 2025: tenuto quello rappresentativo',
    );
    const problems = result.getByRole('table', { name: 'Righe non valide del file, con i motivi' });
    await expect(problems.getByRole('row', { name: /^4 / })).toContainText(
      'la data non esiste nel calendario (per esempio 31 febbraio) (Data iscrizione: «31/02/2001»)',
    );
    await expectNoSeriousAxeViolations(page);

    await result.getByRole('button', { name: 'Applica' }).click();
    await expect(result.getByRole('group')).toContainText(
      "Applicare l'importazione? Saranno aggiunte 2 imprese (2 imprese di componentistica); saranno " +
        'aggiornate 0 imprese esistenti; righe invariate: 0, righe non valide saltate: 1. ' +
        '1 impresa andrà rivista per il codice ATECO.',
    );

    // The same in English, at once.
    await page.getByRole('button', { name: 'English' }).click();
    const resultEn = page.getByRole('region', { name: '3. Dry run result' });
    await expect(resultEn.getByRole('group')).toContainText(
      'Apply the import? 2 firms will be added (2 component makers); 0 existing firms will be updated; ' +
        'unchanged rows: 0, invalid rows skipped: 1. 1 firm will need its ATECO code reviewed.',
    );
    await expect(resultEn.getByLabel('Kind of Suolificio Gomma Lammari S.r.l.')).toHaveValue('COMPONENTS');
    await expectNoSeriousAxeViolations(page);
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
