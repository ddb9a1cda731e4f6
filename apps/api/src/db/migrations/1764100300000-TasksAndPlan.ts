import type { MigrationInterface, QueryRunner } from 'typeorm';

const AXES = `('TERRITORIAL_MARKETING', 'RESEARCH_INNOVATION', 'EVENTS_INTERNATIONALISATION', 'NETWORKING_TRAINING', 'DIGITAL_CLUSTER')`;

/**
 * Start-up tasks (with blockers, linked firms, comments and an activity log) and the multi-year
 * strategic plan (objectives, actions, budget per year and funding source, KPIs with yearly actuals,
 * join requests from firms, and the revisions of an approved plan's budget).
 */
export class TasksAndPlan1764100300000 implements MigrationInterface {
  name = 'TasksAndPlan1764100300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE strategic_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        start_year integer NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
        end_year integer NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED', 'ACTIVE', 'CLOSED')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT strategic_plan_years CHECK (end_year BETWEEN start_year AND start_year + 10)
      )`);

    await q.query(`
      CREATE TABLE plan_objective (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES strategic_plan (id) ON DELETE CASCADE,
        axis text NOT NULL CHECK (axis IN ${AXES}),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX plan_objective_plan_idx ON plan_objective (plan_id, axis)`);

    await q.query(`
      CREATE TABLE plan_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES strategic_plan (id) ON DELETE CASCADE,
        objective_id uuid REFERENCES plan_objective (id) ON DELETE SET NULL,
        axis text NOT NULL CHECK (axis IN ${AXES}),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        lead_firm_id uuid REFERENCES firm (id) ON DELETE SET NULL,
        lead_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED'
          CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT plan_action_dates CHECK (end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX plan_action_plan_idx ON plan_action (plan_id, axis, title, id)`);
    await q.query(`CREATE INDEX plan_action_lead_firm_idx ON plan_action (lead_firm_id)`);

    await q.query(`
      CREATE TABLE plan_action_firm (
        action_id uuid NOT NULL REFERENCES plan_action (id) ON DELETE CASCADE,
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        PRIMARY KEY (action_id, firm_id)
      )`);
    await q.query(`CREATE INDEX plan_action_firm_firm_idx ON plan_action_firm (firm_id)`);

    await q.query(`
      CREATE TABLE plan_action_budget (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES plan_action (id) ON DELETE CASCADE,
        year integer NOT NULL,
        funding_source text NOT NULL
          CHECK (funding_source IN ('NETWORK_FUND', 'REGION', 'EU', 'CHAMBER', 'MUNICIPALITY', 'FIRMS')),
        amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (action_id, year, funding_source)
      )`);

    await q.query(`
      CREATE TABLE plan_action_kpi (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES plan_action (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        unit text NOT NULL,
        baseline numeric(14, 2) NOT NULL,
        target numeric(14, 2) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX plan_action_kpi_action_idx ON plan_action_kpi (action_id)`);
    await q.query(`
      CREATE TABLE plan_action_kpi_actual (
        kpi_id uuid NOT NULL REFERENCES plan_action_kpi (id) ON DELETE CASCADE,
        year integer NOT NULL,
        value numeric(14, 2) NOT NULL,
        PRIMARY KEY (kpi_id, year)
      )`);

    await q.query(`
      CREATE TABLE plan_join_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES plan_action (id) ON DELETE CASCADE,
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        requested_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        note text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        decided_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // One open request per firm and action.
    await q.query(
      `CREATE UNIQUE INDEX plan_join_request_pending_idx ON plan_join_request (action_id, firm_id) WHERE status = 'PENDING'`,
    );

    await q.query(`
      CREATE TABLE plan_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES strategic_plan (id) ON DELETE CASCADE,
        action_id uuid REFERENCES plan_action (id) ON DELETE SET NULL,
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        summary text NOT NULL,
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX plan_revision_plan_idx ON plan_revision (plan_id, created_at DESC, id)`);

    await q.query(`
      CREATE TABLE task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        phase text NOT NULL CHECK (phase IN ('CONTRACT', 'ADHESIONS', 'PLAN_DESIGN', 'SERVICES_STARTUP')),
        status text NOT NULL DEFAULT 'TODO' CHECK (status IN ('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE')),
        priority text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        assignee_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        start_date date,
        due_date date,
        plan_action_id uuid REFERENCES plan_action (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT task_dates CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
      )`);
    await q.query(`CREATE INDEX task_status_due_idx ON task (status, due_date, id)`);
    await q.query(`CREATE INDEX task_due_idx ON task (due_date, id)`);
    await q.query(`CREATE INDEX task_assignee_idx ON task (assignee_id, due_date)`);
    await q.query(`CREATE INDEX task_phase_idx ON task (phase, due_date)`);

    await q.query(`
      CREATE TABLE task_blocker (
        task_id uuid NOT NULL REFERENCES task (id) ON DELETE CASCADE,
        blocker_id uuid NOT NULL REFERENCES task (id) ON DELETE CASCADE,
        PRIMARY KEY (task_id, blocker_id),
        CONSTRAINT task_blocker_not_self CHECK (task_id <> blocker_id)
      )`);
    await q.query(`CREATE INDEX task_blocker_blocker_idx ON task_blocker (blocker_id)`);

    await q.query(`
      CREATE TABLE task_firm (
        task_id uuid NOT NULL REFERENCES task (id) ON DELETE CASCADE,
        firm_id uuid NOT NULL REFERENCES firm (id) ON DELETE CASCADE,
        PRIMARY KEY (task_id, firm_id)
      )`);

    await q.query(`
      CREATE TABLE task_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES task (id) ON DELETE CASCADE,
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(trim(body)) > 0),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX task_comment_task_idx ON task_comment (task_id, created_at DESC, id)`);

    await q.query(`
      CREATE TABLE task_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES task (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        kind text NOT NULL
          CHECK (kind IN ('CREATED', 'UPDATED', 'MOVED', 'BLOCKERS_CHANGED', 'COMMENTED')),
        changes jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX task_activity_task_idx ON task_activity (task_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX task_activity_created_idx ON task_activity (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'task_activity',
      'task_comment',
      'task_firm',
      'task_blocker',
      'task',
      'plan_revision',
      'plan_join_request',
      'plan_action_kpi_actual',
      'plan_action_kpi',
      'plan_action_budget',
      'plan_action_firm',
      'plan_action',
      'plan_objective',
      'strategic_plan',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
