import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import type { PlanActionEntity, PlanJoinRequestEntity } from '../plan/plan.entity.js';
import { notify } from './notification.service.js';

/**
 * A firm's request to join a plan action: a new one tells the action's lead (its lead person and the
 * users of its lead firm), a decided one tells the requesting firm's users.
 */
export async function notifyJoinRequest(
  manager: EntityManager,
  ctx: Context,
  request: PlanJoinRequestEntity,
  action: PlanActionEntity,
): Promise<void> {
  const object = { type: 'PlanAction', id: action.id };
  const actorId = ctx.viewer?.userId ?? null;
  if (request.status === 'PENDING') {
    const firm = await ctx.loaders.firmById.load(request.firmId);
    await notify(manager, ctx.config, {
      kind: 'PLAN_JOIN_REQUESTED',
      recipients: {
        userIds: action.leadUserId ? [action.leadUserId] : [],
        firmIds: action.leadFirmId ? [action.leadFirmId] : [],
      },
      object,
      params: { firm: firm?.legalName ?? '', action: action.title },
      actorId,
    });
    return;
  }
  await notify(manager, ctx.config, {
    kind: 'PLAN_JOIN_DECIDED',
    recipients: { firmIds: [request.firmId] },
    object,
    params: { action: action.title, status: request.status },
    actorId,
  });
}
