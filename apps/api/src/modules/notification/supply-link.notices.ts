import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { FirmEntity } from '../firm/firm.entity.js';
import type { SupplyLinkEntity } from '../supply-link/supply-link.entity.js';
import { notify } from './notification.service.js';

const KIND = {
  DECLARED: 'SUPPLY_LINK_DECLARED',
  CONFIRMED: 'SUPPLY_LINK_CONFIRMED',
  REJECTED: 'SUPPLY_LINK_REJECTED',
  ENDED: 'SUPPLY_LINK_ENDED',
} as const;

/**
 * Tells a supply link's other side what just happened to it (in the change's transaction): the firm
 * that acted is not told, a link recorded on the firms' behalf tells both. Both firms' live views of
 * the link update.
 */
export async function notifySupplyLink(
  manager: EntityManager,
  ctx: Context,
  event: keyof typeof KIND,
  link: SupplyLinkEntity,
): Promise<void> {
  const sides = [link.supplierId, link.customerId];
  const actingFirm = ctx.viewer?.role === 'FIRM' ? ctx.viewer.firmId : null;
  const [firms, capability] = await Promise.all([
    manager.findBy(FirmEntity, { id: In(sides) }),
    manager.findOneBy(CapabilityEntity, { id: link.capabilityId }),
  ]);
  const name = (id: string) => firms.find((f) => f.id === id)?.legalName ?? '';
  await notify(manager, ctx.config, {
    kind: KIND[event],
    recipients: { firmIds: sides.filter((side) => side !== actingFirm) },
    object: { type: 'SupplyLink', id: link.id, firmIds: sides },
    params: {
      supplier: name(link.supplierId),
      customer: name(link.customerId),
      capabilityIt: capability?.labelIt ?? '',
      capabilityEn: capability?.labelEn ?? '',
    },
    actorId: ctx.viewer?.userId ?? null,
  });
}
