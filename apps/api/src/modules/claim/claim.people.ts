import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { authorizeObject, can, requireViewer } from '../../common/auth.js';
import { badField } from '../../common/errors.js';
import { findOrThrow } from '../../common/lookup.js';
import { parseInput, uuid, version } from '../../common/validation.js';
import { updateAudited } from '../audit/audit.service.js';
import { endSessions } from '../auth/session.service.js';
import { issueInvitation } from '../user/invitation.service.js';
import { UserEntity } from '../user/user.entity.js';
import { emailSchema } from '../user/user.service.js';
import { firmPeoplePolicy } from './claim.policy.js';

/** A person of a firm as its colleagues see them. */
export interface FirmPersonModel {
  id: string;
  name: string;
  email: string;
  version: number;
  isManager: boolean;
  viewerCanRemove: boolean;
}

/** The firm's manager: its first active person (by when their account was made), or null with nobody. */
export async function firmManagerId(manager: EntityManager, firmId: string): Promise<string | null> {
  const [row] = (await manager.query(
    `SELECT id FROM app_user WHERE firm_id = $1 AND role = 'FIRM' AND active ORDER BY created_at, id LIMIT 1`,
    [firmId],
  )) as { id: string }[];
  return row?.id ?? null;
}

/**
 * The account an approved claim would go back to, if the address has one: a FIRM account of this firm that
 * was removed (deactivated) is taken back; a person still of the firm is told to sign in, and any other
 * account is refused, so that a claim never moves a person between firms or roles.
 */
export async function linkableAccount(
  manager: EntityManager,
  email: string,
  firmId: string,
): Promise<UserEntity | null> {
  const user = await manager
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where('lower(u.email) = lower(:email)', { email })
    .getOne();
  if (!user) return null;
  if (user.role !== 'FIRM' || user.firmId !== firmId) {
    throw badField('email', 'taken', 'already has an account on Filiera: use another address');
  }
  if (user.active) throw badField('email', 'member', 'already works for this firm on Filiera');
  return user;
}

/** A firm has at most a few dozen people: the list is bounded anyway. */
const PEOPLE_LIMIT = 200;

/** The active people of the viewer's firm, the manager first. */
export async function firmPeople(ctx: Context) {
  const viewer = requireViewer(ctx);
  if (!viewer.firmId) return { people: [], viewerIsManager: false };
  const users = await ctx.ds.getRepository(UserEntity).find({
    where: { firmId: viewer.firmId, role: 'FIRM', active: true },
    order: { createdAt: 'ASC', id: 'ASC' },
    take: PEOPLE_LIMIT,
  });
  const firm = { firmId: viewer.firmId, managerId: users[0]?.id ?? null };
  const viewerIsManager = can(viewer, firmPeoplePolicy, 'manage', firm);
  const people: FirmPersonModel[] = users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    version: u.version,
    isManager: u.id === firm.managerId,
    viewerCanRemove: viewerIsManager && u.id !== viewer.userId,
  }));
  return { people, viewerIsManager };
}

const inviteSchema = z.object({
  email: emailSchema,
  language: z.enum(['it', 'en'], { message: 'must be it or en' }).nullish(),
});

/** The firm's manager invites a colleague to their own firm; the link goes by mail (the usual invitation). */
export async function inviteColleague(ctx: Context, rawInput: unknown) {
  const input = parseInput(inviteSchema, rawInput);
  const viewer = requireViewer(ctx);
  return ctx.ds.transaction(async (manager) => {
    const firmId = viewer.firmId ?? '';
    const managerId = firmId ? await firmManagerId(manager, firmId) : null;
    authorizeObject(viewer, firmPeoplePolicy, 'manage', { firmId, managerId });
    const { invitation } = await issueInvitation(manager, ctx, {
      email: input.email,
      role: 'FIRM',
      firmId,
      language: input.language ?? 'it',
    });
    return invitation;
  });
}

const removeSchema = z.object({ userId: uuid, version });

/**
 * The firm's manager removes a colleague of their own firm (FORBIDDEN for a person of another firm): the
 * account is deactivated and its sessions end at once. The manager cannot remove themselves.
 */
export async function removeColleague(ctx: Context, rawInput: unknown): Promise<FirmPersonModel> {
  const input = parseInput(removeSchema, rawInput);
  const viewer = requireViewer(ctx);
  return ctx.ds.transaction(async (manager) => {
    const target = await findOrThrow(manager, UserEntity, input.userId);
    const firmId = target.role === 'FIRM' ? (target.firmId ?? '') : '';
    const managerId = firmId ? await firmManagerId(manager, firmId) : null;
    authorizeObject(viewer, firmPeoplePolicy, 'manage', { firmId, managerId });
    if (target.id === viewer.userId) throw badField('userId', 'self', 'is you: the manager stays');
    if (!target.active) throw badField('userId', 'inactive', 'is no longer with the firm');
    const { after } = await updateAudited(manager, ctx, {
      entity: UserEntity,
      id: target.id,
      version: input.version,
      changes: { active: false },
      action: 'REMOVE_COLLEAGUE',
      snapshot: (u) => ({ active: u.active, firmId: u.firmId }),
      alongside: async () => ({ after: { sessionsEnded: await endSessions(manager, target.id) } }),
    });
    return { ...after, isManager: false, viewerCanRemove: false };
  });
}
