import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { userPolicy } from './user.policy.js';
import { changeUserRole, listUsers } from './user.service.js';
import {
  invitationPreview,
  invitationStatus,
  inviteUser,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from './invitation.service.js';

export const userResolvers: Resolvers = {
  Query: {
    users: authorize(userPolicy.manageUsers, (_p, args, ctx) => listUsers(ctx, args)),
    invitations: authorize(userPolicy.manageUsers, (_p, args, ctx) => listInvitations(ctx, args)),
    invitationPreview: authorize(userPolicy.holdsInvitationLink, (_p, { token }, ctx) =>
      invitationPreview(ctx, token),
    ),
  },
  Mutation: {
    inviteUser: authorize(userPolicy.manageUsers, (_p, { input }, ctx) => inviteUser(ctx, input)),
    revokeInvitation: authorize(userPolicy.manageUsers, (_p, { id }, ctx) => revokeInvitation(ctx, id)),
    resendInvitation: authorize(userPolicy.manageUsers, (_p, { id }, ctx) => resendInvitation(ctx, id)),
    changeUserRole: authorize(userPolicy.manageUsers, (_p, { input }, ctx) => changeUserRole(ctx, input)),
  },
  User: {
    firm: (user, _a, ctx) => (user.firmId ? ctx.loaders.firmById.load(user.firmId) : null),
  },
  Invitation: {
    firm: (inv, _a, ctx) => (inv.firmId ? ctx.loaders.firmById.load(inv.firmId) : null),
    invitedBy: (inv, _a, ctx) => (inv.invitedById ? ctx.loaders.userById.load(inv.invitedById) : null),
    status: (inv) => invitationStatus(inv),
  },
};
