import { ADHESION_STATUS_LABELS, FIRM_KIND_LABELS } from '@filiera/shared';

/**
 * The words for the enum values in exported files (reports, the firm directory's CSV and XLSX): the firm
 * kinds and adhesion statuses are the web app's own (@filiera/shared), the rest are the exports' words.
 */
export const ENUM_LABELS: Record<'it' | 'en', Record<string, string>> = {
  it: {
    ...FIRM_KIND_LABELS.it,
    ...ADHESION_STATUS_LABELS.it,
    MEMBERS: 'aderenti',
    NON_MEMBERS: 'non aderenti',
    TERRITORIAL_MARKETING: 'Marketing territoriale',
    RESEARCH_INNOVATION: 'Ricerca e innovazione',
    EVENTS_INTERNATIONALISATION: 'Eventi e internazionalizzazione',
    NETWORKING_TRAINING: 'Networking e formazione',
    DIGITAL_CLUSTER: 'Cluster 4.0',
    PLANNED: 'Pianificata',
    IN_PROGRESS: 'In corso',
    ON_HOLD: 'Sospesa',
    DONE: 'Completata',
    CANCELLED: 'Annullata',
    CONTRACT: 'Contratto',
    ADHESIONS: 'Adesioni',
    PLAN_DESIGN: 'Progettazione del piano',
    SERVICES_STARTUP: 'Avvio dei servizi',
    TODO: 'Da fare',
    BLOCKED: 'Bloccata',
  },
  en: {
    ...FIRM_KIND_LABELS.en,
    ...ADHESION_STATUS_LABELS.en,
    MEMBERS: 'members',
    NON_MEMBERS: 'non-members',
    TERRITORIAL_MARKETING: 'Territorial marketing',
    RESEARCH_INNOVATION: 'Research and innovation',
    EVENTS_INTERNATIONALISATION: 'Events and internationalisation',
    NETWORKING_TRAINING: 'Networking and training',
    DIGITAL_CLUSTER: 'Cluster 4.0',
    PLANNED: 'Planned',
    IN_PROGRESS: 'In progress',
    ON_HOLD: 'On hold',
    DONE: 'Done',
    CANCELLED: 'Cancelled',
    CONTRACT: 'Contract',
    ADHESIONS: 'Adhesions',
    PLAN_DESIGN: 'Plan design',
    SERVICES_STARTUP: 'Services start-up',
    TODO: 'To do',
    BLOCKED: 'Blocked',
  },
};
