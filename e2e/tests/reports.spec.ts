import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { pdfText } from '../support/pdf.js';
import { storageStatePath } from '../support/users.js';

test.describe('reports, for a Chamber of Commerce analyst', () => {
  test.use({ storageState: storageStatePath('CHAMBER') });

  test('opens the overview, filters by hamlet, and downloads the filtered CSV and PDF', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Report' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Report sul distretto' })).toBeVisible();
    const byHamlet = page.getByRole('table', { name: 'Imprese per frazione: dati' });
    await expect(byHamlet.getByRole('rowheader', { name: 'Lammari' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    const firms = page.getByRole('definition').first();
    const allFirms = Number((await firms.innerText()).replace(/\D/g, ''));

    await page
      .getByRole('group', { name: 'Frazione' })
      .getByRole('checkbox', { name: 'Segromigno in Monte' })
      .check();
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await expect(page).toHaveURL(/\/reports\?hamlet=Segromigno\+in\+Monte$/);
    await expect(byHamlet.getByRole('rowheader', { name: 'Lammari' })).toHaveCount(0);
    await expect(byHamlet.getByRole('rowheader', { name: 'Segromigno in Monte' })).toBeVisible();
    const filtered = Number((await firms.innerText()).replace(/\D/g, ''));
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(allFirms);

    // The address is the report: opening it again shows the same filtered figures.
    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Frazione' }).getByRole('checkbox', { name: 'Segromigno in Monte' }),
    ).toBeChecked();
    await expect(firms).toHaveText(new RegExp(`^${filtered.toLocaleString('it-IT').replace('.', '\\.')}$`));

    const csvLink = page.getByRole('link', { name: 'Scarica CSV' });
    await expect(csvLink).toHaveAttribute(
      'href',
      '/api/reports/overview.csv?hamlet=Segromigno+in+Monte&lang=it',
    );
    const csvDownload = page.waitForEvent('download');
    await csvLink.click();
    const csv = await readFile((await (await csvDownload).path()) ?? '', 'utf8');
    expect(csv).toContain(`Imprese;${filtered}\r\n`);
    expect(csv).toContain('Segromigno in Monte;');
    expect(csv).not.toContain('Lammari;');
    const csvRes = await page.request.get('/api/reports/overview.csv?hamlet=Segromigno+in+Monte&lang=it');
    expect(csvRes.headers()['content-type']).toMatch(/^text\/csv/);

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Scarica PDF' }).click();
    const pdf = await readFile((await (await pdfDownload).path()) ?? '');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf)).toContain('Panoramica del distretto');
    expect(pdfText(pdf)).toContain('Segromigno in Monte');
    // The filters line keeps the hamlet's name as written.
    expect(pdfText(pdf)).toContain('Filtri: Segromigno in Monte');
    const pdfRes = await page.request.get('/api/reports/overview.pdf?hamlet=Segromigno+in+Monte&lang=en');
    expect(pdfRes.headers()['content-type']).toBe('application/pdf');
    expect(pdfText(await pdfRes.body())).toContain('District overview');
  });

  test('keeps the filter across the report sections and saves it as a view', async ({ page }) => {
    await page.goto('/reports/adhesions?membership=MEMBERS');
    await expect(page.getByRole('table', { name: 'Adesioni per stato: dati' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('navigation', { name: 'Report' }).getByRole('link', { name: 'Filiera' }).click();
    await expect(page).toHaveURL(/\/reports\/supply-chain\?membership=MEMBERS$/);
    await expect(page.getByRole('table', { name: 'Fornitori più richiesti: dati' })).toBeVisible();

    const name = `Aderenti ${Date.now()}`;
    await page.getByLabel('Nome della vista').fill(name);
    await page.getByRole('button', { name: 'Salva i filtri correnti' }).click();
    await expect(page.getByRole('link', { name: `Apri «${name}»` })).toBeVisible();

    await page.goto('/reports');
    await page.getByRole('link', { name: `Apri «${name}»` }).click();
    await expect(page).toHaveURL(/\/reports\/supply-chain\?membership=MEMBERS$/);
    await page.getByRole('button', { name: `Elimina la vista «${name}»` }).click();
    await page
      .getByRole('dialog', { name: `Eliminare la vista «${name}»?` })
      .getByRole('button', { name: 'Elimina' })
      .click();
    await expect(page.getByRole('link', { name: `Apri «${name}»` })).toHaveCount(0);
  });
});

test.describe('the report layout', () => {
  test.use({ storageState: storageStatePath('CHAMBER'), viewport: { width: 1280, height: 900 } });

  test('spaces each checkbox from the previous label and sizes each card to its content', async ({
    page,
  }) => {
    await page.goto('/reports');
    const statuses = page.getByRole('group', { name: 'Tipo di impresa' });
    const first = await statuses.locator('label').nth(0).boundingBox();
    const second = await statuses.locator('label').nth(1).boundingBox();
    if (second!.y === first!.y) expect(second!.x - (first!.x + first!.width)).toBeGreaterThanOrEqual(8);

    await expect(page.getByRole('table', { name: 'Imprese per frazione: dati' })).toBeVisible();
    const gaps = await page.locator('.report-grid > .card').evaluateAll((cards) =>
      cards.map((c) => {
        const last = c.lastElementChild!.getBoundingClientRect().bottom;
        return c.getBoundingClientRect().bottom - last;
      }),
    );
    for (const gap of gaps) expect(gap).toBeLessThan(48);
  });
});
