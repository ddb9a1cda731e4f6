import { articlePolicy } from '../article/article.policy.js';
import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { auditPolicy } from '../audit/audit.policy.js';
import { firmPolicy } from '../firm/firm.policy.js';
import { supplyLinkPolicy } from '../supply-link/supply-link.policy.js';
import { userPolicy } from '../user/user.policy.js';
import { contractPolicy } from '../contract/contract.policy.js';
import { adhesionPolicy } from '../adhesion/adhesion.policy.js';
import { taskPolicy } from '../task/task.policy.js';
import { planPolicy } from '../plan/plan.policy.js';
import { registryImportPolicy } from '../registry-import/registry-import.policy.js';
import { authPolicy } from './auth.policy.js';
import { me, signIn, signOut } from './auth.service.js';
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
    resetPassword: authorize(authPolicy.holdsResetLink, (_p, { input }, ctx) => resetPassword(ctx, input)),
  },
  Me: {
    permissions: (_me, _a, ctx) => ({
      viewerCanManageUsers: userPolicy.manageUsers.allows(ctx.viewer),
      viewerCanReadAudit: auditPolicy.read.allows(ctx.viewer),
      viewerCanReadOutbox: mailPolicy.readOutbox.allows(ctx.viewer),
      viewerCanReadAllFirms: firmPolicy.readAll.allows(ctx.viewer),
      viewerCanReadDirectory: firmPolicy.read.allows(ctx.viewer),
      viewerCanReadContract: contractPolicy.read.allows(ctx.viewer),
      viewerCanReadAdhesions: adhesionPolicy.readAll.allows(ctx.viewer),
      viewerCanManageAdhesions: adhesionPolicy.manage.allows(ctx.viewer),
      viewerCanReadTasks: taskPolicy.read.allows(ctx.viewer),
      viewerCanEditTasks: taskPolicy.write.allows(ctx.viewer),
      viewerCanReadPlan: planPolicy.read.allows(ctx.viewer),
      viewerCanEditPlan: planPolicy.edit.allows(ctx.viewer),
      viewerCanImportRegistry: registryImportPolicy.manage.allows(ctx.viewer),
      viewerCanReadSupplyChain: supplyLinkPolicy.read.allows(ctx.viewer),
      viewerCanReadReports: reportPolicy.read.allows(ctx.viewer),
      viewerCanReadEvents: eventPolicy.read.allows(ctx.viewer),
      viewerCanManageEvents: eventPolicy.manage.allows(ctx.viewer),
      viewerCanManageTraceability: articlePolicy.manage.allows(ctx.viewer),
    }),
  },
};
