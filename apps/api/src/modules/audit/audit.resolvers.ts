import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { newestFirst } from '../../common/pagination.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { auditPolicy } from './audit.policy.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditEntries: authorize(auditPolicy.read, (_p, args, ctx) => {
      const qb = ctx.ds.getRepository(AuditEntryEntity).createQueryBuilder('a');
      if (args.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: args.entityType });
      if (args.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: args.entityId });
      return newestFirst(qb, args);
    }),
  },
  AuditEntry: {
    actor: (entry, _a, ctx) => (entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null),
  },
};
