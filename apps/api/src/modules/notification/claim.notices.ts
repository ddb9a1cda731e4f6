import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { ClaimEntity } from '../claim/claim.entity.js';
import { firmManagerId } from '../claim/claim.people.js';
import type { DomainEventOf } from '../event-stream/domain-event.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { notify } from './notification.service.js';

/**
 * A claim's notices: its firm's manager is asked to decide on a newcomer (`claim.requested`), and a person
 * once removed from the firm is told their account is active again (`claim.approved` with a user).
 */
export async function notifyClaim(
  manager: EntityManager,
  config: Config,
  event: DomainEventOf<'claim.requested'> | DomainEventOf<'claim.approved'>,
): Promise<void> {
  const [claim, firm] = await Promise.all([
    manager.findOneBy(ClaimEntity, { id: event.subject.claimId }),
    manager.findOneBy(FirmEntity, { id: event.subject.firmId }),
  ]);
  if (!claim || !firm) return;
  const object = { type: 'Claim', id: claim.id, firmIds: [firm.id] };
  if (event.type === 'claim.requested') {
    const managerId = await firmManagerId(manager, firm.id);
    if (!managerId) return;
    await notify(manager, config, {
      kind: 'CLAIM_REQUESTED',
      recipients: { userIds: [managerId] },
      object,
      params: { firm: firm.legalName, name: claim.name, roleInFirm: claim.roleInFirm },
      actorId: event.actorId,
    });
    return;
  }
  if (!event.subject.userId) return;
  await notify(manager, config, {
    kind: 'CLAIM_APPROVED',
    recipients: { userIds: [event.subject.userId] },
    object,
    params: { firm: firm.legalName },
    actorId: event.actorId,
  });
}
