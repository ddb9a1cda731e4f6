import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { EventEntity, EventRegistrationEntity } from '../event/event.entity.js';
import type { DomainEventOf } from '../event-stream/domain-event.js';
import { notify } from './notification.service.js';

/** Tells the firm's users that its registration moved up from the waiting list: it has a seat now. */
export async function notifyRegistrationPromoted(
  manager: EntityManager,
  config: Config,
  { subject, actorId }: DomainEventOf<'event.registrationPromoted'>,
): Promise<void> {
  const [event, registration] = await Promise.all([
    manager.findOneBy(EventEntity, { id: subject.eventId }),
    manager.findOneBy(EventRegistrationEntity, { id: subject.registrationId }),
  ]);
  if (!event || !registration) return;
  await notify(manager, config, {
    kind: 'EVENT_REGISTRATION_PROMOTED',
    recipients: { firmIds: [registration.firmId] },
    object: { type: 'Event', id: event.id },
    params: { eventIt: event.titleIt, eventEn: event.titleEn },
    actorId,
  });
}
