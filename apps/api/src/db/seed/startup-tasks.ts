import type { PlanAxis, TaskPhase, TaskPriority, TaskStatus } from '@filiera/shared';
import { DEMO_USERS } from './demo-users.js';

export const ADMIN_ID = DEMO_USERS.find((u) => u.role === 'ADMIN')!.id;
export const CONSULTANT_ID = DEMO_USERS.find((u) => u.role === 'CONSULTANT')!.id;

/*
 * The start-up plan's tasks, as data: the list dated in the seed's year (startup-plan.ts inserts
 * them with the plan).
 */

/** Fixed ids: 5a5c… for tasks, 91a0… for the plan and its parts. */
export const taskId = (n: number) => `5a5c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const planPartId = (kind: number, n: number) =>
  `91a00000-0000-4000-8${kind}00-${String(n).padStart(12, '0')}`;

/** The adhesion campaign goes hamlet by hamlet, starting where most shoe factories are. */
const CAMPAIGN_HAMLETS = [
  'Segromigno in Monte',
  'Segromigno in Piano',
  'Camigliano',
  'Lammari',
  'Marlia',
  'San Colombano',
] as const;

const AXIS_LABEL: Record<PlanAxis, string> = {
  TERRITORIAL_MARKETING: 'marketing territoriale',
  RESEARCH_INNOVATION: 'ricerca e innovazione',
  EVENTS_INTERNATIONALISATION: 'eventi e internazionalizzazione',
  NETWORKING_TRAINING: 'rete e formazione',
  DIGITAL_CLUSTER: 'cluster 4.0',
};
export const AXES = Object.keys(AXIS_LABEL) as PlanAxis[];

export interface SeedTask {
  n: number;
  title: string;
  description: string;
  phase: TaskPhase;
  status: TaskStatus;
  priority: TaskPriority;
  assignee: string;
  start: string;
  due: string;
  blockers: number[];
}

/** The start-up tasks of the issue, dated in the current year (the plan is approved by 31 December). */
export function startupTasks(year: number): SeedTask[] {
  const d = (monthDay: string, y = year) => `${y}-${monthDay}`;
  const tasks: SeedTask[] = [
    {
      n: 1,
      title: 'Bozza del contratto di rete',
      description:
        'Prima stesura secondo la legge 33/2009: obiettivi strategici, programma, organo comune, fondo.',
      phase: 'CONTRACT',
      status: 'DONE',
      priority: 'HIGH',
      assignee: CONSULTANT_ID,
      start: d('06-01'),
      due: d('07-31'),
      blockers: [],
    },
    {
      n: 2,
      title: 'Revisione legale del contratto',
      description: 'Verifica dello studio legale e della Camera di Commercio su diritti, obblighi e recesso.',
      phase: 'CONTRACT',
      status: 'IN_PROGRESS',
      priority: 'HIGH',
      assignee: ADMIN_ID,
      start: d('08-01'),
      due: d('11-20'),
      blockers: [1],
    },
    {
      n: 3,
      title: 'Approvazione del contratto in assemblea',
      description: 'Assemblea delle imprese aderenti: approvazione del testo definitivo.',
      phase: 'CONTRACT',
      status: 'TODO',
      priority: 'URGENT',
      assignee: ADMIN_ID,
      start: d('12-01'),
      due: d('12-15'),
      blockers: [2],
    },
  ];
  CAMPAIGN_HAMLETS.forEach((hamlet, i) => {
    tasks.push({
      n: 10 + i,
      title: `Campagna adesioni – ${hamlet}`,
      description: `Incontri con calzaturifici, lavorazioni e componentistica di ${hamlet}; raccolta delle manifestazioni di interesse.`,
      phase: 'ADHESIONS',
      status: i < 2 ? 'DONE' : i < 4 ? 'IN_PROGRESS' : 'TODO',
      priority: i < 2 ? 'HIGH' : 'MEDIUM',
      assignee: i % 2 === 0 ? CONSULTANT_ID : ADMIN_ID,
      start: d(`${String(9 + Math.floor(i / 2)).padStart(2, '0')}-01`),
      due: d(`${String(9 + Math.floor(i / 2)).padStart(2, '0')}-${i % 2 === 0 ? '20' : '28'}`),
      blockers: [1],
    });
  });
  AXES.forEach((axis, i) => {
    tasks.push({
      n: 20 + i,
      title: `Laboratorio del piano – ${AXIS_LABEL[axis]}`,
      description: `Workshop con le imprese sull'asse ${AXIS_LABEL[axis]}: obiettivi, azioni, budget e indicatori.`,
      phase: 'PLAN_DESIGN',
      status: i < 2 ? 'DONE' : i === 2 ? 'IN_PROGRESS' : 'TODO',
      priority: 'MEDIUM',
      assignee: CONSULTANT_ID,
      start: d('11-01'),
      due: d(['11-10', '11-17', '11-24', '12-03', '12-10'][i] ?? '12-10'),
      blockers: [],
    });
  });
  tasks.push(
    {
      n: 30,
      title: 'Stesura del piano strategico 2027–2029',
      description: 'Sintesi dei laboratori nei cinque assi con budget per anno e fonti di finanziamento.',
      phase: 'PLAN_DESIGN',
      status: 'TODO',
      priority: 'HIGH',
      assignee: CONSULTANT_ID,
      start: d('12-01'),
      due: d('12-20'),
      blockers: [20, 21, 22, 23, 24],
    },
    {
      n: 31,
      title: 'Approvazione del piano strategico entro il 31 dicembre',
      description: "Approvazione da parte dell'assemblea della rete.",
      phase: 'PLAN_DESIGN',
      status: 'TODO',
      priority: 'URGENT',
      assignee: ADMIN_ID,
      start: d('12-21'),
      due: d('12-31'),
      blockers: [30, 3],
    },
    {
      n: 40,
      title: 'Avvio del portale Filiera per le imprese aderenti',
      description: 'Profili completi, catene di fornitura dichiarate, vetrina pubblica.',
      phase: 'SERVICES_STARTUP',
      status: 'TODO',
      priority: 'MEDIUM',
      assignee: CONSULTANT_ID,
      start: d('01-07', year + 1),
      due: d('01-31', year + 1),
      blockers: [31],
    },
    {
      n: 41,
      title: 'Sportello bandi e finanziamenti',
      description: 'Monitoraggio dei bandi regionali ed europei per le azioni del piano.',
      phase: 'SERVICES_STARTUP',
      status: 'TODO',
      priority: 'LOW',
      assignee: ADMIN_ID,
      start: d('01-15', year + 1),
      due: d('02-28', year + 1),
      blockers: [31],
    },
  );
  return tasks;
}
