import type { EventAudience, EventKind, EventLanguage } from '@filiera/shared';
import { romeToday } from '../../common/dates.js';
import { DEMO_FIRM_ID } from './district.js';
import { DEMO_USERS } from './demo-users.js';
import type { SqlRunner } from './insert-district.js';

const CONSULTANT_ID = DEMO_USERS.find((u) => u.role === 'CONSULTANT')!.id;

/** Fixed ids: e7e0… for events, e7e1… for registrations. */
const eventId = (n: number) => `e7e00000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const registrationId = (event: number, n: number) =>
  `e7e10000-0000-4000-8${String(event).padStart(3, '0')}-${String(n).padStart(12, '0')}`;

export const DEMO_EVENT_IDS = {
  micam: eventId(1),
  leatherCourse: eventId(2),
  townHallMeeting: eventId(3),
  buyerMission: eventId(4),
  webinar: eventId(5),
  pastWorkshop: eventId(6),
} as const;

interface SeedEvent {
  id: string;
  kind: EventKind;
  titleIt: string;
  titleEn: string;
  descriptionIt: string;
  descriptionEn: string;
  /** Days from the seed's day (Europe/Rome), and local times of day. */
  startDay: number;
  startTime: string;
  endDay: number;
  endTime: string;
  deadlineDay: number;
  deadlineTime: string;
  place: string;
  capacity: number;
  language: EventLanguage;
  audience: EventAudience;
  /** Seats taken and waiting list, in order; the demo firm's people come first where it has some. */
  confirmed: number;
  waitlisted: number;
  demoFirm: { confirmed: number; waitlisted: number };
}

/**
 * The calendar of the demo: one event of each kind plus a past one, dated from the day of the seed so
 * the calendar always has something coming. Some are public (the showcase lists them), the training
 * course is full with a waiting list, the MICAM trip almost full, and the buyer mission's registrations
 * have already closed.
 */
export const SEED_EVENTS: readonly SeedEvent[] = [
  {
    id: DEMO_EVENT_IDS.micam,
    kind: 'TRADE_FAIR',
    titleIt: 'MICAM Milano: viaggio buyer e stand collettivo della rete',
    titleEn: 'MICAM Milano: buyer trip and the network’s joint stand',
    descriptionIt:
      'Pullman da Capannori a Fiera Milano Rho, stand comune delle imprese della rete e agenda di incontri con buyer esteri.',
    descriptionEn:
      'Coach from Capannori to Fiera Milano Rho, the network’s joint stand and a schedule of meetings with foreign buyers.',
    startDay: 40,
    startTime: '06:30',
    endDay: 41,
    endTime: '20:00',
    deadlineDay: 26,
    deadlineTime: '18:00',
    place: 'Fiera Milano, Rho (MI)',
    capacity: 20,
    language: 'IT',
    audience: 'PUBLIC',
    confirmed: 18,
    waitlisted: 0,
    demoFirm: { confirmed: 2, waitlisted: 0 },
  },
  {
    id: DEMO_EVENT_IDS.leatherCourse,
    kind: 'TRAINING_COURSE',
    titleIt: 'Corso: pellami sostenibili e certificazione Leather Working Group',
    titleEn: 'Course: sustainable leather and Leather Working Group certification',
    descriptionIt:
      'Due mezze giornate su concia al vegetale e a basso impatto, tracciabilità delle pelli e requisiti dell’audit LWG, con un conciatore del comprensorio di Santa Croce.',
    descriptionEn:
      'Two half days on vegetable and low-impact tanning, hide traceability and the LWG audit, with a tanner from the Santa Croce district.',
    startDay: 12,
    startTime: '09:00',
    endDay: 12,
    endTime: '13:00',
    deadlineDay: 9,
    deadlineTime: '12:00',
    place: 'Sede della rete, via di Tiglio 12, Segromigno in Monte',
    capacity: 12,
    language: 'IT',
    audience: 'MEMBERS',
    confirmed: 12,
    waitlisted: 3,
    demoFirm: { confirmed: 1, waitlisted: 1 },
  },
  {
    id: DEMO_EVENT_IDS.townHallMeeting,
    kind: 'NETWORKING_MEETING',
    titleIt: 'Incontro di rete al Palazzo comunale di Capannori',
    titleEn: 'Network meeting at the Capannori town hall',
    descriptionIt:
      'Calzaturifici, lavorazioni e componentistica a confronto su capacità produttive libere e calendario delle consegne di primavera.',
    descriptionEn:
      'Shoe factories, processing firms and component makers compare free capacity and the spring delivery schedule.',
    startDay: 7,
    startTime: '17:30',
    endDay: 7,
    endTime: '19:30',
    deadlineDay: 6,
    deadlineTime: '18:00',
    place: 'Palazzo comunale, piazza Aldo Moro 1, Capannori (LU)',
    capacity: 80,
    language: 'IT',
    audience: 'MEMBERS',
    confirmed: 14,
    waitlisted: 0,
    demoFirm: { confirmed: 1, waitlisted: 0 },
  },
  {
    id: DEMO_EVENT_IDS.buyerMission,
    kind: 'BUYER_MISSION',
    titleIt: 'Missione buyer dalla Germania e dal Giappone nel distretto',
    titleEn: 'Buyers from Germany and Japan visit the district',
    descriptionIt:
      'Otto buyer visitano i calzaturifici della rete: incontri B2B al mattino, visite ai reparti di orlatura e montaggio nel pomeriggio.',
    descriptionEn:
      'Eight buyers visit the network’s shoe factories: B2B meetings in the morning, visits to stitching and lasting floors in the afternoon.',
    startDay: 5,
    startTime: '09:30',
    endDay: 6,
    endTime: '17:00',
    deadlineDay: -2,
    deadlineTime: '12:00',
    place: 'Villa Reale di Marlia, Capannori (LU)',
    capacity: 15,
    language: 'EN',
    audience: 'PUBLIC',
    confirmed: 9,
    waitlisted: 0,
    demoFirm: { confirmed: 1, waitlisted: 0 },
  },
  {
    id: DEMO_EVENT_IDS.webinar,
    kind: 'WEBINAR',
    titleIt: 'Webinar: vendere la calzatura made in Italy ai buyer statunitensi',
    titleEn: 'Webinar: selling made-in-Italy footwear to US buyers',
    descriptionIt:
      'In inglese: dazi, etichettatura, campionari e condizioni di pagamento con un agente di New York.',
    descriptionEn: 'Duties, labelling, sample collections and payment terms, with a New York sales agent.',
    startDay: 20,
    startTime: '16:00',
    endDay: 20,
    endTime: '17:30',
    deadlineDay: 20,
    deadlineTime: '12:00',
    place: 'Online (il link arriva agli iscritti)',
    capacity: 200,
    language: 'EN',
    audience: 'PUBLIC',
    confirmed: 23,
    waitlisted: 0,
    demoFirm: { confirmed: 0, waitlisted: 0 },
  },
  {
    id: DEMO_EVENT_IDS.pastWorkshop,
    kind: 'TRAINING_COURSE',
    titleIt: 'Laboratorio: il passaporto digitale del prodotto',
    titleEn: 'Workshop: the digital product passport',
    descriptionIt: 'Cosa chiede il regolamento europeo ecodesign e come prepararsi lungo la filiera.',
    descriptionEn: 'What the EU ecodesign regulation asks for and how the supply chain can prepare.',
    startDay: -21,
    startTime: '14:30',
    endDay: -21,
    endTime: '18:00',
    deadlineDay: -23,
    deadlineTime: '18:00',
    place: 'Camera di Commercio, corte Campana 10, Lucca',
    capacity: 30,
    language: 'IT',
    audience: 'MEMBERS',
    confirmed: 17,
    waitlisted: 0,
    demoFirm: { confirmed: 1, waitlisted: 0 },
  },
];

// prettier-ignore
const FIRST_NAMES = [
  'Anna', 'Bruno', 'Chiara', 'Davide', 'Elisa', 'Federico', 'Giorgia', 'Lorenzo', 'Martina', 'Nicola',
  'Paola', 'Riccardo', 'Sara', 'Tommaso', 'Valentina', 'Alessio', 'Beatrice', 'Cristian', 'Francesca',
  'Gabriele', 'Ilaria', 'Matteo', 'Silvia',
] as const;
// prettier-ignore
const LAST_NAMES = [
  'Bertolucci', 'Casali', 'Del Carlo', 'Francesconi', 'Giannini', 'Lazzari', 'Martinelli', 'Nardini',
  'Pardini', 'Ricci', 'Santini', 'Tognetti', 'Velani',
] as const;

/** "Del Carlo" → "delcarlo": the local part of a made-up e-mail address. */
const mailPart = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Seeds the events and their registrations: the demo firm's people and those of other firms of the
 * district (the first ones by id, so the same firms every time). Times are Rome's, converted by
 * PostgreSQL; registrations are a few minutes apart so the waiting list has a fixed order.
 */
export async function seedEvents(db: SqlRunner, now: Date = new Date()): Promise<void> {
  const today = romeToday(now);
  const others = (await db.query(
    `SELECT id, coalesce(nullif(split_part(email, '@', 2), ''), 'impresa-' || left(id::text, 8) || '.example') AS domain
       FROM firm WHERE id <> $1 ORDER BY id LIMIT 40`,
    [DEMO_FIRM_ID],
  )) as { id: string; domain: string }[];
  const [demo] = (await db.query(
    `SELECT coalesce(nullif(split_part(email, '@', 2), ''), 'morvelli.example') AS domain FROM firm WHERE id = $1`,
    [DEMO_FIRM_ID],
  )) as { domain: string }[];
  /** `$n` days after the seed's day at the local time `$n+1`, in Rome: a timestamptz. */
  const romeTime = (n: number) => `(($1::date + $${n}::int) + $${n + 1}::time) AT TIME ZONE 'Europe/Rome'`;

  let person = 0;
  for (const [e, event] of SEED_EVENTS.entries()) {
    await db.query(
      `INSERT INTO event (id, kind, title_it, title_en, description_it, description_en, starts_at, ends_at,
                          registration_deadline, place, capacity, language, audience, created_by_id,
                          created_at, updated_at)
       VALUES ($8, $9, $10, $11, $12, $13, ${romeTime(2)}, ${romeTime(4)}, ${romeTime(6)},
               $14, $15, $16, $17, $18, $19, $19)`,
      [
        today,
        event.startDay,
        event.startTime,
        event.endDay,
        event.endTime,
        event.deadlineDay,
        event.deadlineTime,
        event.id,
        event.kind,
        event.titleIt,
        event.titleEn,
        event.descriptionIt,
        event.descriptionEn,
        event.place,
        event.capacity,
        event.language,
        event.audience,
        CONSULTANT_ID,
        // Created before any of its registrations, and before the past workshop took place.
        new Date(now.getTime() - 60 * 86_400_000),
      ],
    );

    // The demo firm's people first among the confirmed and the waiting, then other firms' people.
    const rows: { firm: { id: string; domain: string }; status: 'CONFIRMED' | 'WAITLISTED' }[] = [];
    for (const status of ['CONFIRMED', 'WAITLISTED'] as const) {
      const total = status === 'CONFIRMED' ? event.confirmed : event.waitlisted;
      const ofDemo = status === 'CONFIRMED' ? event.demoFirm.confirmed : event.demoFirm.waitlisted;
      for (let i = 0; i < total; i++) {
        const firm =
          i < ofDemo
            ? { id: DEMO_FIRM_ID, domain: demo?.domain ?? 'morvelli.example' }
            : others[(e * 7 + i) % Math.max(others.length, 1)];
        if (firm) rows.push({ firm, status });
      }
    }
    for (const [i, row] of rows.entries()) {
      const first = FIRST_NAMES[person % FIRST_NAMES.length]!;
      const last = LAST_NAMES[(person * 5 + e) % LAST_NAMES.length]!;
      person += 1;
      await db.query(
        `INSERT INTO event_registration (id, event_id, firm_id, person_name, person_email, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [
          registrationId(e + 1, i + 1),
          event.id,
          row.firm.id,
          `${first} ${last}`,
          `${mailPart(first)}.${mailPart(last)}.${i + 1}@${row.firm.domain}`,
          row.status,
          // One minute apart, in order: the waiting list's positions follow.
          new Date(now.getTime() - 30 * 86_400_000 + i * 60_000),
        ],
      );
    }
  }
}
