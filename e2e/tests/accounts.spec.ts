import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { DEMO, gql, storageStatePath, totpCode } from '../support/users.js';

const PASSWORD = 'Tramonto sul Serchio a Lucca 1987';

/** An ADMIN invites a person and they accept in a browser of their own, which stays signed in. */
async function newPerson(
  adminPage: Page,
  browser: Browser,
  role: 'CONSULTANT' | 'FIRM',
): Promise<{ email: string; name: string; page: Page }> {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const email = `persona.${stamp}@filiera.example`;
  const name = `Persona ${stamp}`;
  let firmId: string | null = null;
  if (role === 'FIRM') {
    const { firms } = await gql<{ firms: { edges: { node: { id: string } }[] } }>(
      adminPage.request,
      `{ firms(first: 1) { edges { node { id } } } }`,
    );
    firmId = firms.edges[0]!.node.id;
  }
  const { inviteUser } = await gql<{ inviteUser: { acceptUrl: string } }>(
    adminPage.request,
    `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`,
    { input: { email, role, firmId } },
  );
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  // The browser context's request shares its cookies: accepting signs this browser in.
  await gql(
    page.request,
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`,
    { input: { token: new URL(inviteUser.acceptUrl).pathname.split('/').pop(), name, password: PASSWORD } },
  );
  return { email, name, page };
}

/** The person turns two-factor sign-in on through the API, with a code their "app" computes; answers the codes. */
async function enrolThroughApi(page: Page): Promise<string[]> {
  const { startTwoFactorEnrolment } = await gql<{ startTwoFactorEnrolment: { secret: string } }>(
    page.request,
    `mutation { startTwoFactorEnrolment { secret } }`,
  );
  const { confirmTwoFactorEnrolment } = await gql<{ confirmTwoFactorEnrolment: { codes: string[] } }>(
    page.request,
    `mutation ($input: ConfirmTwoFactorInput!) { confirmTwoFactorEnrolment(input: $input) { codes } }`,
    { input: { code: totpCode(startTwoFactorEnrolment.secret) } },
  );
  return confirmTwoFactorEnrolment.codes;
}

/** Signs out and in again with the password: answers the field of the code step that follows. */
async function signOutAndInAgain(own: Page, email: string): Promise<Locator> {
  await own.getByRole('button', { name: 'Esci' }).click();
  await expect(own).toHaveURL(/\/sign-in/);
  await own.getByLabel('E-mail').fill(email);
  await own.getByLabel('Password').fill(PASSWORD);
  await own.getByRole('button', { name: 'Accedi' }).click();
  return own.getByLabel('Codice dell’app o codice di recupero');
}

test.describe('accounts people run themselves', () => {
  test.use({ storageState: storageStatePath('ADMIN') });
  // Each flow runs two or three browsers and several pages end to end.
  test.slow();

  test('forgot password → the link from the outbox → a new password → signed in', async ({
    page,
    browser,
  }) => {
    const person = await newPerson(page, browser, 'FIRM');
    const visitor = person.page;
    await visitor.context().clearCookies();

    await visitor.goto('/sign-in');
    await visitor.getByRole('link', { name: 'Password dimenticata?' }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: 'Password dimenticata' })).toBeVisible();
    await expectNoSeriousAxeViolations(visitor);
    await visitor.getByLabel('E-mail').fill(person.email);
    await visitor.getByRole('button', { name: 'Mandami il link' }).click();
    await expect(visitor.getByRole('status').filter({ hasText: person.email })).toBeVisible();

    // No mail server here: the ADMIN reads the mail in the outbox.
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Posta in uscita' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Posta in uscita' })).toBeVisible();
    const mail = page
      .getByRole('region', { name: 'Scegli una nuova password - Filiera' })
      .filter({ hasText: person.email });
    await mail.getByText('Mostra il testo').click();
    await expectNoSeriousAxeViolations(page);
    const link = await mail.getByRole('link', { name: /\/reset-password\// }).getAttribute('href');

    await visitor.goto(link!);
    await expect(visitor.getByRole('heading', { level: 1, name: 'Scegli una nuova password' })).toBeVisible();
    await expectNoSeriousAxeViolations(visitor);
    await visitor.getByLabel('Nuova password').fill('password1234');
    await visitor.getByLabel('Conferma password').fill('password1234');
    await visitor.getByRole('button', { name: 'Salva la nuova password' }).click();
    await expect(visitor.getByText(/password molto comune/)).toBeVisible();
    const fresh = 'Una nuova alba su Segromigno 2031';
    await visitor.getByLabel('Nuova password').fill(fresh);
    await visitor.getByLabel('Conferma password').fill(fresh);
    await visitor.getByRole('button', { name: 'Salva la nuova password' }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: DEMO.FIRM.dashboard })).toBeVisible();
    await visitor.context().close();
  });

  test('an ADMIN deactivates a firm user, whose open page goes to sign-in at the next action', async ({
    page,
    browser,
  }) => {
    const person = await newPerson(page, browser, 'FIRM');
    const firmPage = person.page;
    await firmPage.goto('/');
    await expect(firmPage.getByRole('heading', { level: 1, name: DEMO.FIRM.dashboard })).toBeVisible();

    await page.goto('/users');
    const row = page.getByRole('row').filter({ hasText: person.email });
    await row.getByRole('button', { name: `Disattiva ${person.name}` }).click();
    await expect(page.getByText(`${person.name} è stato disattivato`)).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Disattivato' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await firmPage
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link')
      .nth(1)
      .click();
    await expect(firmPage).toHaveURL(/\/sign-in/);
    await expect(firmPage.getByText('La sessione è scaduta: accedi di nuovo.')).toBeVisible();
    await firmPage.getByLabel('E-mail').fill(person.email);
    await firmPage.getByLabel('Password').fill(PASSWORD);
    await firmPage.getByRole('button', { name: 'Accedi' }).click();
    await expect(firmPage.getByRole('alert')).toContainText('Questo account è stato disattivato');
    await firmPage.context().close();
  });

  test('a person sees their sessions, ends the other one and changes their password', async ({
    page,
    browser,
  }) => {
    const person = await newPerson(page, browser, 'FIRM');
    const own = person.page;
    // A second browser of the same person.
    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await gql(other.request, `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email: person.email, password: PASSWORD },
    });

    await own.goto('/');
    await own.getByRole('banner').getByRole('link', { name: person.name }).click();
    await expect(own.getByRole('heading', { level: 1, name: 'Il mio account' })).toBeVisible();
    const sessions = own.getByRole('region', { name: 'Sessioni attive' });
    await expect(sessions.getByRole('row')).toHaveCount(3);
    await expect(sessions.getByText('Questa sessione')).toBeVisible();
    await expectNoSeriousAxeViolations(own);
    await sessions.getByRole('button', { name: 'Termina tutte le altre sessioni' }).click();
    await expect(sessions.getByText('1 sessione terminata.')).toBeVisible();
    await expect(sessions.getByRole('row')).toHaveCount(2);
    const me = await gql<{ me: null | object }>(other.request, `{ me { user { id } } }`);
    expect(me.me).toBeNull();

    const form = own.getByRole('region', { name: 'Cambia password' });
    await form.getByLabel('Password attuale').fill(PASSWORD);
    const fresh = 'Un castagno sulle colline di Capannori';
    await form.getByLabel('Nuova password').fill(fresh);
    await form.getByLabel('Conferma password').fill(fresh);
    await form.getByRole('button', { name: 'Cambia password' }).click();
    await expect(form.getByText('Password cambiata.')).toBeVisible();
    await other.close();
    await own.context().close();
  });

  test('a person turns on two-factor sign-in, signs out and signs in with a code from the app', async ({
    page,
    browser,
  }) => {
    const person = await newPerson(page, browser, 'FIRM');
    const own = person.page;
    await own.goto('/account');
    const card = own.getByRole('region', { name: 'Verifica in due passaggi' });
    await expect(card.getByText('Non attiva: per accedere basta la password.')).toBeVisible();
    await card.getByRole('button', { name: 'Attiva la verifica in due passaggi' }).click();
    await expect(
      card.getByRole('img', { name: 'Codice QR da inquadrare con l’app di autenticazione' }),
    ).toBeVisible();
    await expectNoSeriousAxeViolations(own);
    const secret = await card.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).innerText();

    await card.getByLabel('Codice dell’app').fill('000000');
    await card.getByRole('button', { name: 'Conferma e attiva' }).click();
    await expect(card.getByText(/Codice non valido/)).toBeVisible();
    await card.getByLabel('Codice dell’app').fill(totpCode(secret));
    await card.getByRole('button', { name: 'Conferma e attiva' }).click();
    const codes = card.getByRole('list', { name: 'Codici di recupero' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    await expect(card.getByRole('link', { name: 'Scarica i codici (.txt)' })).toHaveAttribute(
      'download',
      /\.txt$/,
    );
    await expectNoSeriousAxeViolations(own);
    await card.getByRole('button', { name: 'Li ho conservati, continua' }).click();
    await expect(card.getByText(/Attiva dal .*Codici di recupero ancora validi: 10/)).toBeVisible();

    const code = await signOutAndInAgain(own, person.email);
    await expect(code).toBeFocused();
    await expectNoSeriousAxeViolations(own);
    await code.fill('123456');
    await own.getByRole('button', { name: 'Verifica' }).click();
    await expect(own.getByText(/Codice non valido/)).toBeVisible();
    // The code that confirmed the app was used once: the next step's code, which the app accepts already.
    await code.fill(totpCode(secret, 1));
    await own.getByRole('button', { name: 'Verifica' }).click();
    await expect(own.getByRole('heading', { level: 1, name: DEMO.FIRM.dashboard })).toBeVisible();
    await own.context().close();
  });

  test('a person generates new recovery codes: an old one is refused at sign-in, a new one works', async ({
    page,
    browser,
  }) => {
    const person = await newPerson(page, browser, 'FIRM');
    const own = person.page;
    const oldCodes = await enrolThroughApi(own);
    await own.goto('/account');
    const card = own.getByRole('region', { name: 'Verifica in due passaggi' });
    await card.getByRole('button', { name: 'Genera nuovi codici di recupero' }).click();
    const form = card.getByRole('form', { name: 'Genera nuovi codici di recupero' });
    await form.getByLabel('Password attuale').fill('non-la-mia-password');
    await form.getByRole('button', { name: 'Genera nuovi codici di recupero' }).click();
    await expect(form.getByText('Non è la tua password attuale.')).toBeVisible();
    await form.getByLabel('Password attuale').fill(PASSWORD);
    await form.getByRole('button', { name: 'Genera nuovi codici di recupero' }).click();
    const codes = card.getByRole('list', { name: 'Codici di recupero' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    await expect(card.getByText(/I codici di recupero di prima non funzionano più/)).toBeVisible();
    const fresh = await codes.first().innerText();
    await expectNoSeriousAxeViolations(own);
    await card.getByRole('button', { name: 'Li ho conservati, continua' }).click();
    await expect(card.getByText(/Codici di recupero ancora validi: 10/)).toBeVisible();

    const code = await signOutAndInAgain(own, person.email);
    await code.fill(oldCodes[0]!);
    await own.getByRole('button', { name: 'Verifica' }).click();
    await expect(own.getByText(/Codice non valido/)).toBeVisible();
    await code.fill(fresh);
    await own.getByRole('button', { name: 'Verifica' }).click();
    await expect(own.getByRole('heading', { level: 1, name: DEMO.FIRM.dashboard })).toBeVisible();
    await own.context().close();
  });

  test('a person changes their e-mail: nothing changes until the link from the outbox is opened', async ({
    page,
    browser,
  }) => {
    const person = await newPerson(page, browser, 'FIRM');
    const own = person.page;
    const newEmail = person.email.replace('persona.', 'nuova.');
    await own.goto('/account');
    const card = own.getByRole('region', { name: 'Cambia e-mail' });
    await card.getByLabel('Nuovo indirizzo e-mail').fill(newEmail);
    await card.getByLabel('Password attuale').fill('not-my-password');
    await card.getByRole('button', { name: 'Manda il link di conferma' }).click();
    await expect(card.getByText('Non è la tua password attuale.')).toBeVisible();
    await card.getByLabel('Password attuale').fill(PASSWORD);
    await card.getByRole('button', { name: 'Manda il link di conferma' }).click();
    await expect(card.getByText(`Ti abbiamo mandato un link a ${newEmail}`)).toBeVisible();
    await expectNoSeriousAxeViolations(own);

    await page.goto('/outbox');
    const notice = page
      .getByRole('region', { name: 'Richiesta di cambio dell’indirizzo e-mail - Filiera' })
      .filter({ hasText: person.email });
    await expect(notice).toBeVisible();
    const mail = page
      .getByRole('region', { name: 'Conferma il tuo nuovo indirizzo e-mail - Filiera' })
      .filter({ hasText: newEmail });
    await mail.getByText('Mostra il testo').click();
    const link = await mail.getByRole('link', { name: /\/confirm-email\// }).getAttribute('href');

    await own.goto(link!);
    await expect(own.getByRole('heading', { level: 1, name: 'Conferma il nuovo indirizzo' })).toBeVisible();
    await expectNoSeriousAxeViolations(own);
    await own.getByRole('button', { name: 'Conferma il nuovo indirizzo' }).click();
    await expect(own.getByText(`Fatto: da ora accedi con ${newEmail}.`)).toBeVisible();
    await own.reload();
    await own.getByRole('button', { name: 'Conferma il nuovo indirizzo' }).click();
    await expect(own.getByRole('alert')).toContainText('già stato usato');
    await own.context().close();
  });

  test('an ADMIN changes a role, resets two-factor sign-in and sends an invitation again', async ({
    page,
    browser,
  }) => {
    const person = await newPerson(page, browser, 'FIRM');
    await enrolThroughApi(person.page);

    await page.goto('/users');
    const row = page.getByRole('row').filter({ hasText: person.email });
    await expect(row.getByRole('cell', { name: 'Attiva', exact: true })).toBeVisible();
    await row.getByRole('button', { name: `Gestisci ${person.name}` }).click();
    const panel = page.getByRole('region', { name: `Gestisci ${person.name}` });
    await expect(panel.getByRole('heading', { name: `Gestisci ${person.name}` })).toBeFocused();
    await panel.getByLabel('Ruolo').selectOption('CHAMBER');
    await panel.getByRole('button', { name: 'Cambia ruolo' }).click();
    await expect(panel.getByText(`Il ruolo di ${person.name} ora è: Camera di Commercio.`)).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Camera di Commercio' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await panel.getByRole('button', { name: 'Azzera la verifica in due passaggi' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Azzera la verifica in due passaggi' })
      .click();
    await expect(page.getByText(`Verifica in due passaggi di ${person.name} azzerata`)).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Non attiva' })).toBeVisible();
    // Their sessions ended: the open page goes to sign-in at its next action.
    await person.page.goto('/');
    await expect(person.page).toHaveURL(/\/sign-in/);

    const email = `di.nuovo.${Date.now()}@filiera.example`;
    await gql(
      page.request,
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`,
      {
        input: { email, role: 'CHAMBER', language: 'en' },
      },
    );
    await page.reload();
    const invitations = page.getByRole('region', { name: 'Inviti' });
    await invitations.getByRole('button', { name: `Invia di nuovo l’invito a ${email}` }).click();
    await expect(invitations.getByText(`Invito inviato di nuovo a ${email}`)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.goto('/outbox');
    await expect(
      page.getByRole('region', { name: 'Your invitation to Filiera' }).filter({ hasText: email }),
    ).toHaveCount(2);
    await person.page.context().close();
  });
});
