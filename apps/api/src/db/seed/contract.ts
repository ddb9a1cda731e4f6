import type { EntityManager } from 'typeorm';
import type { ContractDocumentData } from '@filiera/shared';
import { NETWORK_CONTRACT_ID } from '../migrations/1764100500000-ContractAndAdhesions.js';
import { DEMO_USERS } from './demo-users.js';

/**
 * The demo contract: a DRAFT with objectives, programme, duration and a common fund written, while the
 * reference firm, how other firms join, the organo comune and the decision rules are still to be
 * decided, so the manager has something left to complete before it may go to review.
 */
export const DEMO_CONTRACT_DOCUMENT: ContractDocumentData = {
  title: 'Contratto di rete «Filiera Calzaturiera di Segromigno in Monte»',
  objectives: [
    {
      title: 'Promuovere il distretto sui mercati esteri',
      measure:
        'Quota di export media delle imprese partecipanti, rilevata ogni anno (obiettivo: +5 punti in 3 anni)',
    },
    {
      title: 'Accorciare la filiera locale',
      measure: 'Quota delle forniture acquistate da imprese della rete (obiettivo: 60% entro il 2029)',
    },
    {
      title: 'Formare nuove figure tecniche',
      measure: 'Numero di apprendisti formati nei laboratori delle imprese partecipanti, per anno',
    },
  ],
  programme: {
    activities:
      'Marketing territoriale e promozione del cluster; progetti comuni di ricerca e innovazione; fiere ed eventi internazionali; formazione; strumenti digitali del «cluster 4.0».',
    rights:
      'Ogni partecipante accede ai servizi comuni, partecipa ai progetti e usa il marchio della rete secondo il regolamento.',
    obligations:
      'Ogni partecipante versa il contributo al fondo comune, aggiorna il proprio profilo e le proprie forniture sulla piattaforma e partecipa alle assemblee.',
  },
  duration: {
    years: 5,
    notes: 'Rinnovo tacito per altri 5 anni salvo disdetta di almeno due terzi dei partecipanti.',
  },
  joining: '',
  organoComune: { present: null, composition: '', powers: '', replacement: '' },
  decisionRules: '',
  commonFund: {
    present: true,
    contributions:
      'Contributo iniziale di 1.500 euro per impresa; contributi annuali deliberati dall’assemblea.',
    management: 'Il fondo è gestito dall’organo comune con rendiconto annuale approvato dall’assemblea.',
  },
  withdrawalExclusion: '',
};

const ADMIN_ID = DEMO_USERS.find((u) => u.role === 'ADMIN')?.id ?? null;

/**
 * Writes the demo contract with its first revision, the documents of the firms already far along, and
 * the first step of every seeded adhesion. Runs inside the seed's transaction.
 */
export async function seedContract(manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE network_contract SET type = 'RETE_CONTRATTO', document = $2 WHERE id = $1`, [
    NETWORK_CONTRACT_ID,
    JSON.stringify(DEMO_CONTRACT_DOCUMENT),
  ]);
  await manager.query(
    `INSERT INTO contract_revision (contract_id, number, snapshot, author_id, change_summary)
     VALUES ($1, 1, $2, $3, 'Prima bozza: obiettivi, programma, durata e fondo comune')`,
    [
      NETWORK_CONTRACT_ID,
      JSON.stringify({ type: 'RETE_CONTRATTO', referenceFirmName: null, document: DEMO_CONTRACT_DOCUMENT }),
      ADMIN_ID,
    ],
  );
  // Firms ready to sign or beyond have what READY_TO_SIGN requires.
  await manager.query(`
    UPDATE adhesion SET contribution_eur = 1500, legal_representative = 'Legale rappresentante',
           doc_visura_camerale = true, doc_durc = true, doc_digital_signature = true
     WHERE status IN ('READY_TO_SIGN', 'SIGNED', 'REGISTERED')`);
  await manager.query(`
    INSERT INTO adhesion_transition (adhesion_id, from_status, to_status, actor_id, note, at)
    SELECT id, NULL, status, NULL, 'Situazione iniziale', created_at FROM adhesion`);
}
