import { z } from 'zod';
import type { Role } from '@filiera/shared';
import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { badField, notFound } from '../../common/errors.js';
import { newestFirst } from '../../common/pagination.js';
import { parseInput } from '../../common/validation.js';
import type { NotificationChannel, NotificationKind } from '../../generated/graphql.js';
import { recordAudit } from '../audit/audit.service.js';
import { queueMail } from '../mail/mail.service.js';
import { activeRecipients, type Recipient as Person } from '../user/user.recipients.js';
import { publishLive, type LiveEvent } from '../../common/live.js';
import {
  NotificationEntity,
  NotificationPreferenceEntity,
  type NotificationDelivery,
} from './notification.entity.js';
import { ALL_KINDS, NOTIFICATION_KINDS, objectPath } from './notification.kinds.js';

/** What the notificationAdded subscription sends. */
export interface NotificationAddedModel {
  notification: NotificationEntity;
  unreadCount: number;
}

/** Something that happened, to tell the people it concerns. */
export interface Notice {
  kind: NotificationKind;
  /** Named users, every active user of the named firms (FIRM role), and everyone in the named roles. */
  recipients: { userIds?: readonly string[]; firmIds?: readonly string[]; roles?: readonly Role[] };
  /** What it is about (the live views of the object itself are the LiveProcessor's concern). */
  object: { type: string; id: string };
  params: Record<string, string>;
  /** Who did it: not told of their own action. */
  actorId?: string | null;
  /** For scheduled reminders: a recipient gets at most one notification per key. */
  dedupeKey?: string;
}

interface Recipient extends Person {
  channel: NotificationChannel;
}

/** The mail sent at once for one notification, in the recipient's language. */
function immediateMail(config: Config, notice: Notice, r: Recipient) {
  const line = NOTIFICATION_KINDS[notice.kind].text[r.language](notice.params);
  const url = `${config.publicUrl}${objectPath({ objectType: notice.object.type, objectId: notice.object.id }, r.firmId)}`;
  return {
    kind: `NOTIFICATION_${notice.kind}`,
    to: r.email,
    language: r.language,
    content: {
      subject: line,
      paragraphs: [line],
      action: { label: r.language === 'it' ? 'Apri in Filiera' : 'Open in Filiera', url },
      after: [
        r.language === 'it'
          ? 'Puoi scegliere come ricevere questi avvisi in «Il mio account».'
          : 'You can choose how these notices reach you in “My account”.',
      ],
    },
  };
}

/**
 * Tells the people a change concerns, in the caller's transaction (the NotificationsProcessor's, or a
 * scheduled job's): one notification row per recipient whose preference for the kind is not OFF, an
 * outbox mail for those who want it at once, and each new notification's live event (delivered at commit). Answers how many notifications were written.
 */
export async function notify(manager: EntityManager, config: Config, notice: Notice): Promise<number> {
  const spec = NOTIFICATION_KINDS[notice.kind];
  const people = await activeRecipients(manager, notice.recipients, spec.roles, notice.actorId ?? null);
  const chosen: { user_id: string; channel: NotificationChannel }[] = people.length
    ? await manager.query(
        `SELECT user_id, channel FROM notification_preference WHERE kind = $1 AND user_id = ANY($2::uuid[])`,
        [notice.kind, people.map((p) => p.id)],
      )
    : [];
  const recipients: Recipient[] = people.map((p) => ({
    ...p,
    channel: chosen.find((c) => c.user_id === p.id)?.channel ?? spec.defaultChannel,
  }));
  const told = recipients.filter((r) => r.channel !== 'OFF');
  const written: { id: string; recipient_id: string }[] = told.length
    ? await manager.query(
        `INSERT INTO notification (recipient_id, kind, object_type, object_id, params, delivery, dedupe_key)
         SELECT r.id, $3, $4, $5, $6::jsonb, r.delivery, $7
           FROM unnest($1::uuid[], $2::text[]) AS r(id, delivery)
         ON CONFLICT (recipient_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
         RETURNING id, recipient_id`,
        [
          told.map((r) => r.id),
          told.map((r): NotificationDelivery => r.channel as NotificationDelivery),
          notice.kind,
          notice.object.type,
          notice.object.id,
          JSON.stringify(notice.params),
          notice.dedupeKey ?? null,
        ],
      )
    : [];
  const writtenFor = new Set(written.map((w) => w.recipient_id));
  for (const r of told) {
    if (r.channel === 'EMAIL' && writtenFor.has(r.id))
      await queueMail(manager, immediateMail(config, notice, r));
  }
  // The bell of each person told: their new notification, announced at commit.
  const events: LiveEvent[] = written.map((w) => ({ t: 'n', id: w.id, u: w.recipient_id }));
  await publishLive(manager, events);
  return written.length;
}

const own = (ctx: Context) => {
  const viewer = requireViewer(ctx);
  return ctx.ds
    .getRepository(NotificationEntity)
    .createQueryBuilder('n')
    .where('n.recipient_id = :me', { me: viewer.userId });
};

/** The viewer's notifications, newest first. */
export function listNotifications(
  ctx: Context,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
) {
  const qb = own(ctx);
  if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
  return newestFirst(qb, args);
}

export const unreadCount = (ctx: Context): Promise<number> =>
  own(ctx).andWhere('n.read_at IS NULL').getCount();

/** The viewer's own notification, re-read now (null when it is not theirs). */
export async function readOwnNotification(ctx: Context, id: string): Promise<NotificationEntity | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return own(ctx).andWhere('n.id = :id', { id }).getOne();
}

export async function markNotificationRead(ctx: Context, id: string): Promise<NotificationEntity> {
  const viewer = requireViewer(ctx);
  return ctx.ds.transaction(async (manager) => {
    const found = z.uuid().safeParse(id).success
      ? await manager.findOne(NotificationEntity, {
          where: { id, recipientId: viewer.userId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    // Another person's notification is "not found", not "forbidden": its existence is theirs.
    if (!found) throw notFound('Notification', id);
    if (found.readAt) return found;
    const readAt = new Date();
    await manager.update(NotificationEntity, { id }, { readAt });
    await recordAudit(manager, ctx, {
      action: 'READ_NOTIFICATION',
      entityType: 'Notification',
      entityId: id,
      before: { readAt: null },
      after: { readAt },
    });
    return { ...found, readAt };
  });
}

export async function markAllNotificationsRead(
  ctx: Context,
): Promise<{ count: number; unreadCount: number }> {
  const viewer = requireViewer(ctx);
  const count = await ctx.ds.transaction(async (manager) => {
    const result: [unknown[], number] = await manager.query(
      `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`,
      [viewer.userId],
    );
    const marked = result[1];
    if (marked > 0) {
      await recordAudit(manager, ctx, {
        action: 'READ_ALL_NOTIFICATIONS',
        entityType: 'User',
        entityId: viewer.userId,
        after: { marked },
      });
    }
    return marked;
  });
  return { count, unreadCount: await unreadCount(ctx) };
}

/** The kinds a person in the viewer's role can receive, each with their channel. */
export async function notificationPreferences(ctx: Context) {
  const viewer = requireViewer(ctx);
  const chosen = await ctx.ds.getRepository(NotificationPreferenceEntity).findBy({ userId: viewer.userId });
  return ALL_KINDS.filter((kind) => NOTIFICATION_KINDS[kind].roles.includes(viewer.role)).map((kind) => ({
    kind,
    channel: chosen.find((p) => p.kind === kind)?.channel ?? NOTIFICATION_KINDS[kind].defaultChannel,
    defaultChannel: NOTIFICATION_KINDS[kind].defaultChannel,
  }));
}

const preferenceSchema = z.object({
  kind: z.enum(ALL_KINDS as [NotificationKind, ...NotificationKind[]], {
    message: 'is not a notification kind',
  }),
  channel: z.enum(['IN_APP', 'EMAIL', 'DIGEST', 'OFF'], { message: 'is not a channel' }),
});

export async function setNotificationPreference(ctx: Context, rawInput: unknown) {
  const viewer = requireViewer(ctx);
  const input = parseInput(preferenceSchema, rawInput);
  const spec = NOTIFICATION_KINDS[input.kind];
  if (!spec.roles.includes(viewer.role)) {
    throw badField('kind', 'not_for_role', 'does not reach people in your role');
  }
  await ctx.ds.transaction(async (manager) => {
    const before = await manager.findOneBy(NotificationPreferenceEntity, {
      userId: viewer.userId,
      kind: input.kind,
    });
    await manager.upsert(
      NotificationPreferenceEntity,
      { userId: viewer.userId, kind: input.kind, channel: input.channel },
      ['userId', 'kind'],
    );
    await recordAudit(manager, ctx, {
      action: 'SET_NOTIFICATION_PREFERENCE',
      entityType: 'User',
      entityId: viewer.userId,
      before: { [input.kind]: before?.channel ?? spec.defaultChannel },
      after: { [input.kind]: input.channel },
    });
  });
  return { kind: input.kind, channel: input.channel, defaultChannel: spec.defaultChannel };
}
