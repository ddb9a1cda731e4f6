import type { FeatureTranslations } from './features';

/**
 * Italian, the default language: the core strings every page may need (shell, navigation, sign-in,
 * invitations, errors, states, dashboard, enums), in the first bundle. Each feature keeps its own
 * strings in features/<f>/<f>.i18n.ts, loaded with its pages (see features.ts). The core's shape is the
 * contract for English (see en.ts): a key missing or misspelt there is a type error.
 */
export const it = {
  app: {
    name: 'Filiera',
    skipToContent: 'Vai al contenuto principale',
    pageTitle: '{{title}} · Filiera',
  },
  language: {
    /** The button offers the other language, written in that language. */
    switchTo: 'English',
    switchToCode: 'en',
  },
  nav: {
    label: 'Navigazione principale',
    dashboard: 'Cruscotto',
    users: 'Utenti',
    contract: 'Contratto di rete',
    adhesions: 'Adesioni',
    firms: 'Imprese',
    supplyChain: 'Filiera',
    reports: 'Report',
    registryImport: 'Importa registro',
    tasks: 'Attività',
    plan: 'Piano strategico',
    events: 'Eventi',
    traceability: 'Tracciabilità',
  },
  header: {
    signOut: 'Esci',
    signOutFailed: 'Uscita non riuscita: riprova.',
  },
  states: {
    loading: 'Caricamento in corso…',
    errorTitle: 'Non è stato possibile caricare i dati',
    retry: 'Riprova',
  },
  errors: {
    invalidCredentials: 'E-mail o password non corretti',
    rateLimited_one: 'Troppi tentativi non riusciti: riprova tra {{count, number}} minuto.',
    rateLimited_other: 'Troppi tentativi non riusciti: riprova tra {{count, number}} minuti.',
    signInRequired: 'Accedi per continuare.',
    sessionExpired: 'La sessione è scaduta: accedi di nuovo.',
    forbidden: 'Non hai i permessi per questa operazione.',
    notFound: 'L’elemento richiesto non esiste.',
    conflict: 'Qualcun altro ha modificato questi dati: ricarica la pagina e riprova.',
    invalidInput: 'Controlla i dati inseriti.',
    network: 'Impossibile contattare il server: controlla la connessione e riprova.',
    unexpected: 'Si è verificato un errore imprevisto. Riprova tra poco.',
    field: {
      required: 'Campo obbligatorio.',
      too_small: 'Valore mancante o troppo corto.',
      too_big: 'Valore troppo lungo.',
      invalid_format: 'Formato non valido.',
      taken: 'Questo indirizzo e-mail appartiene già a un utente.',
      not_found: 'Non presente nel registro.',
      not_allowed: 'Non previsto per questo ruolo.',
      invalid: 'Valore non valido.',
    },
  },
  signIn: {
    title: 'Accedi',
    heading: 'Accedi a Filiera',
    intro: 'La piattaforma della rete di imprese del distretto calzaturiero di Segromigno in Monte.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Accedi',
    sessionExpired: 'La sessione è scaduta: accedi di nuovo.',
    signInRequired: 'Accedi per vedere questa pagina.',
    emailRequired: 'Inserisci l’indirizzo e-mail.',
    passwordRequired: 'Inserisci la password.',
  },
  invitation: {
    title: 'Invito',
    heading: 'Attiva il tuo account',
    intro: 'Sei stato invitato a Filiera. Scegli il nome con cui ti vedranno i colleghi e una password.',
    detailsHeading: 'Il tuo invito',
    email: 'E-mail',
    role: 'Ruolo',
    firm: 'Impresa',
    expires: 'Scadenza del link',
    name: 'Nome e cognome',
    nameRequired: 'Inserisci nome e cognome.',
    password: 'Password',
    passwordHint: 'Almeno {{count, number}} caratteri.',
    passwordTooShort: 'La password deve avere almeno {{count, number}} caratteri.',
    confirm: 'Conferma password',
    mismatch: 'Le due password non coincidono.',
    submit: 'Attiva account',
    goToSignIn: 'Vai alla pagina di accesso',
    invalid: {
      unknown: {
        title: 'Link di invito non valido',
        body: 'Questo link non corrisponde a nessun invito. Controlla di averlo copiato per intero oppure chiedi un nuovo invito al gestore della rete.',
      },
      EXPIRED: {
        title: 'Invito scaduto',
        body: 'Questo invito è scaduto. Chiedi al gestore della rete di inviartene uno nuovo.',
      },
      REVOKED: {
        title: 'Invito revocato',
        body: 'Questo invito è stato revocato. Se pensi che sia un errore, contatta il gestore della rete.',
      },
      ACCEPTED: {
        title: 'Invito già usato',
        body: 'Questo invito è già stato accettato. Se è il tuo, accedi con la tua e-mail e password.',
      },
      taken: {
        title: 'Account già esistente',
        body: 'Esiste già un account con questo indirizzo e-mail: accedi con la tua password.',
      },
    },
  },
  notFound: {
    title: 'Pagina non trovata',
    body: 'La pagina che cerchi non esiste o è stata spostata.',
    home: 'Torna alla pagina iniziale',
  },
  forbidden: {
    title: 'Accesso non consentito',
    body: 'Il tuo ruolo non consente di vedere questa pagina.',
  },
  dashboard: {
    admin: {
      title: 'Pannello di amministrazione',
      intro: 'Lo stato del distretto, le persone che usano Filiera e le ultime attività.',
    },
    consultant: {
      title: 'Avvio della rete',
      intro: 'Le cifre del distretto e le imprese che stanno aderendo al contratto di rete.',
    },
    chamber: {
      title: 'Osservatorio del distretto',
      intro: 'Le cifre del distretto e l’andamento delle adesioni alla rete.',
    },
    figures: {
      heading: 'Il distretto in cifre',
      firmCount: 'Imprese',
      shoeFactoryCount: 'Calzaturifici',
      supplyChainFirmCount: 'Imprese della filiera',
      adhesionCount: 'Adesioni in corso',
      memberCount: 'Aderenti alla rete',
      confirmedLinkCount: 'Legami di fornitura confermati',
    },
    people: {
      heading: 'Persone',
      users: 'Utenti',
      pendingInvitations: 'Inviti in sospeso',
      manage: 'Gestisci utenti e inviti',
    },
    audit: {
      heading: 'Ultime attività',
      caption: 'Le 10 attività più recenti',
      when: 'Quando',
      who: 'Chi',
      action: 'Azione',
      entity: 'Elemento',
      system: 'Sistema',
      empty: 'Nessuna attività registrata.',
      actions: {
        SIGN_IN: 'Accesso',
        SIGN_OUT: 'Uscita',
        INVITE_USER: 'Invito di un utente',
        REVOKE_INVITATION: 'Revoca di un invito',
        ACCEPT_INVITATION: 'Invito accettato',
        UPDATE_FIRM: 'Modifica di un’impresa',
      },
      entities: {
        User: 'Utente',
        Invitation: 'Invito',
        Firm: 'Impresa',
      },
    },
    adhesions: {
      heading: 'Imprese in adesione',
      caption: 'Imprese con un’adesione in corso',
      legalName: 'Ragione sociale',
      hamlet: 'Frazione',
      kind: 'Tipo',
      status: 'Stato dell’adesione',
      empty: 'Nessuna impresa ha ancora avviato l’adesione.',
      showing: 'Sono mostrate {{shown}} imprese su {{total}}.',
    },
  },
  enums: {
    Role: {
      ADMIN: 'Amministratore',
      CONSULTANT: 'Consulente',
      FIRM: 'Impresa',
      CHAMBER: 'Camera di Commercio',
    },
    FirmKind: {
      SHOE_FACTORY: 'Calzaturificio',
      PROCESSING: 'Lavorazioni',
      COMPONENTS: 'Componentistica',
      SERVICES: 'Servizi',
    },
    AdhesionStatus: {
      INTERESTED: 'Interessata',
      INVITED: 'Invitata',
      DOCUMENTS_REQUESTED: 'Documenti richiesti',
      READY_TO_SIGN: 'Pronta per la firma',
      SIGNED: 'Firmata',
      REGISTERED: 'Registrata',
      DECLINED: 'Rifiutata',
      WITHDRAWN: 'Ritirata',
    },
    InvitationStatus: {
      PENDING: 'In sospeso',
      ACCEPTED: 'Accettato',
      EXPIRED: 'Scaduto',
      REVOKED: 'Revocato',
    },
  },
};

/** The core's shape, which every language's core must have. */
export type CoreTranslation = typeof it;

/** Every key `t()` accepts: the core and each feature's strings under the feature's name. */
export type Translation = CoreTranslation & FeatureTranslations;
