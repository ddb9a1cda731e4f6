import { nextAdhesionStatuses } from '@filiera/shared';
import type { Resolvers } from '../../generated/graphql.js';
import { authorize, can } from '../../common/auth.js';
import { notFound } from '../../common/errors.js';
import { delivered, liveObjects } from '../../common/live.js';
import { AdhesionEntity } from './adhesion.entity.js';
import { adhesionPolicy, adhesionAccess } from './adhesion.policy.js';
import {
  adhesionCounters,
  adhesionHamlets,
  expressInterest,
  getAdhesion,
  inviteFirmsToNetwork,
  listAdhesions,
  listTransitions,
  moveAdhesion,
  myAdhesion,
  stillNeeded,
  withdrawAdhesion,
} from './adhesion.service.js';

export const adhesionResolvers: Resolvers = {
  Query: {
    adhesions: authorize(adhesionPolicy.readAll, (_p, args, ctx) => listAdhesions(ctx, args)),
    adhesion: authorize(adhesionPolicy.readOne, (_p, { id }, ctx) => getAdhesion(ctx, id)),
    myAdhesion: authorize(adhesionPolicy.own, (_p, _a, ctx) => myAdhesion(ctx)),
    adhesionCounters: authorize(adhesionPolicy.counters, (_p, _a, ctx) => adhesionCounters(ctx)),
    adhesionHamlets: authorize(adhesionPolicy.readAll, (_p, _a, ctx) => adhesionHamlets(ctx)),
  },
  Mutation: {
    moveAdhesion: authorize(adhesionPolicy.manage, (_p, { input }, ctx) => moveAdhesion(ctx, input)),
    expressInterest: authorize(adhesionPolicy.own, (_p, _a, ctx) => expressInterest(ctx)),
    withdrawAdhesion: authorize(adhesionPolicy.withdraw, (_p, { input }, ctx) =>
      withdrawAdhesion(ctx, input),
    ),
    inviteFirmsToNetwork: authorize(adhesionPolicy.manage, (_p, { input }, ctx) =>
      inviteFirmsToNetwork(ctx, input),
    ),
  },
  Subscription: {
    adhesionChanged: {
      // Those who read the whole pipeline read every adhesion: one re-read per event serves them all.
      subscribe: authorize(adhesionPolicy.readAll, (_p, _a, ctx) =>
        liveObjects(ctx, 'Adhesion', 'pipeline-readers', (id) =>
          ctx.ds.getRepository(AdhesionEntity).findOneBy({ id }),
        ),
      ),
      resolve: delivered<AdhesionEntity>,
    },
  },
  Adhesion: {
    firm: async (a, _args, ctx) =>
      (await ctx.loaders.firmById.load(a.firmId)) ?? Promise.reject(notFound('Firm', a.firmId)),
    documents: (a) => ({
      visuraCamerale: a.docVisuraCamerale,
      durc: a.docDurc,
      digitalSignature: a.docDigitalSignature,
    }),
    stillNeeded: async (a, _args, ctx) =>
      stillNeeded(a, await ctx.loaders.contractHasCommonFund.load('network')),
    nextStatuses: (a) => nextAdhesionStatuses(a.status),
    transitions: (a, args, ctx) => listTransitions(ctx, a.id, args),
    viewerCanManage: (_a, _args, ctx) => adhesionPolicy.manage.allows(ctx.viewer),
    viewerCanWithdraw: (a, _args, ctx) =>
      can(ctx.viewer, adhesionAccess, 'withdraw', a) && nextAdhesionStatuses(a.status).includes('WITHDRAWN'),
  },
  AdhesionTransition: {
    from: (t) => t.fromStatus,
    to: (t) => t.toStatus,
    actor: (t, _a, ctx) => (t.actorId ? ctx.loaders.userById.load(t.actorId) : null),
  },
};
