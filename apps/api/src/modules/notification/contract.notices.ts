import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { ContractCommentEntity, NetworkContractEntity } from '../contract/contract.entity.js';
import type { DomainEventOf } from '../event-stream/domain-event.js';
import type { ContractSection, ContractStatus } from '../../generated/graphql.js';
import { notify } from './notification.service.js';

const STATUS: Record<ContractStatus, [it: string, en: string]> = {
  DRAFT: ['bozza', 'draft'],
  UNDER_REVIEW: ['in revisione', 'under review'],
  APPROVED: ['approvato', 'approved'],
  SIGNED: ['firmato', 'signed'],
  REGISTERED: ['iscritto al registro', 'registered'],
};

const SECTION: Record<ContractSection, [it: string, en: string]> = {
  GENERAL: ['Dati generali', 'General'],
  PARTICIPANTS: ['Partecipanti', 'Participants'],
  OBJECTIVES: ['Obiettivi strategici', 'Strategic objectives'],
  PROGRAMME: ['Programma di rete', 'Network programme'],
  DURATION: ['Durata', 'Duration'],
  JOINING: ['Adesione di altre imprese', 'How other firms join'],
  ORGANO_COMUNE: ['Organo comune', 'Common body (organo comune)'],
  DECISION_RULES: ['Regole decisionali', 'Decision rules'],
  COMMON_FUND: ['Fondo patrimoniale comune', 'Common fund'],
  WITHDRAWAL_EXCLUSION: ['Recesso ed esclusione', 'Withdrawal and exclusion'],
};

/**
 * Tells the network's staff (not who did it) that the contract moved (to the status it has now) or that
 * a section was commented.
 */
export async function notifyContract(
  manager: EntityManager,
  config: Config,
  event: DomainEventOf<'contract.statusChanged' | 'contract.commented'>,
): Promise<void> {
  let notice: { kind: 'CONTRACT_STATUS_CHANGED' | 'CONTRACT_COMMENTED'; params: Record<string, string> };
  if (event.type === 'contract.statusChanged') {
    const contract = await manager.findOneBy(NetworkContractEntity, { id: event.subject.contractId });
    if (!contract) return;
    const to = contract.status;
    notice = { kind: 'CONTRACT_STATUS_CHANGED', params: { to, toIt: STATUS[to][0], toEn: STATUS[to][1] } };
  } else {
    const comment = await manager.findOneBy(ContractCommentEntity, { id: event.subject.commentId });
    if (!comment) return;
    const section = comment.section;
    notice = {
      kind: 'CONTRACT_COMMENTED',
      params: { section, sectionIt: SECTION[section][0], sectionEn: SECTION[section][1] },
    };
  }
  await notify(manager, config, {
    ...notice,
    recipients: { roles: ['ADMIN', 'CONSULTANT'] },
    object: { type: 'NetworkContract', id: event.subject.contractId },
    actorId: event.actorId,
  });
}
