import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import type { DomainEventOf } from '../event-stream/domain-event.js';
import { TaskEntity } from '../task/task.entity.js';
import { notify } from './notification.service.js';

/**
 * Tells a task's assignee it was assigned to them (the assignee the event names) or that someone
 * commented on it (whoever is its assignee now); nobody is told of their own action.
 */
export async function notifyTask(
  manager: EntityManager,
  config: Config,
  event: DomainEventOf<'task.assigned' | 'task.commented'>,
): Promise<void> {
  const task = await manager.findOneBy(TaskEntity, { id: event.subject.taskId });
  const assigneeId = event.type === 'task.assigned' ? event.subject.assigneeId : task?.assigneeId;
  if (!task || !assigneeId) return;
  await notify(manager, config, {
    kind: event.type === 'task.assigned' ? 'TASK_ASSIGNED' : 'TASK_COMMENTED',
    recipients: { userIds: [assigneeId] },
    object: { type: 'Task', id: task.id },
    params: { title: task.title },
    actorId: event.actorId,
  });
}
