import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import type { AdhesionEntity } from '../adhesion/adhesion.entity.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { notify } from './notification.service.js';

/** Tells the firm's users that its adhesion moved (documents requested is a kind of its own). */
export async function notifyAdhesionMoved(
  manager: EntityManager,
  ctx: Context,
  adhesion: AdhesionEntity,
): Promise<void> {
  const firm = await manager.findOneBy(FirmEntity, { id: adhesion.firmId });
  await notify(manager, ctx.config, {
    kind: adhesion.status === 'DOCUMENTS_REQUESTED' ? 'ADHESION_DOCUMENTS_REQUESTED' : 'ADHESION_MOVED',
    recipients: { firmIds: [adhesion.firmId] },
    object: { type: 'Adhesion', id: adhesion.id, firmIds: [adhesion.firmId] },
    params: { firm: firm?.legalName ?? '', status: adhesion.status },
    actorId: ctx.viewer?.userId ?? null,
  });
}
