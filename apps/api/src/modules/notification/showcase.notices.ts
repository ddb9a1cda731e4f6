import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import type { ContactRequestEntity } from '../showcase/showcase.entity.js';
import { notify } from './notification.service.js';

/** Tells the firm's users that a visitor wrote to it from its showcase page (its inbox has the rest). */
export async function notifyContactRequest(
  manager: EntityManager,
  ctx: Context,
  request: ContactRequestEntity,
): Promise<void> {
  await notify(manager, ctx.config, {
    kind: 'CONTACT_REQUEST_RECEIVED',
    recipients: { firmIds: [request.firmId] },
    object: { type: 'ContactRequest', id: request.id },
    params: { kind: request.kind, company: request.company },
  });
}
