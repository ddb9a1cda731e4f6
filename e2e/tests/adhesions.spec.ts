import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { gql, storageStatePath } from '../support/users.js';

/** The demo FIRM user's factory (DEMO_FIRM_ID in the seed), INTERESTED at first. */
const FIRM = 'Calzaturificio Morvelli S.r.l.';

async function moveTo(
  page: Page,
  status: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: `Sposta in… ${FIRM}` }).click();
  const dialog = page.getByRole('dialog', { name: `Sposta ${FIRM}` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Nuovo stato').selectOption({ label: status });
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: 'Sposta', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `${FIRM} spostata in «${status}».` }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: status }).getByRole('link', { name: `Dettagli di ${FIRM}` }),
  ).toBeVisible();
}

/** Narrows the board to the demo firm and checks it stands in the given column. */
async function findDemoFirm(page: Page, column: string) {
  await page.getByRole('searchbox', { name: 'Cerca un’impresa' }).fill('Morvelli');
  await page.getByRole('button', { name: 'Applica' }).click();
  await expect(
    page.getByRole('region', { name: column }).getByRole('link', { name: `Dettagli di ${FIRM}` }),
  ).toBeVisible();
}

// One journey of the demo firm from INTERESTED to SIGNED, in two steps run in order (each well within the
// time limit on a 2-core machine): the second starts where the first left the firm.
test.describe('the adhesion pipeline', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('a consultant invites the demo firm and asks for documents; signing is refused until they are there', async ({
    page,
    browser,
  }) => {
    const firmContext = await browser.newContext({ storageState: storageStatePath('FIRM') });
    const firmPage = await firmContext.newPage();
    await firmPage.goto('/');
    const ownCard = firmPage.getByRole('region', { name: 'Adesione alla rete' });
    await expect(ownCard).toContainText('Interessata');
    await expect(ownCard).toContainText('Visura camerale: mancante');
    await expectNoSeriousAxeViolations(firmPage);
    await firmContext.close();

    await page.goto('/adhesions');
    await expect(page.getByRole('heading', { level: 1, name: 'Adesioni' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Adesioni alla rete' })).toContainText(
      'Imprese del distretto',
    );
    await findDemoFirm(page, 'Interessata');
    await expectNoSeriousAxeViolations(page);

    await moveTo(page, 'Invitata');
    await moveTo(page, 'Documenti richiesti');

    // Without what signing needs, the server refuses and the dialog says what is missing.
    await page.getByRole('button', { name: `Sposta in… ${FIRM}` }).click();
    const dialog = page.getByRole('dialog', { name: `Sposta ${FIRM}` });
    await dialog.getByLabel('Nuovo stato').selectOption({ label: 'Pronta per la firma' });
    await dialog.getByRole('button', { name: 'Sposta', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Lo spostamento non è stato accettato');
    await expect(dialog.getByRole('textbox', { name: 'Legale rappresentante', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Annulla' }).click();
  });

  test('with the documents the consultant moves the demo firm to SIGNED, and the firm sees it', async ({
    page,
    browser,
  }) => {
    await page.goto('/adhesions');
    await findDemoFirm(page, 'Documenti richiesti');
    await moveTo(page, 'Pronta per la firma', async (d) => {
      await d.getByLabel('Contributo al fondo comune (euro)').fill('1500');
      await d.getByRole('textbox', { name: 'Legale rappresentante', exact: true }).fill('Marco Morvelli');
      await d.getByRole('checkbox', { name: 'Visura camerale' }).check();
      await d.getByRole('checkbox', { name: 'DURC' }).check();
      await d.getByRole('checkbox', { name: 'Firma digitale del legale rappresentante' }).check();
      await d.getByLabel('Nota (resta nella cronologia)').fill('Documenti completi');
    });
    await moveTo(page, 'Firmata');

    // The history keeps every step with who and the note.
    await page.getByRole('link', { name: `Dettagli di ${FIRM}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Adesione di ${FIRM}` })).toBeVisible();
    const history = page.getByRole('region', { name: 'Cronologia' });
    await expect(history.getByRole('row')).toHaveCount(6);
    await expect(history).toContainText('Documenti completi');
    await expectNoSeriousAxeViolations(page);

    const firmContext = await browser.newContext({ storageState: storageStatePath('FIRM') });
    const firmPage = await firmContext.newPage();
    await firmPage.goto('/');
    const ownCard = firmPage.getByRole('region', { name: 'Adesione alla rete' });
    await expect(ownCard).toContainText('Firmata');
    await expect(ownCard).toContainText('Niente: tutto il necessario è presente.');
    await expect(ownCard).toContainText('1500,00');
    await firmContext.close();
  });
});

test.describe('the chamber', () => {
  test.use({ storageState: storageStatePath('CHAMBER') });

  test('reads the pipeline but cannot move anyone', async ({ page }) => {
    await page.goto('/adhesions');
    await expect(page.getByRole('heading', { level: 1, name: 'Adesioni' })).toBeVisible();
    await expect(
      page.getByText('Consultazione: solo consulenti e amministratore spostano le imprese.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^Sposta in…/ })).toHaveCount(0);
  });
});

test.describe('bulk invitation', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('says how many firms it will invite and asks first; cancelling changes nothing', async ({ page }) => {
    const count = async () =>
      (
        await gql<{ adhesions: { totalCount: number } }>(
          page.request,
          '{ adhesions(filter: { statuses: [INTERESTED], kinds: [COMPONENTS], hamlets: ["Lammari"] }) { totalCount } }',
        )
      ).adhesions.totalCount;
    const before = await count();
    expect(before).toBeGreaterThan(0);

    await page.goto('/adhesions');
    const form = page.getByRole('region', { name: 'Invita le imprese interessate' });
    await form.getByRole('combobox', { name: 'Tipo di impresa' }).selectOption({ label: 'Componentistica' });
    await form.getByRole('combobox', { name: 'Frazione' }).selectOption({ label: 'Lammari' });
    await form.getByRole('button', { name: 'Invita', exact: true }).click();
    const question = page.getByRole('dialog', {
      name: before === 1 ? 'Invitare 1 impresa interessata?' : `Invitare ${before} imprese interessate?`,
    });
    await expect(question).toBeVisible();
    await expect(question).toHaveAccessibleDescription(/tipo: Componentistica; frazione: Lammari/);
    await expectNoSeriousAxeViolations(page);
    await question.getByRole('button', { name: 'Annulla' }).click();
    await expect(question).toBeHidden();
    expect(await count()).toBe(before);

    await form.getByRole('button', { name: 'Invita', exact: true }).click();
    await question.getByRole('button', { name: new RegExp(`^Invita ${before} impres`) }).click();
    await expect(page.getByRole('status').filter({ hasText: /invitat[ae]\./ })).toBeVisible();
    expect(await count()).toBe(0);
  });
});
