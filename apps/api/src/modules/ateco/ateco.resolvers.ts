import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { atecoPolicy } from './ateco.policy.js';
import { findAtecoCode, searchAtecoCodes } from './ateco.service.js';

export const atecoResolvers: Resolvers = {
  Query: {
    atecoCodes: authorize(atecoPolicy.read, (_p, args, ctx) => searchAtecoCodes(ctx, args)),
    atecoCode: authorize(atecoPolicy.read, (_p, { code }, ctx) => findAtecoCode(ctx, code)),
  },
};
