/** Strings of the notifications page and preferences (Italian first; English must match). */
export const notificationsIt = {
  title: 'Notifiche',
  intro: 'Quello che è successo e ti riguarda, dal più recente.',
  count_one: '{{count, number}} notifica, {{unread, number}} da leggere',
  count_other: '{{count, number}} notifiche, {{unread, number}} da leggere',
  empty: 'Nessuna notifica per ora.',
  unread: 'Da leggere',
  open: 'Apri',
  markRead: 'Segna come letta',
  markAllRead: 'Segna tutte come lette',
  allRead: 'Tutte le notifiche sono segnate come lette.',
  showMore: 'Mostra altre',
  text: {
    SUPPLY_LINK_DECLARED:
      'Nuovo legame di fornitura da confermare: {{supplier}} fornisce {{capability}} a {{customer}}',
    SUPPLY_LINK_CONFIRMED:
      'Legame di fornitura confermato: {{supplier}} fornisce {{capability}} a {{customer}}',
    SUPPLY_LINK_REJECTED:
      'Legame di fornitura rifiutato: {{supplier}} fornisce {{capability}} a {{customer}}',
    SUPPLY_LINK_ENDED: 'Legame di fornitura terminato: {{supplier}} fornisce {{capability}} a {{customer}}',
    ADHESION_MOVED: 'L’adesione di {{firm}} alla rete è ora: {{statusLabel}}',
    ADHESION_DOCUMENTS_REQUESTED:
      'Per l’adesione di {{firm}} alla rete servono i documenti: visura camerale, DURC, firma digitale',
    TASK_ASSIGNED: 'Ti è stato assegnato il compito «{{title}}»',
    TASK_COMMENTED: 'Nuovo commento sul compito «{{title}}»',
    TASK_DUE_TOMORROW: 'Il compito «{{title}}» scade domani',
    TASK_OVERDUE: 'Il compito «{{title}}» è scaduto il {{dueDate}}',
    CLAIM_REQUESTED: '{{name}} ({{roleInFirm}}) chiede di entrare in {{firm}} su Filiera: approva o rifiuta',
    CLAIM_DECIDED: 'La tua richiesta per {{firm}}: {{decisionLabel}}',
  },
  /** A claim's decision, in CLAIM_DECIDED. */
  decision: { APPROVED: 'approvata', REJECTED: 'non accolta' },
  preferences: {
    title: 'Notifiche',
    intro: 'Per ogni tipo di avviso, scegli come riceverlo. Il riepilogo giornaliero arriva alle 7:00.',
    caption: 'Come ricevi ogni tipo di notifica',
    kindColumn: 'Avviso',
    channelColumn: 'Come',
    saved: 'Preferenza salvata.',
    kinds: {
      SUPPLY_LINK_DECLARED: 'Un legame di fornitura da confermare',
      SUPPLY_LINK_CONFIRMED: 'Un legame della mia impresa confermato',
      SUPPLY_LINK_REJECTED: 'Un legame della mia impresa rifiutato',
      SUPPLY_LINK_ENDED: 'Un legame della mia impresa terminato',
      ADHESION_MOVED: 'L’adesione della mia impresa è cambiata',
      ADHESION_DOCUMENTS_REQUESTED: 'Alla mia impresa sono chiesti i documenti per l’adesione',
      TASK_ASSIGNED: 'Un compito assegnato a me',
      TASK_COMMENTED: 'Un commento su un mio compito',
      TASK_DUE_TOMORROW: 'Un mio compito scade domani',
      TASK_OVERDUE: 'Un mio compito è scaduto',
      CLAIM_REQUESTED: 'Qualcuno chiede di entrare nella mia impresa',
      CLAIM_DECIDED: 'Una mia richiesta di gestire un’impresa è stata decisa',
    },
    channels: {
      IN_APP: 'Solo nell’app',
      EMAIL: 'E-mail subito',
      DIGEST: 'Riepilogo giornaliero',
      OFF: 'Mai',
    },
  },
};
