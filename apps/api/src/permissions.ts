import type { Context } from './context.js';
import type { Resolvers } from './generated/graphql.js';
import { adhesionPolicy } from './modules/adhesion/adhesion.policy.js';
import { articlePolicy } from './modules/article/article.policy.js';
import { auditPolicy } from './modules/audit/audit.policy.js';
import { mustEnrolTwoFactor } from './modules/auth/two-factor.service.js';
import { claimPolicy } from './modules/claim/claim.policy.js';
import { contractPolicy } from './modules/contract/contract.policy.js';
import { eventPolicy } from './modules/event/event.policy.js';
import { firmPolicy } from './modules/firm/firm.policy.js';
import { firmRegistryPolicy } from './modules/firm-registry/firm-registry.policy.js';
import { mailPolicy } from './modules/mail/mail.policy.js';
import { planPolicy } from './modules/plan/plan.policy.js';
import { registryImportPolicy } from './modules/registry-import/registry-import.policy.js';
import { reportPolicy } from './modules/report/report.policy.js';
import { supplyLinkPolicy } from './modules/supply-link/supply-link.policy.js';
import { taskPolicy } from './modules/task/task.policy.js';
import { userPolicy } from './modules/user/user.policy.js';

/**
 * `Me.permissions`: what the UI may offer, read from every module's policy (so no module imports the
 * others' policies); nothing while two-factor enrolment is still required.
 */
export const permissionResolvers: Resolvers = {
  Me: {
    permissions: (me, _a, ctx) => permissionsOf(mustEnrolTwoFactor(me.user) ? null : ctx.viewer),
  },
};

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
