import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { mailPolicy } from './mail.policy.js';
import { listOutbox } from './mail.service.js';

export const mailResolvers: Resolvers = {
  Query: {
    outbox: authorize(mailPolicy.readOutbox, (_p, args, ctx) => listOutbox(ctx, args)),
    mailDelivery: authorize(mailPolicy.readOutbox, (_p, _a, ctx) =>
      ctx.config.mail ? 'SMTP' : 'KEPT_IN_OUTBOX',
    ),
  },
  OutboxMail: {
    to: (m) => m.toAddress,
    text: (m) => m.bodyText,
  },
};
