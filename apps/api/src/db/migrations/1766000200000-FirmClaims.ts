import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claims of a firm (modules/claim): a person asks to take over a firm's profile and proves it by a code
 * sent to the firm's PEC (only its hash is kept) or by a document a consultant reviews; the document's bytes
 * live in a table of their own so lists never read them. `claim_attempt` counts claim starts and code tries
 * per address and per firm for the rate limits.
 */
export class FirmClaims1766000200000 implements MigrationInterface {
  name = 'FirmClaims1766000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE firm_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        name text NOT NULL,
        role_in_firm text NOT NULL,
        email text NOT NULL,
        language text NOT NULL DEFAULT 'it' CHECK (language IN ('it', 'en')),
        method text CHECK (method IN ('PEC', 'DOCUMENT')),
        status text NOT NULL CHECK (status IN ('CODE_SENT', 'CODE_FAILED', 'AWAITING_DOCUMENT', 'IN_REVIEW',
          'AWAITING_MANAGER', 'APPROVED', 'REJECTED')),
        code_hash text,
        code_expires_at timestamptz,
        code_tries integer NOT NULL DEFAULT 0,
        document_kind text CHECK (document_kind IN ('VISURA', 'DELEGA')),
        decided_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_at timestamptz,
        reason text,
        user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        ip text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX firm_claim_firm_status_idx ON firm_claim (firm_id, status)`);
    await q.query(`CREATE INDEX firm_claim_status_created_idx ON firm_claim (status, created_at)`);
    await q.query(`
      CREATE TABLE firm_claim_document (
        claim_id uuid PRIMARY KEY REFERENCES firm_claim (id) ON DELETE CASCADE,
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp')),
        byte_size integer NOT NULL CHECK (byte_size BETWEEN 1 AND 10485760),
        data bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE claim_attempt (
        id bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('START', 'CODE')),
        ip text NOT NULL,
        firm_id uuid NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX claim_attempt_ip_idx ON claim_attempt (kind, ip, attempted_at)`);
    await q.query(`CREATE INDEX claim_attempt_firm_idx ON claim_attempt (kind, firm_id, attempted_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE claim_attempt`);
    await q.query(`DROP TABLE firm_claim_document`);
    await q.query(`DROP TABLE firm_claim`);
  }
}
