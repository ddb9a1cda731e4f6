import { z } from 'zod';
import type { Context } from '../../context.js';
import { authorizeObject, can, requireViewer } from '../../common/auth.js';
import { badField } from '../../common/errors.js';
import { findOrThrow } from '../../common/lookup.js';
import { parseInput, text, uuid, version } from '../../common/validation.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { recordViewerEvent } from '../event-stream/domain-event.js';
import { PlanActionEntity, PlanJoinRequestEntity } from './plan.entity.js';
import { planPolicy, planAccess } from './plan.policy.js';
import { openPlan } from './plan.service.js';

// Firms asking to take part in an action, and the action's lead deciding.

/** Whether the viewer may ask, for their firm, to join this action now. */
export async function viewerCanRequestToJoin(ctx: Context, action: PlanActionEntity): Promise<boolean> {
  const viewer = ctx.viewer;
  if (
    !viewer ||
    !planPolicy.requestToJoin.allows(viewer) ||
    !can(viewer, planAccess, 'requestToJoin', viewer)
  ) {
    return false;
  }
  if (action.status === 'DONE' || action.status === 'CANCELLED' || action.leadFirmId === viewer.firmId) {
    return false;
  }
  const [plan, firms, requests] = await Promise.all([
    ctx.loaders.plan.planById.load(action.planId),
    ctx.loaders.plan.firmIdsByActionId.load(action.id),
    ctx.loaders.plan.joinRequestsByActionId.load(action.id),
  ]);
  return (
    plan?.status !== 'CLOSED' &&
    !firms.some((f) => f.firm_id === viewer.firmId) &&
    !requests.some((r) => r.firmId === viewer.firmId && r.status === 'PENDING')
  );
}
const joinSchema = z.object({ actionId: uuid, note: text(1000).nullish() });

/** A FIRM user asks, for their own firm, to take part in an action. */
export async function requestToJoin(ctx: Context, rawInput: unknown) {
  const viewer = requireViewer(ctx);
  const input = parseInput(joinSchema, rawInput);
  const firmId = viewer.firmId;
  authorizeObject(viewer, planAccess, 'requestToJoin', { firmId });
  return ctx.ds.transaction(async (manager) => {
    const action = await findOrThrow(manager, PlanActionEntity, input.actionId);
    await openPlan(manager, action.planId, 'actionId');
    if (action.status === 'DONE' || action.status === 'CANCELLED') {
      throw badField('actionId', 'not_open', `is ${action.status} and takes no new firms`);
    }
    const [{ participating, pending }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM plan_action_firm WHERE action_id = $1 AND firm_id = $2) OR $3 AS participating,
              EXISTS (SELECT 1 FROM plan_join_request WHERE action_id = $1 AND firm_id = $2 AND status = 'PENDING') AS pending`,
      [action.id, firmId, action.leadFirmId === firmId],
    );
    if (participating) throw badField('actionId', 'already_participating', 'already counts your firm');
    if (pending)
      throw badField('actionId', 'already_requested', 'already has a pending request from your firm');
    const request = await manager.save(
      manager.create(PlanJoinRequestEntity, {
        actionId: action.id,
        firmId: firmId as string,
        requestedById: viewer.userId,
        note: input.note || null,
        status: 'PENDING',
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'REQUEST_TO_JOIN_PLAN_ACTION',
      entityType: 'PlanJoinRequest',
      entityId: request.id,
      after: {
        actionId: request.actionId,
        firmId: request.firmId,
        note: request.note,
        status: request.status,
      },
    });
    await recordViewerEvent(manager, ctx, 'plan.joinRequested', {
      joinRequestId: request.id,
      actionId: action.id,
    });
    return request;
  });
}

const decideSchema = z.object({ id: uuid, version, accept: z.boolean() });

/** The action's lead (or ADMIN/CONSULTANT) accepts or declines a pending request; accepting adds the firm. */
export async function decideJoinRequest(ctx: Context, rawInput: unknown) {
  const input = parseInput(decideSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const request = await findOrThrow(manager, PlanJoinRequestEntity, input.id);
    const action = await manager.findOneByOrFail(PlanActionEntity, { id: request.actionId });
    authorizeObject(ctx.viewer, planAccess, 'decideJoin', action);
    if (request.status !== 'PENDING') throw badField('id', 'not_pending', `was already ${request.status}`);
    const { after } = await updateAudited(manager, ctx, {
      entity: PlanJoinRequestEntity,
      id: input.id,
      version: input.version,
      changes: {
        status: input.accept ? 'ACCEPTED' : 'DECLINED',
        decidedById: ctx.viewer?.userId ?? null,
        decidedAt: new Date(),
      },
      action: input.accept ? 'ACCEPT_PLAN_JOIN_REQUEST' : 'DECLINE_PLAN_JOIN_REQUEST',
      snapshot: (r) => ({ status: r.status, decidedById: r.decidedById }),
      alongside: async () => {
        if (!input.accept) return;
        await manager.query(
          `INSERT INTO plan_action_firm (action_id, firm_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [request.actionId, request.firmId],
        );
      },
    });
    await recordViewerEvent(manager, ctx, 'plan.joinDecided', {
      joinRequestId: after.id,
      actionId: action.id,
    });
    return after;
  });
}
