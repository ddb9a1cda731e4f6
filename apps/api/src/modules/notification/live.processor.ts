import type { DomainEvent } from '../event-stream/domain-event.js';
import type { EventProcessor } from '../event-stream/event-stream.work.js';
import { publishLive, type LiveEvent } from '../../common/live.js';

const changed = (type: string, ids: readonly string[], firmIds: readonly string[] = []): LiveEvent[] =>
  ids.map((id) => ({ t: 'o', type, id, f: [...firmIds] }));

/**
 * The objects an event changed, for the live views of them: the boards of those who may read every
 * object of the type, and (`f`) the views of those firms' users.
 */
export function liveEventsOf(event: DomainEvent): LiveEvent[] {
  switch (event.type) {
    case 'supplyLink.declared':
    case 'supplyLink.confirmed':
    case 'supplyLink.rejected':
    case 'supplyLink.ended': {
      const { supplyLinkId, supplierId, customerId } = event.subject;
      return changed('SupplyLink', [supplyLinkId], [supplierId, customerId]);
    }
    case 'task.created':
    case 'task.updated':
      return changed('Task', [event.subject.taskId]);
    case 'adhesion.moved':
    case 'adhesion.interestExpressed':
    case 'adhesion.withdrawn':
      return changed('Adhesion', [event.subject.adhesionId], [event.subject.firmId]);
    case 'adhesion.invited':
      return changed('Adhesion', event.subject.adhesionIds);
    default:
      return [];
  }
}

/** Announces the objects an event changed to every API process's subscriptions (at its commit). */
export const liveProcessor: EventProcessor = {
  name: 'live',
  process: (manager, event) => publishLive(manager, liveEventsOf(event)),
};
