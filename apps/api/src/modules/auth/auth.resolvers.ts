import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { auditPolicy } from '../audit/audit.policy.js';
import { firmPolicy } from '../firm/firm.policy.js';
import { userPolicy } from '../user/user.policy.js';
import { authPolicy } from './auth.policy.js';
import { me, signIn, signOut } from './auth.service.js';

export const authResolvers: Resolvers = {
  Query: {
    health: authorize(authPolicy.health, () => 'ok'),
    me: authorize(authPolicy.me, (_p, _a, ctx) => me(ctx)),
  },
  Mutation: {
    signIn: authorize(authPolicy.signIn, (_p, { input }, ctx) => signIn(ctx, input)),
    signOut: authorize(authPolicy.signOut, (_p, _a, ctx) => signOut(ctx)),
  },
  Me: {
    permissions: (_me, _a, ctx) => ({
      viewerCanManageUsers: userPolicy.manageUsers.allows(ctx.viewer),
      viewerCanReadAudit: auditPolicy.read.allows(ctx.viewer),
      viewerCanReadAllFirms: firmPolicy.readAll.allows(ctx.viewer),
    }),
  },
};
