import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import type { DomainEvent, DomainEventOf, DomainEventType } from '../event-stream/domain-event.js';
import type { EventProcessor } from '../event-stream/event-stream.work.js';
import { notifyAdhesionMoved } from './adhesion.notices.js';
import { notifyClaim } from './claim.notices.js';
import { notifyContract } from './contract.notices.js';
import { notifyRegistrationPromoted } from './event.notices.js';
import { notifyJoinRequest } from './plan.notices.js';
import { notifyImportFinished } from './registry-import.notices.js';
import { notifyContactRequest } from './showcase.notices.js';
import { notifySupplyLink } from './supply-link.notices.js';
import { notifyTask } from './task.notices.js';

type Notices = {
  [T in DomainEventType]?: (manager: EntityManager, config: Config, event: DomainEventOf<T>) => Promise<void>;
};

/** Which events tell someone, and how (each `<module>.notices.ts` re-reads what it needs by id). */
const NOTICES: Notices = {
  'supplyLink.declared': notifySupplyLink,
  'supplyLink.confirmed': notifySupplyLink,
  'supplyLink.rejected': notifySupplyLink,
  'supplyLink.ended': notifySupplyLink,
  'task.assigned': notifyTask,
  'task.commented': notifyTask,
  'adhesion.moved': notifyAdhesionMoved,
  'plan.joinRequested': notifyJoinRequest,
  'plan.joinDecided': notifyJoinRequest,
  'contract.statusChanged': notifyContract,
  'contract.commented': notifyContract,
  'event.registrationPromoted': notifyRegistrationPromoted,
  'showcase.contactRequested': notifyContactRequest,
  'registryImport.finished': notifyImportFinished,
  'claim.requested': notifyClaim,
  'claim.approved': notifyClaim,
};

/** Writes the notifications (and their mail and bell events) an event calls for. */
export const notificationsProcessor: EventProcessor = {
  name: 'notifications',
  async process(manager, event, env) {
    const notice = NOTICES[event.type] as
      ((manager: EntityManager, config: Config, event: DomainEvent) => Promise<void>) | undefined;
    await notice?.(manager, env.config, event);
  },
};
