import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { interestedFirm, type OwnAdhesion } from '../support/firm-data.js';
import { gql, storageStatePath } from '../support/users.js';

/** Moves `firm` to `status` on the board through the dialog, filled by `fill`. */
async function moveTo(
  page: Page,
  firm: string,
  status: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: `Sposta in… ${firm}` }).click();
  const dialog = page.getByRole('dialog', { name: `Sposta ${firm}` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Nuovo stato').selectOption({ label: status });
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: 'Sposta', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `${firm} spostata in «${status}».` }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: status }).getByRole('link', { name: `Dettagli di ${firm}` }),
  ).toBeVisible();
}

/** Narrows the board to the journey's firm (by the word of its name) and checks it stands in the column. */
async function findFirm(page: Page, own: OwnAdhesion, column: string) {
  await page.getByRole('searchbox', { name: 'Cerca un’impresa' }).fill(own.legalName.split(' ')[1]!);
  await page.getByRole('button', { name: 'Applica' }).click();
  await expect(
    page.getByRole('region', { name: column }).getByRole('link', { name: `Dettagli di ${own.legalName}` }),
  ).toBeVisible();
}

// One journey of a firm of its own from INTERESTED to SIGNED, in two steps run in order (each well within
// the time limit on a 2-core machine): the second starts where the first left the firm.
test.describe('the adhesion pipeline', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ storageState: storageStatePath('CONSULTANT') });

  let own: OwnAdhesion;
  let firm: string;
  test.beforeAll(async ({ browser, baseURL }) => {
    own = await interestedFirm(
      browser,
      baseURL!,
      `Calzaturificio Adesione${Date.now()} S.r.l.`,
      'Marco Adesione',
    );
    firm = own.legalName;
  });
  test.afterAll(async () => {
    await own.person.close();
  });

  test('a consultant invites the firm and asks for documents; signing is refused until they are there', async ({
    page,
  }) => {
    const firmPage = await own.person.newPage();
    await firmPage.goto('/');
    const ownCard = firmPage.getByRole('region', { name: 'Adesione alla rete' });
    await expect(ownCard).toContainText('Interessata');
    await expect(ownCard).toContainText('Visura camerale: mancante');
    await expectNoSeriousAxeViolations(firmPage);
    await firmPage.close();

    await page.goto('/adhesions');
    await expect(page.getByRole('heading', { level: 1, name: 'Adesioni' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Adesioni alla rete' })).toContainText(
      'Imprese del distretto',
    );
    await findFirm(page, own, 'Interessata');
    await expectNoSeriousAxeViolations(page);

    await moveTo(page, firm, 'Invitata');
    await moveTo(page, firm, 'Documenti richiesti');

    // Without what signing needs, the server refuses and the dialog says what is missing.
    await page.getByRole('button', { name: `Sposta in… ${firm}` }).click();
    const dialog = page.getByRole('dialog', { name: `Sposta ${firm}` });
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

  test('with the documents the consultant moves the firm to SIGNED, and the firm sees it', async ({
    page,
  }) => {
    await page.goto('/adhesions');
    await findFirm(page, own, 'Documenti richiesti');
    await moveTo(page, firm, 'Pronta per la firma', async (d) => {
      await d.getByLabel('Contributo al fondo comune (euro)').fill('1500');
      await d.getByRole('textbox', { name: 'Legale rappresentante', exact: true }).fill('Marco Morvelli');
      await d.getByRole('checkbox', { name: 'Visura camerale' }).check();
      await d.getByRole('checkbox', { name: 'DURC' }).check();
      await d.getByRole('checkbox', { name: 'Firma digitale del legale rappresentante' }).check();
      await d.getByLabel('Nota (resta nella cronologia)').fill('Documenti completi');
    });
    await moveTo(page, firm, 'Firmata');

    // The history keeps every step with who and the note.
    await page.getByRole('link', { name: `Dettagli di ${firm}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Adesione di ${firm}` })).toBeVisible();
    const history = page.getByRole('region', { name: 'Cronologia' });
    await expect(history.getByRole('row')).toHaveCount(6);
    await expect(history).toContainText('Documenti completi');
    await expectNoSeriousAxeViolations(page);

    const firmPage = await own.person.newPage();
    await firmPage.goto('/');
    const ownCard = firmPage.getByRole('region', { name: 'Adesione alla rete' });
    await expect(ownCard).toContainText('Firmata');
    await expect(ownCard).toContainText('Niente: tutto il necessario è presente.');
    await expect(ownCard).toContainText('1500,00');
    await firmPage.close();
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

  test('says how many firms it will invite and asks first; cancelling changes nothing', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Component makers of a hamlet of their own, so that the invitation leaves the demo firms as they are.
    const hamlet = `Frazione${Date.now()}`;
    for (const name of ['Primo', 'Secondo']) {
      const own = await interestedFirm(
        browser,
        baseURL!,
        `Suolificio ${name}${Date.now()} S.r.l.`,
        `Ugo ${name}`,
        {
          kind: 'COMPONENTS',
          hamlet,
        },
      );
      await own.person.close();
    }
    const count = async () =>
      (
        await gql<{ adhesions: { totalCount: number } }>(
          page.request,
          'query ($hamlet: String!) { adhesions(filter: { statuses: [INTERESTED], kinds: [COMPONENTS], hamlets: [$hamlet] }) { totalCount } }',
          { hamlet },
        )
      ).adhesions.totalCount;
    const before = await count();
    expect(before).toBeGreaterThan(0);

    await page.goto('/adhesions');
    const form = page.getByRole('region', { name: 'Invita le imprese interessate' });
    await form.getByRole('combobox', { name: 'Tipo di impresa' }).selectOption({ label: 'Componentistica' });
    await form.getByRole('combobox', { name: 'Frazione' }).selectOption({ label: hamlet });
    await form.getByRole('button', { name: 'Invita', exact: true }).click();
    const question = page.getByRole('dialog', {
      name: before === 1 ? 'Invitare 1 impresa interessata?' : `Invitare ${before} imprese interessate?`,
    });
    await expect(question).toBeVisible();
    await expect(question).toHaveAccessibleDescription(
      new RegExp(`tipo: Componentistica; frazione: ${hamlet}`),
    );
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
