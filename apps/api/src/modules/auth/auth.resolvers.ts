import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { userPolicy } from '../user/user.policy.js';
import { acceptInvitation, setUserActive } from './access.service.js';
import { authPolicy } from './auth.policy.js';
import { completeSignIn, me, signIn, signOut } from './auth.service.js';
import { confirmEmailChange, requestEmailChange } from './email-change.service.js';
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  myTwoFactor,
  regenerateRecoveryCodes,
  resetUserTwoFactor,
  startTwoFactorEnrolment,
  mustEnrolTwoFactor,
} from './two-factor.service.js';
import { requestPasswordReset, resetPassword } from './password-reset.service.js';
import { changePassword, endOtherSessions, endSession, mySessions } from './account.service.js';

export const authResolvers: Resolvers = {
  Query: {
    health: authorize(authPolicy.health, () => 'ok'),
    me: authorize(authPolicy.me, (_p, _a, ctx) => me(ctx)),
    mySessions: authorize(authPolicy.ownAccount, (_p, { first }, ctx) => mySessions(ctx, first)),
    myTwoFactor: authorize(authPolicy.ownTwoFactor, (_p, _a, ctx) => myTwoFactor(ctx)),
  },
  Mutation: {
    signIn: authorize(authPolicy.signIn, (_p, { input }, ctx) => signIn(ctx, input)),
    signOut: authorize(authPolicy.signOut, (_p, _a, ctx) => signOut(ctx)),
    requestPasswordReset: authorize(authPolicy.requestPasswordReset, (_p, { input }, ctx) =>
      requestPasswordReset(ctx, input),
    ),
    endSession: authorize(authPolicy.ownAccount, (_p, { id }, ctx) => endSession(ctx, id)),
    endOtherSessions: authorize(authPolicy.ownAccount, (_p, _a, ctx) => endOtherSessions(ctx)),
    changePassword: authorize(authPolicy.ownAccount, (_p, { input }, ctx) => changePassword(ctx, input)),
    completeSignIn: authorize(authPolicy.holdsSignInChallenge, (_p, { input }, ctx) =>
      completeSignIn(ctx, input),
    ),
    startTwoFactorEnrolment: authorize(authPolicy.ownTwoFactor, (_p, _a, ctx) =>
      startTwoFactorEnrolment(ctx),
    ),
    confirmTwoFactorEnrolment: authorize(authPolicy.ownTwoFactor, (_p, { input }, ctx) =>
      confirmTwoFactorEnrolment(ctx, input),
    ),
    disableTwoFactor: authorize(authPolicy.ownTwoFactor, (_p, { input }, ctx) =>
      disableTwoFactor(ctx, input),
    ),
    regenerateRecoveryCodes: authorize(authPolicy.ownRecoveryCodes, (_p, { input }, ctx) =>
      regenerateRecoveryCodes(ctx, input),
    ),
    resetUserTwoFactor: authorize(authPolicy.resetTwoFactor, (_p, { input }, ctx) =>
      resetUserTwoFactor(ctx, input),
    ),
    requestEmailChange: authorize(authPolicy.ownAccount, (_p, { input }, ctx) =>
      requestEmailChange(ctx, input),
    ),
    confirmEmailChange: authorize(authPolicy.holdsEmailLink, (_p, { input }, ctx) =>
      confirmEmailChange(ctx, input),
    ),
    resetPassword: authorize(authPolicy.holdsResetLink, (_p, { input }, ctx) => resetPassword(ctx, input)),
    acceptInvitation: authorize(userPolicy.holdsInvitationLink, (_p, { input }, ctx) =>
      acceptInvitation(ctx, input),
    ),
    setUserActive: authorize(userPolicy.manageUsers, (_p, { input }, ctx) => setUserActive(ctx, input)),
  },
  User: {
    twoFactorEnabled: (user) => user.totpEnabledAt != null,
  },
  Me: {
    twoFactorEnrolmentRequired: (me) => mustEnrolTwoFactor(me.user),
  },
};
