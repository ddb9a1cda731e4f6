import type { FundingSource, PlanAxis } from '@filiera/shared';
import { DEMO_FIRM_ID } from './district.js';
import type { SqlRunner } from './insert-district.js';
import { ADMIN_ID, AXES, CONSULTANT_ID, planPartId, startupTasks, taskId } from './startup-tasks.js';

export const DEMO_PLAN_ID = planPartId(0, 1);

interface SeedAction {
  axis: PlanAxis;
  title: string;
  description: string;
  lead: 'firm' | 'consultant' | 'admin';
  start: string;
  end: string;
  status: 'PLANNED' | 'IN_PROGRESS';
  budget: [number, FundingSource, number][];
  kpi: [string, string, number, number];
}

const ACTIONS: SeedAction[] = [
  {
    axis: 'TERRITORIAL_MARKETING',
    title: 'Marchio collettivo "Scarpe di Segromigno"',
    description: 'Marchio, disciplinare e identità visiva del distretto.',
    lead: 'consultant',
    start: '2027-01-15',
    end: '2027-12-31',
    status: 'PLANNED',
    budget: [
      [2027, 'REGION', 45000],
      [2027, 'NETWORK_FUND', 15000],
      [2028, 'NETWORK_FUND', 10000],
    ],
    kpi: ['Imprese che usano il marchio', 'imprese', 0, 40],
  },
  {
    axis: 'TERRITORIAL_MARKETING',
    title: 'Itinerario delle botteghe calzaturiere',
    description: 'Percorso turistico-produttivo con le visite in azienda.',
    lead: 'admin',
    start: '2028-03-01',
    end: '2029-10-31',
    status: 'PLANNED',
    budget: [
      [2028, 'MUNICIPALITY', 20000],
      [2029, 'MUNICIPALITY', 15000],
      [2029, 'CHAMBER', 10000],
    ],
    kpi: ['Visitatori', 'persone', 0, 3000],
  },
  {
    axis: 'RESEARCH_INNOVATION',
    title: 'Laboratorio comune su materiali sostenibili',
    description: 'Prove su pellami a basso impatto e suole riciclate con università e fornitori.',
    lead: 'firm',
    start: '2027-04-01',
    end: '2029-06-30',
    status: 'PLANNED',
    budget: [
      [2027, 'EU', 60000],
      [2028, 'EU', 80000],
      [2029, 'FIRMS', 30000],
    ],
    kpi: ['Prototipi sviluppati', 'prototipi', 0, 12],
  },
  {
    axis: 'RESEARCH_INNOVATION',
    title: 'Tracciabilità di filiera',
    description: 'Passaporto digitale del prodotto dalla concia al calzaturificio.',
    lead: 'consultant',
    start: '2028-01-01',
    end: '2029-12-31',
    status: 'PLANNED',
    budget: [
      [2028, 'REGION', 50000],
      [2029, 'REGION', 40000],
    ],
    kpi: ['Calzaturifici con passaporto digitale', '%', 0, 30],
  },
  {
    axis: 'EVENTS_INTERNATIONALISATION',
    title: 'Collettiva a MICAM Milano',
    description: 'Stand comune delle imprese della rete alla fiera di Milano.',
    lead: 'admin',
    start: '2027-02-01',
    end: '2029-09-30',
    status: 'PLANNED',
    budget: [
      [2027, 'CHAMBER', 25000],
      [2027, 'FIRMS', 25000],
      [2028, 'FIRMS', 30000],
      [2029, 'FIRMS', 30000],
    ],
    kpi: ['Buyer esteri incontrati', 'buyer', 20, 150],
  },
  {
    axis: 'EVENTS_INTERNATIONALISATION',
    title: 'Missioni commerciali in Germania e Giappone',
    description: 'Incontri B2B organizzati con ICE.',
    lead: 'consultant',
    start: '2028-05-01',
    end: '2029-11-30',
    status: 'PLANNED',
    budget: [
      [2028, 'REGION', 30000],
      [2029, 'REGION', 30000],
    ],
    kpi: ['Contratti firmati', 'contratti', 0, 15],
  },
  {
    axis: 'NETWORKING_TRAINING',
    title: 'Scuola di orlatura e montaggio',
    description: 'Corsi per giovani con le lavorazioni del distretto.',
    lead: 'firm',
    start: '2027-09-01',
    end: '2029-07-31',
    status: 'PLANNED',
    budget: [
      [2027, 'REGION', 35000],
      [2028, 'REGION', 35000],
      [2029, 'NETWORK_FUND', 20000],
    ],
    kpi: ['Persone formate', 'persone', 0, 60],
  },
  {
    axis: 'NETWORKING_TRAINING',
    title: 'Incontri di filiera mensili',
    description: 'Tavoli tra calzaturifici e fornitori su capacità e scadenze.',
    lead: 'consultant',
    start: '2027-01-15',
    end: '2029-12-15',
    status: 'PLANNED',
    budget: [
      [2027, 'NETWORK_FUND', 5000],
      [2028, 'NETWORK_FUND', 5000],
      [2029, 'NETWORK_FUND', 5000],
    ],
    kpi: ['Imprese partecipanti', 'imprese', 10, 50],
  },
  {
    axis: 'DIGITAL_CLUSTER',
    title: 'Vetrina internazionale online',
    description: 'Catalogo multilingue delle imprese e dei prodotti per buyer esteri.',
    lead: 'admin',
    start: '2027-01-01',
    end: '2027-12-31',
    status: 'PLANNED',
    budget: [
      [2027, 'EU', 40000],
      [2027, 'NETWORK_FUND', 10000],
    ],
    kpi: ['Contatti da buyer esteri', 'contatti', 0, 200],
  },
  {
    axis: 'DIGITAL_CLUSTER',
    title: 'Borsa delle capacità produttive',
    description: 'Capacità libera di lavorazioni e componentistica, in tempo reale.',
    lead: 'consultant',
    start: '2027-06-01',
    end: '2028-12-31',
    status: 'PLANNED',
    budget: [
      [2027, 'REGION', 30000],
      [2028, 'REGION', 20000],
      [2028, 'FIRMS', 10000],
    ],
    kpi: ['Commesse scambiate', 'commesse', 0, 100],
  },
];

const OBJECTIVES: Record<PlanAxis, string> = {
  TERRITORIAL_MARKETING: 'Far riconoscere il distretto come luogo della scarpa di qualità',
  RESEARCH_INNOVATION: 'Portare materiali e processi sostenibili in tutta la filiera',
  EVENTS_INTERNATIONALISATION: 'Aumentare la quota di export delle imprese della rete',
  NETWORKING_TRAINING: 'Garantire competenze e collaborazione tra le imprese',
  DIGITAL_CLUSTER: 'Portare il mercato (internazionale) online con il cluster 4.0',
};

/**
 * The start-up tasks (with blockers) and the 2027–2029 strategic plan in DRAFT; at the national scale,
 * 5,000 more tasks for the board's benchmark. Deterministic: fixed ids, dates from the current year.
 */
export async function seedStartupPlan(
  db: SqlRunner,
  scale: 'district' | 'national',
  now: Date = new Date(),
): Promise<void> {
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Rome', year: 'numeric' }).format(now),
  );

  // The plan first: tasks may point at its actions.
  await db.query(
    `INSERT INTO strategic_plan (id, title, description, start_year, end_year, status)
     VALUES ($1, $2, $3, 2027, 2029, 'DRAFT')`,
    [
      DEMO_PLAN_ID,
      'Piano strategico della rete 2027–2029',
      'Il piano pluriennale della rete delle imprese calzaturiere di Segromigno in Monte e Capannori.',
    ],
  );
  for (const [i, axis] of AXES.entries()) {
    await db.query(`INSERT INTO plan_objective (id, plan_id, axis, title) VALUES ($1, $2, $3, $4)`, [
      planPartId(1, i + 1),
      DEMO_PLAN_ID,
      axis,
      OBJECTIVES[axis],
    ]);
  }
  for (const [i, a] of ACTIONS.entries()) {
    const id = planPartId(2, i + 1);
    await db.query(
      `INSERT INTO plan_action (id, plan_id, objective_id, axis, title, description, lead_firm_id, lead_user_id,
                                start_date, end_date, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        DEMO_PLAN_ID,
        planPartId(1, AXES.indexOf(a.axis) + 1),
        a.axis,
        a.title,
        a.description,
        a.lead === 'firm' ? DEMO_FIRM_ID : null,
        a.lead === 'consultant' ? CONSULTANT_ID : a.lead === 'admin' ? ADMIN_ID : null,
        a.start,
        a.end,
        a.status,
      ],
    );
    for (const [y, source, amount] of a.budget) {
      await db.query(
        `INSERT INTO plan_action_budget (action_id, year, funding_source, amount) VALUES ($1, $2, $3, $4)`,
        [id, y, source, amount],
      );
    }
    const [name, unit, baseline, target] = a.kpi;
    await db.query(
      `INSERT INTO plan_action_kpi (id, action_id, name, unit, baseline, target) VALUES ($1, $2, $3, $4, $5, $6)`,
      [planPartId(3, i + 1), id, name, unit, baseline, target],
    );
  }

  const tasks = startupTasks(year);
  for (const t of tasks) {
    await db.query(
      `INSERT INTO task (id, title, description, phase, status, priority, assignee_id, start_date, due_date, plan_action_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL)`,
      [taskId(t.n), t.title, t.description, t.phase, t.status, t.priority, t.assignee, t.start, t.due],
    );
    await db.query(
      `INSERT INTO task_activity (task_id, actor_id, kind, changes) VALUES ($1, $2, 'CREATED', $3)`,
      [taskId(t.n), t.assignee, JSON.stringify({ title: { before: null, after: t.title } })],
    );
  }
  for (const t of tasks) {
    for (const b of t.blockers) {
      await db.query(`INSERT INTO task_blocker (task_id, blocker_id) VALUES ($1, $2)`, [
        taskId(t.n),
        taskId(b),
      ]);
    }
  }
  await db.query(`INSERT INTO task_firm (task_id, firm_id) VALUES ($1, $2)`, [taskId(10), DEMO_FIRM_ID]);

  if (scale === 'national') {
    // 5,000 generated tasks across phases, statuses and a year of due dates. Most wait for the one
    // before them, which keeps the graph acyclic; DONE ones (i % 5 = 3) wait for nothing, as the rule asks.
    await db.query(
      `INSERT INTO task (id, title, phase, status, priority, assignee_id, start_date, due_date)
       SELECT ('5a5c0001-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
              'Attività di avvio n. ' || i,
              (ARRAY['CONTRACT','ADHESIONS','PLAN_DESIGN','SERVICES_STARTUP'])[1 + i % 4],
              (ARRAY['TODO','IN_PROGRESS','BLOCKED','DONE','TODO'])[1 + i % 5],
              (ARRAY['LOW','MEDIUM','HIGH','URGENT'])[1 + (i / 7) % 4],
              CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END,
              make_date($3, 1, 1) + (i % 365),
              make_date($3, 1, 1) + (i % 365) + 14
         FROM generate_series(1, 5000) AS i`,
      [CONSULTANT_ID, ADMIN_ID, year],
    );
    await db.query(
      `INSERT INTO task_blocker (task_id, blocker_id)
       SELECT ('5a5c0001-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
              ('5a5c0001-0000-4000-8000-' || lpad(to_hex(i - 1), 12, '0'))::uuid
         FROM generate_series(2, 5000) AS i WHERE i % 10 <> 0 AND i % 5 <> 3`,
    );
  }
}
