import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../context.js';
import type { Resolvers } from '../../generated/graphql.js';
import { authorize, can, requireViewer } from '../../common/auth.js';
import { SupplyLinkEntity } from '../supply-link/supply-link.entity.js';
import { supplyLinkAccess } from '../supply-link/supply-link.policy.js';
import { delivered, liveHubOf, liveStream, sharedRead } from '../../common/live.js';
import { notificationPolicy } from './notification.policy.js';
import { objectPath } from './notification.kinds.js';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  notificationPreferences,
  readOwnNotification,
  setNotificationPreference,
  unreadCount,
  type NotificationAddedModel,
} from './notification.service.js';

/** Supply links of a page of notifications in one statement (per request, like the other loaders). */
const linkLoaders = new WeakMap<Context['loaders'], DataLoader<string, SupplyLinkEntity | null>>();
const supplyLinkLoader = (ctx: Context) => {
  let loader = linkLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.ds.getRepository(SupplyLinkEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
    linkLoaders.set(ctx.loaders, loader);
  }
  return loader;
};

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: authorize(notificationPolicy.own, (_p, args, ctx) => listNotifications(ctx, args)),
    unreadNotificationCount: authorize(notificationPolicy.own, (_p, _a, ctx) => unreadCount(ctx)),
    notificationPreferences: authorize(notificationPolicy.own, (_p, _a, ctx) => notificationPreferences(ctx)),
  },
  Mutation: {
    markNotificationRead: authorize(notificationPolicy.own, (_p, { id }, ctx) =>
      markNotificationRead(ctx, id),
    ),
    markAllNotificationsRead: authorize(notificationPolicy.own, (_p, _a, ctx) =>
      markAllNotificationsRead(ctx),
    ),
    setNotificationPreference: authorize(notificationPolicy.own, (_p, { input }, ctx) =>
      setNotificationPreference(ctx, input),
    ),
  },
  Subscription: {
    notificationAdded: {
      subscribe: authorize(notificationPolicy.own, (_p, _a, ctx) => {
        const viewer = requireViewer(ctx);
        return liveStream(liveHubOf(ctx.ds), (event) =>
          event.t === 'n' && event.u === viewer.userId
            ? sharedRead(
                `n:${event.id}:${viewer.userId}`,
                async (): Promise<NotificationAddedModel | null> => {
                  const notification = await readOwnNotification(ctx, event.id);
                  return notification && { notification, unreadCount: await unreadCount(ctx) };
                },
              )
            : null,
        );
      }),
      resolve: delivered<NotificationAddedModel>,
    },
    supplyLinkChanged: {
      subscribe: authorize(notificationPolicy.firmLinks, (_p, _a, ctx) => {
        const viewer = requireViewer(ctx);
        return liveStream(liveHubOf(ctx.ds), (event) =>
          event.t === 'o' && event.type === 'SupplyLink' && viewer.firmId && event.f.includes(viewer.firmId)
            ? sharedRead(`l:${event.id}:${viewer.role}:${viewer.firmId}`, async () => {
                const link = await ctx.ds.getRepository(SupplyLinkEntity).findOneBy({ id: event.id });
                return link && can(viewer, supplyLinkAccess, 'see', link) ? link : null;
              })
            : null,
        );
      }),
      resolve: delivered<SupplyLinkEntity>,
    },
  },
  Notification: {
    path: (n, _a, ctx) => objectPath(n, ctx.viewer?.firmId ?? null),
    supplyLink: async (n, _a, ctx) => {
      if (n.objectType !== 'SupplyLink') return null;
      const link = await supplyLinkLoader(ctx).load(n.objectId);
      return link && can(ctx.viewer, supplyLinkAccess, 'see', link) ? link : null;
    },
  },
};
