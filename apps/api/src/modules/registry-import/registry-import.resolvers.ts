import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { registryImportPolicy } from './registry-import.policy.js';
import { FIRM_KINDS } from './registry-import.service.js';
import { listPlanRows, listProblems } from './registry-import.lists.js';
import {
  applyRegistryImport,
  getRegistryImport,
  listRegistryImports,
  previewRegistryImport,
  setRegistryImportRowKind,
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
    setRegistryImportRowKind: authorize(registryImportPolicy.manage, (_p, { input }, ctx) =>
      setRegistryImportRowKind(ctx, input),
    ),
  },
  RegistryImport: {
    progress: (job) => ({ processed: job.phaseProcessed, total: job.phaseTotal }),
    problems: (job, args, ctx) => listProblems(ctx.ds, job.id, args),
    rows: (job, args, ctx) => listPlanRows(ctx.ds, job.id, args),
    // In the order of the FirmKind enum, whatever order jsonb keeps the keys in.
    kindCounts: (job) =>
      FIRM_KINDS.flatMap((kind) => {
        const count = job.kindCounts?.[kind];
        return count ? [{ kind, count }] : [];
      }),
    createdBy: (job, _a, ctx) => (job.createdById ? ctx.loaders.userById.load(job.createdById) : null),
  },
  RegistryImportRow: {
    firm: (row, _a, ctx) => (row.firmId ? ctx.loaders.firmById.load(row.firmId) : null),
  },
};
