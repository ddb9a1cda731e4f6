import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { notify } from './notification.service.js';

/**
 * Tells a task's assignee it was assigned to them (only when the assignee is new: `previousAssigneeId`)
 * or that someone commented on it; nobody is told of their own action.
 */
export async function notifyTask(
  manager: EntityManager,
  ctx: Context,
  event: 'ASSIGNED' | 'COMMENTED',
  taskId: string,
  previousAssigneeId?: string | null,
): Promise<void> {
  const [task]: { title: string; assignee_id: string | null }[] = await manager.query(
    `SELECT title, assignee_id FROM task WHERE id = $1`,
    [taskId],
  );
  if (!task?.assignee_id || (event === 'ASSIGNED' && task.assignee_id === previousAssigneeId)) return;
  await notify(manager, ctx.config, {
    kind: event === 'ASSIGNED' ? 'TASK_ASSIGNED' : 'TASK_COMMENTED',
    recipients: { userIds: [task.assignee_id] },
    object: { type: 'Task', id: taskId },
    params: { title: task.title },
    actorId: ctx.viewer?.userId ?? null,
  });
}
