import type { EntityManager } from 'typeorm';
import type { Role } from '@filiera/shared';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { badField, notFound } from '../../common/errors.js';
import { newestFirst } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { hashToken, newToken } from '../../common/tokens.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { queueMail } from '../mail/mail.service.js';
import type { MailContent } from '../mail/mail.render.js';
import { InvitationEntity } from './invitation.entity.js';
import { UserEntity } from './user.entity.js';
import { emailSchema, firmMatchesRole, roleEnum } from './user.service.js';

/** An invitation link works for a week. */
const INVITATION_DAYS = 7;

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

export function invitationStatus(inv: InvitationEntity, now = new Date()): InvitationStatus {
  if (inv.acceptedAt) return 'ACCEPTED';
  if (inv.revokedAt) return 'REVOKED';
  return inv.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

/** SQL conditions matching `invitationStatus`. */
const STATUS_CONDITIONS: Record<InvitationStatus, string> = {
  PENDING: 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()',
  ACCEPTED: 'i.accepted_at IS NOT NULL',
  REVOKED: 'i.accepted_at IS NULL AND i.revoked_at IS NOT NULL',
  EXPIRED: 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at <= now()',
};

export function listInvitations(
  ctx: Context,
  args: { status?: InvitationStatus | null; first?: number | null; after?: string | null },
) {
  const qb = ctx.ds.getRepository(InvitationEntity).createQueryBuilder('i');
  if (args.status) qb.where(STATUS_CONDITIONS[args.status]);
  return newestFirst(qb, args);
}

const inviteSchema = z
  .object({
    email: emailSchema,
    role: roleEnum,
    firmId: z.uuid({ message: 'is not a valid id' }).nullish(),
    language: z.enum(['it', 'en'], { message: 'must be it or en' }).nullish(),
  })
  .superRefine(firmMatchesRole);

/**
 * Invites a person: the one-time link is mailed to them through the outbox (in the language chosen, Italian
 * unless told) and returned once to the ADMIN; only its hash is stored.
 */
export async function inviteUser(ctx: Context, rawInput: unknown) {
  const input = parseInput(inviteSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    if (input.firmId && !(await manager.existsBy(FirmEntity, { id: input.firmId }))) {
      throw badField('firmId', 'not_found', 'is not a firm of the registry');
    }
    return issueInvitation(manager, ctx, {
      email: input.email,
      role: input.role,
      firmId: input.firmId ?? null,
      language: input.language ?? 'it',
    });
  });
}

/** What an invitation is for: who, with which role and firm, and the language of its mail. */
export interface InvitationFields {
  email: string;
  role: Role;
  firmId: string | null;
  language: 'it' | 'en';
}

/**
 * Writes an invitation in the caller's transaction, audits it and mails its one-time link (the usual
 * invitation, or `content` when another module says why the person gets it, e.g. an approved claim of a
 * firm). BAD_USER_INPUT (email, taken) when the address already has an account.
 */
export async function issueInvitation(
  manager: EntityManager,
  ctx: Context,
  fields: InvitationFields,
  content?: (url: string, expiresAt: Date) => MailContent,
) {
  const taken = await manager
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where('lower(u.email) = lower(:email)', { email: fields.email })
    .getExists();
  if (taken) throw badField('email', 'taken', 'already belongs to a user');
  const token = newToken();
  const invitation = await manager.save(
    manager.create(InvitationEntity, {
      ...fields,
      tokenHash: hashToken(token),
      invitedById: ctx.viewer?.userId ?? null,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    }),
  );
  await recordAudit(manager, ctx, {
    action: 'INVITE_USER',
    entityType: 'Invitation',
    entityId: invitation.id,
    after: { email: invitation.email, role: invitation.role, firmId: invitation.firmId },
  });
  const acceptUrl = await mailInvitation(manager, ctx, invitation, token, content);
  return { invitation, acceptUrl };
}

export async function revokeInvitation(ctx: Context, id: string) {
  return ctx.ds.transaction(async (manager) => {
    const invitation = z.uuid().safeParse(id).success
      ? await manager.findOne(InvitationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!invitation) throw notFound('Invitation', id);
    if (invitationStatus(invitation) !== 'PENDING') {
      throw badField('id', 'not_pending', 'is not a pending invitation');
    }
    invitation.revokedAt = new Date();
    await manager.update(InvitationEntity, id, {
      revokedAt: invitation.revokedAt,
      version: invitation.version + 1,
    });
    await recordAudit(manager, ctx, {
      action: 'REVOKE_INVITATION',
      entityType: 'Invitation',
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: invitation.revokedAt },
    });
    return invitation;
  });
}

/** Mails an invitation's link (a new token each time) through the outbox; answers the link. */
async function mailInvitation(
  manager: EntityManager,
  ctx: Context,
  invitation: InvitationEntity,
  token: string,
  content?: (url: string, expiresAt: Date) => MailContent,
): Promise<string> {
  const acceptUrl = `${ctx.config.publicUrl}/invitation/${token}`;
  const inviter = ctx.viewer ? await manager.findOneBy(UserEntity, { id: ctx.viewer.userId }) : null;
  await queueMail(manager, {
    kind: 'INVITATION',
    to: invitation.email,
    language: invitation.language,
    content: content
      ? content(acceptUrl, invitation.expiresAt)
      : INVITATION_MAIL[invitation.language](inviter?.name ?? 'Filiera', acceptUrl, invitation.expiresAt),
  });
  return acceptUrl;
}

const INVITATION_MAIL = {
  it: (inviter: string, url: string, expiresAt: Date) => ({
    subject: 'Il tuo invito a Filiera',
    paragraphs: [
      'Buongiorno,',
      `${inviter} ti invita a usare Filiera, la piattaforma della rete di imprese del distretto calzaturiero. Apri il collegamento per scegliere la tua password e attivare l’account.`,
    ],
    action: { label: 'Attiva il tuo account', url },
    after: [
      `Il collegamento vale una sola volta, fino al ${expiresAt.toLocaleString('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' })}.`,
      'Se non ti aspettavi questo invito, ignora questa e-mail.',
    ],
  }),
  en: (inviter: string, url: string, expiresAt: Date) => ({
    subject: 'Your invitation to Filiera',
    paragraphs: [
      'Hello,',
      `${inviter} invites you to Filiera, the platform of the footwear district's business network. Open the link to choose your password and activate your account.`,
    ],
    action: { label: 'Activate your account', url },
    after: [
      `The link works once, until ${expiresAt.toLocaleString('en-GB', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' })} (Italian time).`,
      'If you did not expect this invitation, ignore this e-mail.',
    ],
  }),
} as const;

/**
 * Sends a pending or expired invitation again (ADMIN): a new link valid for another week, mailed through
 * the outbox and returned once; the previous link stops working. Accepted or revoked ones are refused.
 */
export async function resendInvitation(ctx: Context, id: string) {
  return ctx.ds.transaction(async (manager) => {
    const invitation = z.uuid().safeParse(id).success
      ? await manager.findOne(InvitationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!invitation) throw notFound('Invitation', id);
    const status = invitationStatus(invitation);
    if (status === 'ACCEPTED' || status === 'REVOKED') {
      throw badField('id', status.toLowerCase(), `is ${status.toLowerCase()}: it cannot be sent again`);
    }
    const token = newToken();
    const before = { expiresAt: invitation.expiresAt };
    invitation.expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    invitation.version += 1;
    await manager.update(InvitationEntity, id, {
      tokenHash: hashToken(token),
      expiresAt: invitation.expiresAt,
      version: invitation.version,
    });
    await recordAudit(manager, ctx, {
      action: 'RESEND_INVITATION',
      entityType: 'Invitation',
      entityId: id,
      before,
      after: { expiresAt: invitation.expiresAt },
    });
    const acceptUrl = await mailInvitation(manager, ctx, invitation, token);
    return { invitation, acceptUrl };
  });
}

async function findByToken(ctx: Context, token: string): Promise<InvitationEntity | null> {
  if (token.length > 200) return null;
  return ctx.ds.getRepository(InvitationEntity).findOneBy({ tokenHash: hashToken(token) });
}

export async function invitationPreview(ctx: Context, token: string) {
  const invitation = await findByToken(ctx, token);
  if (!invitation) return null;
  const firm = invitation.firmId ? await ctx.loaders.firmById.load(invitation.firmId) : null;
  return {
    email: invitation.email,
    role: invitation.role,
    firmName: firm?.legalName ?? null,
    status: invitationStatus(invitation),
    expiresAt: invitation.expiresAt,
  };
}
