import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import type { TaskEntity } from '../task/task.entity.js';
import { notify } from './notification.service.js';

/**
 * Tells a task's assignee it was assigned to them (only when the assignee is new: `previousAssigneeId`)
 * or that someone commented on it; nobody is told of their own action.
 */
export async function notifyTask(
  manager: EntityManager,
  ctx: Context,
  event: 'ASSIGNED' | 'COMMENTED',
  task: Pick<TaskEntity, 'id' | 'title' | 'assigneeId'>,
  previousAssigneeId?: string | null,
): Promise<void> {
  if (!task.assigneeId || (event === 'ASSIGNED' && task.assigneeId === previousAssigneeId)) return;
  await notify(manager, ctx.config, {
    kind: event === 'ASSIGNED' ? 'TASK_ASSIGNED' : 'TASK_COMMENTED',
    recipients: { userIds: [task.assigneeId] },
    object: { type: 'Task', id: task.id },
    params: { title: task.title },
    actorId: ctx.viewer?.userId ?? null,
  });
}
