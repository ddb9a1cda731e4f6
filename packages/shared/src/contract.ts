/**
 * The network contract (contratto di rete, law 33/2009) and the adhesion path: the document's shape, the
 * rule saying which elements the law requires, and the adhesion transitions. The API enforces these
 * rules; the web app uses the same ones to show what is missing before the person asks.
 */

export const NETWORK_TYPES = ['RETE_CONTRATTO', 'RETE_SOGGETTO'] as const;
export type NetworkTypeValue = (typeof NETWORK_TYPES)[number];

export const CONTRACT_STATUSES = ['DRAFT', 'UNDER_REVIEW', 'APPROVED', 'SIGNED', 'REGISTERED'] as const;
export type ContractStatusValue = (typeof CONTRACT_STATUSES)[number];

export interface ContractObjectiveData {
  title: string;
  /** How progress towards the objective is measured (law 33/2009: "modalità di misurazione"). */
  measure: string;
}

/** The contract's text, element by element (participants are derived from the adhesions). */
export interface ContractDocumentData {
  title: string;
  objectives: ContractObjectiveData[];
  programme: { activities: string; rights: string; obligations: string };
  duration: { years: number | null; notes: string };
  /** How other firms join the network. */
  joining: string;
  /** `present: null` means "not decided yet"; false states explicitly that there is none. */
  organoComune: { present: boolean | null; composition: string; powers: string; replacement: string };
  decisionRules: string;
  /** Optional: the fondo patrimoniale comune. */
  commonFund: { present: boolean; contributions: string; management: string };
  /** Optional: withdrawal and exclusion rules. */
  withdrawalExclusion: string;
}

/** The document's sections that are also elements checked for completeness, in document order. */
const CHECKED_SECTIONS = [
  'PARTICIPANTS',
  'OBJECTIVES',
  'PROGRAMME',
  'DURATION',
  'JOINING',
  'ORGANO_COMUNE',
  'DECISION_RULES',
  'COMMON_FUND',
] as const;

export const CONTRACT_SECTIONS = ['GENERAL', ...CHECKED_SECTIONS, 'WITHDRAWAL_EXCLUSION'] as const;
export type ContractSectionValue = (typeof CONTRACT_SECTIONS)[number];

/** The elements checked: the network's type and reference firm (in GENERAL), then those sections. */
export const CONTRACT_ELEMENTS = ['TYPE', 'REFERENCE_FIRM', ...CHECKED_SECTIONS] as const;
export type ContractElementValue = (typeof CONTRACT_ELEMENTS)[number];

/** A missing element and the input path of the field that fills it (for error extensions and links). */
export interface MissingElementInfo {
  element: ContractElementValue;
  field: string;
  section: ContractSectionValue;
}

/** Fewer than two firms is not a network. */
export const MIN_PARTICIPANTS = 2;

export function emptyContractDocument(title = ''): ContractDocumentData {
  return {
    title,
    objectives: [],
    programme: { activities: '', rights: '', obligations: '' },
    duration: { years: null, notes: '' },
    joining: '',
    organoComune: { present: null, composition: '', powers: '', replacement: '' },
    decisionRules: '',
    commonFund: { present: false, contributions: '', management: '' },
    withdrawalExclusion: '',
  };
}

const blank = (s: string | null | undefined) => !s || s.trim().length === 0;

export interface ContractFacts {
  type: NetworkTypeValue | null;
  referenceFirmId: string | null;
  participantCount: number;
}

/**
 * The elements the law requires that the contract does not have yet, in reading order. A rete-soggetto
 * (a network with legal personality) must also have an organo comune and a common fund.
 */
export function missingContractElements(
  doc: ContractDocumentData,
  facts: ContractFacts,
): MissingElementInfo[] {
  const missing: MissingElementInfo[] = [];
  const add = (element: ContractElementValue, field: string, section: ContractSectionValue) =>
    missing.push({ element, field, section });
  if (!facts.type) add('TYPE', 'type', 'GENERAL');
  if (!facts.referenceFirmId) add('REFERENCE_FIRM', 'referenceFirmId', 'GENERAL');
  if (facts.participantCount < MIN_PARTICIPANTS) add('PARTICIPANTS', 'participants', 'PARTICIPANTS');
  if (doc.objectives.length === 0 || doc.objectives.some((o) => blank(o.title) || blank(o.measure))) {
    add('OBJECTIVES', 'document.objectives', 'OBJECTIVES');
  }
  const { programme } = doc;
  if (blank(programme.activities) || blank(programme.rights) || blank(programme.obligations)) {
    add('PROGRAMME', 'document.programme', 'PROGRAMME');
  }
  if (!doc.duration.years || doc.duration.years < 1) add('DURATION', 'document.duration.years', 'DURATION');
  if (blank(doc.joining)) add('JOINING', 'document.joining', 'JOINING');
  const organo = doc.organoComune;
  const organoRequired = facts.type === 'RETE_SOGGETTO';
  if (
    organo.present === null ||
    (organoRequired && organo.present === false) ||
    (organo.present && (blank(organo.composition) || blank(organo.powers) || blank(organo.replacement)))
  ) {
    add('ORGANO_COMUNE', 'document.organoComune', 'ORGANO_COMUNE');
  }
  if (blank(doc.decisionRules)) add('DECISION_RULES', 'document.decisionRules', 'DECISION_RULES');
  const fund = doc.commonFund;
  if (
    (facts.type === 'RETE_SOGGETTO' && !fund.present) ||
    (fund.present && (blank(fund.contributions) || blank(fund.management)))
  ) {
    add('COMMON_FUND', 'document.commonFund', 'COMMON_FUND');
  }
  return missing;
}

/** Which status may follow which; UNDER_REVIEW may go back to DRAFT for changes. */
export const CONTRACT_TRANSITIONS: Record<ContractStatusValue, readonly ContractStatusValue[]> = {
  DRAFT: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['APPROVED', 'DRAFT'],
  APPROVED: ['SIGNED'],
  SIGNED: ['REGISTERED'],
  REGISTERED: [],
};

// ── The document as text, for the revision comparison and the PDF ──

type Lang = 'it' | 'en';
const TEXT: Record<Lang, Record<string, string>> = {
  it: {
    title: 'Titolo',
    objective: 'Obiettivo',
    measure: 'Misurazione',
    activities: 'Attività',
    rights: 'Diritti',
    obligations: 'Obblighi',
    years: 'Anni',
    notes: 'Note',
    present: 'Previsto',
    composition: 'Composizione',
    powers: 'Poteri',
    replacement: 'Sostituzione',
    contributions: 'Contributi',
    management: 'Gestione',
    yes: 'sì',
    no: 'no',
    undecided: 'da decidere',
    type: 'Tipo',
    referenceFirm: 'Impresa di riferimento',
    RETE_CONTRATTO: 'Rete-contratto',
    RETE_SOGGETTO: 'Rete-soggetto',
  },
  en: {
    title: 'Title',
    objective: 'Objective',
    measure: 'Measured by',
    activities: 'Activities',
    rights: 'Rights',
    obligations: 'Obligations',
    years: 'Years',
    notes: 'Notes',
    present: 'Provided',
    composition: 'Composition',
    powers: 'Powers',
    replacement: 'Replacement',
    contributions: 'Contributions',
    management: 'Management',
    yes: 'yes',
    no: 'no',
    undecided: 'to be decided',
    type: 'Type',
    referenceFirm: 'Reference firm',
    RETE_CONTRATTO: 'Network contract (rete-contratto)',
    RETE_SOGGETTO: 'Network entity (rete-soggetto)',
  },
};

export const CONTRACT_SECTION_TITLES: Record<Lang, Record<ContractSectionValue, string>> = {
  it: {
    GENERAL: 'Dati generali',
    PARTICIPANTS: 'Partecipanti',
    OBJECTIVES: 'Obiettivi strategici',
    PROGRAMME: 'Programma di rete',
    DURATION: 'Durata',
    JOINING: 'Adesione di altre imprese',
    ORGANO_COMUNE: 'Organo comune',
    DECISION_RULES: 'Regole decisionali',
    COMMON_FUND: 'Fondo patrimoniale comune',
    WITHDRAWAL_EXCLUSION: 'Recesso ed esclusione',
  },
  en: {
    GENERAL: 'General',
    PARTICIPANTS: 'Participants',
    OBJECTIVES: 'Strategic objectives',
    PROGRAMME: 'Network programme',
    DURATION: 'Duration',
    JOINING: 'How other firms join',
    ORGANO_COMUNE: 'Common body (organo comune)',
    DECISION_RULES: 'Decision rules',
    COMMON_FUND: 'Common fund',
    WITHDRAWAL_EXCLUSION: 'Withdrawal and exclusion',
  },
};

/** What a revision stores: the document with the type and reference firm it had. */
export interface ContractSnapshot {
  type: NetworkTypeValue | null;
  referenceFirmName: string | null;
  document: ContractDocumentData;
}

/**
 * The text of each section of a snapshot, one line per field, so two revisions can be compared line by
 * line. PARTICIPANTS is derived from the adhesions, not stored in a revision: it has no text here.
 */
export function contractSectionTexts(
  snap: ContractSnapshot,
  lang: Lang,
): Record<Exclude<ContractSectionValue, 'PARTICIPANTS'>, string> {
  const t = TEXT[lang];
  const d = snap.document;
  const flag = (v: boolean | null) => (v === null ? t.undecided : v ? t.yes : t.no);
  return {
    GENERAL: [
      `${t.title}: ${d.title}`,
      `${t.type}: ${snap.type ? t[snap.type] : '—'}`,
      `${t.referenceFirm}: ${snap.referenceFirmName ?? '—'}`,
    ].join('\n'),
    OBJECTIVES: d.objectives
      .map((o, i) => `${t.objective} ${i + 1}: ${o.title}\n${t.measure}: ${o.measure}`)
      .join('\n'),
    PROGRAMME: [
      `${t.activities}: ${d.programme.activities}`,
      `${t.rights}: ${d.programme.rights}`,
      `${t.obligations}: ${d.programme.obligations}`,
    ].join('\n'),
    DURATION: [`${t.years}: ${d.duration.years ?? '—'}`, `${t.notes}: ${d.duration.notes}`].join('\n'),
    JOINING: d.joining,
    ORGANO_COMUNE: [
      `${t.present}: ${flag(d.organoComune.present)}`,
      ...(d.organoComune.present
        ? [
            `${t.composition}: ${d.organoComune.composition}`,
            `${t.powers}: ${d.organoComune.powers}`,
            `${t.replacement}: ${d.organoComune.replacement}`,
          ]
        : []),
    ].join('\n'),
    DECISION_RULES: d.decisionRules,
    COMMON_FUND: [
      `${t.present}: ${flag(d.commonFund.present)}`,
      ...(d.commonFund.present
        ? [`${t.contributions}: ${d.commonFund.contributions}`, `${t.management}: ${d.commonFund.management}`]
        : []),
    ].join('\n'),
    WITHDRAWAL_EXCLUSION: d.withdrawalExclusion,
  };
}

// ── Adhesions ──

export const ADHESION_STATUSES = [
  'INTERESTED',
  'INVITED',
  'DOCUMENTS_REQUESTED',
  'READY_TO_SIGN',
  'SIGNED',
  'REGISTERED',
  'DECLINED',
  'WITHDRAWN',
] as const;
type AdhesionStatusValue = (typeof ADHESION_STATUSES)[number];

/** Statuses after which nothing moves (a declined or withdrawn firm may express interest again). */
export const FINAL_ADHESION_STATUSES: readonly AdhesionStatusValue[] = [
  'REGISTERED',
  'DECLINED',
  'WITHDRAWN',
];
/**
 * The district's adhesion figures, one definition each, shown under one name everywhere (API fields,
 * pages, exports): "in progress" (in adesione) firms are on their way in and have not signed yet;
 * "members" (aderenti) have signed. INTERESTED alone is a status column, never a headline figure.
 */
export const IN_PROGRESS_ADHESION_STATUSES: readonly AdhesionStatusValue[] = [
  'INTERESTED',
  'INVITED',
  'DOCUMENTS_REQUESTED',
  'READY_TO_SIGN',
];
export const MEMBER_ADHESION_STATUSES: readonly AdhesionStatusValue[] = ['SIGNED', 'REGISTERED'];

/** Firms in these statuses are the contract's participants. */
export const PARTICIPANT_STATUSES: readonly AdhesionStatusValue[] = ['READY_TO_SIGN', 'SIGNED', 'REGISTERED'];

const FORWARD: Partial<Record<AdhesionStatusValue, AdhesionStatusValue>> = {
  INTERESTED: 'INVITED',
  INVITED: 'DOCUMENTS_REQUESTED',
  DOCUMENTS_REQUESTED: 'READY_TO_SIGN',
  READY_TO_SIGN: 'SIGNED',
  SIGNED: 'REGISTERED',
};

/** The statuses an adhesion may move to: the next step, or out (declined, withdrawn) unless final. */
export function nextAdhesionStatuses(from: AdhesionStatusValue): AdhesionStatusValue[] {
  if (FINAL_ADHESION_STATUSES.includes(from)) return [];
  const next = FORWARD[from];
  return [...(next ? [next] : []), 'DECLINED', 'WITHDRAWN'];
}

export const ADHESION_REQUIREMENTS = [
  'CONTRIBUTION',
  'LEGAL_REPRESENTATIVE',
  'VISURA_CAMERALE',
  'DURC',
  'DIGITAL_SIGNATURE',
] as const;
export type AdhesionRequirementValue = (typeof ADHESION_REQUIREMENTS)[number];

/** The input field that satisfies each requirement. */
export const ADHESION_REQUIREMENT_FIELDS: Record<AdhesionRequirementValue, string> = {
  CONTRIBUTION: 'contributionEur',
  LEGAL_REPRESENTATIVE: 'legalRepresentative',
  VISURA_CAMERALE: 'documents.visuraCamerale',
  DURC: 'documents.durc',
  DIGITAL_SIGNATURE: 'documents.digitalSignature',
};

export interface AdhesionFacts {
  contributionEur: number | null;
  legalRepresentative: string | null;
  documents: { visuraCamerale: boolean; durc: boolean; digitalSignature: boolean };
}

/**
 * What READY_TO_SIGN needs and the adhesion does not have yet: the contribution (only when the contract
 * has a common fund), the legal representative and the three documents.
 */
export function missingForReadyToSign(
  a: AdhesionFacts,
  contractHasCommonFund: boolean,
): AdhesionRequirementValue[] {
  const missing: AdhesionRequirementValue[] = [];
  if (contractHasCommonFund && (a.contributionEur === null || a.contributionEur <= 0)) {
    missing.push('CONTRIBUTION');
  }
  if (blank(a.legalRepresentative)) missing.push('LEGAL_REPRESENTATIVE');
  if (!a.documents.visuraCamerale) missing.push('VISURA_CAMERALE');
  if (!a.documents.durc) missing.push('DURC');
  if (!a.documents.digitalSignature) missing.push('DIGITAL_SIGNATURE');
  return missing;
}
