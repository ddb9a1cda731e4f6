import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The id of the network's one contract, created here so that every database has it. */
export const NETWORK_CONTRACT_ID = 'c0a7c000-0000-4000-8000-000000000001';

const EMPTY_DOCUMENT = {
  title: 'Contratto di rete',
  objectives: [],
  programme: { activities: '', rights: '', obligations: '' },
  duration: { years: null, notes: '' },
  joining: '',
  organoComune: { present: null, composition: '', powers: '', replacement: '' },
  decisionRules: '',
  commonFund: { present: false, contributions: '', management: '' },
  withdrawalExclusion: '',
};

const ADHESION_STATUSES = `'INTERESTED', 'INVITED', 'DOCUMENTS_REQUESTED', 'READY_TO_SIGN', 'SIGNED',
  'REGISTERED', 'DECLINED', 'WITHDRAWN'`;
const SECTIONS = `'GENERAL', 'PARTICIPANTS', 'OBJECTIVES', 'PROGRAMME', 'DURATION', 'JOINING', 'ORGANO_COMUNE',
  'DECISION_RULES', 'COMMON_FUND', 'WITHDRAWAL_EXCLUSION'`;

/**
 * The network contract (one per network), its revisions and comments; the adhesion's contribution,
 * legal representative and documents checklist, and the history of its steps.
 */
export class ContractAndAdhesions1764100500000 implements MigrationInterface {
  name = 'ContractAndAdhesions1764100500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE network_contract (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text CHECK (type IN ('RETE_CONTRATTO', 'RETE_SOGGETTO')),
        reference_firm_id uuid REFERENCES firm (id) ON DELETE SET NULL,
        document jsonb NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'UNDER_REVIEW', 'APPROVED', 'SIGNED', 'REGISTERED')),
        registration_number text,
        registration_date date,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT network_contract_registered CHECK (
          status <> 'REGISTERED' OR (registration_number IS NOT NULL AND registration_date IS NOT NULL))
      )`);
    // One network, one contract.
    await q.query(`CREATE UNIQUE INDEX network_contract_single_idx ON network_contract ((true))`);
    await q.query(`INSERT INTO network_contract (id, document) VALUES ($1, $2)`, [
      NETWORK_CONTRACT_ID,
      JSON.stringify(EMPTY_DOCUMENT),
    ]);

    await q.query(`
      CREATE TABLE contract_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES network_contract (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        snapshot jsonb NOT NULL,
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        change_summary text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (contract_id, number)
      )`);

    await q.query(`
      CREATE TABLE contract_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES network_contract (id) ON DELETE CASCADE,
        section text NOT NULL CHECK (section IN (${SECTIONS})),
        body text NOT NULL CHECK (length(trim(body)) > 0),
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX contract_comment_idx ON contract_comment (contract_id, created_at, id)`);

    await q.query(`
      ALTER TABLE adhesion
        ADD COLUMN contribution_eur numeric(12, 2) CHECK (contribution_eur >= 0),
        ADD COLUMN legal_representative text,
        ADD COLUMN doc_visura_camerale boolean NOT NULL DEFAULT false,
        ADD COLUMN doc_durc boolean NOT NULL DEFAULT false,
        ADD COLUMN doc_digital_signature boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX adhesion_updated_idx ON adhesion (updated_at DESC, id)`);

    await q.query(`
      CREATE TABLE adhesion_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        adhesion_id uuid NOT NULL REFERENCES adhesion (id) ON DELETE CASCADE,
        from_status text CHECK (from_status IN (${ADHESION_STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${ADHESION_STATUSES})),
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        note text,
        at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX adhesion_transition_idx ON adhesion_transition (adhesion_id, at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE adhesion_transition`);
    await q.query(`DROP INDEX adhesion_updated_idx`);
    await q.query(`
      ALTER TABLE adhesion
        DROP COLUMN contribution_eur,
        DROP COLUMN legal_representative,
        DROP COLUMN doc_visura_camerale,
        DROP COLUMN doc_durc,
        DROP COLUMN doc_digital_signature`);
    await q.query(`DROP TABLE contract_comment`);
    await q.query(`DROP TABLE contract_revision`);
    await q.query(`DROP TABLE network_contract`);
  }
}
