import type { Resolvers } from '../../generated/graphql.js';
import { authorize, can } from '../../common/auth.js';
import { getOrThrow } from '../../common/lookup.js';
import { eventPolicy, eventAccess } from './event.policy.js';
import {
  cancelEventRegistration,
  createEvent,
  getEvent,
  listEvents,
  registerForEvent,
  updateEvent,
} from './event.service.js';

export const eventResolvers: Resolvers = {
  Query: {
    events: authorize(eventPolicy.read, (_p, args, ctx) => listEvents(ctx, args)),
    event: authorize(eventPolicy.read, (_p, { id }, ctx) => getEvent(ctx, id)),
    publicEvents: authorize(eventPolicy.readPublic, (_p, args, ctx) => listEvents(ctx, args, true)),
  },
  Mutation: {
    createEvent: authorize(eventPolicy.manage, (_p, { input }, ctx) => createEvent(ctx, input)),
    updateEvent: authorize(eventPolicy.manage, (_p, { input }, ctx) => updateEvent(ctx, input)),
    registerForEvent: authorize(eventPolicy.register, (_p, { input }, ctx) => registerForEvent(ctx, input)),
    cancelEventRegistration: authorize(eventPolicy.register, (_p, args, ctx) =>
      cancelEventRegistration(ctx, args),
    ),
  },
  Event: {
    startsAt: (e) => e.startsAt,
    endsAt: (e) => e.endsAt,
    registrationDeadline: (e) => e.registrationDeadline,
    confirmedCount: async (e, _a, ctx) =>
      (await ctx.loaders.events.liveRegistrationsByEventId.load(e.id)).filter((r) => r.status === 'CONFIRMED')
        .length,
    waitlistCount: async (e, _a, ctx) =>
      (await ctx.loaders.events.liveRegistrationsByEventId.load(e.id)).filter(
        (r) => r.status === 'WAITLISTED',
      ).length,
    registrations: async (e, _a, ctx) => {
      if (!ctx.viewer) return null;
      const live = await ctx.loaders.events.liveRegistrationsByEventId.load(e.id);
      return live.filter((r) => can(ctx.viewer, eventAccess, 'seeRegistration', r));
    },
    registrationOpen: (e) => e.registrationDeadline.getTime() > Date.now(),
    viewerCanRegister: (e, _a, ctx) =>
      eventPolicy.register.allows(ctx.viewer) && e.registrationDeadline.getTime() > Date.now(),
    viewerCanEdit: (_e, _a, ctx) => eventPolicy.manage.allows(ctx.viewer),
  },
  EventRegistration: {
    createdAt: (r) => r.createdAt,
    waitlistPosition: async (r, _a, ctx) => {
      if (r.status !== 'WAITLISTED') return null;
      const waiting = (await ctx.loaders.events.liveRegistrationsByEventId.load(r.eventId)).filter(
        (w) => w.status === 'WAITLISTED',
      );
      const index = waiting.findIndex((w) => w.id === r.id);
      return index >= 0 ? index + 1 : null;
    },
    firm: (r, _a, ctx) => getOrThrow('Firm', r.firmId, (id) => ctx.loaders.firmById.load(id)),
  },
};
