import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
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
    await expect(card.getByRole('listitem').filter({ hasText: 'Bruno Neri' })).toHaveText(/Iscritto/);
    await expect(card.getByRole('listitem').filter({ hasText: 'Anna Rossi' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);

    const ics = await page.request.get(`/api/events/${createEvent.id}.ics`);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });
});
