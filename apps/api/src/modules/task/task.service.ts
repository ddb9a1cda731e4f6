import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { TaskPhase, TaskPriority, TaskStatus } from '@filiera/shared';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { badField, DomainError, ErrorCode, notFound } from '../../common/errors.js';
import { keysetPage, pageSize, type KeysetOptions } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { updateVersioned } from '../../common/versioned-update.js';
import type { TaskFilter, TaskOrder } from '../../generated/graphql.js';
import { diffFields, recordAudit } from '../audit/audit.service.js';
import { notifyTask } from '../notification/task.notices.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { PlanActionEntity } from '../plan/plan.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { addDays, isoDay, likePattern, romeToday, uuid } from './dates.js';
import { TaskActivityEntity, TaskCommentEntity, TaskEntity, type TaskActivityKind } from './task.entity.js';
import { ASSIGNABLE_ROLES } from './task.policy.js';

/** A task is overdue when its due day is before today in the district and it is not DONE. */
export function isOverdue(task: Pick<TaskEntity, 'dueDate' | 'status'>, today = romeToday()): boolean {
  return task.dueDate !== null && task.dueDate < today && task.status !== 'DONE';
}

const PRIORITY_RANK =
  "CASE t.priority WHEN 'URGENT' THEN '1' WHEN 'HIGH' THEN '2' WHEN 'MEDIUM' THEN '3' ELSE '4' END";
const RANK: Record<TaskPriority, string> = { URGENT: '1', HIGH: '2', MEDIUM: '3', LOW: '4' };
const NO_DUE_DATE = '9999-12-31';

/** Sort expressions and the same key computed from a row, for keyset cursors. */
const ORDERS: Record<TaskOrder, Omit<KeysetOptions<TaskEntity>, 'first' | 'after'>> = {
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
  TITLE: { sortExpression: 't.title', sortKey: (t) => t.title, sortType: 'text', direction: 'ASC' },
  UPDATED: {
    sortExpression: 't.updated_at',
    sortKey: (t) => t.updatedAt.toISOString(),
    sortType: 'timestamptz',
    direction: 'DESC',
  },
};

const filterSchema = z
  .object({
    phase: z.enum(TaskPhase).nullish(),
    status: z.enum(TaskStatus).nullish(),
    assigneeId: uuid.nullish(),
    mine: z.boolean().nullish(),
    overdue: z.boolean().nullish(),
    search: z.string().trim().max(100, 'is longer than 100 characters').nullish(),
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
  return keysetPage(qb, { ...ORDERS[args.orderBy ?? 'DUE_DATE'], first: args.first, after: args.after });
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
  const task = uuid.safeParse(id).success ? await ctx.loaders.tasks.taskById.load(id) : null;
  if (!task) throw notFound('Task', id);
  return task;
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
  return keysetPage(qb, {
    sortExpression: 'c.created_at',
    sortKey: (c) => c.createdAt.toISOString(),
    sortType: 'timestamptz',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
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
  return keysetPage(qb, {
    sortExpression: 'a.created_at',
    sortKey: (a) => a.createdAt.toISOString(),
    sortType: 'timestamptz',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}

// --- writes -------------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().max(max, `is longer than ${max} characters`);
const title = text(200).min(1, 'is required');

const fieldsSchema = {
  title,
  description: text(5000).nullish(),
  phase: z.enum(TaskPhase),
  priority: z.enum(TaskPriority),
  assigneeId: uuid.nullish(),
  startDate: isoDay.nullish(),
  dueDate: isoDay.nullish(),
  firmIds: z.array(uuid).max(100, 'lists more than 100 firms').nullish(),
  planActionId: uuid.nullish(),
};

const datesInOrder = (
  v: { startDate?: string | null; dueDate?: string | null },
  issue: z.core.$RefinementCtx,
) => {
  if (v.startDate && v.dueDate && v.dueDate < v.startDate) {
    issue.addIssue({
      code: 'custom',
      path: ['dueDate'],
      message: 'is before the start date',
      params: { reason: 'before_start' },
    });
  }
};

const createSchema = z
  .object({
    ...fieldsSchema,
    priority: fieldsSchema.priority.nullish(),
    status: z.enum(TaskStatus).nullish(),
  })
  .superRefine(datesInOrder);

const updateSchema = z
  .object({
    id: uuid,
    version: z.number().int(),
    title: title.nullish(),
    description: fieldsSchema.description,
    phase: fieldsSchema.phase.nullish(),
    priority: fieldsSchema.priority.nullish(),
    assigneeId: fieldsSchema.assigneeId,
    startDate: fieldsSchema.startDate,
    dueDate: fieldsSchema.dueDate,
    firmIds: fieldsSchema.firmIds,
    planActionId: fieldsSchema.planActionId,
  })
  .superRefine(datesInOrder);

/** Checks the references of a task's input; BAD_USER_INPUT names the field that points nowhere. */
async function checkReferences(
  manager: EntityManager,
  input: { assigneeId?: string | null; firmIds?: string[] | null; planActionId?: string | null },
) {
  if (input.assigneeId) {
    const user = await manager.findOneBy(UserEntity, { id: input.assigneeId });
    if (!user || !user.active || !(ASSIGNABLE_ROLES as readonly string[]).includes(user.role)) {
      throw badField('assigneeId', 'not_allowed', 'is not an active consultant or administrator');
    }
  }
  if (input.firmIds?.length) {
    const found = await manager
      .getRepository(FirmEntity)
      .createQueryBuilder('f')
      .where('f.id IN (:...ids)', { ids: input.firmIds })
      .getCount();
    if (found !== new Set(input.firmIds).size)
      throw badField('firmIds', 'not_found', 'names a firm that does not exist');
  }
  if (input.planActionId && !(await manager.existsBy(PlanActionEntity, { id: input.planActionId }))) {
    throw badField('planActionId', 'not_found', 'is not an action of a plan');
  }
}

async function replaceFirms(manager: EntityManager, taskId: string, firmIds: string[]) {
  await manager.query(`DELETE FROM task_firm WHERE task_id = $1`, [taskId]);
  if (firmIds.length) {
    await manager.query(
      `INSERT INTO task_firm (task_id, firm_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [taskId, [...new Set(firmIds)]],
    );
  }
}

async function firmIdsOf(manager: EntityManager, taskId: string): Promise<string[]> {
  const rows: { firm_id: string }[] = await manager.query(
    `SELECT firm_id FROM task_firm WHERE task_id = $1 ORDER BY firm_id`,
    [taskId],
  );
  return rows.map((r) => r.firm_id);
}

/** Writes one line of the task's activity log and the matching audit entry, in the caller's transaction. */
async function logChange(
  manager: EntityManager,
  ctx: Context,
  taskId: string,
  kind: TaskActivityKind,
  before: object | null,
  after: object | null,
) {
  await manager.save(
    manager.create(TaskActivityEntity, {
      taskId,
      actorId: ctx.viewer?.userId ?? null,
      kind,
      changes: diffFields(before, after),
    }),
  );
  await recordAudit(manager, ctx, {
    action: `TASK_${kind}`,
    entityType: 'Task',
    entityId: taskId,
    before,
    after,
  });
}

/** The fields of a task as its activity log and audit entries show them. */
const snapshot = (t: TaskEntity, firmIds?: string[]) => ({
  title: t.title,
  description: t.description,
  phase: t.phase,
  status: t.status,
  priority: t.priority,
  assigneeId: t.assigneeId,
  startDate: t.startDate,
  dueDate: t.dueDate,
  planActionId: t.planActionId,
  ...(firmIds ? { firmIds } : {}),
});

export async function createTask(ctx: Context, rawInput: unknown): Promise<TaskEntity> {
  const input = parseInput(createSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    await checkReferences(manager, input);
    const task = await manager.save(
      manager.create(TaskEntity, {
        title: input.title,
        description: input.description || null,
        phase: input.phase,
        status: input.status ?? 'TODO',
        priority: input.priority ?? 'MEDIUM',
        assigneeId: input.assigneeId ?? null,
        startDate: input.startDate ?? null,
        dueDate: input.dueDate ?? null,
        planActionId: input.planActionId ?? null,
      }),
    );
    const firmIds = [...new Set(input.firmIds ?? [])].sort();
    await replaceFirms(manager, task.id, firmIds);
    await logChange(manager, ctx, task.id, 'CREATED', null, snapshot(task, firmIds));
    await notifyTask(manager, ctx, 'ASSIGNED', task.id);
    return task;
  });
}

export async function updateTask(ctx: Context, rawInput: unknown): Promise<TaskEntity> {
  const { id, version, firmIds, ...fields } = parseInput(updateSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    await checkReferences(manager, { ...fields, firmIds });
    // Only the fields the input names change; an explicit null clears an optional one.
    const changes: Partial<TaskEntity> = {};
    for (const [key, value] of Object.entries(fields) as [keyof typeof fields, unknown][]) {
      if (value === undefined) continue;
      if (value === null && (key === 'title' || key === 'phase' || key === 'priority')) continue;
      (changes as Record<string, unknown>)[key] = value === '' ? null : value;
    }
    // The dates as they would be after the change: one given alone may cross the other one stored.
    const current = await manager.findOneBy(TaskEntity, { id });
    const start = changes.startDate !== undefined ? changes.startDate : current?.startDate;
    const due = changes.dueDate !== undefined ? changes.dueDate : current?.dueDate;
    if (start && due && due < start) throw badField('dueDate', 'before_start', 'is before the start date');
    const firmsBefore = await firmIdsOf(manager, id);
    const { before, after } = await updateVersioned(manager, TaskEntity, 'Task', id, version, changes);
    let firmsAfter = firmsBefore;
    if (firmIds) {
      firmsAfter = [...new Set(firmIds)].sort();
      await replaceFirms(manager, id, firmsAfter);
    }
    await logChange(manager, ctx, id, 'UPDATED', snapshot(before, firmsBefore), snapshot(after, firmsAfter));
    await notifyTask(manager, ctx, 'ASSIGNED', id, before.assigneeId);
    return after;
  });
}

const moveSchema = z.object({ id: uuid, version: z.number().int(), status: z.enum(TaskStatus) });

/** The titles of the task's blockers that are not DONE. */
async function openBlockers(manager: EntityManager, taskId: string): Promise<string[]> {
  const rows: { title: string }[] = await manager.query(
    `SELECT b.title FROM task_blocker tb JOIN task b ON b.id = tb.blocker_id
      WHERE tb.task_id = $1 AND b.status <> 'DONE' ORDER BY b.title`,
    [taskId],
  );
  return rows.map((r) => r.title);
}

const quoteList = (titles: string[]) => titles.map((t) => `"${t}"`).join(', ');

/** BAD_USER_INPUT on one field that also lists the tasks concerned, so the UI can name them in its language. */
function badTasks(field: string, reason: string, message: string, titles: string[]): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, {
    field,
    reason,
    fields: [{ field, reason, message }],
    tasks: titles,
  });
}

/** Moves a task to another status; DONE is refused while a blocker is open. */
export async function moveTask(ctx: Context, rawInput: unknown): Promise<TaskEntity> {
  const input = parseInput(moveSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    if (input.status === 'DONE') {
      const open = await openBlockers(manager, input.id);
      if (open.length) {
        throw badTasks(
          'status',
          'open_blockers',
          `cannot be DONE while these blockers are open: ${quoteList(open)}`,
          open,
        );
      }
    }
    const { before, after } = await updateVersioned(manager, TaskEntity, 'Task', input.id, input.version, {
      status: input.status,
    });
    await logChange(manager, ctx, input.id, 'MOVED', { status: before.status }, { status: after.status });
    return after;
  });
}

const blockersSchema = z.object({
  id: uuid,
  version: z.number().int(),
  blockerIds: z.array(uuid).max(50, 'lists more than 50 blockers'),
});

/**
 * The chain of blockers that would lead back to the task if it were blocked by `blockerIds`, as titles
 * from the task to itself (each blocked by the next), or null when there is no cycle. One recursive query.
 */
async function findCycle(
  manager: EntityManager,
  taskId: string,
  blockerIds: string[],
): Promise<string[] | null> {
  const rows: { path: string[] }[] = await manager.query(
    `WITH RECURSIVE chain (id, path) AS (
       SELECT b, ARRAY[$1::uuid, b] FROM unnest($2::uuid[]) AS b
       UNION ALL
       SELECT tb.blocker_id, chain.path || tb.blocker_id
         FROM chain JOIN task_blocker tb ON tb.task_id = chain.id
        WHERE chain.id <> $1 AND NOT tb.blocker_id = ANY (chain.path[2:])
     )
     SELECT path FROM chain WHERE id = $1 ORDER BY array_length(path, 1) LIMIT 1`,
    [taskId, blockerIds],
  );
  const path = rows[0]?.path;
  if (!path) return null;
  const titles: { id: string; title: string }[] = await manager.query(
    `SELECT id, title FROM task WHERE id = ANY($1::uuid[])`,
    [path],
  );
  const byId = new Map(titles.map((t) => [t.id, t.title]));
  return path.map((id) => byId.get(id) ?? id);
}

async function blockerTitles(manager: EntityManager, taskId: string): Promise<string[]> {
  const rows: { title: string }[] = await manager.query(
    `SELECT b.title FROM task_blocker tb JOIN task b ON b.id = tb.blocker_id WHERE tb.task_id = $1 ORDER BY b.title`,
    [taskId],
  );
  return rows.map((r) => r.title);
}

/** Replaces a task's blockers; a blocker that would close a cycle is refused, naming the cycle. */
export async function setTaskBlockers(ctx: Context, rawInput: unknown): Promise<TaskEntity> {
  const input = parseInput(blockersSchema, rawInput);
  const blockerIds = [...new Set(input.blockerIds)];
  return ctx.ds.transaction(async (manager) => {
    // Lock and bump the task first, so two concurrent edits of its blockers cannot both pass the cycle check.
    const { before, after } = await updateVersioned(manager, TaskEntity, 'Task', input.id, input.version, {});
    if (blockerIds.length) {
      const found = await manager
        .getRepository(TaskEntity)
        .createQueryBuilder('t')
        .where('t.id IN (:...ids)', { ids: blockerIds })
        .getMany();
      if (found.length !== blockerIds.length) {
        throw badField('blockerIds', 'not_found', 'names a task that does not exist');
      }
      const cycle = await findCycle(manager, input.id, blockerIds);
      if (cycle) {
        throw badTasks(
          'blockerIds',
          'cycle',
          `would make a cycle: ${cycle.map((t) => `"${t}"`).join(' → ')}`,
          cycle,
        );
      }
      const open = found.filter((t) => t.status !== 'DONE');
      if (before.status === 'DONE' && open.length) {
        throw badField(
          'blockerIds',
          'open_blockers',
          `a DONE task cannot wait for open tasks: ${quoteList(open.map((t) => t.title))}`,
        );
      }
    }
    const titlesBefore = await blockerTitles(manager, input.id);
    await manager.query(`DELETE FROM task_blocker WHERE task_id = $1`, [input.id]);
    if (blockerIds.length) {
      await manager.query(`INSERT INTO task_blocker (task_id, blocker_id) SELECT $1, unnest($2::uuid[])`, [
        input.id,
        blockerIds,
      ]);
    }
    const titlesAfter = await blockerTitles(manager, input.id);
    await logChange(
      manager,
      ctx,
      input.id,
      'BLOCKERS_CHANGED',
      { blockedBy: titlesBefore },
      { blockedBy: titlesAfter },
    );
    return after;
  });
}

const commentSchema = z.object({ taskId: uuid, body: text(5000).min(1, 'is required') });

export async function addTaskComment(ctx: Context, rawInput: unknown): Promise<TaskCommentEntity> {
  const input = parseInput(commentSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    if (!(await manager.existsBy(TaskEntity, { id: input.taskId }))) throw notFound('Task', input.taskId);
    const comment = await manager.save(
      manager.create(TaskCommentEntity, {
        taskId: input.taskId,
        authorId: ctx.viewer?.userId ?? null,
        body: input.body,
      }),
    );
    await manager.save(
      manager.create(TaskActivityEntity, {
        taskId: input.taskId,
        actorId: ctx.viewer?.userId ?? null,
        kind: 'COMMENTED',
        changes: { comment: { before: null, after: input.body.slice(0, 200) } },
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'TASK_COMMENTED',
      entityType: 'TaskComment',
      entityId: comment.id,
      after: { taskId: comment.taskId, body: comment.body },
    });
    await notifyTask(manager, ctx, 'COMMENTED', input.taskId);
    return comment;
  });
}
