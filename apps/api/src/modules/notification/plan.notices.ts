import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import type { DomainEventOf } from '../event-stream/domain-event.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { PlanActionEntity, PlanJoinRequestEntity } from '../plan/plan.entity.js';
import { notify } from './notification.service.js';

/**
 * A firm's request to join a plan action: a new one tells the action's lead (its lead person and the
 * users of its lead firm), a decided one tells the requesting firm's users.
 */
export async function notifyJoinRequest(
  manager: EntityManager,
  config: Config,
  event: DomainEventOf<'plan.joinRequested' | 'plan.joinDecided'>,
): Promise<void> {
  const [request, action] = await Promise.all([
    manager.findOneBy(PlanJoinRequestEntity, { id: event.subject.joinRequestId }),
    manager.findOneBy(PlanActionEntity, { id: event.subject.actionId }),
  ]);
  if (!request || !action) return;
  const object = { type: 'PlanAction', id: action.id };
  if (event.type === 'plan.joinRequested') {
    const firm = await manager.findOneBy(FirmEntity, { id: request.firmId });
    await notify(manager, config, {
      kind: 'PLAN_JOIN_REQUESTED',
      recipients: {
        userIds: action.leadUserId ? [action.leadUserId] : [],
        firmIds: action.leadFirmId ? [action.leadFirmId] : [],
      },
      object,
      params: { firm: firm?.legalName ?? '', action: action.title },
      actorId: event.actorId,
    });
    return;
  }
  await notify(manager, config, {
    kind: 'PLAN_JOIN_DECIDED',
    recipients: { firmIds: [request.firmId] },
    object,
    params: { action: action.title, status: request.status },
    actorId: event.actorId,
  });
}
