import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { TaskPhase, TaskPriority, TaskStatus } from '@filiera/shared';
import type { Context } from '../../context.js';
import { badField } from '../../common/errors.js';
import { replaceLinks, type LinkTable } from '../../common/link-table.js';
import { assertAllExist, findOrThrow } from '../../common/lookup.js';
import {
  assertDatesInOrder,
  datesInOrder,
  isoDay,
  parseInput,
  text,
  uuid,
  version,
} from '../../common/validation.js';
import { diffFields, recordAudit, updateAudited, type AuditedUpdate } from '../audit/audit.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { recordViewerEvent } from '../event-stream/domain-event.js';
import { planActionExists } from '../plan/plan.service.js';
import { UserEntity } from '../user/user.entity.js';
import { TaskActivityEntity, TaskCommentEntity, TaskEntity, type TaskActivityKind } from './task.entity.js';
import { ASSIGNABLE_ROLES } from './task.policy.js';

// Creating and changing tasks, with the activity log and the audit entry of each change.

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

const createSchema = z
  .object({
    ...fieldsSchema,
    priority: fieldsSchema.priority.nullish(),
    status: z.enum(TaskStatus).nullish(),
  })
  .superRefine(datesInOrder('startDate', 'dueDate'));

const updateSchema = z
  .object({
    id: uuid,
    version,
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
  .superRefine(datesInOrder('startDate', 'dueDate'));

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
  await assertAllExist(manager, FirmEntity, 'firmIds', input.firmIds ?? []);
  if (input.planActionId && !(await planActionExists(manager, input.planActionId))) {
    throw badField('planActionId', 'not_found', 'is not an action of a plan');
  }
}

/** The firms a task concerns. */
const TASK_FIRMS: LinkTable = { table: 'task_firm', owner: 'task_id', linked: 'firm_id' };

async function firmIdsOf(manager: EntityManager, taskId: string): Promise<string[]> {
  const rows: { firm_id: string }[] = await manager.query(
    `SELECT firm_id FROM task_firm WHERE task_id = $1 ORDER BY firm_id`,
    [taskId],
  );
  return rows.map((r) => r.firm_id);
}

/** Writes one line of the task's activity log, in the caller's transaction (the audit entry is separate). */
async function logActivity(
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
}

/** A task's audited update (action TASK_<kind>) with the line of its activity log that shows the same change. */
export async function updateTaskRow(
  manager: EntityManager,
  ctx: Context,
  kind: TaskActivityKind,
  update: Omit<AuditedUpdate<TaskEntity>, 'entity' | 'action'>,
): Promise<TaskEntity> {
  let shown: { before: object; after: object } = { before: {}, after: {} };
  const { after } = await updateAudited(manager, ctx, {
    ...update,
    entity: TaskEntity,
    action: `TASK_${kind}`,
    alongside: async (rows) => {
      const extra = (await update.alongside?.(rows)) ?? {};
      const view = update.snapshot ?? snapshot;
      shown = {
        before: { ...view(rows.before), ...extra.before },
        after: { ...view(rows.after), ...extra.after },
      };
      return extra;
    },
  });
  await logActivity(manager, ctx, after.id, kind, shown.before, shown.after);
  await recordViewerEvent(manager, ctx, 'task.updated', { taskId: after.id });
  return after;
}

/** Records that the task has a new assignee (none, or the same one as before: nothing happened). */
async function recordAssignment(
  manager: EntityManager,
  ctx: Context,
  task: TaskEntity,
  previousAssigneeId?: string | null,
): Promise<void> {
  if (!task.assigneeId || task.assigneeId === previousAssigneeId) return;
  await recordViewerEvent(manager, ctx, 'task.assigned', { taskId: task.id, assigneeId: task.assigneeId });
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
    await replaceLinks(manager, TASK_FIRMS, task.id, firmIds);
    const created = snapshot(task, firmIds);
    await logActivity(manager, ctx, task.id, 'CREATED', null, created);
    await recordAudit(manager, ctx, {
      action: 'TASK_CREATED',
      entityType: 'Task',
      entityId: task.id,
      after: created,
    });
    await recordViewerEvent(manager, ctx, 'task.created', { taskId: task.id });
    await recordAssignment(manager, ctx, task);
    return task;
  });
}

export async function updateTask(ctx: Context, rawInput: unknown): Promise<TaskEntity> {
  const { id, version: expected, firmIds, ...fields } = parseInput(updateSchema, rawInput);
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
    assertDatesInOrder(start, due, 'dueDate');
    const firmsBefore = await firmIdsOf(manager, id);
    const updated = await updateTaskRow(manager, ctx, 'UPDATED', {
      id,
      version: expected,
      changes,
      alongside: async () => {
        let firmsAfter = firmsBefore;
        if (firmIds) {
          firmsAfter = [...new Set(firmIds)].sort();
          await replaceLinks(manager, TASK_FIRMS, id, firmsAfter);
        }
        return { before: { firmIds: firmsBefore }, after: { firmIds: firmsAfter } };
      },
    });
    await recordAssignment(manager, ctx, updated, current?.assigneeId);
    return updated;
  });
}

const commentSchema = z.object({ taskId: uuid, body: text(5000).min(1, 'is required') });

export async function addTaskComment(ctx: Context, rawInput: unknown): Promise<TaskCommentEntity> {
  const input = parseInput(commentSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const task = await findOrThrow(manager, TaskEntity, input.taskId);
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
    await recordViewerEvent(manager, ctx, 'task.commented', { taskId: task.id, commentId: comment.id });
    return comment;
  });
}
