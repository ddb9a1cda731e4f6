import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { AdhesionEntity } from '../adhesion/adhesion.entity.js';
import type { DomainEventOf } from '../event-stream/domain-event.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { notify } from './notification.service.js';

/** Tells the firm's users that its adhesion moved (documents requested is a kind of its own). */
export async function notifyAdhesionMoved(
  manager: EntityManager,
  config: Config,
  event: DomainEventOf<'adhesion.moved'>,
): Promise<void> {
  const adhesion = await manager.findOneBy(AdhesionEntity, { id: event.subject.adhesionId });
  if (!adhesion) return;
  const firm = await manager.findOneBy(FirmEntity, { id: adhesion.firmId });
  await notify(manager, config, {
    kind: adhesion.status === 'DOCUMENTS_REQUESTED' ? 'ADHESION_DOCUMENTS_REQUESTED' : 'ADHESION_MOVED',
    recipients: { firmIds: [adhesion.firmId] },
    object: { type: 'Adhesion', id: adhesion.id },
    params: { firm: firm?.legalName ?? '', status: adhesion.status },
    actorId: event.actorId,
  });
}
