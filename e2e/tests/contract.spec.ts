import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { pdfText } from '../support/pdf.js';
import { gql, storageStatePath } from '../support/users.js';

const TITLE = 'Contratto di rete «Filiera Calzaturiera di Segromigno in Monte»';

/** What the manager's test changes: the status, the type, the reference firm and the text. */
interface ContractState {
  version: number;
  status: string;
  type: string | null;
  referenceFirm: { id: string } | null;
  document: Record<string, unknown>;
}
const CONTRACT_STATE = `{ networkContract { version status type referenceFirm { id } document {
  title joining decisionRules withdrawalExclusion objectives { title measure }
  programme { activities rights obligations } duration { years notes }
  organoComune { present composition powers replacement } commonFund { present contributions management } } } }`;
const readContractState = async (request: APIRequestContext) =>
  (await gql<{ networkContract: ContractState }>(request, CONTRACT_STATE)).networkContract;

/** Back to the draft `before` was: its status, type, reference firm and text (as a new revision). */
async function restoreContract(request: APIRequestContext, before: ContractState): Promise<void> {
  const now = await readContractState(request);
  let version = now.version;
  if (now.status !== before.status) {
    ({ version } = (
      await gql<{ changeContractStatus: { version: number } }>(
        request,
        `mutation ($input: ChangeContractStatusInput!) { changeContractStatus(input: $input) { version } }`,
        { input: { version, status: before.status } },
      )
    ).changeContractStatus);
  }
  await gql(
    request,
    `mutation ($input: SaveContractDraftInput!) { saveContractDraft(input: $input) { version } }`,
    {
      input: {
        version,
        type: before.type,
        referenceFirmId: before.referenceFirm?.id ?? null,
        document: before.document,
        changeSummary: 'Bozza dimostrativa ripristinata',
      },
    },
  );
}

test.describe('the network contract, for the manager', () => {
  test.use({ storageState: storageStatePath('ADMIN') });

  // The network has one contract (its migration creates it, nothing creates another): this test cannot
  // have a contract of its own, so it puts back the draft it found for the tests that read it.
  test.describe('moving the one contract to review', () => {
    let before: ContractState;
    test.beforeEach(async ({ page }) => {
      before = await readContractState(page.request);
    });
    test.afterEach(async ({ page }) => {
      await restoreContract(page.request, before);
    });

    test('fills the contract until it may leave DRAFT and sends it to review', async ({ page }) => {
      await page.goto('/contract');
      await expect(page.getByRole('heading', { level: 1, name: 'Contratto di rete' })).toBeVisible();
      const missing = page.getByRole('region', { name: 'Elementi mancanti' });
      await expect(missing.getByRole('link', { name: 'Impresa di riferimento' })).toBeVisible();
      await expect(missing.getByRole('link', { name: 'Regole decisionali' })).toBeVisible();
      await expectNoSeriousAxeViolations(page);

      // Too early: the API refuses and the screen says why.
      await page.getByRole('button', { name: 'Porta a «In revisione»' }).click();
      await expect(page.getByRole('alert')).toContainText('Il contratto non può lasciare la bozza');

      // A missing element's link takes the person to the field that fills it.
      await missing.getByRole('link', { name: 'Impresa di riferimento' }).click();
      const reference = page.getByLabel('Impresa di riferimento');
      await expect(reference).toBeInViewport();
      await reference.selectOption({ index: 1 });
      await page
        .getByRole('textbox', { name: 'Come aderiscono altre imprese', exact: true })
        .fill('Domanda scritta all’organo comune, approvata a maggioranza dei partecipanti.');
      await page.getByLabel('La rete ha un organo comune?').selectOption({ label: 'Sì' });
      await page
        .getByRole('textbox', { name: 'Composizione', exact: true })
        .fill('Tre rappresentanti eletti dall’assemblea.');
      await page
        .getByRole('textbox', { name: 'Poteri', exact: true })
        .fill('Esegue il programma e rappresenta la rete verso terzi.');
      await page
        .getByRole('textbox', { name: 'Sostituzione dei membri', exact: true })
        .fill('Elezione suppletiva entro 60 giorni.');
      await page
        .getByRole('textbox', { name: 'Regole decisionali', exact: true })
        .fill('Maggioranza semplice; due terzi per le modifiche al contratto.');
      await page
        .getByRole('textbox', { name: 'Cosa hai cambiato', exact: true })
        .fill('Elementi mancanti completati');
      await page.getByRole('button', { name: 'Salva la bozza' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Bozza salvata: revisione 2.' })).toBeVisible();
      await expect(missing).toContainText('Tutti gli elementi richiesti dalla legge sono presenti');

      // The two revisions compare side by side, with the new decision rules highlighted.
      const revisions = page.getByRole('region', { name: 'Revisioni' });
      await revisions.getByRole('button', { name: 'Confronta' }).click();
      await expect(revisions.locator('ins').filter({ hasText: 'Maggioranza semplice' })).toBeVisible();

      await page.getByRole('button', { name: 'Porta a «In revisione»' }).click();
      const statusCard = page.getByRole('region', { name: 'Stato del contratto' });
      await expect(statusCard).toContainText('Stato attuale: In revisione');
      await expect(page.getByRole('button', { name: 'Porta a «Approvato»' })).toBeVisible();
      await expectNoSeriousAxeViolations(page);

      const { networkContract } = await gql<{ networkContract: { status: string } }>(
        page.request,
        '{ networkContract { status } }',
      );
      expect(networkContract.status).toBe('UNDER_REVIEW');
    });
  });

  test('downloads a PDF of the contract that opens and carries its title', async ({ page }) => {
    await page.goto('/contract');
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Scarica il contratto (PDF, italiano)' }).click();
    const download = await downloading;
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(bytes)).toContain(TITLE);

    const res = await page.request.get('/api/contract.pdf?lang=en');
    expect(res.headers()['content-type']).toBe('application/pdf');
    const body = await res.body();
    expect(body.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdfText(body)).toContain('Participants');

    const csv = await page.request.get('/api/contract/participants.csv');
    expect((await csv.text()).split('\r\n')[0]).toContain('denominazione,codice_fiscale,rea,provincia,ateco');
  });
});

test.describe('the network contract, for a consultant', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('reads it without editing and comments on a section', async ({ page }) => {
    await page.goto('/contract');
    await expect(page.getByRole('heading', { level: 1, name: 'Contratto di rete' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Salva la bozza' })).toHaveCount(0);
    const objectives = page.getByRole('region', { name: 'Obiettivi strategici' });
    await objectives.getByText('Commenti', { exact: false }).first().click();
    const body = `Aggiungere un indicatore sull’innovazione ${Date.now()}`;
    await objectives.getByLabel('Commento su «Obiettivi strategici»').fill(body);
    await objectives.getByRole('button', { name: 'Aggiungi il commento' }).click();
    await expect(objectives.getByText(body)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
