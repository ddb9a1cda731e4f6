import type { OutgoingMail } from '../mail/mail.service.js';
import type { FirmEntity } from '../firm/firm.entity.js';
import type { ContactRequestEntity } from './showcase.entity.js';

const KIND = {
  CONTACT: { it: 'Richiesta di contatto', en: 'Contact request' },
  QUOTE: { it: 'Richiesta di preventivo', en: 'Quote request' },
} as const;

/**
 * The e-mail telling a firm that a visitor wrote to it through the showcase: Italian, then English (a
 * firm has no language of its own on record); answers go straight to the visitor (Reply-To). The request
 * itself is in the firm's inbox in the app.
 */
export function contactNotification(
  firm: Pick<FirmEntity, 'email' | 'legalName' | 'tradeName'>,
  request: Pick<
    ContactRequestEntity,
    'kind' | 'name' | 'company' | 'country' | 'email' | 'message' | 'quantity'
  >,
  publicUrl: string,
): OutgoingMail | null {
  if (!firm.email) return null;
  const kind = KIND[request.kind];
  const who = `${request.name}, ${request.company} (${request.country})`;
  const quantity = request.quantity == null ? null : request.quantity.toLocaleString('it-IT');
  const quoted = request.message
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
  const firmName = firm.tradeName || firm.legalName;
  return {
    kind: 'CONTACT_REQUEST',
    to: firm.email,
    replyTo: request.email,
    language: 'it',
    content: {
      subject: `${kind.it} / ${kind.en}: ${request.company} - Filiera`,
      paragraphs: [
        `${kind.it} per ${firmName} dalla vetrina di Filiera.`,
        [`Da: ${who} <${request.email}>`, ...(quantity ? [`Quantità: ${quantity} paia`] : [])].join('\n'),
        quoted,
        `Rispondi a questa e-mail per scrivere a ${request.name}. La richiesta è anche nella posta della tua impresa: ${publicUrl}/`,
        '—',
        `${kind.en} for ${firmName} from the Filiera showcase.`,
        [
          `From: ${who} <${request.email}>`,
          ...(quantity ? [`Quantity: ${request.quantity} pairs`] : []),
        ].join('\n'),
        `Reply to this e-mail to write to ${request.name}. The request is also in your firm's inbox: ${publicUrl}/`,
      ],
    },
  };
}
