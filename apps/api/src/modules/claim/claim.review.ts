import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { authorizeObject, requireViewer } from '../../common/auth.js';
import { badField } from '../../common/errors.js';
import { findOrThrow } from '../../common/lookup.js';
import { byTime, keysetPage } from '../../common/pagination.js';
import { parseInput, text, uuid, version } from '../../common/validation.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { recordViewerEvent } from '../event-stream/domain-event.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { queueMail } from '../mail/mail.service.js';
import { issueInvitation } from '../user/invitation.service.js';
import { UserEntity } from '../user/user.entity.js';
import { ClaimEntity, type ClaimStatus } from './claim.entity.js';
import { CLAIM_APPROVED_MAIL, CLAIM_REJECTED_MAIL } from './claim.mail.js';
import { firmManagerId, linkableAccount } from './claim.people.js';
import { firmPeoplePolicy } from './claim.policy.js';

/** Records that a newcomer waits for the firm manager's decision (the notifications module tells them). */
export async function askManager(
  manager: EntityManager,
  ctx: Context,
  claim: ClaimEntity,
  firm: FirmEntity,
): Promise<void> {
  await recordViewerEvent(manager, ctx, 'claim.requested', { claimId: claim.id, firmId: firm.id });
}

/**
 * Gives the claimant the firm: they are invited as a FIRM user of the firm and choose their password from
 * the mail, or, when they were removed from it before, their account is active again (and they are told).
 * Answers that account.
 */
export async function grantAccess(
  manager: EntityManager,
  ctx: Context,
  claim: ClaimEntity,
  firm: FirmEntity,
): Promise<string | null> {
  const existing = await linkableAccount(manager, claim.email, firm.id);
  if (!existing) {
    await issueInvitation(
      manager,
      ctx,
      { email: claim.email, role: 'FIRM', firmId: firm.id, language: claim.language },
      CLAIM_APPROVED_MAIL[claim.language](firm.legalName),
    );
    return null;
  }
  await manager.update(UserEntity, existing.id, { active: true, version: existing.version + 1 });
  await recordAudit(manager, ctx, {
    action: 'REACTIVATE_CLAIMED_ACCOUNT',
    entityType: 'User',
    entityId: existing.id,
    before: { active: false },
    after: { active: true },
  });
  await recordViewerEvent(manager, ctx, 'claim.approved', {
    claimId: claim.id,
    firmId: firm.id,
    userId: existing.id,
  });
  return existing.id;
}

/** Tells the claimant, by mail, that their claim was rejected and why (a claimant has no active account). */
async function tellRejected(manager: EntityManager, claim: ClaimEntity, firm: FirmEntity, reason: string) {
  await queueMail(manager, {
    kind: 'CLAIM_REJECTED',
    to: claim.email,
    language: claim.language,
    content: CLAIM_REJECTED_MAIL[claim.language](firm.legalName, reason),
  });
}

/** After the code or a review: the firm's manager decides when the firm has people, else it is approved. */
export async function settleVerifiedClaim(
  manager: EntityManager,
  ctx: Context,
  claim: ClaimEntity,
  firm: FirmEntity,
): Promise<void> {
  if (await firmManagerId(manager, firm.id)) {
    await manager.update(ClaimEntity, claim.id, { status: 'AWAITING_MANAGER' });
    await askManager(manager, ctx, claim, firm);
    return;
  }
  const userId = await grantAccess(manager, ctx, claim, firm);
  await manager.update(ClaimEntity, claim.id, { status: 'APPROVED', decidedAt: new Date(), userId });
}

/** Claims whose document waits for review, oldest first. */
export function claimReviewQueue(ctx: Context, args: { first?: number | null; after?: string | null }) {
  return keysetPage(
    ctx.ds.getRepository(ClaimEntity).createQueryBuilder('c').where(`c.status = 'IN_REVIEW'`),
    byTime('c.created_at', (c) => c.createdAt, 'ASC'),
    args,
  );
}

/** The claims of the viewer's firm that wait for its manager (nothing for anyone else), oldest first. */
export async function firmClaimRequests(ctx: Context): Promise<ClaimEntity[]> {
  const viewer = requireViewer(ctx);
  if (!viewer.firmId || (await firmManagerId(ctx.ds.manager, viewer.firmId)) !== viewer.userId) return [];
  return ctx.ds.getRepository(ClaimEntity).find({
    where: { firmId: viewer.firmId, status: 'AWAITING_MANAGER' },
    order: { createdAt: 'ASC', id: 'ASC' },
    take: 50,
  });
}

const decisionSchema = z
  .object({ id: uuid, version, approve: z.boolean(), reason: text(500).nullish() })
  .refine((d) => d.approve || (d.reason ?? '').length >= 3, {
    path: ['reason'],
    message: 'is required to reject a claim',
  });

/**
 * One decision on a claim waiting in `from`: approval gives the firm (or, after a review, hands the claim to
 * the firm's manager when the firm has people), rejection tells the claimant why. Audited; CONFLICT on a
 * stale version.
 */
async function decide(
  ctx: Context,
  rawInput: unknown,
  from: ClaimStatus,
  action: string,
  authorize: (manager: EntityManager, claim: ClaimEntity) => Promise<void>,
): Promise<ClaimEntity> {
  const input = parseInput(decisionSchema, rawInput);
  const viewer = requireViewer(ctx);
  return ctx.ds.transaction(async (manager) => {
    const claim = await findOrThrow(manager, ClaimEntity, input.id);
    await authorize(manager, claim);
    if (claim.status !== from) throw badField('id', 'not_pending', 'is not waiting for this decision');
    const firm = await manager.findOneByOrFail(FirmEntity, { id: claim.firmId });
    const toManager =
      input.approve && from === 'IN_REVIEW' && (await firmManagerId(manager, firm.id)) !== null;
    const status: ClaimStatus = !input.approve ? 'REJECTED' : toManager ? 'AWAITING_MANAGER' : 'APPROVED';
    await updateAudited(manager, ctx, {
      entity: ClaimEntity,
      id: claim.id,
      version: input.version,
      changes: {
        status,
        reason: input.approve ? null : input.reason!,
        ...(toManager ? {} : { decidedById: viewer.userId, decidedAt: new Date() }),
      },
      action,
      snapshot: (c) => ({ status: c.status, reason: c.reason, decidedById: c.decidedById }),
      alongside: async () => {
        if (status === 'AWAITING_MANAGER') await askManager(manager, ctx, claim, firm);
        if (status === 'REJECTED') await tellRejected(manager, claim, firm, input.reason!);
        if (status !== 'APPROVED') return;
        const userId = await grantAccess(manager, ctx, claim, firm);
        await manager.update(ClaimEntity, claim.id, { userId });
        return { after: { userId } };
      },
    });
    return manager.findOneByOrFail(ClaimEntity, { id: claim.id });
  });
}

/** A consultant's or the ADMIN's review of a claim's document. */
export const reviewClaim = (ctx: Context, rawInput: unknown) =>
  decide(ctx, rawInput, 'IN_REVIEW', 'REVIEW_CLAIM', async () => {});

/** The firm's manager decides on a newcomer of their own firm (FORBIDDEN for anyone else). */
export const decideClaim = (ctx: Context, rawInput: unknown) =>
  decide(ctx, rawInput, 'AWAITING_MANAGER', 'DECIDE_CLAIM', async (manager, claim) => {
    const managerId = await firmManagerId(manager, claim.firmId);
    authorizeObject(ctx.viewer, firmPeoplePolicy, 'manage', { firmId: claim.firmId, managerId });
  });
