import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { registryImportPolicy } from './registry-import.policy.js';
import {
  applyRegistryImport,
  getRegistryImport,
  listProblems,
  listRegistryImports,
  previewRegistryImport,
} from './registry-import.service.js';

export const registryImportResolvers: Resolvers = {
  Query: {
    registryImport: authorize(registryImportPolicy.manage, (_p, { id }, ctx) => getRegistryImport(ctx, id)),
    registryImports: authorize(registryImportPolicy.manage, (_p, args, ctx) =>
      listRegistryImports(ctx, args),
    ),
  },
  Mutation: {
    previewRegistryImport: authorize(registryImportPolicy.manage, (_p, { input }, ctx) =>
      previewRegistryImport(ctx, input),
    ),
    applyRegistryImport: authorize(registryImportPolicy.manage, (_p, { input }, ctx) =>
      applyRegistryImport(ctx, input),
    ),
  },
  RegistryImport: {
    progress: (job) => ({ processed: job.phaseProcessed, total: job.phaseTotal }),
    problems: (job, args, ctx) => listProblems(ctx.ds, job.id, args),
    createdBy: (job, _a, ctx) => (job.createdById ? ctx.loaders.userById.load(job.createdById) : null),
  },
};
