import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import type { EventEntity, EventRegistrationEntity } from '../event/event.entity.js';
import { notify } from './notification.service.js';

/** Tells the firm's users that its registration moved up from the waiting list: it has a seat now. */
export async function notifyRegistrationPromoted(
  manager: EntityManager,
  ctx: Context,
  event: EventEntity,
  registration: EventRegistrationEntity,
): Promise<void> {
  await notify(manager, ctx.config, {
    kind: 'EVENT_REGISTRATION_PROMOTED',
    recipients: { firmIds: [registration.firmId] },
    object: { type: 'Event', id: event.id },
    params: { eventIt: event.titleIt, eventEn: event.titleEn },
    actorId: ctx.viewer?.userId ?? null,
  });
}
