import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { addFirm } from '../support/firm-data.js';
import { gql, storageStatePath } from '../support/users.js';

/** Imports a CSV through the API as the registry import page does (upload, dry run, apply), waiting for each job. */
async function importCsv(request: APIRequestContext, csv: string): Promise<void> {
  const up = await request.post('/api/registry-imports', {
    headers: { 'x-filiera-upload': '1' },
    multipart: { file: { name: 'registro.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } },
  });
  expect(up.status()).toBe(201);
  const job = (await up.json()) as {
    id: string;
    version: number;
    mapping: { column: string; field: string | null }[];
  };
  const settled = async (status: string) => {
    let current = { status: '', version: 0 };
    await expect(async () => {
      current = (
        await gql<{ registryImport: { status: string; version: number } }>(
          request,
          `query ($id: ID!) { registryImport(id: $id) { status version } }`,
          { id: job.id },
        )
      ).registryImport;
      expect(current.status).toBe(status);
    }).toPass({ timeout: 60_000 });
    return current;
  };
  await gql(
    request,
    `mutation ($input: PreviewRegistryImportInput!) { previewRegistryImport(input: $input) { id } }`,
    {
      input: { id: job.id, version: job.version, mapping: job.mapping },
    },
  );
  const previewed = await settled('PREVIEWED');
  await gql(
    request,
    `mutation ($input: ApplyRegistryImportInput!) { applyRegistryImport(input: $input) { id } }`,
    {
      input: { id: job.id, version: previewed.version },
    },
  );
  await settled('APPLIED');
}

test.describe('keeping the registry true', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('a consultant merges two duplicate records and the directory shows one', async ({ page }) => {
    const word = `Gemello${Date.now().toString(36)}`;
    const survivor = await addFirm(page.request, `Calzaturificio ${word} S.r.l.`);
    const merged = await addFirm(page.request, `Calzaturificio ${word} Srl`);

    await page.goto('/firms');
    await page.getByRole('link', { name: 'Unisci doppioni' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Unisci due record della stessa impresa' }),
    ).toBeVisible();
    const stays = page.getByRole('group', { name: 'Record che resta' });
    const goes = page.getByRole('group', { name: 'Record da unire' });
    await stays.getByLabel('Cerca per nome o Partita IVA').fill(`Calzaturificio ${word}`);
    await stays.getByRole('button', { name: `Scegli: Calzaturificio ${word} S.r.l.` }).click();
    await goes.getByLabel('Cerca per nome o Partita IVA').fill(merged.vatNumber);
    await goes.getByRole('button', { name: `Scegli: Calzaturificio ${word} Srl` }).click();

    // Side by side: the names differ, and the survivor's is kept unless the person picks the other.
    const fields = page.getByRole('table', { name: 'Dati: scegli il valore che resta' });
    const nameRow = fields.getByRole('row', { name: /Ragione sociale/ });
    await expect(nameRow.getByRole('radio', { name: `Tieni «Calzaturificio ${word} S.r.l.»` })).toBeChecked();
    await expect(
      nameRow.getByRole('radio', { name: `Tieni «Calzaturificio ${word} Srl»` }),
    ).not.toBeChecked();
    await expect(page.getByRole('table', { name: 'Cosa passa al record che resta' })).toContainText(
      'Storico delle modifiche',
    );
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Unisci i due record' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Unisci', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/firms/${survivor.id}$`));
    await expect(
      page.getByRole('heading', { level: 1, name: `Calzaturificio ${word} S.r.l.` }),
    ).toBeVisible();

    // The directory finds one firm for the name; the old address leads to the survivor.
    await page.goto(`/firms?search=${word}`);
    await expect(page.getByRole('heading', { name: '1 impresa trovata' })).toBeVisible();
    const results = page.getByRole('table', { name: 'Imprese che corrispondono alla ricerca' });
    await expect(results.getByRole('link', { name: new RegExp(word) })).toHaveText([
      `Calzaturificio ${word} S.r.l.`,
    ]);
    await page.goto(`/firms/${merged.id}`);
    await expect(page).toHaveURL(new RegExp(`/firms/${survivor.id}$`));

    // The merge page in English, checked with axe too.
    await page.goto('/firms/merge');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Merge two records of the same firm' }),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Italiano' }).click();
  });

  test('the add-firm form shows similar names before saving and refuses a Partita IVA already in the registry', async ({
    page,
  }) => {
    const word = `Somigliante${Date.now().toString(36)}`;
    const existing = await addFirm(page.request, `Tomaificio ${word} S.r.l.`);

    await page.goto('/firms');
    await page.getByRole('link', { name: 'Aggiungi impresa' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aggiungi un’impresa' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Ragione sociale' }).fill(`Tomaificio ${word} snc`);
    await page.getByRole('textbox', { name: 'Comune' }).fill('Capannori');
    const similar = page.getByRole('region', { name: 'Imprese simili già nel registro' });
    await expect(similar.getByRole('link', { name: `Tomaificio ${word} S.r.l.` })).toBeVisible();
    await expect(similar).toContainText('Potrebbe essere una di queste');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('textbox', { name: 'Partita IVA' }).fill(existing.vatNumber);
    await page.getByRole('combobox', { name: 'Tipo' }).selectOption('PROCESSING');
    await page.getByRole('button', { name: 'Aggiungi l’impresa' }).click();
    await expect(
      page.getByText(`Questa Partita IVA appartiene già a Tomaificio ${word} S.r.l.`),
    ).toBeVisible();
    await page.getByRole('link', { name: `Apri Tomaificio ${word} S.r.l.` }).click();
    await expect(page).toHaveURL(new RegExp(`/firms/${existing.id}$`));

    await page.goto('/firms/new');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a firm' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Legal name' }).fill(`Tomaificio ${word}`);
    // (Other tests add firms named alike in parallel: the one this test added must be among them.)
    await expect(
      page
        .getByRole('region', { name: 'Similar firms already in the registry' })
        .getByRole('link', { name: `Tomaificio ${word} S.r.l.` }),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Italiano' }).click();
  });

  test('a firm the registry import records as ceased says so on its page, in Italian and English', async ({
    page,
  }) => {
    test.slow();
    const word = `Cessata${Date.now().toString(36)}`;
    const firm = await addFirm(page.request, `Tomaificio ${word} S.r.l.`);
    await importCsv(
      page.request,
      `Denominazione;Partita IVA;Stato attività;Data cessazione\nTomaificio ${word} S.r.l.;${firm.vatNumber};cessata;31/03/2025\n`,
    );
    await page.goto(`/firms/${firm.id}`);
    await expect(page.getByText('Cessata il 31 mar 2025')).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByText('Ceased on 31 Mar 2025')).toBeVisible();
    await page.getByRole('button', { name: 'Italiano' }).click();
  });
});
