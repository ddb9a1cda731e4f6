import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { addFirm, similarFirms } from './firm-add.js';
import { firmMergePreview, mergeFirms } from './firm-merge.js';
import { firmRegistryPolicy } from './firm-registry.policy.js';

export const firmRegistryResolvers: Resolvers = {
  Query: {
    similarFirms: authorize(firmRegistryPolicy.manage, (_p, args, ctx) => similarFirms(ctx, args)),
    firmMergePreview: authorize(firmRegistryPolicy.manage, (_p, args, ctx) => firmMergePreview(ctx, args)),
  },
  Mutation: {
    addFirm: authorize(firmRegistryPolicy.manage, (_p, { input }, ctx) => addFirm(ctx, input)),
    mergeFirms: authorize(firmRegistryPolicy.manage, (_p, { input }, ctx) => mergeFirms(ctx, input)),
  },
};
