import { claimPolicy } from '../claim/claim.policy.js';
import { articlePolicy } from '../article/article.policy.js';
import type { Resolvers } from '../../generated/graphql.js';
import type { Context } from '../../context.js';
import { authorize } from '../../common/auth.js';
import { auditPolicy } from '../audit/audit.policy.js';
import { firmPolicy } from '../firm/firm.policy.js';
import { supplyLinkPolicy } from '../supply-link/supply-link.policy.js';
import { userPolicy } from '../user/user.policy.js';
import { contractPolicy } from '../contract/contract.policy.js';
import { adhesionPolicy } from '../adhesion/adhesion.policy.js';
import { taskPolicy } from '../task/task.policy.js';
import { planPolicy } from '../plan/plan.policy.js';
import { firmRegistryPolicy } from '../firm-registry/firm-registry.policy.js';
import { registryImportPolicy } from '../registry-import/registry-import.policy.js';
import { authPolicy } from './auth.policy.js';
import { completeSignIn, me, signIn, signOut } from './auth.service.js';
import { confirmEmailChange, requestEmailChange } from './email-change.service.js';
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  myTwoFactor,
  resetUserTwoFactor,
  startTwoFactorEnrolment,
  twoFactorRequired,
} from './two-factor.service.js';
import { requestPasswordReset, resetPassword } from './password-reset.service.js';
import { changePassword, endOtherSessions, endSession, mySessions } from './account.service.js';
import { reportPolicy } from '../report/report.policy.js';
import { eventPolicy } from '../event/event.policy.js';
import { mailPolicy } from '../mail/mail.policy.js';

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
  },
  User: {
    twoFactorEnabled: (user) => user.totpEnabledAt != null,
  },
  Me: {
    twoFactorEnrolmentRequired: (me) => twoFactorRequired(me.user) && !me.user.totpEnabledAt,
    permissions: (me, _a, ctx) =>
      permissionsOf(twoFactorRequired(me.user) && !me.user.totpEnabledAt ? null : ctx.viewer),
  },
};

/** What the UI may offer; nothing while two-factor enrolment is still required. */
function permissionsOf(viewer: Context['viewer']) {
  return {
    viewerCanManageUsers: userPolicy.manageUsers.allows(viewer),
    viewerCanReadAudit: auditPolicy.read.allows(viewer),
    viewerCanReadOutbox: mailPolicy.readOutbox.allows(viewer),
    viewerCanReadAllFirms: firmPolicy.readAll.allows(viewer),
    viewerCanReadDirectory: firmPolicy.read.allows(viewer),
    viewerCanReadContract: contractPolicy.read.allows(viewer),
    viewerCanReadAdhesions: adhesionPolicy.readAll.allows(viewer),
    viewerCanManageAdhesions: adhesionPolicy.manage.allows(viewer),
    viewerCanReadTasks: taskPolicy.read.allows(viewer),
    viewerCanEditTasks: taskPolicy.write.allows(viewer),
    viewerCanReadPlan: planPolicy.read.allows(viewer),
    viewerCanEditPlan: planPolicy.edit.allows(viewer),
    viewerCanImportRegistry: registryImportPolicy.manage.allows(viewer),
    viewerCanManageRegistry: firmRegistryPolicy.manage.allows(viewer),
    viewerCanReadSupplyChain: supplyLinkPolicy.read.allows(viewer),
    viewerCanReadReports: reportPolicy.read.allows(viewer),
    viewerCanReadEvents: eventPolicy.read.allows(viewer),
    viewerCanManageEvents: eventPolicy.manage.allows(viewer),
    viewerCanManageTraceability: articlePolicy.manage.allows(viewer),
    viewerCanReviewClaims: claimPolicy.review.allows(viewer),
  };
}
