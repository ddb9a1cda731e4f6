import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { DEMO, gql, storageStatePath, totpCode } from '../support/users.js';

/** Invites `count` Chamber users, `<prefix>.<stamp>.<i>@filiera.example` in order; answers the stamp. */
async function inviteMany(request: APIRequestContext, prefix: string, count: number): Promise<number> {
  const stamp = Date.now();
  for (let i = 0; i < count; i++) {
    await gql(
      request,
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } } }`,
      { input: { email: `${prefix}.${stamp}.${i}@filiera.example`, role: 'CHAMBER' } },
    );
  }
  return stamp;
}

test.describe('invitations', () => {
  test.use({ storageState: storageStatePath('ADMIN') });

  test('an admin invites a consultant, who sets a password, links an authenticator app and lands on the dashboard', async ({
    page,
    browser,
  }) => {
    const email = `nuovo.consulente.${Date.now()}@filiera.example`;
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Utenti' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Ruolo').selectOption('CONSULTANT');
    await page.getByRole('button', { name: 'Invita' }).click();
    const link = page.getByRole('textbox', { name: 'Link di invito' });
    await expect(link).toHaveValue(/\/invitation\//);
    const url = await link.inputValue();

    const invitee = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invitePage = await invitee.newPage();
    await invitePage.goto(url);
    await expect(invitePage.getByText(email)).toBeVisible();
    await expectNoSeriousAxeViolations(invitePage);
    await invitePage.getByLabel('Nome e cognome').fill('Nuovo Consulente');
    await invitePage.getByLabel('Password', { exact: true }).fill('Tramonto sul Serchio a Lucca 1987');
    await invitePage.getByLabel('Conferma password').fill('Tramonto sul Serchio a Lucca 1987');
    await invitePage.getByRole('button', { name: 'Attiva account' }).click();
    // A consultant must link an authenticator app before anything else.
    await expect(
      invitePage.getByRole('heading', { level: 1, name: 'Attiva la verifica in due passaggi' }),
    ).toBeVisible();
    await expect(invitePage.getByRole('navigation', { name: 'Navigazione principale' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(invitePage);
    const secret = await invitePage.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).innerText();
    await invitePage.getByLabel('Codice dell’app').fill(totpCode(secret));
    await invitePage.getByRole('button', { name: 'Conferma e attiva' }).click();
    await expect(
      invitePage.getByRole('list', { name: 'Codici di recupero' }).getByRole('listitem'),
    ).toHaveCount(10);
    await invitePage.getByRole('button', { name: 'Li ho conservati, continua' }).click();
    await expect(
      invitePage.getByRole('heading', { level: 1, name: DEMO.CONSULTANT.dashboard }),
    ).toBeVisible();

    await invitePage.goto(url);
    await expect(invitePage.getByRole('alert')).toBeVisible();
    await invitee.close();
  });

  test('an invitation link that was revoked says so', async ({ page, request }) => {
    const { inviteUser } = await gql<{ inviteUser: { acceptUrl: string; invitation: { id: string } } }>(
      request,
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl invitation { id } } }`,
      { input: { email: `revocato.${Date.now()}@filiera.example`, role: 'CHAMBER' } },
    );
    await gql(request, `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`, {
      id: inviteUser.invitation.id,
    });
    await page.context().clearCookies();
    await page.goto(new URL(inviteUser.acceptUrl).pathname);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Attiva account' })).toHaveCount(0);
  });

  test('"Mostra altri" adds the next invitations below the first fifty', async ({ page, request }) => {
    const stamp = await inviteMany(request, 'elenco', 55);
    await page.goto('/users');
    const card = page.getByRole('region', { name: 'Inviti' });
    const rows = card.getByRole('table').getByRole('row');
    // Newest first: the first of this batch is on the second page (other tests may invite meanwhile).
    const oldestOfBatch = card.getByText(`elenco.${stamp}.0@filiera.example`);
    await expect(rows).toHaveCount(50 + 1); // the header row, then the first page
    await expect(oldestOfBatch).toHaveCount(0);
    await card.getByRole('button', { name: 'Mostra altri' }).click();
    await expect(oldestOfBatch).toBeVisible();
    expect(await rows.count()).toBeGreaterThan(50 + 1);
    await expect(card.getByText(`elenco.${stamp}.54@filiera.example`)).toBeVisible();
  });
  test('the outbox\'s "Mostra altri" adds the older mails below the first twenty', async ({
    page,
    request,
  }) => {
    const stamp = await inviteMany(request, 'posta', 21);
    await page.goto('/outbox');
    // Newest first: the first mail of this batch is on the second page (other tests may write meanwhile).
    const oldestOfBatch = page.getByText(`posta.${stamp}.0@filiera.example`, { exact: true });
    await expect(page.getByText(`posta.${stamp}.20@filiera.example`, { exact: true })).toBeVisible();
    await expect(oldestOfBatch).toHaveCount(0);
    await page.getByRole('button', { name: 'Mostra altri' }).click();
    await expect(oldestOfBatch).toBeVisible();
    await expect(page.getByText(`posta.${stamp}.20@filiera.example`, { exact: true })).toBeVisible();
  });
});
