import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { CONTRACT_TRANSITIONS } from '@filiera/shared';
import { contractPolicy } from './contract.policy.js';
import {
  addContractComment,
  changeContractStatus,
  getContract,
  listComments,
  listParticipants,
  listRevisions,
  missingElements,
  revisionDiff,
  saveContractDraft,
} from './contract.service.js';

export const contractResolvers: Resolvers = {
  Query: {
    networkContract: authorize(contractPolicy.read, (_p, _a, ctx) => getContract(ctx)),
  },
  Mutation: {
    saveContractDraft: authorize(contractPolicy.edit, (_p, { input }, ctx) => saveContractDraft(ctx, input)),
    changeContractStatus: authorize(contractPolicy.edit, (_p, { input }, ctx) =>
      changeContractStatus(ctx, input),
    ),
    addContractComment: authorize(contractPolicy.comment, (_p, { input }, ctx) =>
      addContractComment(ctx, input),
    ),
  },
  NetworkContract: {
    referenceFirm: (c, _a, ctx) => (c.referenceFirmId ? ctx.loaders.firmById.load(c.referenceFirmId) : null),
    participants: (_c, args, ctx) => listParticipants(ctx, args),
    missingElements: (c, _a, ctx) => missingElements(ctx, c),
    nextStatuses: (c) => [...CONTRACT_TRANSITIONS[c.status]],
    revisions: (c, args, ctx) => listRevisions(ctx, c.id, args),
    revisionDiff: (c, args, ctx) => revisionDiff(ctx, c.id, args),
    comments: (c, args, ctx) => listComments(ctx, c.id, args),
    viewerCanEdit: (_c, _a, ctx) => contractPolicy.edit.allows(ctx.viewer),
    viewerCanComment: (_c, _a, ctx) => contractPolicy.comment.allows(ctx.viewer),
  },
  ContractRevision: {
    author: (r, _a, ctx) => (r.authorId ? ctx.loaders.userById.load(r.authorId) : null),
  },
  ContractComment: {
    author: (c, _a, ctx) => (c.authorId ? ctx.loaders.userById.load(c.authorId) : null),
  },
};
