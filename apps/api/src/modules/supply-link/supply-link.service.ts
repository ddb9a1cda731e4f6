import { z } from 'zod';
import { In, type EntityManager } from 'typeorm';
import type { Context, Viewer } from '../../context.js';
import { authorizeObject, requireViewer } from '../../common/auth.js';
import { badField, conflict, isUniqueViolation } from '../../common/errors.js';
import { newestFirst } from '../../common/pagination.js';
import { romeToday } from '../../common/dates.js';
import { findOrThrow, getOrThrow } from '../../common/lookup.js';
import { isoDay, parseInput, text, uuid } from '../../common/validation.js';
import type { SupplyLinkDirection, SupplyLinkStatus } from '../../generated/graphql.js';
import { createAudited, updateAudited, type AuditedUpdate } from '../audit/audit.service.js';
import { recordViewerEvent } from '../event-stream/domain-event.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { SupplyLinkEntity } from './supply-link.entity.js';
import { supplyLinkAccess } from './supply-link.policy.js';

const MAX_PENDING = 100;

const declareSchema = z
  .object({
    supplierId: uuid,
    customerId: uuid,
    capabilityId: uuid,
    sharePercent: z
      .number()
      .min(0, { message: 'must be between 0 and 100' })
      .max(100, { message: 'must be between 0 and 100' })
      .nullish(),
    yearlyVolumePairs: z
      .number()
      .int({ message: 'must be a whole number of pairs' })
      .min(0, { message: 'must be 0 or more' })
      .nullish(),
    since: isoDay.nullish(),
    note: text(1000).nullish(),
  })
  .superRefine((v, issue) => {
    if (v.supplierId === v.customerId) {
      issue.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'must be another firm than the supplier',
        params: { reason: 'self_link' },
      });
    }
    if (v.since && v.since > romeToday()) {
      issue.addIssue({
        code: 'custom',
        path: ['since'],
        message: 'cannot be in the future',
        params: { reason: 'in_future' },
      });
    }
  });

const duplicateActive = () =>
  badField(
    'capabilityId',
    'duplicate_active',
    'these firms already have a declared or confirmed link for this capability',
  );

/** What the audit log keeps of a link. */
function snapshot(link: SupplyLinkEntity) {
  return {
    supplierId: link.supplierId,
    customerId: link.customerId,
    capabilityId: link.capabilityId,
    sharePercent: link.sharePercent === null ? null : Number(link.sharePercent),
    yearlyVolumePairs: link.yearlyVolumePairs,
    since: link.since,
    status: link.status,
    declaredByFirmId: link.declaredByFirmId,
    note: link.note,
    decisionNote: link.decisionNote,
  };
}

type LinkEventType =
  'supplyLink.declared' | 'supplyLink.confirmed' | 'supplyLink.rejected' | 'supplyLink.ended';

/**
 * Records what happened to a link (both firms' views follow it; its other side is told): `actorFirmId`
 * is the firm whose user acted, null when staff recorded it on the firms' behalf.
 */
const recordLinkEvent = (manager: EntityManager, ctx: Context, type: LinkEventType, link: SupplyLinkEntity) =>
  recordViewerEvent(manager, ctx, type, {
    supplyLinkId: link.id,
    supplierId: link.supplierId,
    customerId: link.customerId,
    actorFirmId: ctx.viewer?.role === 'FIRM' ? (ctx.viewer.firmId ?? null) : null,
  });

/** Declares a link for the viewer's firm, or records it on the firms' behalf (ADMIN, CONSULTANT). */
export async function declareSupplyLink(ctx: Context, rawInput: unknown): Promise<SupplyLinkEntity> {
  const viewer = requireViewer(ctx);
  const input = parseInput(declareSchema, rawInput);
  authorizeObject(viewer, supplyLinkAccess, 'declare', input);
  try {
    return await ctx.ds.transaction(async (manager) => {
      const firms = await manager.findBy(FirmEntity, { id: In([input.supplierId, input.customerId]) });
      if (!firms.some((f) => f.id === input.supplierId)) {
        throw badField('supplierId', 'not_found', 'is not a firm of the registry');
      }
      if (!firms.some((f) => f.id === input.customerId)) {
        throw badField('customerId', 'not_found', 'is not a firm of the registry');
      }
      if (!(await manager.existsBy(CapabilityEntity, { id: input.capabilityId }))) {
        throw badField('capabilityId', 'not_found', 'is not a capability of the vocabulary');
      }
      const [offered] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM firm_capability WHERE firm_id = $1 AND capability_id = $2) AS ok`,
        [input.supplierId, input.capabilityId],
      );
      if (!offered.ok) {
        throw badField('capabilityId', 'not_offered', 'is not among the capabilities the supplier offers');
      }
      const active = await manager
        .getRepository(SupplyLinkEntity)
        .createQueryBuilder('l')
        .where('l.supplier_id = :s AND l.customer_id = :c AND l.capability_id = :cap', {
          s: input.supplierId,
          c: input.customerId,
          cap: input.capabilityId,
        })
        .andWhere(`l.status IN ('DECLARED', 'CONFIRMED')`)
        .getExists();
      if (active) throw duplicateActive();

      const link = await createAudited(manager, ctx, {
        entity: SupplyLinkEntity,
        values: {
          supplierId: input.supplierId,
          customerId: input.customerId,
          capabilityId: input.capabilityId,
          sharePercent: input.sharePercent == null ? null : String(input.sharePercent),
          yearlyVolumePairs: input.yearlyVolumePairs ?? null,
          since: input.since ?? null,
          note: input.note || null,
          status: 'DECLARED',
          declaredByFirmId: viewer.role === 'FIRM' ? viewer.firmId : null,
          recordedByUserId: viewer.userId,
        },
        action: 'DECLARE_SUPPLY_LINK',
        snapshot,
      });
      await recordLinkEvent(manager, ctx, 'supplyLink.declared', link);
      return manager.findOneByOrFail(SupplyLinkEntity, { id: link.id });
    });
  } catch (error) {
    // Two declarations racing past the check above meet the unique partial index: same answer.
    if (isUniqueViolation(error, 'supply_link_active_idx')) throw duplicateActive();
    throw error;
  }
}

/** A step in a link's life: who may take it (`verb`), from which status, and what it changes and records. */
interface LinkStep {
  verb: 'decide' | 'end';
  from: SupplyLinkStatus;
  changes: AuditedUpdate<SupplyLinkEntity>['changes'];
  action: string;
  event: LinkEventType;
}

/**
 * Takes `step` on the link `args.id`: locks it, then checks in this order: exists, the viewer may act,
 * version, status; updates it with its audit entry and records the event.
 */
function changeLink(
  ctx: Context,
  viewer: Viewer,
  args: { id: string; version: number },
  step: LinkStep,
): Promise<SupplyLinkEntity> {
  return ctx.ds.transaction(async (manager) => {
    const link = await findOrThrow(manager, SupplyLinkEntity, args.id, { lock: true });
    authorizeObject(viewer, supplyLinkAccess, step.verb, link);
    if (link.version !== args.version) throw conflict('SupplyLink', args.id, link.version);
    if (link.status !== step.from) {
      throw badField('id', `not_${step.from.toLowerCase()}`, `is ${link.status}, not ${step.from}`);
    }
    const { after } = await updateAudited(manager, ctx, {
      entity: SupplyLinkEntity,
      id: args.id,
      version: args.version,
      changes: step.changes,
      action: step.action,
      snapshot,
    });
    await recordLinkEvent(manager, ctx, step.event, after);
    return after;
  });
}

/** Confirms or rejects a DECLARED link: the counterpart only. */
export async function decideSupplyLink(
  ctx: Context,
  args: { id: string; version: number; note?: string | null },
  outcome: 'CONFIRMED' | 'REJECTED',
): Promise<SupplyLinkEntity> {
  const viewer = requireViewer(ctx);
  const note = parseInput(text(1000).nullish(), args.note);
  const confirmed = outcome === 'CONFIRMED';
  return changeLink(ctx, viewer, args, {
    verb: 'decide',
    from: 'DECLARED',
    changes: {
      status: outcome,
      decidedAt: new Date(),
      decidedByUserId: viewer.userId,
      decisionNote: confirmed ? null : note || null,
    },
    action: confirmed ? 'CONFIRM_SUPPLY_LINK' : 'REJECT_SUPPLY_LINK',
    event: confirmed ? 'supplyLink.confirmed' : 'supplyLink.rejected',
  });
}

/** Ends a CONFIRMED link: either side. */
export async function endSupplyLink(
  ctx: Context,
  args: { id: string; version: number },
): Promise<SupplyLinkEntity> {
  const viewer = requireViewer(ctx);
  return changeLink(ctx, viewer, args, {
    verb: 'end',
    from: 'CONFIRMED',
    changes: { status: 'ENDED', endedAt: new Date(), endedByUserId: viewer.userId },
    action: 'END_SUPPLY_LINK',
    event: 'supplyLink.ended',
  });
}

/** A firm's links, newest first; FIRM users see other firms' CONFIRMED links only. */
export async function listSupplyLinks(
  ctx: Context,
  args: {
    firmId: string;
    direction?: SupplyLinkDirection | null;
    status?: SupplyLinkStatus | null;
    first?: number | null;
    after?: string | null;
  },
) {
  const viewer = requireViewer(ctx);
  await getOrThrow('Firm', args.firmId, (id) => ctx.loaders.firmById.load(id));
  const qb = ctx.ds.getRepository(SupplyLinkEntity).createQueryBuilder('l');
  const direction = args.direction ?? 'BOTH';
  if (direction === 'SUPPLIERS') qb.where('l.customer_id = :firmId', { firmId: args.firmId });
  else if (direction === 'CUSTOMERS') qb.where('l.supplier_id = :firmId', { firmId: args.firmId });
  else qb.where('(l.customer_id = :firmId OR l.supplier_id = :firmId)', { firmId: args.firmId });
  if (args.status) qb.andWhere('l.status = :status', { status: args.status });
  if (viewer.role === 'FIRM' && viewer.firmId !== args.firmId) {
    // Another firm's pending, rejected and ended links are its own business.
    qb.andWhere(`(l.status = 'CONFIRMED' OR l.supplier_id = :own OR l.customer_id = :own)`, {
      own: viewer.firmId,
    });
  }
  return newestFirst(qb, args);
}

/** DECLARED links the viewer's firm is the counterpart of, oldest first. */
export async function pendingSupplyLinkRequests(ctx: Context): Promise<SupplyLinkEntity[]> {
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'FIRM' || !viewer.firmId) return [];
  return ctx.ds
    .getRepository(SupplyLinkEntity)
    .createQueryBuilder('l')
    .where(`l.status = 'DECLARED'`)
    .andWhere('(l.supplier_id = :own OR l.customer_id = :own)', { own: viewer.firmId })
    .andWhere('l.declared_by_firm_id IS DISTINCT FROM :own', { own: viewer.firmId })
    .orderBy('l.created_at', 'ASC')
    .addOrderBy('l.id', 'ASC')
    .limit(MAX_PENDING)
    .getMany();
}
