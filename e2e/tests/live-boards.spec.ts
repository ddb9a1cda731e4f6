import { expect, test, type Browser, type Page } from '@playwright/test';
import { interestedFirm } from '../support/firm-data.js';
import { gql, storageStatePath } from '../support/users.js';

/** Narrows the pipeline to one firm and waits for its card in `column`. */
async function showFirm(page: Page, firm: string, column: string) {
  await page.goto('/adhesions');
  await page.getByRole('searchbox', { name: 'Cerca un’impresa' }).fill(firm);
  await page.getByRole('button', { name: 'Applica' }).click();
  await expect(
    page.getByRole('region', { name: column }).getByRole('link', { name: `Dettagli di ${firm}` }),
  ).toBeVisible();
}

/**
 * The network's manager (ADMIN) and a consultant, each in a browser of their own, and an interested firm
 * of the test's own (`name` made unique; its person's browser closed), so the demo district stays as it was.
 */
async function managerConsultantAndFirm(
  { browser, baseURL }: { browser: Browser; baseURL?: string },
  name: string,
  person: string,
) {
  const manager = await browser.newContext({ storageState: storageStatePath('ADMIN') });
  const consultant = await browser.newContext({ storageState: storageStatePath('CONSULTANT') });
  const own = await interestedFirm(browser, baseURL!, `${name}${Date.now()} S.r.l.`, person);
  await own.person.close();
  return { manager, consultant, own };
}

/** Whether `page` has loaded a document again since this was called: a live page never needs to. */
function reloads(page: Page): () => boolean {
  let reloaded = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) reloaded = true;
  });
  return () => reloaded;
}

test.describe('live boards', () => {
  test('an adhesion moved by the manager in one browser moves on the consultant’s pipeline in another, without a reload', async ({
    browser,
    baseURL,
  }) => {
    const { manager, consultant, own } = await managerConsultantAndFirm(
      { browser, baseURL },
      'Calzaturificio Lavagna',
      'Lia Lavagna',
    );
    await gql(
      manager.request,
      `mutation ($input: MoveAdhesionInput!) { moveAdhesion(input: $input) { id } }`,
      { input: { id: own.adhesionId, version: own.adhesionVersion, to: 'INVITED' } },
    );
    const firm = own.legalName;

    const watching = await consultant.newPage();
    await showFirm(watching, firm, 'Invitata');
    const reloaded = reloads(watching);

    const moving = await manager.newPage();
    await showFirm(moving, firm, 'Invitata');
    await moving.getByRole('button', { name: `Sposta in… ${firm}` }).click();
    const dialog = moving.getByRole('dialog', { name: `Sposta ${firm}` });
    await dialog.getByLabel('Nuovo stato').selectOption({ label: 'Documenti richiesti' });
    await dialog.getByRole('button', { name: 'Sposta', exact: true }).click();
    await expect(dialog).toBeHidden();

    await expect(
      watching
        .getByRole('region', { name: 'Documenti richiesti' })
        .getByRole('link', { name: `Dettagli di ${firm}` }),
    ).toBeVisible();
    await expect(
      watching.getByRole('region', { name: 'Invitata' }).getByRole('link', { name: `Dettagli di ${firm}` }),
    ).toHaveCount(0);
    expect(reloaded()).toBe(false);
    await Promise.all([manager.close(), consultant.close()]);
  });

  test('a task changed or created by the manager shows up on the consultant’s task list in another browser, without a reload', async ({
    browser,
  }) => {
    const manager = await browser.newContext({ storageState: storageStatePath('ADMIN') });
    const consultant = await browser.newContext({ storageState: storageStatePath('CONSULTANT') });
    const suffix = Date.now().toString(36);
    const create = (title: string) =>
      gql<{ createTask: { id: string; version: number } }>(
        manager.request,
        `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id version } }`,
        { input: { title, phase: 'ADHESIONS' } },
      );
    const title = `Raccolta visure ${suffix}`;
    const { createTask: task } = await create(title);

    const watching = await consultant.newPage();
    await watching.goto('/tasks?view=list');
    await watching.getByRole('combobox', { name: 'Ordina per' }).selectOption({ label: 'Ultima modifica' });
    const row = (name: string) =>
      watching.getByRole('row').filter({ has: watching.getByRole('link', { name }) });
    await expect(row(title)).toContainText('Da fare');
    const reloaded = reloads(watching);

    await gql(manager.request, `mutation ($input: MoveTaskInput!) { moveTask(input: $input) { id } }`, {
      input: { id: task.id, version: task.version, status: 'IN_PROGRESS' },
    });
    await expect(row(title)).toContainText('In corso');
    const added = `Sollecito DURC ${suffix}`;
    await create(added);
    await expect(row(added)).toContainText('Da fare');
    expect(reloaded()).toBe(false);
    await Promise.all([manager.close(), consultant.close()]);
  });

  test('an adhesion moved by the manager updates the consultant’s detail page in another browser, and an open move keeps what was typed', async ({
    browser,
    baseURL,
  }) => {
    const { manager, consultant, own } = await managerConsultantAndFirm(
      { browser, baseURL },
      'Tomaificio Serchio',
      'Ada Serchio',
    );
    const firm = own.legalName;
    const move = (version: number, to: string, note: string) =>
      gql<{ moveAdhesion: { version: number } }>(
        manager.request,
        `mutation ($input: MoveAdhesionInput!) { moveAdhesion(input: $input) { version } }`,
        { input: { id: own.adhesionId, version, to, note } },
      );

    const watching = await consultant.newPage();
    await watching.goto(`/adhesions/${own.adhesionId}`);
    await expect(watching.getByRole('heading', { level: 1, name: `Adesione di ${firm}` })).toBeVisible();
    const reloaded = reloads(watching);

    const invited = await move(own.adhesionVersion, 'INVITED', `Invito spedito ${firm}`);
    await expect(watching.getByRole('cell', { name: `Invito spedito ${firm}` })).toBeVisible();

    // The consultant starts a move; the manager moves the adhesion meanwhile.
    await watching.getByRole('button', { name: 'Sposta in…' }).click();
    const dialog = watching.getByRole('dialog', { name: `Sposta ${firm}` });
    await expect(dialog.getByText('Ora: Invitata')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Legale rappresentante' }).fill('Ada Serchio');
    await move(invited.moveAdhesion.version, 'DOCUMENTS_REQUESTED', `Documenti chiesti ${firm}`);
    await expect(dialog.getByText('Ora: Documenti richiesti')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Legale rappresentante' })).toHaveValue('Ada Serchio');
    // Saving on top of the manager's move is refused, not silently applied.
    await dialog.getByRole('button', { name: 'Sposta', exact: true }).click();
    await expect(dialog.getByText('Qualcun altro ha modificato questi dati')).toBeVisible();
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await expect(watching.getByRole('cell', { name: `Documenti chiesti ${firm}` })).toBeVisible();
    expect(reloaded()).toBe(false);
    await Promise.all([manager.close(), consultant.close()]);
  });
});
