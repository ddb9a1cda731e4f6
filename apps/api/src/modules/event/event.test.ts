import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, buildUser } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { auditActions } from '../../test/audit.js';

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id version capacity } }`;
const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { id version capacity } }`;
const REGISTER = `mutation ($input: RegisterForEventInput!) {
  registerForEvent(input: $input) { id version status waitlistPosition }
}`;
const CANCEL = `mutation ($id: ID!, $version: Int!) { cancelEventRegistration(id: $id, version: $version) { status } }`;
const EVENT = `query ($id: ID!) { event(id: $id) {
  confirmedCount waitlistCount registrations { personName status waitlistPosition firm { id } }
} }`;

type Err = { extensions: { code: string; fields?: { field: string; reason: string }[] } };
type Registered = {
  registerForEvent: { id: string; version: number; status: string; waitlistPosition: number | null };
};
const code = (body: { errors?: unknown }) => (body.errors as Err[] | undefined)?.[0]?.extensions.code;
const fieldsOf = (body: { errors?: unknown }) => (body.errors as Err[] | undefined)?.[0]?.extensions.fields;

let api: TestApi;
let consultant: string;
let firmA: { cookie: string; firmId: string };
let firmB: { cookie: string; firmId: string };
beforeAll(async () => {
  api = await startTestApi();
  consultant = await api.signIn((await buildUser(api.ds, 'CONSULTANT')).email, TEST_PASSWORD);
  const a = await buildUser(api.ds, 'FIRM');
  const b = await buildUser(api.ds, 'FIRM');
  firmA = { cookie: await api.signIn(a.email, TEST_PASSWORD), firmId: a.firmId! };
  firmB = { cookie: await api.signIn(b.email, TEST_PASSWORD), firmId: b.firmId! };
});
afterAll(async () => {
  await api.close();
});

const day = 86_400_000;
const eventInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'TRAINING_COURSE',
  titleIt: 'Corso di modellistica; livello 1, con laboratorio',
  titleEn: 'Pattern making course; level 1, with workshop',
  descriptionIt: 'Due giornate in aula.\nPortare il proprio cartamodello.',
  startsAt: new Date(Date.now() + 10 * day).toISOString(),
  endsAt: new Date(Date.now() + 11 * day).toISOString(),
  place: 'Sala consiliare, Capannori (LU)',
  capacity: 1,
  language: 'IT',
  audience: 'PUBLIC',
  registrationDeadline: new Date(Date.now() + 9 * day).toISOString(),
  ...overrides,
});

async function newEvent(overrides: Record<string, unknown> = {}) {
  const res = await api.gql<{ createEvent: { id: string; version: number } }>(
    CREATE,
    { input: eventInput(overrides) },
    { cookie: consultant },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createEvent;
}

const register = (who: { cookie: string }, eventId: string, name: string) =>
  api.gql<Registered>(
    REGISTER,
    {
      input: {
        eventId,
        personName: name,
        personEmail: `${name.toLowerCase().replace(/\W/g, '.')}@firm.example`,
      },
    },
    { cookie: who.cookie },
  );

describe('events', () => {
  it('are created by staff only, with dates checked', async () => {
    const refused = await api.gql(CREATE, { input: eventInput() }, { cookie: firmA.cookie });
    expect(code(refused.body)).toBe('FORBIDDEN');
    const bad = await api.gql(
      CREATE,
      { input: eventInput({ endsAt: new Date(Date.now() + day).toISOString(), capacity: 0 }) },
      { cookie: consultant },
    );
    expect(fieldsOf(bad.body)!.map((f) => f.field)).toEqual(['capacity']);
    const backwards = await api.gql(
      CREATE,
      { input: eventInput({ endsAt: new Date(Date.now() + day).toISOString() }) },
      { cookie: consultant },
    );
    expect(fieldsOf(backwards.body)!.map((f) => f.field)).toEqual(['endsAt', 'registrationDeadline']);
  });

  it('never overbook: two registrations for the last seat at once give one seat and one waiting place', async () => {
    const event = await newEvent({ capacity: 1 });
    const [a, b] = await Promise.all([
      register(firmA, event.id, 'Anna Rossi'),
      register(firmB, event.id, 'Bruno Neri'),
    ]);
    const statuses = [a.body.data!.registerForEvent.status, b.body.data!.registerForEvent.status].sort();
    expect(statuses).toEqual(['CONFIRMED', 'WAITLISTED']);
    const seen = await api.gql<{ event: { confirmedCount: number; waitlistCount: number } }>(
      EVENT,
      { id: event.id },
      { cookie: consultant },
    );
    expect(seen.body.data!.event).toMatchObject({ confirmedCount: 1, waitlistCount: 1 });
  });

  it('hold a stress of simultaneous registrations to the capacity', async () => {
    const event = await newEvent({ capacity: 3 });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => register(i % 2 ? firmA : firmB, event.id, `Persona ${i}`)),
    );
    const statuses = results.map((r) => r.body.data!.registerForEvent.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(5);
  });

  it('move the waiting list up in order when a seat is cancelled, and show a firm only its people', async () => {
    const event = await newEvent({ capacity: 1 });
    const seat = (await register(firmA, event.id, 'Anna Rossi')).body.data!.registerForEvent;
    const first = (await register(firmB, event.id, 'Bruno Neri')).body.data!.registerForEvent;
    const second = (await register(firmA, event.id, 'Carla Bianchi')).body.data!.registerForEvent;
    expect([seat.status, first.waitlistPosition, second.waitlistPosition]).toEqual(['CONFIRMED', 1, 2]);

    // Another firm cannot cancel it.
    const foreign = await api.gql(CANCEL, { id: seat.id, version: seat.version }, { cookie: firmB.cookie });
    expect(code(foreign.body)).toBe('NOT_FOUND');
    const cancelled = await api.gql(CANCEL, { id: seat.id, version: seat.version }, { cookie: firmA.cookie });
    expect(cancelled.body.data).toEqual({ cancelEventRegistration: { status: 'CANCELLED' } });

    type Seen = {
      event: { registrations: { personName: string; status: string; waitlistPosition: number | null }[] };
    };
    const forB = await api.gql<Seen>(EVENT, { id: event.id }, { cookie: firmB.cookie });
    expect(forB.body.data!.event.registrations).toEqual([
      { personName: 'Bruno Neri', status: 'CONFIRMED', waitlistPosition: null, firm: { id: firmB.firmId } },
    ]);
    const forA = await api.gql<Seen>(EVENT, { id: event.id }, { cookie: firmA.cookie });
    expect(forA.body.data!.event.registrations).toEqual([
      { personName: 'Carla Bianchi', status: 'WAITLISTED', waitlistPosition: 1, firm: { id: firmA.firmId } },
    ]);

    expect(await auditActions(api.ds, first.id)).toEqual(['EVENT_REGISTERED', 'EVENT_REGISTRATION_PROMOTED']);
  });

  it('close registrations at the deadline and refuse the same person twice', async () => {
    const closed = await newEvent({
      registrationDeadline: new Date(Date.now() - 1000).toISOString(),
      startsAt: new Date(Date.now() - 2000).toISOString(),
    });
    const late = await register(firmA, closed.id, 'Anna Rossi');
    expect(fieldsOf(late.body)).toEqual([
      expect.objectContaining({ field: 'eventId', reason: 'registration_closed' }),
    ]);
    const open = await newEvent({ capacity: 5 });
    await register(firmA, open.id, 'Anna Rossi');
    const twice = await register(firmA, open.id, 'Anna Rossi');
    expect(fieldsOf(twice.body)?.[0]?.field).toBe('personEmail');
  });

  it('refuse registrations from staff, and edits from firms; stale edits are a CONFLICT', async () => {
    const event = await newEvent();
    expect(code((await register({ cookie: consultant }, event.id, 'Staff Person')).body)).toBe('FORBIDDEN');
    const byFirm = await api.gql(
      UPDATE,
      { input: { id: event.id, version: 1, capacity: 5 } },
      { cookie: firmA.cookie },
    );
    expect(code(byFirm.body)).toBe('FORBIDDEN');
    const ok = await api.gql(
      UPDATE,
      { input: { id: event.id, version: 1, capacity: 5 } },
      { cookie: consultant },
    );
    expect(ok.body.data).toEqual({ updateEvent: { id: event.id, version: 2, capacity: 5 } });
    const stale = await api.gql(
      UPDATE,
      { input: { id: event.id, version: 1, capacity: 6 } },
      { cookie: consultant },
    );
    expect(code(stale.body)).toBe('CONFLICT');
  });

  it('refuse fewer seats than people holding one, and give new seats to the waiting list', async () => {
    const event = await newEvent({ capacity: 2 });
    for (const name of ['Ada Uno', 'Bea Due', 'Cleo Tre']) {
      expect((await register(firmA, event.id, name)).body.errors).toBeUndefined();
    }
    const tooFew = await api.gql(
      UPDATE,
      { input: { id: event.id, version: 1, capacity: 1 } },
      { cookie: consultant },
    );
    expect(fieldsOf(tooFew.body)).toEqual([
      expect.objectContaining({ field: 'capacity', reason: 'below_confirmed' }),
    ]);
    const more = await api.gql(
      UPDATE,
      { input: { id: event.id, version: 1, capacity: 3 } },
      { cookie: consultant },
    );
    expect(more.body.data).toEqual({ updateEvent: { id: event.id, version: 2, capacity: 3 } });
    const seen = await api.gql<{ event: { confirmedCount: number; waitlistCount: number } }>(
      EVENT,
      { id: event.id },
      { cookie: consultant },
    );
    expect(seen.body.data!.event).toMatchObject({ confirmedCount: 3, waitlistCount: 0 });
  });

  it('show public events anonymously, members-only ones not at all', async () => {
    const pub = await newEvent({ audience: 'PUBLIC' });
    const members = await newEvent({ audience: 'MEMBERS' });
    const res = await api.gql<{ publicEvents: { edges: { node: { id: string; registrations: null } }[] } }>(
      `{ publicEvents(first: 100) { edges { node { id registrations { id } } } } }`,
    );
    const ids = res.body.data!.publicEvents.edges.map((e) => e.node.id);
    expect(ids).toContain(pub.id);
    expect(ids).not.toContain(members.id);
    expect(res.body.data!.publicEvents.edges[0]!.node.registrations).toBeNull();
    expect(code((await api.gql(EVENT, { id: pub.id })).body)).toBe('UNAUTHENTICATED');
  });
});

describe('iCalendar export', () => {
  /** Unfolds and checks RFC 5545's structure; returns the content lines. */
  function parseIcs(text: string): string[] {
    expect(text.endsWith('\r\n')).toBe(true);
    const physical = text.slice(0, -2).split('\r\n');
    for (const line of physical) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    const lines: string[] = [];
    for (const line of physical) {
      if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
      else lines.push(line);
    }
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    return lines;
  }

  it('exports one event with UID, DTSTAMP, DTSTART, escaped and folded text', async () => {
    const long = 'Laboratorio di orlatura à mano — '.repeat(6).trim();
    const event = await newEvent({ titleIt: long, audience: 'MEMBERS' });
    const anonymous = await fetch(`${api.url}/api/events/${event.id}.ics`);
    expect(anonymous.status).toBe(404);

    const res = await fetch(`${api.url}/api/events/${event.id}.ics`, { headers: { cookie: firmA.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const raw = await res.text();
    expect(raw.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
    const lines = parseIcs(raw);
    const vevent = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
    expect(vevent.find((l) => l.startsWith('UID:'))).toMatch(new RegExp(`^UID:${event.id}@`));
    expect(vevent.find((l) => l.startsWith('DTSTAMP:'))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(vevent.find((l) => l.startsWith('DTSTART:'))).toMatch(/^DTSTART:\d{8}T\d{6}Z$/);
    expect(vevent).toContain(`SUMMARY:${long.replace(/,/g, '\\,')}`);
    expect(vevent).toContain('LOCATION:Sala consiliare\\, Capannori (LU)');
    expect(vevent).toContain('DESCRIPTION:Due giornate in aula.\\nPortare il proprio cartamodello.');
  });

  it('exports the calendar: public events only for anonymous visitors', async () => {
    const pub = await newEvent({ audience: 'PUBLIC', titleEn: 'Buyers; welcome' });
    const members = await newEvent({ audience: 'MEMBERS' });
    const lines = parseIcs(await (await fetch(`${api.url}/api/events.ics?lang=en`)).text());
    expect(lines.some((l) => l.startsWith(`UID:${pub.id}@`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`UID:${members.id}@`))).toBe(false);
    expect(lines).toContain('SUMMARY:Buyers\\; welcome');
    const all = parseIcs(
      await (await fetch(`${api.url}/api/events.ics`, { headers: { cookie: consultant } })).text(),
    );
    expect(all.some((l) => l.startsWith(`UID:${members.id}@`))).toBe(true);
  });
});
