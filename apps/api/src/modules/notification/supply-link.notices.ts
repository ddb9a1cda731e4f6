import { In, type EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import type { DomainEventOf } from '../event-stream/domain-event.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { SupplyLinkEntity } from '../supply-link/supply-link.entity.js';
import { notify } from './notification.service.js';

const KIND = {
  'supplyLink.declared': 'SUPPLY_LINK_DECLARED',
  'supplyLink.confirmed': 'SUPPLY_LINK_CONFIRMED',
  'supplyLink.rejected': 'SUPPLY_LINK_REJECTED',
  'supplyLink.ended': 'SUPPLY_LINK_ENDED',
} as const;

/**
 * Tells a supply link's other side what happened to it: the firm that acted is not told, a link
 * recorded on the firms' behalf tells both.
 */
export async function notifySupplyLink(
  manager: EntityManager,
  config: Config,
  event: DomainEventOf<keyof typeof KIND>,
): Promise<void> {
  const { supplyLinkId, supplierId, customerId, actorFirmId } = event.subject;
  const link = await manager.findOneBy(SupplyLinkEntity, { id: supplyLinkId });
  if (!link) return;
  const sides = [supplierId, customerId];
  const [firms, capability] = await Promise.all([
    manager.findBy(FirmEntity, { id: In(sides) }),
    manager.findOneBy(CapabilityEntity, { id: link.capabilityId }),
  ]);
  const name = (id: string) => firms.find((f) => f.id === id)?.legalName ?? '';
  await notify(manager, config, {
    kind: KIND[event.type],
    recipients: { firmIds: sides.filter((side) => side !== actorFirmId) },
    object: { type: 'SupplyLink', id: link.id },
    params: {
      supplier: name(supplierId),
      customer: name(customerId),
      capabilityIt: capability?.labelIt ?? '',
      capabilityEn: capability?.labelEn ?? '',
    },
    actorId: event.actorId,
  });
}
