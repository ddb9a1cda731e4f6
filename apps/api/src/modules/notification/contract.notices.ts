import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
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

/** Tells the network's staff (not who did it) that the contract moved or that a section was commented. */
export async function notifyContract(
  manager: EntityManager,
  ctx: Context,
  contractId: string,
  change: { status: ContractStatus } | { section: ContractSection },
): Promise<void> {
  const [kind, params] =
    'status' in change
      ? ([
          'CONTRACT_STATUS_CHANGED',
          { to: change.status, toIt: STATUS[change.status][0], toEn: STATUS[change.status][1] },
        ] as const)
      : ([
          'CONTRACT_COMMENTED',
          {
            section: change.section,
            sectionIt: SECTION[change.section][0],
            sectionEn: SECTION[change.section][1],
          },
        ] as const);
  await notify(manager, ctx.config, {
    kind,
    recipients: { roles: ['ADMIN', 'CONSULTANT'] },
    object: { type: 'NetworkContract', id: contractId },
    params,
    actorId: ctx.viewer?.userId ?? null,
  });
}
