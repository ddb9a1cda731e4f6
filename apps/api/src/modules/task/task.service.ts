import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { TaskPhase, TaskStatus, type TaskPriority } from '@filiera/shared';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { getOrThrow } from '../../common/lookup.js';
import {
  byText,
  byTime,
  keysetPage,
  newestFirst,
  pageSize,
  type KeysetSort,
} from '../../common/pagination.js';
import { addDays, romeToday } from '../../common/dates.js';
import { likePattern, parseInput, text, uuid } from '../../common/validation.js';
import type { TaskFilter, TaskOrder } from '../../generated/graphql.js';
import { UserEntity } from '../user/user.entity.js';
import { TaskActivityEntity, TaskCommentEntity, TaskEntity } from './task.entity.js';
import { ASSIGNABLE_ROLES } from './task.policy.js';

/** A task is overdue when its due day is before today in the district and it is not DONE. */
export function isOverdue(task: Pick<TaskEntity, 'dueDate' | 'status'>, today = romeToday()): boolean {
  return task.dueDate !== null && task.dueDate < today && task.status !== 'DONE';
}

/**
 * Open tasks with an assignee that are due on `tomorrow` or were due before `today` (the due-date
 * reminders), by due day: read in the caller's transaction.
 */
export function tasksToRemind(
  manager: EntityManager,
  today: string,
  tomorrow: string,
): Promise<TaskEntity[]> {
  return manager
    .getRepository(TaskEntity)
    .createQueryBuilder('t')
    .where(`t.assignee_id IS NOT NULL AND t.status <> 'DONE' AND t.due_date IS NOT NULL`)
    .andWhere('(t.due_date = :tomorrow OR t.due_date < :today)', { tomorrow, today })
    .orderBy('t.due_date')
    .addOrderBy('t.id')
    .getMany();
}

const PRIORITY_RANK =
  "CASE t.priority WHEN 'URGENT' THEN '1' WHEN 'HIGH' THEN '2' WHEN 'MEDIUM' THEN '3' ELSE '4' END";
const RANK: Record<TaskPriority, string> = { URGENT: '1', HIGH: '2', MEDIUM: '3', LOW: '4' };
const NO_DUE_DATE = '9999-12-31';

/** Sort expressions and the same key computed from a row, for keyset cursors. */
const ORDERS: Record<TaskOrder, KeysetSort<TaskEntity>> = {
  DUE_DATE: {
    sortExpression: `COALESCE(t.due_date, DATE '${NO_DUE_DATE}')::text`,
    sortKey: (t) => t.dueDate ?? NO_DUE_DATE,
    sortType: 'text',
    direction: 'ASC',
  },
  PRIORITY: {
    sortExpression: `(${PRIORITY_RANK} || COALESCE(t.due_date, DATE '${NO_DUE_DATE}')::text)`,
    sortKey: (t) => RANK[t.priority] + (t.dueDate ?? NO_DUE_DATE),
    sortType: 'text',
    direction: 'ASC',
  },
  TITLE: byText('t.title', (t) => t.title),
  UPDATED: byTime('t.updated_at', (t) => t.updatedAt, 'DESC'),
};

const filterSchema = z
  .object({
    phase: z.enum(TaskPhase).nullish(),
    status: z.enum(TaskStatus).nullish(),
    assigneeId: uuid.nullish(),
    mine: z.boolean().nullish(),
    overdue: z.boolean().nullish(),
    search: text(100).nullish(),
  })
  .nullish();

type Filter = z.infer<typeof filterSchema>;

/** The tasks matching a filter, as a query builder on alias `t`. */
function filteredTasks(ctx: Context, f: Filter) {
  const viewer = requireViewer(ctx);
  const qb = ctx.ds.getRepository(TaskEntity).createQueryBuilder('t');
  if (f?.phase) qb.andWhere('t.phase = :phase', { phase: f.phase });
  if (f?.status) qb.andWhere('t.status = :status', { status: f.status });
  if (f?.assigneeId) qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: f.assigneeId });
  if (f?.mine) qb.andWhere('t.assignee_id = :viewerId', { viewerId: viewer.userId });
  if (f?.overdue) {
    qb.andWhere(`t.due_date < CAST(:today AS date) AND t.status <> 'DONE'`, { today: romeToday() });
  }
  if (f?.search) {
    qb.andWhere('(t.title ILIKE :pattern OR t.description ILIKE :pattern)', {
      pattern: likePattern(f.search),
    });
  }
  return qb;
}

export async function listTasks(
  ctx: Context,
  args: {
    filter?: TaskFilter | null;
    orderBy?: TaskOrder | null;
    first?: number | null;
    after?: string | null;
  },
) {
  const qb = filteredTasks(ctx, parseInput(filterSchema, args.filter));
  return keysetPage(qb, ORDERS[args.orderBy ?? 'DUE_DATE'], args);
}

/** The board's columns, left to right. */
const BOARD_ORDER: TaskStatus[] = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'];

/**
 * The board: one column per status with its first tasks by due date and its count. Eight statements
 * whatever the number of tasks (a page and a count per column).
 */
export async function taskBoard(ctx: Context, args: { filter?: TaskFilter | null; first?: number | null }) {
  const f = parseInput(filterSchema, args.filter);
  const size = pageSize(args.first);
  return Promise.all(
    BOARD_ORDER.map(async (status) => {
      const qb = filteredTasks(ctx, { ...f, status });
      const [tasks, totalCount] = await Promise.all([
        qb.clone().orderBy('t.due_date', 'ASC', 'NULLS LAST').addOrderBy('t.id', 'ASC').limit(size).getMany(),
        qb.getCount(),
      ]);
      return { status, totalCount, tasks };
    }),
  );
}

/** One task, or NOT_FOUND (also for an id that is not a UUID). */
export async function getTask(ctx: Context, id: string): Promise<TaskEntity> {
  return getOrThrow('Task', id, (key) => ctx.loaders.tasks.taskById.load(key));
}

const WEEK_LIMIT = 100;

/** "My week": what is due in the next seven days (and already overdue), what is blocked, what changed. */
export async function myWeek(ctx: Context) {
  const viewer = requireViewer(ctx);
  const today = romeToday();
  const repo = ctx.ds.getRepository(TaskEntity);
  const [due, blocked, recentActivity] = await Promise.all([
    repo
      .createQueryBuilder('t')
      .where(`t.assignee_id = :me AND t.status <> 'DONE' AND t.due_date <= CAST(:until AS date)`, {
        me: viewer.userId,
        until: addDays(today, 7),
      })
      .orderBy('t.due_date', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(WEEK_LIMIT)
      .getMany(),
    repo
      .createQueryBuilder('t')
      .where(`t.assignee_id = :me AND t.status <> 'DONE'`, { me: viewer.userId })
      .andWhere(
        `(t.status = 'BLOCKED' OR EXISTS (SELECT 1 FROM task_blocker tb JOIN task b ON b.id = tb.blocker_id
            WHERE tb.task_id = t.id AND b.status <> 'DONE'))`,
      )
      .orderBy('t.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('t.id', 'ASC')
      .limit(WEEK_LIMIT)
      .getMany(),
    ctx.ds
      .getRepository(TaskActivityEntity)
      .createQueryBuilder('a')
      .innerJoin(TaskEntity, 't', 't.id = a.task_id')
      .where(`t.assignee_id = :me AND a.created_at > now() - interval '7 days'`, { me: viewer.userId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(50)
      .getMany(),
  ]);
  return { due, blocked, recentActivity };
}

/** The people tasks can be assigned to. */
export function assignableUsers(ctx: Context) {
  return ctx.ds
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where('u.role IN (:...roles) AND u.active', { roles: [...ASSIGNABLE_ROLES] })
    .orderBy('u.name', 'ASC')
    .limit(200)
    .getMany();
}

export function listComments(
  ctx: Context,
  taskId: string,
  args: { first?: number | null; after?: string | null },
) {
  const qb = ctx.ds
    .getRepository(TaskCommentEntity)
    .createQueryBuilder('c')
    .where('c.task_id = :taskId', { taskId });
  return newestFirst(qb, args);
}

export function listActivity(
  ctx: Context,
  taskId: string,
  args: { first?: number | null; after?: string | null },
) {
  const qb = ctx.ds
    .getRepository(TaskActivityEntity)
    .createQueryBuilder('a')
    .where('a.task_id = :taskId', { taskId });
  return newestFirst(qb, args);
}
