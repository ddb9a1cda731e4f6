import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFirm, createUser, TEST_PASSWORD } from '../../test/factories.js';
import { freshDatabase, startTestApi, type TestApi } from '../../test/harness.js';
import { DEMO_FIRM_ID } from './district.js';
import { DEMO_USERS } from './demo-users.js';
import { DEMO_EVENT_IDS, SEED_EVENTS, seedEvents } from './events.js';

interface SeenEvent {
  id: string;
  kind: string;
  titleIt: string;
  audience: string;
  capacity: number;
  confirmedCount: number;
  waitlistCount: number;
  registrationOpen: boolean;
  viewerCanRegister: boolean;
  registrations: { personName: string; status: string; waitlistPosition: number | null }[] | null;
}
const EVENTS = `{ events(first: 100) { totalCount edges { node {
  id kind titleIt audience capacity confirmedCount waitlistCount registrationOpen viewerCanRegister
  registrations { personName status waitlistPosition }
} } } }`;

let api: TestApi;
let firmCookie: string;
beforeAll(async () => {
  api = await startTestApi();
  await createFirm(api.ds, { id: DEMO_FIRM_ID, email: 'info@morvelli.example' });
  for (let i = 0; i < 12; i++) await createFirm(api.ds);
  for (const u of DEMO_USERS) {
    await createUser(api.ds, u.role, { id: u.id, email: u.email, firmId: u.firmId });
  }
  await seedEvents(api.ds);
  firmCookie = await api.signIn(DEMO_USERS.find((u) => u.role === 'FIRM')!.email, TEST_PASSWORD);
});
afterAll(async () => {
  await api.close();
});

describe('the demo events', () => {
  it('give the demo firm a calendar of every kind: its people, a full course with a waiting list, a closed mission', async () => {
    const res = await api.gql<{ events: { totalCount: number; edges: { node: SeenEvent }[] } }>(
      EVENTS,
      {},
      { cookie: firmCookie },
    );
    expect(res.body.errors).toBeUndefined();
    const events = res.body.data!.events.edges.map((e) => e.node);
    expect(res.body.data!.events.totalCount).toBe(SEED_EVENTS.length);
    expect(new Set(events.map((e) => e.kind))).toEqual(
      new Set(['TRADE_FAIR', 'TRAINING_COURSE', 'NETWORKING_MEETING', 'BUYER_MISSION', 'WEBINAR']),
    );
    const byId = (id: string) => events.find((e) => e.id === id)!;

    const course = byId(DEMO_EVENT_IDS.leatherCourse);
    expect(course).toMatchObject({
      capacity: 12,
      confirmedCount: 12,
      waitlistCount: 3,
      registrationOpen: true,
    });
    // The firm user sees only its own people: one with a seat, one first on the waiting list.
    expect(course.registrations?.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ['CONFIRMED', null],
      ['WAITLISTED', 1],
    ]);

    const micam = byId(DEMO_EVENT_IDS.micam);
    expect(micam.titleIt).toContain('MICAM Milano');
    expect(micam.capacity - micam.confirmedCount).toBe(2);
    expect(micam.registrations).toHaveLength(2);

    const mission = byId(DEMO_EVENT_IDS.buyerMission);
    expect(mission).toMatchObject({ registrationOpen: false, viewerCanRegister: false });
    expect(byId(DEMO_EVENT_IDS.townHallMeeting).titleIt).toContain('Capannori');
  });

  it('show the public ones, still to come, in the showcase', async () => {
    const res = await api.gql<{ publicEvents: { edges: { node: { id: string } }[] } }>(
      `{ publicEvents(first: 20) { edges { node { id } } } }`,
    );
    expect(res.body.data!.publicEvents.edges.map((e) => e.node.id).sort()).toEqual(
      [DEMO_EVENT_IDS.micam, DEMO_EVENT_IDS.buyerMission, DEMO_EVENT_IDS.webinar].sort(),
    );
  });

  it('are dated from the seed day in Rome time', async () => {
    const db = await freshDatabase();
    try {
      await createFirm(db.ds, { id: DEMO_FIRM_ID });
      for (const u of DEMO_USERS) {
        await createUser(db.ds, u.role, { id: u.id, email: u.email, firmId: u.firmId });
      }
      // 23:30 UTC on 24 November is already the 25th in Rome.
      await seedEvents(db.ds, new Date('2026-11-24T23:30:00Z'));
      const [course] = await db.ds.query(`SELECT starts_at, registration_deadline FROM event WHERE id = $1`, [
        DEMO_EVENT_IDS.leatherCourse,
      ]);
      // 12 days later at 09:00 in Rome (CET, UTC+1); the deadline 9 days later at noon.
      expect(course.starts_at.toISOString()).toBe('2026-12-07T08:00:00.000Z');
      expect(course.registration_deadline.toISOString()).toBe('2026-12-04T11:00:00.000Z');
    } finally {
      await db.drop();
    }
  });
});
