import type { MailContent } from '../mail/mail.render.js';
import type { MailLanguage } from '../mail/mail-outbox.entity.js';

const when = (date: Date, language: MailLanguage) =>
  date.toLocaleString(language === 'it' ? 'it-IT' : 'en-GB', {
    timeZone: 'Europe/Rome',
    dateStyle: 'long',
    timeStyle: 'short',
  });

interface Claimant {
  name: string;
  roleInFirm: string;
  email: string;
}

/** The code to the firm's PEC: who asked, so that a firm that did not ask knows to ignore it. */
export const CLAIM_CODE_MAIL: Record<
  MailLanguage,
  (firm: string, who: Claimant, code: string, until: Date) => MailContent
> = {
  it: (firm, who, code, until) => ({
    subject: `Codice di verifica per ${firm} - Filiera`,
    paragraphs: [
      'Buongiorno,',
      `${who.name} (${who.roleInFirm}, ${who.email}) chiede di gestire il profilo di ${firm} su Filiera, la piattaforma della rete di imprese del distretto calzaturiero.`,
      `Il codice di verifica è: ${code}`,
      `Vale fino al ${when(until, 'it')}. Comunicalo solo se la richiesta viene davvero dalla tua impresa; altrimenti ignora questa e-mail.`,
    ],
  }),
  en: (firm, who, code, until) => ({
    subject: `Verification code for ${firm} - Filiera`,
    paragraphs: [
      'Hello,',
      `${who.name} (${who.roleInFirm}, ${who.email}) asks to manage ${firm}'s profile on Filiera, the platform of the footwear district's business network.`,
      `The verification code is: ${code}`,
      `It works until ${when(until, 'en')} (Italian time). Pass it on only if the request really comes from your firm; otherwise ignore this e-mail.`,
    ],
  }),
};

/** An approved claim of a person without an account: the invitation link to choose a password. */
export const CLAIM_APPROVED_MAIL: Record<
  MailLanguage,
  (firm: string) => (url: string, until: Date) => MailContent
> = {
  it: (firm) => (url, until) => ({
    subject: `La tua richiesta per ${firm} è stata approvata - Filiera`,
    paragraphs: [
      'Buongiorno,',
      `ora puoi gestire ${firm} su Filiera. Apri il collegamento per scegliere la tua password.`,
    ],
    action: { label: 'Scegli la tua password', url },
    after: [`Il collegamento vale una sola volta, fino al ${when(until, 'it')}.`],
  }),
  en: (firm) => (url, until) => ({
    subject: `Your request for ${firm} was approved - Filiera`,
    paragraphs: ['Hello,', `you can now manage ${firm} on Filiera. Open the link to choose your password.`],
    action: { label: 'Choose your password', url },
    after: [`The link works once, until ${when(until, 'en')} (Italian time).`],
  }),
};

/** A rejected claim of a person without an account, with the reason. */
export const CLAIM_REJECTED_MAIL: Record<MailLanguage, (firm: string, reason: string) => MailContent> = {
  it: (firm, reason) => ({
    subject: `La tua richiesta per ${firm} non è stata accolta - Filiera`,
    paragraphs: [
      'Buongiorno,',
      `la tua richiesta di gestire ${firm} su Filiera non è stata accolta.`,
      `Motivo: ${reason}`,
    ],
  }),
  en: (firm, reason) => ({
    subject: `Your request for ${firm} was not accepted - Filiera`,
    paragraphs: [
      'Hello,',
      `your request to manage ${firm} on Filiera was not accepted.`,
      `Reason: ${reason}`,
    ],
  }),
};
