import type { Role } from '@filiera/shared';
import type { NotificationChannel, NotificationKind } from '../../generated/graphql.js';
import type { MailLanguage } from '../mail/mail-outbox.entity.js';

type Params = Record<string, string>;
type Text = (p: Params) => string;

interface KindSpec {
  /** Who can receive it: the preferences page lists only these kinds. */
  roles: readonly Role[];
  /** Used until the person chooses: what waits for them goes by mail at once, news in the app. */
  defaultChannel: NotificationChannel;
  /** One line saying what happened, per language (mail subject, digest line; the web app has its own). */
  text: Record<MailLanguage, Text>;
}

/** A capability's label in the reader's language (params carry both). */
const capability = (p: Params, language: MailLanguage) =>
  (language === 'it' ? p.capabilityIt : p.capabilityEn) ?? '';
const link = (language: MailLanguage) => (p: Params) =>
  language === 'it'
    ? `${p.supplier} fornisce ${capability(p, 'it')} a ${p.customer}`
    : `${p.supplier} supplies ${capability(p, 'en')} to ${p.customer}`;

/** Adhesion statuses as a mail says them (the web app has its own labels). */
const ADHESION_STATUS: Record<MailLanguage, Record<string, string>> = {
  it: {
    INTERESTED: 'interessata',
    INVITED: 'invitata',
    DOCUMENTS_REQUESTED: 'documenti richiesti',
    READY_TO_SIGN: 'pronta alla firma',
    SIGNED: 'firmata',
    REGISTERED: 'iscritta',
    DECLINED: 'non accolta',
    WITHDRAWN: 'ritirata',
  },
  en: {
    INTERESTED: 'interested',
    INVITED: 'invited',
    DOCUMENTS_REQUESTED: 'documents requested',
    READY_TO_SIGN: 'ready to sign',
    SIGNED: 'signed',
    REGISTERED: 'registered',
    DECLINED: 'declined',
    WITHDRAWN: 'withdrawn',
  },
};

const STAFF: readonly Role[] = ['ADMIN', 'CONSULTANT'];

/** Two-language values a notice carries (e.g. `sectionIt`, `sectionEn`), in the reader's language. */
const inLanguage = (p: Params, name: string, language: MailLanguage) =>
  p[`${name}${language === 'it' ? 'It' : 'En'}`] ?? '';

const IMPORT_OUTCOME: Record<MailLanguage, Record<string, string>> = {
  it: { PREVIEWED: 'la prova è pronta', APPLIED: 'è stata applicata', FAILED: 'non è riuscita' },
  en: { PREVIEWED: 'its dry run is ready', APPLIED: 'was applied', FAILED: 'failed' },
};

export const NOTIFICATION_KINDS: Record<NotificationKind, KindSpec> = {
  SUPPLY_LINK_DECLARED: {
    roles: ['FIRM'],
    defaultChannel: 'EMAIL',
    text: {
      it: (p) => `Nuovo legame di fornitura da confermare: ${link('it')(p)}`,
      en: (p) => `New supply link to confirm: ${link('en')(p)}`,
    },
  },
  SUPPLY_LINK_CONFIRMED: {
    roles: ['FIRM'],
    defaultChannel: 'IN_APP',
    text: {
      it: (p) => `Legame di fornitura confermato: ${link('it')(p)}`,
      en: (p) => `Supply link confirmed: ${link('en')(p)}`,
    },
  },
  SUPPLY_LINK_REJECTED: {
    roles: ['FIRM'],
    defaultChannel: 'IN_APP',
    text: {
      it: (p) => `Legame di fornitura rifiutato: ${link('it')(p)}`,
      en: (p) => `Supply link rejected: ${link('en')(p)}`,
    },
  },
  SUPPLY_LINK_ENDED: {
    roles: ['FIRM'],
    defaultChannel: 'IN_APP',
    text: {
      it: (p) => `Legame di fornitura terminato: ${link('it')(p)}`,
      en: (p) => `Supply link ended: ${link('en')(p)}`,
    },
  },
  ADHESION_MOVED: {
    roles: ['FIRM'],
    defaultChannel: 'EMAIL',
    text: {
      it: (p) => `L’adesione di ${p.firm} alla rete è ora: ${ADHESION_STATUS.it[p.status ?? ''] ?? p.status}`,
      en: (p) => `${p.firm}’s network membership is now: ${ADHESION_STATUS.en[p.status ?? ''] ?? p.status}`,
    },
  },
  ADHESION_DOCUMENTS_REQUESTED: {
    roles: ['FIRM'],
    defaultChannel: 'EMAIL',
    text: {
      it: (p) =>
        `Per l’adesione di ${p.firm} alla rete servono i documenti: visura camerale, DURC, firma digitale`,
      en: (p) =>
        `${p.firm}’s network membership needs its documents: company register extract, DURC, digital signature`,
    },
  },
  TASK_ASSIGNED: {
    roles: ['ADMIN', 'CONSULTANT'],
    defaultChannel: 'EMAIL',
    text: {
      it: (p) => `Ti è stato assegnato il compito «${p.title}»`,
      en: (p) => `You were assigned the task “${p.title}”`,
    },
  },
  TASK_COMMENTED: {
    roles: ['ADMIN', 'CONSULTANT'],
    defaultChannel: 'IN_APP',
    text: {
      it: (p) => `Nuovo commento sul compito «${p.title}»`,
      en: (p) => `New comment on the task “${p.title}”`,
    },
  },
  TASK_DUE_TOMORROW: {
    roles: ['ADMIN', 'CONSULTANT'],
    defaultChannel: 'DIGEST',
    text: {
      it: (p) => `Il compito «${p.title}» scade domani`,
      en: (p) => `The task “${p.title}” is due tomorrow`,
    },
  },
  TASK_OVERDUE: {
    roles: ['ADMIN', 'CONSULTANT'],
    defaultChannel: 'DIGEST',
    text: {
      it: (p) => `Il compito «${p.title}» è scaduto il ${p.dueDate}`,
      en: (p) => `The task “${p.title}” was due on ${p.dueDate}`,
    },
  },
  PLAN_JOIN_REQUESTED: {
    roles: ['ADMIN', 'CONSULTANT', 'FIRM'],
    defaultChannel: 'EMAIL',
    text: {
      it: (p) => `${p.firm} chiede di partecipare all’azione «${p.action}»`,
      en: (p) => `${p.firm} asks to join the action “${p.action}”`,
    },
  },
  PLAN_JOIN_DECIDED: {
    roles: ['FIRM'],
    defaultChannel: 'IN_APP',
    text: {
      it: (p) =>
        `La richiesta di partecipare all’azione «${p.action}» è stata ${p.status === 'ACCEPTED' ? 'accolta' : 'respinta'}`,
      en: (p) =>
        `The request to join the action “${p.action}” was ${p.status === 'ACCEPTED' ? 'accepted' : 'declined'}`,
    },
  },
  CONTACT_REQUEST_RECEIVED: {
    roles: ['FIRM'],
    defaultChannel: 'IN_APP',
    text: {
      it: (p) => `Nuova richiesta di ${p.kind === 'QUOTE' ? 'preventivo' : 'contatto'} da ${p.company}`,
      en: (p) => `New ${p.kind === 'QUOTE' ? 'quote' : 'contact'} request from ${p.company}`,
    },
  },
  EVENT_REGISTRATION_PROMOTED: {
    roles: ['FIRM'],
    defaultChannel: 'EMAIL',
    text: {
      it: (p) => `Si è liberato un posto: l’iscrizione a «${p.eventIt}» è confermata`,
      en: (p) => `A seat came free: the registration to “${p.eventEn}” is confirmed`,
    },
  },
  REGISTRY_IMPORT_FINISHED: {
    roles: STAFF,
    defaultChannel: 'IN_APP',
    text: {
      it: (p) =>
        `Importazione del registro «${p.fileName}»: ${IMPORT_OUTCOME.it[p.status ?? ''] ?? p.status}`,
      en: (p) => `Registry import “${p.fileName}”: ${IMPORT_OUTCOME.en[p.status ?? ''] ?? p.status}`,
    },
  },
  CONTRACT_STATUS_CHANGED: {
    roles: STAFF,
    defaultChannel: 'IN_APP',
    text: {
      it: (p) => `Il contratto di rete è ora: ${inLanguage(p, 'to', 'it')}`,
      en: (p) => `The network contract is now: ${inLanguage(p, 'to', 'en')}`,
    },
  },
  CONTRACT_COMMENTED: {
    roles: STAFF,
    defaultChannel: 'IN_APP',
    text: {
      it: (p) => `Nuovo commento sul contratto di rete, sezione «${inLanguage(p, 'section', 'it')}»`,
      en: (p) => `New comment on the network contract, section “${inLanguage(p, 'section', 'en')}”`,
    },
  },
  CLAIM_REQUESTED: {
    roles: ['FIRM'],
    defaultChannel: 'EMAIL',
    text: {
      it: (p) => `${p.name} (${p.roleInFirm}) chiede di entrare in ${p.firm} su Filiera: approva o rifiuta`,
      en: (p) => `${p.name} (${p.roleInFirm}) asks to join ${p.firm} on Filiera: approve or reject`,
    },
  },
  CLAIM_APPROVED: {
    roles: ['FIRM'],
    defaultChannel: 'EMAIL',
    text: {
      it: (p) => `La tua richiesta per ${p.firm} è stata approvata: il tuo account è di nuovo attivo`,
      en: (p) => `Your request for ${p.firm} was approved: your account is active again`,
    },
  },
};

export const ALL_KINDS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

/** Where in the web app a notification's object is shown, for the recipient. */
export function objectPath(n: { objectType: string; objectId: string }, firmId: string | null): string {
  switch (n.objectType) {
    case 'SupplyLink':
      return firmId ? `/firms/${firmId}/supply-chain` : '/supply-chain';
    case 'Adhesion':
      // A firm follows its own adhesion on its dashboard; staff on the adhesion's page.
      return firmId ? '/' : `/adhesions/${n.objectId}`;
    case 'Task':
      return `/tasks/${n.objectId}`;
    case 'PlanAction':
      return `/plan/actions/${n.objectId}`;
    case 'ContactRequest':
      // The firm's showcase inbox is on its dashboard.
      return '/';
    case 'Event':
      return '/events';
    case 'RegistryImport':
      return '/registry-import';
    case 'NetworkContract':
      return '/contract';
    case 'Claim':
      // A newcomer waits on the manager's dashboard; a decided claim shows there too.
      return '/';
    default:
      return '/notifications';
  }
}
