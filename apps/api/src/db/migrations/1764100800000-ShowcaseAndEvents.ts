import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public showcase: buyers' contact and quote requests to consenting firms (the firm's inbox), and
 * page views counted once per visitor, firm and day. The events and training calendar, with
 * registrations of firms' people and a waiting list.
 */
export class ShowcaseAndEvents1764100800000 implements MigrationInterface {
  name = 'ShowcaseAndEvents1764100800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CONTACT', 'QUOTE')),
        name text NOT NULL,
        company text NOT NULL,
        country char(2) NOT NULL,
        email text NOT NULL,
        message text NOT NULL,
        quantity integer CHECK (quantity IS NULL OR quantity > 0),
        state text NOT NULL DEFAULT 'NEW' CHECK (state IN ('NEW', 'READ', 'REPLIED')),
        client_ip text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX contact_request_firm_idx ON contact_request (firm_id, created_at DESC, id)`);
    // The rate limit counts recent requests per client address.
    await q.query(`CREATE INDEX contact_request_ip_idx ON contact_request (client_ip, created_at)`);

    // One row per firm, day and visitor (a hash of the address): reloading the page counts once.
    await q.query(`
      CREATE TABLE showcase_view (
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        day date NOT NULL,
        visitor text NOT NULL,
        PRIMARY KEY (firm_id, day, visitor)
      )`);

    await q.query(`
      CREATE TABLE event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL
          CHECK (kind IN ('TRADE_FAIR', 'TRAINING_COURSE', 'NETWORKING_MEETING', 'BUYER_MISSION', 'WEBINAR')),
        title_it text NOT NULL,
        title_en text NOT NULL,
        description_it text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL,
        place text NOT NULL,
        capacity integer NOT NULL CHECK (capacity > 0),
        language text NOT NULL CHECK (language IN ('IT', 'EN')),
        audience text NOT NULL CHECK (audience IN ('MEMBERS', 'PUBLIC')),
        registration_deadline timestamptz(3) NOT NULL,
        created_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT event_dates CHECK (ends_at >= starts_at AND registration_deadline <= ends_at)
      )`);
    await q.query(`CREATE INDEX event_starts_idx ON event (starts_at, id)`);

    await q.query(`
      CREATE TABLE event_registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        person_name text NOT NULL,
        person_email text NOT NULL,
        status text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
        registered_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // One live registration per person and event; a cancelled one may be followed by a new one.
    await q.query(`CREATE UNIQUE INDEX event_registration_person_idx ON event_registration (event_id, lower(person_email))
      WHERE status <> 'CANCELLED'`);
    await q.query(
      `CREATE INDEX event_registration_event_idx ON event_registration (event_id, status, created_at, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_registration`);
    await q.query(`DROP TABLE event`);
    await q.query(`DROP TABLE showcase_view`);
    await q.query(`DROP TABLE contact_request`);
  }
}
