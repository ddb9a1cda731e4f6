import { expect, test, type Page } from '@playwright/test';
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

test.describe('live boards', () => {
  test('an adhesion moved by the manager in one browser moves on the consultant’s pipeline in another, without a reload', async ({
    browser,
    baseURL,
  }) => {
    const manager = await browser.newContext({ storageState: storageStatePath('ADMIN') });
    const consultant = await browser.newContext({ storageState: storageStatePath('CONSULTANT') });
    // An invited firm of its own, so that the demo district stays as it was.
    const own = await interestedFirm(
      browser,
      baseURL!,
      `Calzaturificio Lavagna${Date.now()} S.r.l.`,
      'Lia Lavagna',
    );
    await own.person.close();
    await gql(
      manager.request,
      `mutation ($input: MoveAdhesionInput!) { moveAdhesion(input: $input) { id } }`,
      { input: { id: own.adhesionId, version: own.adhesionVersion, to: 'INVITED' } },
    );
    const firm = own.legalName;

    const watching = await consultant.newPage();
    await showFirm(watching, firm, 'Invitata');
    let reloaded = false;
    watching.on('framenavigated', (frame) => {
      if (frame === watching.mainFrame()) reloaded = true;
    });

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
    expect(reloaded).toBe(false);
    await Promise.all([manager.close(), consultant.close()]);
  });
});
