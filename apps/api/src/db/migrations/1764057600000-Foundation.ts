import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: users, sessions, invitations, sign-in attempts, the audit log, and the core of the
 * district (firms, capabilities, supply links, adhesions) that the demo seed fills.
 * Enumerations are CHECK constraints on text so that later migrations can widen them in one statement.
 */
export class Foundation1764057600000 implements MigrationInterface {
  name = 'Foundation1764057600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE firm (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        legal_name text NOT NULL CHECK (length(trim(legal_name)) > 0),
        trade_name text,
        vat_number char(11) NOT NULL UNIQUE CHECK (vat_number ~ '^[0-9]{11}$'),
        tax_code text,
        rea_number text,
        legal_form text,
        ateco_codes text[] NOT NULL DEFAULT '{}',
        kind text NOT NULL CHECK (kind IN ('SHOE_FACTORY', 'PROCESSING', 'COMPONENTS', 'SERVICES')),
        product_lines text[] NOT NULL DEFAULT '{}',
        street text,
        postcode text,
        municipality text,
        hamlet text,
        province text,
        latitude double precision,
        longitude double precision,
        employees integer CHECK (employees >= 0),
        revenue_band text,
        founded_year integer,
        capacity_pairs_per_day integer CHECK (capacity_pairs_per_day >= 0),
        export_share integer CHECK (export_share BETWEEN 0 AND 100),
        export_markets text[] NOT NULL DEFAULT '{}',
        certifications text[] NOT NULL DEFAULT '{}',
        website text,
        email text,
        phone text,
        description_it text,
        description_en text,
        showcase_consent boolean NOT NULL DEFAULT false,
        public_fields text[] NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX firm_kind_idx ON firm (kind)`);
    await q.query(`CREATE INDEX firm_hamlet_idx ON firm (hamlet)`);
    await q.query(`CREATE INDEX firm_legal_name_idx ON firm (legal_name, id)`);

    await q.query(`
      CREATE TABLE capability (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        label_it text NOT NULL,
        label_en text NOT NULL,
        capability_group text NOT NULL CHECK (capability_group IN ('PROCESSING', 'COMPONENTS')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE firm_capability (
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        capability_id uuid NOT NULL REFERENCES capability (id) ON DELETE RESTRICT,
        PRIMARY KEY (firm_id, capability_id)
      )`);
    await q.query(`CREATE INDEX firm_capability_capability_idx ON firm_capability (capability_id, firm_id)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'CONSULTANT', 'FIRM', 'CHAMBER')),
        firm_id uuid REFERENCES firm (id) ON DELETE RESTRICT,
        active boolean NOT NULL DEFAULT true,
        last_sign_in_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT app_user_firm_role CHECK ((role = 'FIRM') = (firm_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_idx ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_firm_idx ON app_user (firm_id)`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        ip text,
        user_agent text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_seen_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX session_user_idx ON session (user_id)`);

    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'CONSULTANT', 'FIRM', 'CHAMBER')),
        firm_id uuid REFERENCES firm (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        invited_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        expires_at timestamptz(3) NOT NULL,
        accepted_at timestamptz(3),
        accepted_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        revoked_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT invitation_firm_role CHECK ((role = 'FIRM') = (firm_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX invitation_created_idx ON invitation (created_at DESC, id)`);

    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (lower(email), attempted_at)`);
    await q.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, attempted_at)`);

    await q.query(`
      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}',
        ip text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, created_at DESC)`,
    );
    await q.query(`CREATE INDEX audit_entry_created_idx ON audit_entry (created_at DESC, id)`);

    await q.query(`
      CREATE TABLE supply_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        customer_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        capability_id uuid NOT NULL REFERENCES capability (id) ON DELETE RESTRICT,
        share_percent numeric(5, 2) CHECK (share_percent BETWEEN 0 AND 100),
        yearly_volume_pairs integer CHECK (yearly_volume_pairs >= 0),
        since date,
        status text NOT NULL CHECK (status IN ('DECLARED', 'CONFIRMED', 'REJECTED', 'ENDED')),
        declared_by_firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT supply_link_not_self CHECK (supplier_id <> customer_id)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX supply_link_active_idx ON supply_link (supplier_id, customer_id, capability_id)
      WHERE status IN ('DECLARED', 'CONFIRMED')`);
    // The counterpart is in the index so that supplier and customer counts are index-only scans.
    await q.query(`CREATE INDEX supply_link_customer_idx ON supply_link (customer_id, status, supplier_id)`);
    await q.query(`CREATE INDEX supply_link_supplier_idx ON supply_link (supplier_id, status, customer_id)`);

    await q.query(`
      CREATE TABLE adhesion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL UNIQUE REFERENCES firm (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('INTERESTED', 'INVITED', 'DOCUMENTS_REQUESTED', 'READY_TO_SIGN',
          'SIGNED', 'REGISTERED', 'DECLINED', 'WITHDRAWN')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX adhesion_status_idx ON adhesion (status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'adhesion',
      'supply_link',
      'audit_entry',
      'login_attempt',
      'invitation',
      'session',
      'app_user',
      'firm_capability',
      'capability',
      'firm',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
