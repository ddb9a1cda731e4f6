import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { addFirm, partitaIva } from '../support/firm-data.js';
import { DEMO, gql, storageStatePath } from '../support/users.js';

const PASSWORD = 'Le colline di Segromigno in autunno 2029';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface Candidate {
  id: string;
  name: string;
  pecHint: string | null;
}

/**
 * A firm of the test's own (an uppers or a sole maker: not a shoe factory, whose count other tests read),
 * with or without a PEC address and nobody on Filiera yet, as the claim page lists it: claiming it leaves
 * the demo firms as they are.
 */
async function unclaimedFirm(
  request: APIRequestContext,
  kind: 'PROCESSING' | 'COMPONENTS',
  withPec: boolean,
): Promise<Candidate> {
  const word = `Rivendica${Date.now().toString(36)}`;
  const name = `${kind === 'PROCESSING' ? 'Tomaificio' : 'Suolificio'} ${word} S.r.l.`;
  const pec = withPec ? { pec: `${word.toLowerCase()}@pec.example` } : {};
  await addFirm(request, name, partitaIva(), { kind, ...pec });
  const { claimableFirms } = await gql<{ claimableFirms: Candidate[] }>(
    request,
    `query ($search: String!) { claimableFirms(search: $search) { id name pecHint } }`,
    { search: word },
  );
  const firm = claimableFirms.find((f) => f.name === name);
  if (!firm) throw new Error(`${name} is not claimable`);
  return firm;
}

/** The newest outbox mail whose subject contains `subject`, as the ADMIN reads it. */
async function outboxMail(request: APIRequestContext, subject: string, to?: string): Promise<string> {
  await expect
    .poll(async () => (await mails(request)).some((m) => m.subject.includes(subject) && (!to || m.to === to)))
    .toBe(true);
  return (await mails(request)).find((m) => m.subject.includes(subject) && (!to || m.to === to))!.text;
}

const mails = async (request: APIRequestContext) =>
  (
    await gql<{ outbox: { edges: { node: { to: string; subject: string; text: string } }[] } }>(
      request,
      `{ outbox(first: 50) { edges { node { to subject text } } } }`,
    )
  ).outbox.edges.map((e) => e.node);

async function askToClaim(visitor: Page, firm: Candidate, email: string) {
  await visitor.getByLabel('Nome o Partita IVA').fill(firm.name);
  await visitor.getByRole('button', { name: 'Cerca' }).click();
  await visitor.getByRole('button', { name: `Scegli ${firm.name}`, exact: true }).click();
  await expect(visitor.getByRole('heading', { name: `Chiedi di gestire ${firm.name}` })).toBeVisible();
  await visitor.getByLabel('Nome e cognome').fill('Chiara Bertolucci');
  await visitor.getByLabel('Ruolo nell’impresa').fill('Amministratrice');
  await visitor.getByLabel('La tua e-mail').fill(email);
}

test.describe('a person claims their firm', () => {
  test.use({ storageState: storageStatePath('ADMIN') });
  test.slow();

  test('by the code sent to the firm’s PEC, read from the outbox, and lands on its dashboard', async ({
    page,
    browser,
  }) => {
    const firm = await unclaimedFirm(page.request, 'PROCESSING', true);
    const email = `chiara.${Date.now()}@filiera.example`;
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const visitor = await context.newPage();

    await visitor.goto('/showcase');
    const entry = visitor.getByRole('region', { name: 'La tua impresa è qui?' });
    await entry.getByRole('link', { name: 'Cerca la tua impresa' }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: 'La tua impresa è qui?' })).toBeVisible();
    await expectNoSeriousAxeViolations(visitor);
    await askToClaim(visitor, firm, email);
    await expect(visitor.getByLabel('Come provi che lavori per l’impresa?')).toHaveValue('PEC');
    await expectNoSeriousAxeViolations(visitor);
    await visitor.getByRole('button', { name: 'Invia la richiesta' }).click();
    await expect(visitor.getByText(`alla PEC ${firm.pecHint}`)).toBeVisible();
    await expectNoSeriousAxeViolations(visitor);

    const text = await outboxMail(page.request, `Codice di verifica per ${firm.name}`);
    const code = /codice di verifica è: (\d{6})/.exec(text)![1]!;
    await visitor.getByLabel('Codice ricevuto alla PEC').fill(code);
    await visitor.getByRole('button', { name: 'Verifica il codice' }).click();
    await expect(visitor.getByText(`Richiesta approvata. Ti abbiamo scritto a ${email}`)).toBeVisible();

    const welcome = await outboxMail(
      page.request,
      `La tua richiesta per ${firm.name} è stata approvata`,
      email,
    );
    await visitor.goto(/https?:\/\/\S+\/invitation\/\S+/.exec(welcome)![0]);
    await visitor.getByLabel('Nome e cognome').fill('Chiara Bertolucci');
    await visitor.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await visitor.getByLabel('Conferma password').fill(PASSWORD);
    await visitor.getByRole('button', { name: 'Attiva account' }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: DEMO.FIRM.dashboard })).toBeVisible();
    const people = visitor.getByRole('region', { name: 'Le persone dell’impresa' });
    await expect(people.getByText('gestisce l’impresa')).toBeVisible();
    await expectNoSeriousAxeViolations(visitor);
    await context.close();
  });

  test('by a document a consultant reviews, in English', async ({ page, browser }) => {
    const firm = await unclaimedFirm(page.request, 'COMPONENTS', false);
    const email = `doc.${Date.now()}@filiera.example`;
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const visitor = await context.newPage();
    await visitor.goto('/sign-in');
    await visitor.getByRole('region', { name: 'La tua impresa è qui?' }).getByRole('link').click();
    await askToClaim(visitor, firm, email);
    await expect(visitor.getByText('Il registro non ha una PEC di questa impresa')).toBeVisible();
    await visitor.getByRole('button', { name: 'Invia la richiesta' }).click();

    await visitor.getByRole('button', { name: 'English' }).click();
    await expect(visitor.getByRole('heading', { level: 2, name: 'Send a document' })).toBeVisible();
    await expectNoSeriousAxeViolations(visitor);
    await visitor.getByLabel('Document', { exact: true }).selectOption('DELEGA');
    await visitor
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'delega.png', mimeType: 'image/png', buffer: PNG });
    await visitor.getByRole('button', { name: 'Send the document' }).click();
    await expect(
      visitor.getByText(`Document received. A consultant will review it and write to you at ${email}.`),
    ).toBeVisible();
    // The language chosen stays for the next page.
    await visitor.goto('/claim');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Is your firm here?' })).toBeVisible();
    await expectNoSeriousAxeViolations(visitor);
    await context.close();

    // The review queue is reached from the directory, beside adding and merging firms.
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Imprese' })
      .click();
    await page.getByRole('link', { name: 'Richieste delle imprese' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Richieste delle imprese' })).toBeVisible();
    const item = page.getByRole('listitem').filter({ hasText: email });
    await expect(item.getByRole('link', { name: 'Scarica Delega di Chiara Bertolucci' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Firm claims' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await item.getByRole('button', { name: 'Reject Chiara Bertolucci’s claim' }).click();
    await item.getByLabel('Why it is rejected').fill('The proxy is not signed');
    await item.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(page.getByText('Chiara Bertolucci’s claim rejected.')).toBeVisible();
    await page.getByRole('button', { name: 'Italiano' }).click();
    const rejection = await outboxMail(
      page.request,
      `La tua richiesta per ${firm.name} non è stata accolta`,
      email,
    );
    expect(rejection).toContain('Motivo: The proxy is not signed');
  });
});

test.describe('the firm’s people', () => {
  test.use({ storageState: storageStatePath('FIRM') });

  test('the manager sees the people card and its invitation form, in Italian and English', async ({
    page,
  }) => {
    await page.goto('/');
    const people = page.getByRole('region', { name: 'Le persone dell’impresa' });
    await expect(people.getByRole('button', { name: 'Invia l’invito' })).toBeVisible();
    await expect(people.getByText('gestisce l’impresa')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('region', { name: 'The firm’s people' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Italiano' }).click();
  });
});
