import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { searchPolicy } from './search.policy.js';
import { search } from './search.service.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: authorize(searchPolicy.search, (_p, args, ctx) => search(ctx, args)),
  },
};
