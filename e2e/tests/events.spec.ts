import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { fillDateTime } from '../support/date-field.js';
import { gql, storageStatePath } from '../support/users.js';

test.describe('a firm user registers people for an event', () => {
  test.use({ storageState: storageStatePath('FIRM') });

  test('gets the last seat, then the waiting list when the event is full', async ({ browser, page }) => {
    const staff = await browser.newContext({ storageState: storageStatePath('CONSULTANT') });
    const stamp = Date.now();
    const title = `Corso di orlatura ${stamp}`;
    const day = 86_400_000;
    const start = new Date(Date.now() + 3 * day);
    start.setHours(9, 0, 0, 0);
    const { createEvent } = await gql<{ createEvent: { id: string } }>(
      staff.request,
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          kind: 'TRAINING_COURSE',
          titleIt: title,
          titleEn: `Stitching course ${stamp}`,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 8 * 3_600_000).toISOString(),
          registrationDeadline: new Date(start.getTime() - day).toISOString(),
          place: 'Sede della rete, Segromigno in Monte',
          capacity: 1,
          language: 'IT',
          audience: 'MEMBERS',
        },
      },
    );
    await staff.close();

    // The month view shows the event on its day; its link leads to the card.
    await page.goto(
      `/events?view=month&month=${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Eventi e formazione' })).toBeVisible();
    await expect(page.getByRole('table').getByRole('link', { name: title })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Elenco' }).click();
    const card = page.getByRole('article', { name: title });
    await expect(card).toContainText('Posti occupati: 0 su 1');
    await expect(card.getByRole('link', { name: 'Aggiungi al calendario (.ics)' })).toHaveAttribute(
      'href',
      `/api/events/${createEvent.id}.ics`,
    );

    await card.getByRole('textbox', { name: 'Nome e cognome' }).fill('Anna Rossi');
    await card.getByRole('textbox', { name: 'E-mail' }).fill(`anna.${stamp}@impresa.example`);
    await card.getByRole('button', { name: 'Iscrivi' }).click();
    await expect(card.getByText('Anna Rossi è iscritto.')).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Persone iscritte' })).toBeVisible();
    await expect(card.getByRole('listitem').filter({ hasText: 'Anna Rossi' })).toContainText(
      'Anna Rossi (Calzaturificio Morvelli S.r.l.): Iscritto',
    );
    await expect(card).toContainText('Posti occupati: 1 su 1');
    await expect(card).toContainText('Posti esauriti: le nuove iscrizioni vanno in lista d’attesa.');

    await card.getByRole('textbox', { name: 'Nome e cognome' }).fill('Bruno Neri');
    await card.getByRole('textbox', { name: 'E-mail' }).fill(`bruno.${stamp}@impresa.example`);
    await card.getByRole('button', { name: 'Iscrivi' }).click();
    await expect(card.getByText('Bruno Neri è in lista d’attesa, posizione 1.')).toBeVisible();
    await expect(card.getByRole('listitem').filter({ hasText: 'Bruno Neri' })).toHaveText(
      /In lista d’attesa \(posizione 1\)/,
    );
    await expect(card).toContainText('1 persona in lista d’attesa');

    // Anna cancels: Bruno moves up to her seat.
    await card.getByRole('button', { name: 'Annulla l’iscrizione di Anna Rossi' }).click();
    // Asked first: "Annulla" keeps the registration, the named button cancels it.
    const question = page.getByRole('dialog', { name: 'Annullare l’iscrizione di Anna Rossi?' });
    await question.getByRole('button', { name: 'Annulla', exact: true }).click();
    await expect(question).toBeHidden();
    await expect(card.getByRole('listitem').filter({ hasText: 'Anna Rossi' })).toHaveCount(1);
    await card.getByRole('button', { name: 'Annulla l’iscrizione di Anna Rossi' }).click();
    await question.getByRole('button', { name: 'Annulla l’iscrizione', exact: true }).click();
    await expect(card.getByRole('listitem').filter({ hasText: 'Bruno Neri' })).toHaveText(/Iscritto/);
    await expect(card.getByRole('listitem').filter({ hasText: 'Anna Rossi' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);

    const ics = await page.request.get(`/api/events/${createEvent.id}.ics`);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });
});

/** A members' meeting in four days, 17:30–19:30, with 10 seats, created through the API; its id and title. */
async function createMeeting(page: Page, titleStart: string) {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
  const title = `${titleStart} ${stamp}`;
  const day = 86_400_000;
  const start = new Date(Date.now() + 4 * day);
  start.setHours(17, 30, 0, 0);
  const { createEvent } = await gql<{ createEvent: { id: string } }>(
    page.request,
    `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
    {
      input: {
        kind: 'NETWORKING_MEETING',
        titleIt: title,
        titleEn: `Supply chain meeting ${stamp}`,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
        registrationDeadline: new Date(start.getTime() - day).toISOString(),
        place: 'Palazzo comunale, Capannori',
        capacity: 10,
        language: 'IT',
        audience: 'MEMBERS',
      },
    },
  );
  return { id: createEvent.id, title, stamp };
}

test.describe('a consultant edits an event', () => {
  // The browser says American English; the page is Italian and its dates read and take dd/mm/yyyy hh:mm.
  test.use({ storageState: storageStatePath('CONSULTANT'), locale: 'en-US' });

  test('changes its title and seats, and sees a bad end date refused next to the field', async ({ page }) => {
    const { title, stamp } = await createMeeting(page, 'Incontro di filiera');

    await page.goto('/events?view=list');
    const card = page.getByRole('article', { name: title });
    await expect(card).toContainText('Posti occupati: 0 su 10');
    await card.getByText('Modifica l’evento').click();
    const newTitle = `Tavolo di filiera ${stamp}`;
    await card.getByRole('textbox', { name: 'Titolo in italiano' }).fill(newTitle);
    await card.getByRole('spinbutton', { name: 'Posti' }).fill('25');
    // An end before the start is refused by the API and said next to the field; nothing is saved.
    const end = card.getByRole('group', { name: 'Fine', exact: true });
    // The time sits in bidirectional isolates (U+2066 … U+2069), as React Aria writes it.
    await expect(end).toHaveText(/^\d\d\/\d\d\/\d{4}, \u206619:30\u2069$/);
    const endBefore = await end.textContent();
    await fillDateTime(end, '2020-01-01T10:00');
    await expect(end).toHaveText('01/01/2020, \u206610:00\u2069');
    await card.getByRole('button', { name: 'Salva le modifiche' }).click();
    await expect(end).toHaveAccessibleDescription(/La fine è prima dell’inizio\./);
    await expect(end.getByRole('spinbutton').first()).toBeFocused();
    await expect(page.getByRole('article', { name: title })).toContainText('Posti occupati: 0 su 10');
    await expectNoSeriousAxeViolations(page);

    // The end typed back as it was: saved.
    const [day, month, year] = (endBefore ?? '').split(/[/,]/);
    await fillDateTime(end, `${year}-${month}-${day}T19:30`);
    await expect(end).toHaveText(endBefore ?? '');
    await card.getByRole('button', { name: 'Salva le modifiche' }).click();
    const edited = page.getByRole('article', { name: newTitle });
    await expect(edited.getByText('Modifiche salvate.')).toBeVisible();
    await expect(edited).toContainText('Posti occupati: 0 su 25');
  });

  test('reapplies the seats on the new version after someone else saved first', async ({ page }) => {
    const { id, title } = await createMeeting(page, 'Tavolo di filiera');
    await page.goto('/events?view=list');
    const card = page.getByRole('article', { name: title });
    await card.getByText('Modifica l’evento').click();

    // Someone else changes the place meanwhile; this person's change of seats meets a CONFLICT.
    const { event } = await gql<{ event: { version: number } }>(
      page.request,
      `query ($id: ID!) { event(id: $id) { version } }`,
      { id },
    );
    await gql(page.request, `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`, {
      input: { id, version: event.version, place: 'Villa Reale di Marlia', capacity: 30 },
    });
    await card.getByRole('spinbutton', { name: 'Posti' }).fill('40');
    await card.getByRole('button', { name: 'Salva le modifiche' }).click();
    const conflict = card.getByRole('alert').filter({ hasText: 'Qualcun altro ha modificato l’evento' });
    await expect(conflict).toBeFocused();
    await expect(conflict.getByRole('row', { name: /Posti/ })).toContainText('30');
    await expect(conflict.getByRole('row', { name: /Posti/ })).toContainText('40');
    await expectNoSeriousAxeViolations(page);
    await conflict.getByRole('button', { name: 'Riapplica le mie modifiche sulla nuova versione' }).click();
    await expect(card.getByRole('textbox', { name: 'Luogo' })).toHaveValue('Villa Reale di Marlia');
    await card.getByRole('button', { name: 'Salva le modifiche' }).click();
    await expect(card.getByText('Modifiche salvate.')).toBeVisible();
    await expect(card).toContainText('Posti occupati: 0 su 40');
    await expect(card).toContainText('Villa Reale di Marlia');
  });
});
