import type { AdhesionStatus, FirmKind } from './generated/graphql.js';

/** The languages of the shared words (enum labels, report headings): Italian first, English. */
export type LabelLanguage = 'it' | 'en';

/*
 * Words that both the web app (its i18n resources spread them) and the API's exported files (reports, the
 * firm directory's CSV and XLSX) show: written once, so a download reads like the screen it came from.
 */

export const FIRM_KIND_LABELS: Record<LabelLanguage, Record<FirmKind, string>> = {
  it: {
    SHOE_FACTORY: 'Calzaturificio',
    PROCESSING: 'Lavorazioni',
    COMPONENTS: 'Componentistica',
    SERVICES: 'Servizi',
  },
  en: {
    SHOE_FACTORY: 'Shoe factory',
    PROCESSING: 'Processing',
    COMPONENTS: 'Components',
    SERVICES: 'Services',
  },
};

export const ADHESION_STATUS_LABELS: Record<LabelLanguage, Record<AdhesionStatus, string>> = {
  it: {
    INTERESTED: 'Interessata',
    INVITED: 'Invitata',
    DOCUMENTS_REQUESTED: 'Documenti richiesti',
    READY_TO_SIGN: 'Pronta per la firma',
    SIGNED: 'Firmata',
    REGISTERED: 'Registrata',
    DECLINED: 'Rifiutata',
    WITHDRAWN: 'Ritirata',
  },
  en: {
    INTERESTED: 'Interested',
    INVITED: 'Invited',
    DOCUMENTS_REQUESTED: 'Documents requested',
    READY_TO_SIGN: 'Ready to sign',
    SIGNED: 'Signed',
    REGISTERED: 'Registered',
    DECLINED: 'Declined',
    WITHDRAWN: 'Withdrawn',
  },
};
