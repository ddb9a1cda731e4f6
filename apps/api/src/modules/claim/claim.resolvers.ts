import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { firmPeople, inviteColleague, removeColleague } from './claim.people.js';
import { claimPolicy } from './claim.policy.js';
import { claimReviewQueue, decideClaim, firmClaimRequests, reviewClaim } from './claim.review.js';
import {
  CLAIM_LIMITS,
  claimableFirm,
  claimByToken,
  maskPec,
  searchClaimableFirms,
  startClaim,
  verifyClaimCode,
} from './claim.service.js';

export const claimResolvers: Resolvers = {
  Query: {
    claimableFirms: authorize(claimPolicy.search, (_p, { search }, ctx) => searchClaimableFirms(ctx, search)),
    claim: authorize(claimPolicy.claim, (_p, { token }, ctx) => claimByToken(ctx, token)),
    claimReviewQueue: authorize(claimPolicy.review, (_p, args, ctx) => claimReviewQueue(ctx, args)),
    firmClaimRequests: authorize(claimPolicy.firmPeople, (_p, _a, ctx) => firmClaimRequests(ctx)),
    firmPeople: authorize(claimPolicy.firmPeople, (_p, _a, ctx) => firmPeople(ctx)),
  },
  Mutation: {
    startClaim: authorize(claimPolicy.claim, (_p, { input }, ctx) => startClaim(ctx, input)),
    verifyClaimCode: authorize(claimPolicy.claim, (_p, { input }, ctx) => verifyClaimCode(ctx, input)),
    reviewClaim: authorize(claimPolicy.review, (_p, { input }, ctx) => reviewClaim(ctx, input)),
    decideClaim: authorize(claimPolicy.firmPeople, (_p, { input }, ctx) => decideClaim(ctx, input)),
    inviteColleague: authorize(claimPolicy.firmPeople, (_p, { input }, ctx) => inviteColleague(ctx, input)),
    removeColleague: authorize(claimPolicy.firmPeople, (_p, { input }, ctx) => removeColleague(ctx, input)),
  },
  Claim: {
    firm: async (claim, _a, ctx) => claimableFirm((await ctx.loaders.firmById.load(claim.firmId))!),
    pecHint: async (claim, _a, ctx) =>
      claim.method === 'PEC' ? maskPec((await ctx.loaders.firmById.load(claim.firmId))?.pec ?? null) : null,
    codeExpiresAt: (claim) => (claim.status === 'CODE_SENT' ? claim.codeExpiresAt : null),
    triesLeft: (claim) => (claim.status === 'CODE_SENT' ? CLAIM_LIMITS.codeTries - claim.codeTries : null),
    documentUrl: (claim, _a, ctx) =>
      claim.documentKind && claimPolicy.review.allows(ctx.viewer) ? `/api/claims/${claim.id}/document` : null,
  },
};
