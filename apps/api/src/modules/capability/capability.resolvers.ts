import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { CapabilityEntity } from './capability.entity.js';
import { capabilityPolicy } from './capability.policy.js';

export const capabilityResolvers: Resolvers = {
  Query: {
    capabilities: authorize(capabilityPolicy.read, (_p, _a, ctx) =>
      ctx.ds.getRepository(CapabilityEntity).find({ order: { group: 'ASC', code: 'ASC' } }),
    ),
  },
};
