import type { EventProcessor } from '../event-stream/event-stream.work.js';
import { queueMail } from '../mail/mail.service.js';
import { UserEntity } from '../user/user.entity.js';

const RECOVERY_CODES_MAIL = {
  it: (name: string) => ({
    subject: 'Nuovi codici di recupero - Filiera',
    paragraphs: [
      `Ciao ${name},`,
      'i codici di recupero del tuo accesso in due passaggi sono stati sostituiti: quelli di prima non funzionano più.',
      'Se non sei stato tu, cambia subito la password dalla pagina "Il mio account" e avvisa il gestore della rete.',
    ],
  }),
  en: (name: string) => ({
    subject: 'New recovery codes - Filiera',
    paragraphs: [
      `Hello ${name},`,
      'the recovery codes of your two-factor sign-in were replaced: the earlier ones no longer work.',
      'If this was not you, change your password at once on the "My account" page and tell the network manager.',
    ],
  }),
} as const;

/** Tells a person by e-mail, in their language, of a security change to their own account. */
export const securityMailProcessor: EventProcessor = {
  name: 'security-mail',
  async process(manager, event) {
    if (event.type !== 'twoFactor.recoveryCodesReplaced') return;
    const user = await manager.findOneBy(UserEntity, { id: event.subject.userId });
    if (!user?.active) return;
    await queueMail(manager, {
      kind: 'RECOVERY_CODES_REPLACED',
      to: user.email,
      language: user.language,
      content: RECOVERY_CODES_MAIL[user.language](user.name),
    });
  },
};
