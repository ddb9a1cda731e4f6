import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import type { DomainEventOf } from '../event-stream/domain-event.js';
import { ContactRequestEntity } from '../showcase/showcase.entity.js';
import { notify } from './notification.service.js';

/** Tells the firm's users that a visitor wrote to it from its showcase page (its inbox has the rest). */
export async function notifyContactRequest(
  manager: EntityManager,
  config: Config,
  event: DomainEventOf<'showcase.contactRequested'>,
): Promise<void> {
  const request = await manager.findOneBy(ContactRequestEntity, { id: event.subject.contactRequestId });
  if (!request) return;
  await notify(manager, config, {
    kind: 'CONTACT_REQUEST_RECEIVED',
    recipients: { firmIds: [request.firmId] },
    object: { type: 'ContactRequest', id: request.id },
    params: { kind: request.kind, company: request.company },
  });
}
