export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time with offset, e.g. 2026-11-25T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON, used for audit before/after values. */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  /** The language the person chose on the page (it or en): their mail is written in it. */
  language?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** At least 12 characters, and not easy to guess (see ResetPasswordInput.password). */
  password: Scalars['String']['input'];
  /** The token from the one-time link. */
  token: Scalars['String']['input'];
};

/** One of the signed-in person's sessions: a browser where they are signed in. */
export type ActiveSession = {
  __typename?: 'ActiveSession';
  createdAt: Scalars['DateTime']['output'];
  /** This is the session making the request. */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The address it was opened from. */
  ip?: Maybe<Scalars['String']['output']>;
  /** The last request seen (updated at most once a minute). */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The browser's User-Agent as it sent it. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type AddContractCommentInput = {
  body: Scalars['String']['input'];
  section: ContractSection;
};

/** A firm the registry extract did not bring, added by hand. */
export type AddFirmInput = {
  hamlet?: InputMaybe<Scalars['String']['input']>;
  kind: FirmKind;
  legalName: Scalars['String']['input'];
  municipality: Scalars['String']['input'];
  /** The PEC address (domicilio digitale); private. */
  pec?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
  /** Partita IVA: refused (BAD_USER_INPUT on vatNumber, extensions.existingFirm) when a firm already has it. */
  vatNumber: Scalars['String']['input'];
};

export type AddPlanKpiInput = {
  actionId: Scalars['ID']['input'];
  /** The action's version read; a stale one gets CONFLICT. */
  actionVersion: Scalars['Int']['input'];
  kpi: PlanKpiInput;
};

export type AddTaskCommentInput = {
  body: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};

/** One firm's path into the network contract. */
export type Adhesion = {
  __typename?: 'Adhesion';
  /** Contribution to the common fund, in euro. */
  contributionEur?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  documents: AdhesionDocuments;
  firm: Firm;
  id: Scalars['ID']['output'];
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** The statuses it may move to now. */
  nextStatuses: Array<AdhesionStatus>;
  status: AdhesionStatus;
  /** What is still missing before READY_TO_SIGN (empty once it is there or beyond). */
  stillNeeded: Array<AdhesionRequirement>;
  /** The steps so far, newest first. */
  transitions: AdhesionTransitionConnection;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: pass it back with a change. */
  version: Scalars['Int']['output'];
  /** Whether the signed-in person may move it (CONSULTANT, ADMIN). */
  viewerCanManage: Scalars['Boolean']['output'];
  /** Whether the signed-in person may withdraw it (its firm, CONSULTANT, ADMIN) in its status. */
  viewerCanWithdraw: Scalars['Boolean']['output'];
};


/** One firm's path into the network contract. */
export type AdhesionTransitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AdhesionConnection = {
  __typename?: 'AdhesionConnection';
  edges: Array<AdhesionEdge>;
  pageInfo: PageInfo;
  /** How many adhesions match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Headline figures of the adhesions, for everyone. */
export type AdhesionCounters = {
  __typename?: 'AdhesionCounters';
  /** Adhesions per status, every status listed. */
  byStatus: Array<AdhesionStatusCount>;
  /** All firms of the district's registry. */
  districtTotal: Scalars['Int']['output'];
  /** Firms on their way in (in adesione): adhesion INTERESTED, INVITED, DOCUMENTS_REQUESTED or READY_TO_SIGN; the same figure as report.overview.inProgressCount. */
  inProgress: Scalars['Int']['output'];
  /**
   * Firms with an adhesion in any active status (not declined or withdrawn), signed ones included.
   * @deprecated Read as the INTERESTED status while it counted signed firms too: use inProgress and signed.
   */
  interested: Scalars['Int']['output'];
  /** Firms whose adhesion is REGISTERED. */
  registered: Scalars['Int']['output'];
  /** Members (aderenti): firms that signed (SIGNED or REGISTERED); the same figure as report.overview.memberCount. */
  signed: Scalars['Int']['output'];
};

/** The documents checklist of an adhesion. */
export type AdhesionDocuments = {
  __typename?: 'AdhesionDocuments';
  digitalSignature: Scalars['Boolean']['output'];
  durc: Scalars['Boolean']['output'];
  visuraCamerale: Scalars['Boolean']['output'];
};

export type AdhesionDocumentsInput = {
  digitalSignature: Scalars['Boolean']['input'];
  durc: Scalars['Boolean']['input'];
  visuraCamerale: Scalars['Boolean']['input'];
};

export type AdhesionEdge = {
  __typename?: 'AdhesionEdge';
  cursor: Scalars['String']['output'];
  node: Adhesion;
};

export type AdhesionFilter = {
  hamlets?: InputMaybe<Array<Scalars['String']['input']>>;
  kinds?: InputMaybe<Array<FirmKind>>;
  /** Matches the firm's legal name, trade name or Partita IVA. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<AdhesionStatus>>;
};

/** Something an adhesion needs before it may become READY_TO_SIGN. */
export const AdhesionRequirement = {
  /** The contribution to the common fund (only when the contract has one). */
  Contribution: 'CONTRIBUTION',
  /** The legal representative's digital signature. */
  DigitalSignature: 'DIGITAL_SIGNATURE',
  /** DURC: the certificate of regular social security contributions. */
  Durc: 'DURC',
  /** The name of the firm's legal representative. */
  LegalRepresentative: 'LEGAL_REPRESENTATIVE',
  /** Visura camerale: the firm's extract from the register of firms. */
  VisuraCamerale: 'VISURA_CAMERALE'
} as const;

export type AdhesionRequirement = typeof AdhesionRequirement[keyof typeof AdhesionRequirement];
/** Where a firm stands on its way into the network contract. */
export const AdhesionStatus = {
  Declined: 'DECLINED',
  DocumentsRequested: 'DOCUMENTS_REQUESTED',
  Interested: 'INTERESTED',
  Invited: 'INVITED',
  ReadyToSign: 'READY_TO_SIGN',
  Registered: 'REGISTERED',
  Signed: 'SIGNED',
  Withdrawn: 'WITHDRAWN'
} as const;

export type AdhesionStatus = typeof AdhesionStatus[keyof typeof AdhesionStatus];
/** How many adhesions are in one status. */
export type AdhesionStatusCount = {
  __typename?: 'AdhesionStatusCount';
  count: Scalars['Int']['output'];
  status: AdhesionStatus;
};

/** One step of an adhesion: who moved it, when, and why. */
export type AdhesionTransition = {
  __typename?: 'AdhesionTransition';
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  /** Null for the first step (the adhesion's creation). */
  from?: Maybe<AdhesionStatus>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  to: AdhesionStatus;
};

export type AdhesionTransitionConnection = {
  __typename?: 'AdhesionTransitionConnection';
  edges: Array<AdhesionTransitionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AdhesionTransitionEdge = {
  __typename?: 'AdhesionTransitionEdge';
  cursor: Scalars['String']['output'];
  node: AdhesionTransition;
};

/** A firm that could supply a capability to a customer, with its ranking score. */
export type AlternativeSupplier = {
  __typename?: 'AlternativeSupplier';
  /** Distinct customers it supplies this capability to through confirmed links. */
  confirmedCustomerCount: Scalars['Int']['output'];
  firm: Firm;
  sameHamlet: Scalars['Boolean']['output'];
  sameMunicipality: Scalars['Boolean']['output'];
  /**
   * 0–100: 40 if in the customer's hamlet (frazione), else 20 if in its municipality; plus up to 30 for the
   * customers it already supplies this capability to through confirmed links (6 per customer, at most 5);
   * plus up to 30 for its capacity in pairs/day relative to the largest candidate's.
   */
  score: Scalars['Float']['output'];
};

export type ApplyRegistryImportInput = {
  id: Scalars['ID']['input'];
  /** The version of the dry run confirmed: a kind changed since makes it stale (CONFLICT). */
  version: Scalars['Int']['input'];
};

/** A shoe model of a factory with its bill of materials. */
export type Article = {
  __typename?: 'Article';
  /** The factory's model code, unique within the factory. */
  code: Scalars['String']['output'];
  /** The bill of materials, in the factory's order. */
  components: Array<ArticleComponent>;
  /** The factory. */
  firm: Firm;
  /** GTIN-8, -12, -13 or -14: the passport's QR code is then a GS1 Digital Link. */
  gtin?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The public passport's address (null while a draft). */
  passportUrl?: Maybe<Scalars['String']['output']>;
  /** What the photo shows, for people who cannot see it. */
  photoAlt?: Maybe<Scalars['String']['output']>;
  /** The photo's address (GET /api/articles/:id/photo, versioned); null without a photo. */
  photoUrl?: Maybe<Scalars['String']['output']>;
  /** e.g. women, men, sneakers. */
  productLine?: Maybe<Scalars['String']['output']>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** e.g. FW 2026. */
  season?: Maybe<Scalars['String']['output']>;
  status: ArticleStatus;
  traceability: Traceability;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
  /** Whether the viewer may edit and publish it (a person of the factory). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** One line of an article's bill of materials: a component or a processing step. */
export type ArticleComponent = {
  __typename?: 'ArticleComponent';
  capability: Capability;
  /** e.g. Leather Working Group Gold. */
  certifications: Array<Scalars['String']['output']>;
  composition: Array<MaterialShare>;
  id: Scalars['ID']['output'];
  /** Tier 2: what the supplier declared about the inputs of this capability. */
  inputs: Array<SupplierInput>;
  material?: Maybe<Scalars['String']['output']>;
  /** Where the material comes from (ISO 3166-1 alpha-2). */
  originCountry?: Maybe<Scalars['String']['output']>;
  originRegion?: Maybe<Scalars['String']['output']>;
  /** Country (ISO 3166-1 alpha-2) of a supplier outside the district. */
  outsideCountry?: Maybe<Scalars['String']['output']>;
  /** Region of a supplier outside the district. */
  outsideRegion?: Maybe<Scalars['String']['output']>;
  /** A district firm supplying the factory this capability through a CONFIRMED link; null when outside or unknown. */
  supplier?: Maybe<Firm>;
  /** Share (%) of the shoe's weight; 0 for a processing step. */
  weightSharePercent: Scalars['Float']['output'];
};

/** A line of the bill of materials. */
export type ArticleComponentInput = {
  capabilityId: Scalars['ID']['input'];
  /** At most 10, each up to 100 characters. */
  certifications?: InputMaybe<Array<Scalars['String']['input']>>;
  composition?: InputMaybe<Array<MaterialShareInput>>;
  /** Up to 200 characters. */
  material?: InputMaybe<Scalars['String']['input']>;
  originCountry?: InputMaybe<Scalars['String']['input']>;
  originRegion?: InputMaybe<Scalars['String']['input']>;
  /** For a supplier outside the district: its country (ISO 3166-1 alpha-2, not with supplierId). */
  outsideCountry?: InputMaybe<Scalars['String']['input']>;
  outsideRegion?: InputMaybe<Scalars['String']['input']>;
  /** A confirmed supplier of the factory for this capability; omit for outside the district or unknown. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** 0–100; the lines add up to at most 100. */
  weightSharePercent: Scalars['Float']['input'];
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page. */
  edges: Array<ArticleEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** All the factory's articles. */
  totalCount: Scalars['Int']['output'];
};

/** One article in a page. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Pass as `after` to read what follows. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** Whether an article's passport is public. */
export const ArticleStatus = {
  /** Only the factory (and the network's staff) see it. */
  Draft: 'DRAFT',
  /** Its Digital Product Passport is public at its address. */
  Published: 'PUBLISHED'
} as const;

export type ArticleStatus = typeof ArticleStatus[keyof typeof ArticleStatus];
/** A confirmed supplier of a factory for one capability: what a bill of materials line may choose. */
export type ArticleSupplierChoice = {
  __typename?: 'ArticleSupplierChoice';
  capability: Capability;
  supplier: Firm;
};

/**
 * A code of ATECO 2025, ISTAT's classification of economic activities (the Italian NACE), e.g. 15.20.10
 * "Fabbricazione di calzature".
 */
export type AtecoCode = {
  __typename?: 'AtecoCode';
  /** The code: a section letter (C), a division (15), or 15.2, 15.20, 15.20.1, 15.20.10. */
  code: Scalars['String']['output'];
  /** 1 section, 2 division, 3 group, 4 class, 5 category, 6 subcategory. */
  level: Scalars['Int']['output'];
  /** The code one level up; null for a section. */
  parent?: Maybe<Scalars['String']['output']>;
  /** Title in English. */
  titleEn: Scalars['String']['output'];
  /** Title in Italian, as ISTAT publishes it. */
  titleIt: Scalars['String']['output'];
};

export type AtecoCodeConnection = {
  __typename?: 'AtecoCodeConnection';
  edges: Array<AtecoCodeEdge>;
  pageInfo: PageInfo;
  /** How many codes match the search, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AtecoCodeEdge = {
  __typename?: 'AtecoCodeEdge';
  cursor: Scalars['String']['output'];
  node: AtecoCode;
};

/** One recorded change: who did what to which entity, with the changed fields before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. SIGN_IN, INVITE_USER, UPDATE_FIRM. */
  action: Scalars['String']['output'];
  /** Who did it; null for the system (seed, migrations) or a deleted user. */
  actor?: Maybe<User>;
  /** Changed fields as { field: { before, after } }, secrets left out. */
  changes: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  entityId: Scalars['ID']['output'];
  /** The kind of entity, e.g. User, Firm. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** Something a firm can do or supply, from the district's controlled vocabulary. */
export type Capability = {
  __typename?: 'Capability';
  /** Stable code, e.g. CUTTING. */
  code: Scalars['String']['output'];
  group: CapabilityGroup;
  id: Scalars['ID']['output'];
  /** English label, e.g. Cutting. */
  labelEn: Scalars['String']['output'];
  /** Italian label, e.g. Taglio. */
  labelIt: Scalars['String']['output'];
};

/** How concentrated the supply of one capability is in the district. */
export type CapabilityConcentration = {
  __typename?: 'CapabilityConcentration';
  capability: Capability;
  /**
   * Herfindahl–Hirschman index, 0–10,000: HHI = Σᵢ (100 · vᵢ / V)², where vᵢ is the yearly volume (pairs) that
   * supplier i delivers of this capability through CONFIRMED links and V = Σᵢ vᵢ. Links without a volume are left
   * out. Above 2,500 the supply is highly concentrated; below 1,500 it is not.
   */
  hhi: Scalars['Float']['output'];
  /** Suppliers with a confirmed volume of this capability. */
  supplierCount: Scalars['Int']['output'];
  /** The largest supplier's share of V, 0–100. */
  topSupplierSharePercent: Scalars['Float']['output'];
  /** V: total confirmed yearly volume of this capability, in pairs. */
  totalVolumePairs: Scalars['Float']['output'];
};

/** A group of the controlled vocabulary of capabilities. */
export const CapabilityGroup = {
  /** Parts and materials: soles, heels, lasts, leather… */
  Components: 'COMPONENTS',
  /** Work done on the shoe: cutting, stitching, lasting, finishing… */
  Processing: 'PROCESSING'
} as const;

export type CapabilityGroup = typeof CapabilityGroup[keyof typeof CapabilityGroup];
export type ChangeContractStatusInput = {
  /** Required for REGISTERED (YYYY-MM-DD, not in the future). */
  registrationDate?: InputMaybe<Scalars['String']['input']>;
  /** Required for REGISTERED. */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  status: ContractStatus;
  version: Scalars['Int']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 12 characters, and not easy to guess (see ResetPasswordInput.password). */
  newPassword: Scalars['String']['input'];
};

export type ChangePlanStatusInput = {
  id: Scalars['ID']['input'];
  /** Only the next step: DRAFT → APPROVED → ACTIVE → CLOSED. */
  status: PlanStatus;
  version: Scalars['Int']['input'];
};

export type ChangeUserRoleInput = {
  /** Required for role FIRM, forbidden for the others. */
  firmId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  role: Role;
  /** The version read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

/**
 * A request to take over a firm's profile. Seen by the claimant (with their claim token), by the consultants
 * reviewing it and by the firm's manager when it waits for them.
 */
export type Claim = {
  __typename?: 'Claim';
  codeExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  documentKind?: Maybe<ClaimDocumentKind>;
  /** The uploaded document (consultants and ADMIN only; null for anyone else). */
  documentUrl?: Maybe<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  firm: ClaimableFirm;
  id: Scalars['ID']['output'];
  method?: Maybe<ClaimMethod>;
  name: Scalars['String']['output'];
  /** Where the code went, masked. */
  pecHint?: Maybe<Scalars['String']['output']>;
  /** Why it was rejected. */
  reason?: Maybe<Scalars['String']['output']>;
  roleInFirm: Scalars['String']['output'];
  status: ClaimStatus;
  /** Code tries left (of 5) while the code stands. */
  triesLeft?: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export const ClaimDocumentKind = {
  /** Delega: a proxy signed by the firm's legal representative. */
  Delega: 'DELEGA',
  /** Visura camerale: the company register extract naming the claimant. */
  Visura: 'VISURA'
} as const;

export type ClaimDocumentKind = typeof ClaimDocumentKind[keyof typeof ClaimDocumentKind];
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

/** How a claimant proves they belong to the firm. */
export const ClaimMethod = {
  /** A company register extract (visura) or a proxy (delega) a consultant reviews. */
  Document: 'DOCUMENT',
  /** A 6-digit code sent to the firm's PEC address on record. */
  Pec: 'PEC'
} as const;

export type ClaimMethod = typeof ClaimMethod[keyof typeof ClaimMethod];
export const ClaimStatus = {
  /** Approved: the claimant was mailed how to get in. */
  Approved: 'APPROVED',
  /** The claimant chose to send a document and has not yet. */
  AwaitingDocument: 'AWAITING_DOCUMENT',
  /** The firm already has people on Filiera: its manager decides. */
  AwaitingManager: 'AWAITING_MANAGER',
  /** Five wrong codes, or the code expired unused: a document can still prove the claim. */
  CodeFailed: 'CODE_FAILED',
  /** The code went to the firm's PEC: the claimant types it. */
  CodeSent: 'CODE_SENT',
  /** The document waits for a consultant's review. */
  InReview: 'IN_REVIEW',
  Rejected: 'REJECTED'
} as const;

export type ClaimStatus = typeof ClaimStatus[keyof typeof ClaimStatus];
/** A firm of the registry as the claim page shows it: its name and municipality, nothing else that is not public. */
export type ClaimableFirm = {
  __typename?: 'ClaimableFirm';
  id: Scalars['ID']['output'];
  municipality?: Maybe<Scalars['String']['output']>;
  /** The trade name when it has one, else the legal name. */
  name: Scalars['String']['output'];
  /** The firm's PEC address masked (c•••@pec.it); null when the registry has none. */
  pecHint?: Maybe<Scalars['String']['output']>;
  /** Only for firms that consent to the showcase, or when the search was this very Partita IVA. */
  vatNumber?: Maybe<Scalars['String']['output']>;
};

/** The fondo patrimoniale comune (optional for a rete-contratto). */
export type CommonFund = {
  __typename?: 'CommonFund';
  /** Initial and later contributions. */
  contributions: Scalars['String']['output'];
  /** How the fund is managed. */
  management: Scalars['String']['output'];
  present: Scalars['Boolean']['output'];
};

export type CommonFundInput = {
  contributions: Scalars['String']['input'];
  management: Scalars['String']['input'];
  present: Scalars['Boolean']['input'];
};

export type CompleteSignInInput = {
  /** The `challenge` from signIn's SECOND_FACTOR_REQUIRED error. */
  challenge: Scalars['String']['input'];
  /** A six-digit code from the authenticator app, or a recovery code. */
  code: Scalars['String']['input'];
};

export type ConfirmEmailChangeInput = {
  /** The token from the confirmation link. */
  token: Scalars['String']['input'];
};

export type ConfirmTwoFactorInput = {
  /** The six-digit code the app shows now. */
  code: Scalars['String']['input'];
};

/** A buyer's request from the public showcase. */
export type ContactRequest = {
  __typename?: 'ContactRequest';
  /** Their company. */
  company: Scalars['String']['output'];
  /** Their country (ISO 3166-1 alpha-2). */
  country: Scalars['String']['output'];
  /** When it arrived. */
  createdAt: Scalars['DateTime']['output'];
  /** Their e-mail, to answer. */
  email: Scalars['String']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Contact or quote. */
  kind: ContactRequestKind;
  /** What they wrote. */
  message: Scalars['String']['output'];
  /** Who wrote. */
  name: Scalars['String']['output'];
  /** Pairs asked for, on a quote request. */
  quantity?: Maybe<Scalars['Int']['output']>;
  /** Inbox state. */
  state: ContactRequestState;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
};

/** A page of the inbox, newest first. */
export type ContactRequestConnection = {
  __typename?: 'ContactRequestConnection';
  /** The requests of this page. */
  edges: Array<ContactRequestEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** All requests of the firm. */
  totalCount: Scalars['Int']['output'];
};

/** One request in a page. */
export type ContactRequestEdge = {
  __typename?: 'ContactRequestEdge';
  /** Pass as `after` to read what follows. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: ContactRequest;
};

/** Whether a visitor wants to get in touch or asks for a quote. */
export const ContactRequestKind = {
  /** Get in touch. */
  Contact: 'CONTACT',
  /** Request a quote (quantities given). */
  Quote: 'QUOTE'
} as const;

export type ContactRequestKind = typeof ContactRequestKind[keyof typeof ContactRequestKind];
/** What a visitor learns after sending: only that it was received. */
export type ContactRequestReceipt = {
  __typename?: 'ContactRequestReceipt';
  /** Always true: a refused bot is not told. */
  received: Scalars['Boolean']['output'];
};

/** Where a request stands in the firm's inbox. */
export const ContactRequestState = {
  /** Not opened yet. */
  New: 'NEW',
  /** Read by the firm. */
  Read: 'READ',
  /** The firm answered. */
  Replied: 'REPLIED'
} as const;

export type ContactRequestState = typeof ContactRequestState[keyof typeof ContactRequestState];
/** A comment on a section of the contract, by a consultant or the manager. */
export type ContractComment = {
  __typename?: 'ContractComment';
  author?: Maybe<User>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  section: ContractSection;
};

export type ContractCommentConnection = {
  __typename?: 'ContractCommentConnection';
  edges: Array<ContractCommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContractCommentEdge = {
  __typename?: 'ContractCommentEdge';
  cursor: Scalars['String']['output'];
  node: ContractComment;
};

/** The contract's text, element by element. */
export type ContractDocument = {
  __typename?: 'ContractDocument';
  commonFund: CommonFund;
  /** How the participants decide. */
  decisionRules: Scalars['String']['output'];
  duration: ContractDuration;
  /** How other firms join the network. */
  joining: Scalars['String']['output'];
  objectives: Array<ContractObjective>;
  organoComune: OrganoComune;
  programme: ContractProgramme;
  title: Scalars['String']['output'];
  /** Withdrawal and exclusion rules (optional). */
  withdrawalExclusion: Scalars['String']['output'];
};

export type ContractDocumentInput = {
  commonFund: CommonFundInput;
  decisionRules: Scalars['String']['input'];
  duration: ContractDurationInput;
  joining: Scalars['String']['input'];
  objectives: Array<ContractObjectiveInput>;
  organoComune: OrganoComuneInput;
  programme: ContractProgrammeInput;
  title: Scalars['String']['input'];
  withdrawalExclusion: Scalars['String']['input'];
};

/** How long the contract lasts. */
export type ContractDuration = {
  __typename?: 'ContractDuration';
  /** Renewal and other notes. */
  notes: Scalars['String']['output'];
  /** Duration in years. */
  years?: Maybe<Scalars['Int']['output']>;
};

export type ContractDurationInput = {
  notes: Scalars['String']['input'];
  years?: InputMaybe<Scalars['Int']['input']>;
};

/** An element the law asks of a network contract. */
export const ContractElement = {
  /** The common fund's contributions and management rules, when there is a fund (required for a rete-soggetto). */
  CommonFund: 'COMMON_FUND',
  /** The rules by which the participants decide. */
  DecisionRules: 'DECISION_RULES',
  /** The contract's duration in years. */
  Duration: 'DURATION',
  /** How other firms join. */
  Joining: 'JOINING',
  /** At least one strategic objective, each with how its progress is measured. */
  Objectives: 'OBJECTIVES',
  /** The organo comune (who, powers, replacement), or an explicit statement that there is none. */
  OrganoComune: 'ORGANO_COMUNE',
  /** At least two firms whose adhesion is READY_TO_SIGN, SIGNED or REGISTERED. */
  Participants: 'PARTICIPANTS',
  /** The network programme: activities, the participants' rights and obligations. */
  Programme: 'PROGRAMME',
  /** The impresa di riferimento that files the contract. */
  ReferenceFirm: 'REFERENCE_FIRM',
  /** Rete-contratto or rete-soggetto. */
  Type: 'TYPE'
} as const;

export type ContractElement = typeof ContractElement[keyof typeof ContractElement];
/** Language of texts the API renders (revision comparison, PDF). */
export const ContractLanguage = {
  En: 'EN',
  It: 'IT'
} as const;

export type ContractLanguage = typeof ContractLanguage[keyof typeof ContractLanguage];
/** A strategic objective of the network. */
export type ContractObjective = {
  __typename?: 'ContractObjective';
  /** How progress towards the objective is measured. */
  measure: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ContractObjectiveInput = {
  measure: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** The network programme. */
export type ContractProgramme = {
  __typename?: 'ContractProgramme';
  /** What the participants will do together. */
  activities: Scalars['String']['output'];
  /** Each participant's obligations. */
  obligations: Scalars['String']['output'];
  /** Each participant's rights. */
  rights: Scalars['String']['output'];
};

export type ContractProgrammeInput = {
  activities: Scalars['String']['input'];
  obligations: Scalars['String']['input'];
  rights: Scalars['String']['input'];
};

/** A saved version of the contract. */
export type ContractRevision = {
  __typename?: 'ContractRevision';
  /** Who saved it. */
  author?: Maybe<User>;
  /** What changed, in the author's words. */
  changeSummary: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 1, 2, 3… in the order of saving. */
  number: Scalars['Int']['output'];
};

export type ContractRevisionConnection = {
  __typename?: 'ContractRevisionConnection';
  edges: Array<ContractRevisionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Two revisions side by side, section by section. */
export type ContractRevisionDiff = {
  __typename?: 'ContractRevisionDiff';
  from: ContractRevision;
  sections: Array<ContractSectionDiff>;
  to: ContractRevision;
};

export type ContractRevisionEdge = {
  __typename?: 'ContractRevisionEdge';
  cursor: Scalars['String']['output'];
  node: ContractRevision;
};

/** A section of the contract, for comments and the revision comparison. */
export const ContractSection = {
  CommonFund: 'COMMON_FUND',
  DecisionRules: 'DECISION_RULES',
  Duration: 'DURATION',
  /** Title, type and reference firm. */
  General: 'GENERAL',
  Joining: 'JOINING',
  Objectives: 'OBJECTIVES',
  OrganoComune: 'ORGANO_COMUNE',
  /** The participating firms (derived from the adhesions). */
  Participants: 'PARTICIPANTS',
  Programme: 'PROGRAMME',
  WithdrawalExclusion: 'WITHDRAWAL_EXCLUSION'
} as const;

export type ContractSection = typeof ContractSection[keyof typeof ContractSection];
/** One section compared between two revisions. */
export type ContractSectionDiff = {
  __typename?: 'ContractSectionDiff';
  /** The section's text in the newer revision. */
  after: Scalars['String']['output'];
  /** The section's text in the older revision. */
  before: Scalars['String']['output'];
  changed: Scalars['Boolean']['output'];
  section: ContractSection;
};

/** Where the network contract stands: it cannot leave DRAFT while an element the law requires is missing. */
export const ContractStatus = {
  /** Approved by the participants, ready to be signed. */
  Approved: 'APPROVED',
  /** Being written; only the network's manager edits it. */
  Draft: 'DRAFT',
  /** Filed with the register of firms (registration number and date). */
  Registered: 'REGISTERED',
  /** Signed by the participants' legal representatives. */
  Signed: 'SIGNED',
  /** Complete and being reviewed; may go back to DRAFT for changes. */
  UnderReview: 'UNDER_REVIEW'
} as const;

export type ContractStatus = typeof ContractStatus[keyof typeof ContractStatus];
/**
 * A country named in the interface's two languages (by the server, so a phone need not load its own
 * country names to draw a public page).
 */
export type CountryName = {
  __typename?: 'CountryName';
  /** ISO 3166-1 alpha-2 country code. */
  code: Scalars['String']['output'];
  /** Its name in English. */
  nameEn: Scalars['String']['output'];
  /** Its name in Italian. */
  nameIt: Scalars['String']['output'];
};

/** How a list of countries is sorted. */
export const CountryNameOrder = {
  /** By ISO code. */
  Code: 'CODE',
  /** By English name, in English alphabetical order. */
  NameEn: 'NAME_EN',
  /** By Italian name, in Italian alphabetical order. */
  NameIt: 'NAME_IT'
} as const;

export type CountryNameOrder = typeof CountryNameOrder[keyof typeof CountryNameOrder];
/** A new article (a draft) of the viewer's factory. */
export type CreateArticleInput = {
  /** 1–40 characters, unique within the factory. */
  code: Scalars['String']['input'];
  /** At most 50 lines. */
  components: Array<ArticleComponentInput>;
  /** 8, 12, 13 or 14 digits with a valid GS1 check digit, unique. */
  gtin?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters. */
  name: Scalars['String']['input'];
  /** What the photo shows, for people who cannot see it; up to 200 characters. */
  photoAlt?: InputMaybe<Scalars['String']['input']>;
  productLine?: InputMaybe<Scalars['String']['input']>;
  season?: InputMaybe<Scalars['String']['input']>;
};

/** A new event. */
export type CreateEventInput = {
  /** Audience. */
  audience: EventAudience;
  /** Seats, at least 1. */
  capacity: Scalars['Int']['input'];
  /** Description in English. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** Description in Italian. */
  descriptionIt?: InputMaybe<Scalars['String']['input']>;
  /** End, not before the start. */
  endsAt: Scalars['DateTime']['input'];
  /** Kind of event. */
  kind: EventKind;
  /** Language. */
  language: EventLanguage;
  /** Place. */
  place: Scalars['String']['input'];
  /** When registrations close, not after the end. */
  registrationDeadline: Scalars['DateTime']['input'];
  /** Start. */
  startsAt: Scalars['DateTime']['input'];
  /** Title in English. */
  titleEn: Scalars['String']['input'];
  /** Title in Italian. */
  titleIt: Scalars['String']['input'];
};

export type CreatePlanActionInput = {
  axis: PlanAxis;
  /** At most one line per year and funding source. */
  budget?: InputMaybe<Array<PlanBudgetLineInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not before startDate. */
  endDate: Scalars['String']['input'];
  kpis?: InputMaybe<Array<PlanKpiInput>>;
  leadFirmId?: InputMaybe<Scalars['ID']['input']>;
  /** An ADMIN or CONSULTANT user. */
  leadUserId?: InputMaybe<Scalars['ID']['input']>;
  /** An objective of the same axis. */
  objectiveId?: InputMaybe<Scalars['ID']['input']>;
  participatingFirmIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  planId: Scalars['ID']['input'];
  /** YYYY-MM-DD. */
  startDate: Scalars['String']['input'];
  /** PLANNED when omitted. */
  status?: InputMaybe<PlanActionStatus>;
  title: Scalars['String']['input'];
};

export type CreatePlanObjectiveInput = {
  axis: PlanAxis;
  description?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateStrategicPlanInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** From startYear to startYear + 10. */
  endYear: Scalars['Int']['input'];
  startYear: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

export type CreateTaskInput = {
  /** An ADMIN or CONSULTANT user. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not before startDate. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  firmIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  phase: TaskPhase;
  planActionId?: InputMaybe<Scalars['ID']['input']>;
  /** MEDIUM when omitted. */
  priority?: InputMaybe<TaskPriority>;
  /** YYYY-MM-DD. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** TODO when omitted; DONE is refused while a blocker is open. */
  status?: InputMaybe<TaskStatus>;
  title: Scalars['String']['input'];
};

/** A new invitation with its one-time link; the link is shown only here, once. */
export type CreatedInvitation = {
  __typename?: 'CreatedInvitation';
  /** The one-time link to hand to the invitee. */
  acceptUrl: Scalars['String']['output'];
  invitation: Invitation;
};

export type DecidePlanJoinRequestInput = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeclareSupplyLinkInput = {
  /** What is supplied; the supplier must offer it in its profile. */
  capabilityId: Scalars['ID']['input'];
  /** The firm supplied; not the supplier. */
  customerId: Scalars['ID']['input'];
  /** Up to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Share of the customer's need for this capability, 0–100. */
  sharePercent?: InputMaybe<Scalars['Float']['input']>;
  /** Since when (YYYY-MM-DD), not in the future. */
  since?: InputMaybe<Scalars['String']['input']>;
  /** The firm that supplies. */
  supplierId: Scalars['ID']['input'];
  /** Pairs per year, 0 or more. */
  yearlyVolumePairs?: InputMaybe<Scalars['Int']['input']>;
};

export type DisableTwoFactorInput = {
  /** A code from the app or a recovery code; or give `password`. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The current password; or give `code`. */
  password?: InputMaybe<Scalars['String']['input']>;
};

/** An edge of the district graph: supplier → customer for one capability. */
export type DistrictGraphEdge = {
  __typename?: 'DistrictGraphEdge';
  capabilityId: Scalars['ID']['output'];
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  status: SupplyLinkStatus;
  supplierId: Scalars['ID']['output'];
};

/** A node of the district graph. */
export type DistrictGraphNode = {
  __typename?: 'DistrictGraphNode';
  /** The day the registry records the firm as ceased; null while active. */
  ceasedOn?: Maybe<Scalars['String']['output']>;
  hamlet?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: FirmKind;
  legalName: Scalars['String']['output'];
};

/** Headline figures of the district, for the landing dashboards. */
export type DistrictSummary = {
  __typename?: 'DistrictSummary';
  /**
   * Firms with an adhesion in any active status (not declined or withdrawn), signed ones included.
   * @deprecated Mixed firms on their way in with members: use inProgressCount and memberCount.
   */
  adhesionCount: Scalars['Int']['output'];
  confirmedLinkCount: Scalars['Int']['output'];
  firmCount: Scalars['Int']['output'];
  /** Firms on their way in (in adesione): adhesion INTERESTED, INVITED, DOCUMENTS_REQUESTED or READY_TO_SIGN; the same figure as adhesionCounters.inProgress. */
  inProgressCount: Scalars['Int']['output'];
  /** Members (aderenti): firms whose adhesion is SIGNED or REGISTERED; the same figure as adhesionCounters.signed. */
  memberCount: Scalars['Int']['output'];
  shoeFactoryCount: Scalars['Int']['output'];
  supplyChainFirmCount: Scalars['Int']['output'];
};

/** An event of the network's calendar. */
export type Event = {
  __typename?: 'Event';
  /** Members only or public. */
  audience: EventAudience;
  /** Seats. */
  capacity: Scalars['Int']['output'];
  /** Seats taken. */
  confirmedCount: Scalars['Int']['output'];
  /** Description in English. */
  descriptionEn: Scalars['String']['output'];
  /** Description in Italian. */
  descriptionIt: Scalars['String']['output'];
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Kind of event. */
  kind: EventKind;
  /** Language the event is held in. */
  language: EventLanguage;
  /** Place (or the webinar's platform). */
  place: Scalars['String']['output'];
  /** Registrations close at this moment. */
  registrationDeadline: Scalars['DateTime']['output'];
  /** Whether registrations are still open (the deadline has not passed). */
  registrationOpen: Scalars['Boolean']['output'];
  /** Registrations the viewer may see: a FIRM user its firm's people, staff everyone (null for anonymous visitors). */
  registrations?: Maybe<Array<EventRegistration>>;
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Title in English. */
  titleEn: Scalars['String']['output'];
  /** Title in Italian. */
  titleIt: Scalars['String']['output'];
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
  /** Whether the viewer may edit the event (ADMIN, CONSULTANT). */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether the viewer may register people now (a FIRM user, before the deadline). */
  viewerCanRegister: Scalars['Boolean']['output'];
  /** People on the waiting list. */
  waitlistCount: Scalars['Int']['output'];
};

/** Who the event is for. */
export const EventAudience = {
  /** The network's members only. */
  Members: 'MEMBERS',
  /** Also the public: shown in the showcase. */
  Public: 'PUBLIC'
} as const;

export type EventAudience = typeof EventAudience[keyof typeof EventAudience];
/** A page of events, by start. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of this page. */
  edges: Array<EventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** All events in the range. */
  totalCount: Scalars['Int']['output'];
};

/** One event in a page. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Pass as `after` to read what follows. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** What kind of event. */
export const EventKind = {
  /** Missione buyer: buyers visiting or a mission abroad. */
  BuyerMission: 'BUYER_MISSION',
  /** Incontro di rete: a networking meeting. */
  NetworkingMeeting: 'NETWORKING_MEETING',
  /** Fiera: a trade fair. */
  TradeFair: 'TRADE_FAIR',
  /** Corso di formazione: a training course. */
  TrainingCourse: 'TRAINING_COURSE',
  /** Webinar: online. */
  Webinar: 'WEBINAR'
} as const;

export type EventKind = typeof EventKind[keyof typeof EventKind];
/** The language the event is held in. */
export const EventLanguage = {
  /** English. */
  En: 'EN',
  /** Italian. */
  It: 'IT'
} as const;

export type EventLanguage = typeof EventLanguage[keyof typeof EventLanguage];
/** A person registered for an event. */
export type EventRegistration = {
  __typename?: 'EventRegistration';
  /** When they registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The person's firm. */
  firm: Firm;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** The person's e-mail. */
  personEmail: Scalars['String']['output'];
  /** The person's name. */
  personName: Scalars['String']['output'];
  /** Seat, waiting list or cancelled. */
  status: RegistrationStatus;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
  /** Place on the waiting list (1 = next to get a seat); null unless waitlisted. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/**
 * A firm of the district, member of the network or not.
 *
 * Visibility: everything here is readable by anyone signed in, except
 * - private fields (`revenueBand`, `history`): the firm's own people, ADMIN and CONSULTANT only;
 * - contacts (`email`, `phone`, `street`): the firm's own people, ADMIN, CONSULTANT and CHAMBER, and other
 *   firms' people only when the firm made that field public (`publicFields`).
 * A field the viewer may not read is null.
 */
export type Firm = {
  __typename?: 'Firm';
  /** The firm's adhesion to the network contract, if it started one. */
  adhesionStatus?: Maybe<AdhesionStatus>;
  /** ATECO 2025 activity codes, e.g. 15.20.10. */
  atecoCodes: Array<Scalars['String']['output']>;
  /** Capabilities the firm offers. */
  capabilities: Array<Capability>;
  /** Production capacity in pairs per day. */
  capacityPairsPerDay?: Maybe<Scalars['Int']['output']>;
  /** The day the registry records the firm as ceased (YYYY-MM-DD); null while it is active. */
  ceasedOn?: Maybe<Scalars['String']['output']>;
  /** Certifications from the controlled list, e.g. ISO 9001, Leather Working Group. */
  certifications: Array<Scalars['String']['output']>;
  /** How complete the profile is and what is missing. */
  completeness: ProfileCompleteness;
  /** Distinct firms this firm supplies through a confirmed link. */
  customerCount: Scalars['Int']['output'];
  /** Confirmed customers of this firm, grouped by the capability supplied (at most 500 links). */
  customers: Array<FirmLinkGroup>;
  /** Description in English. */
  descriptionEn?: Maybe<Scalars['String']['output']>;
  /** Description in Italian. */
  descriptionIt?: Maybe<Scalars['String']['output']>;
  /** Contact e-mail (contact: see the type's visibility). */
  email?: Maybe<Scalars['String']['output']>;
  /** Number of employees (addetti). */
  employees?: Maybe<Scalars['Int']['output']>;
  /** Export markets as ISO 3166-1 alpha-2 country codes. */
  exportMarkets: Array<Scalars['String']['output']>;
  /** Share of turnover exported, 0–100. */
  exportShare?: Maybe<Scalars['Int']['output']>;
  /** Year the firm was founded. */
  foundedYear?: Maybe<Scalars['Int']['output']>;
  /** Frazione of the municipality, e.g. Segromigno in Monte. */
  hamlet?: Maybe<Scalars['String']['output']>;
  /** Changes to the profile from the audit log, newest first (private: null for other viewers). */
  history?: Maybe<AuditEntryConnection>;
  id: Scalars['ID']['output'];
  kind: FirmKind;
  /** WGS84 latitude of the premises. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Legal form, e.g. S.r.l. */
  legalForm?: Maybe<Scalars['String']['output']>;
  /** Ragione sociale. */
  legalName: Scalars['String']['output'];
  /** Path of the firm's logo image, null when it has none; changes when the logo changes. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** WGS84 longitude of the premises. */
  longitude?: Maybe<Scalars['Float']['output']>;
  municipality?: Maybe<Scalars['String']['output']>;
  /** Contact phone (contact: see the type's visibility). */
  phone?: Maybe<Scalars['String']['output']>;
  /** CAP, 5 digits. */
  postcode?: Maybe<Scalars['String']['output']>;
  /** Product lines (shoe factories): women, men, kids, sneakers, boots, sandals, safety, luxury. */
  productLines: Array<Scalars['String']['output']>;
  /** Province code, e.g. LU. */
  province?: Maybe<Scalars['String']['output']>;
  /** Fields shown on the public showcase (and to other firms' people, for contacts). */
  publicFields: Array<Scalars['String']['output']>;
  /** REA number in the Chamber of Commerce register, e.g. LU-123456. */
  reaNumber?: Maybe<Scalars['String']['output']>;
  /** Yearly revenue band in EUR: <2M, 2-10M, 10-50M, >50M (private). */
  revenueBand?: Maybe<Scalars['String']['output']>;
  /** Whether the firm agreed to appear on the public showcase. */
  showcaseConsent: Scalars['Boolean']['output'];
  /** Street and number (contact: see the type's visibility). */
  street?: Maybe<Scalars['String']['output']>;
  /** Distinct firms with a confirmed link supplying this firm. */
  supplierCount: Scalars['Int']['output'];
  /** Confirmed suppliers of this firm, grouped by the capability they supply (at most 500 links). */
  suppliers: Array<FirmLinkGroup>;
  /** Codice fiscale (11 digits for companies, 16 characters for sole traders). */
  taxCode?: Maybe<Scalars['String']['output']>;
  /** Name the firm trades under, when different from the legal name. */
  tradeName?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Partita IVA: 11 digits with office code and check digit; unique in the registry. */
  vatNumber: Scalars['String']['output'];
  /** Optimistic-lock version: pass it back with an update. */
  version: Scalars['Int']['output'];
  /** Whether the signed-in person may declare supply links for this firm (its FIRM users, ADMIN, CONSULTANT). */
  viewerCanDeclareSupplyLinks: Scalars['Boolean']['output'];
  /** Whether the signed-in person may edit this firm's profile. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether the signed-in person may read the private fields (revenue band, history). */
  viewerCanReadPrivate: Scalars['Boolean']['output'];
  /** Web site (https://…). */
  website?: Maybe<Scalars['String']['output']>;
};


/**
 * A firm of the district, member of the network or not.
 *
 * Visibility: everything here is readable by anyone signed in, except
 * - private fields (`revenueBand`, `history`): the firm's own people, ADMIN and CONSULTANT only;
 * - contacts (`email`, `phone`, `street`): the firm's own people, ADMIN, CONSULTANT and CHAMBER, and other
 *   firms' people only when the firm made that field public (`publicFields`).
 * A field the viewer may not read is null.
 */
export type FirmHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FirmConnection = {
  __typename?: 'FirmConnection';
  edges: Array<FirmEdge>;
  pageInfo: PageInfo;
  /** How many firms match the filter and search, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FirmEdge = {
  __typename?: 'FirmEdge';
  cursor: Scalars['String']['output'];
  node: Firm;
};

/** One employees range of the directory and how many firms picking it would list. */
export type FirmEmployeesRange = {
  __typename?: 'FirmEmployeesRange';
  count: Scalars['Int']['output'];
  /** Pass as `employeesMax`; null: no upper bound. */
  max?: Maybe<Scalars['Int']['output']>;
  /** Pass as `employeesMin`. */
  min: Scalars['Int']['output'];
};

/** One value of a directory facet and how many firms picking it would list. */
export type FirmFacetValue = {
  __typename?: 'FirmFacetValue';
  count: Scalars['Int']['output'];
  /** The filter's value: a FirmKind, a capability id, a hamlet, an AdhesionStatus or NONE, a certification, an ISO country code. */
  value: Scalars['String']['output'];
};

/**
 * The directory's filters as facets: each filter's values in use, each with the number of firms that match
 * the search and every OTHER filter plus that value. Exact; values that would list nobody are left out.
 */
export type FirmFacets = {
  __typename?: 'FirmFacets';
  /** Values are AdhesionStatus names, and NONE for firms without an adhesion (`withoutAdhesion`). */
  adhesionStatuses: Array<FirmFacetValue>;
  /** Values are capability ids. */
  capabilities: Array<FirmFacetValue>;
  /** Ceased firms matching the search and the other filters (listed with `includeCeased`). */
  ceasedCount: Scalars['Int']['output'];
  certifications: Array<FirmFacetValue>;
  /** The offered ranges (EU enterprise sizes), each with its count, zero included. */
  employeesRanges: Array<FirmEmployeesRange>;
  exportMarkets: Array<FirmFacetValue>;
  hamlets: Array<FirmFacetValue>;
  kinds: Array<FirmFacetValue>;
};

/** Directory filters; lists are ORed within a filter and filters are ANDed together. */
export type FirmFilter = {
  /** Adhesion statuses; NONE is expressed by `withoutAdhesion`. */
  adhesionStatuses?: InputMaybe<Array<AdhesionStatus>>;
  /** Firms offering any of these capabilities. */
  capabilityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Firms holding any of these certifications. */
  certifications?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At most this many employees. */
  employeesMax?: InputMaybe<Scalars['Int']['input']>;
  /** At least this many employees. */
  employeesMin?: InputMaybe<Scalars['Int']['input']>;
  /** Firms exporting to any of these countries (ISO 3166-1 alpha-2). */
  exportMarkets?: InputMaybe<Array<Scalars['String']['input']>>;
  hamlets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Also list the firms the registry records as ceased (left out by default). */
  includeCeased?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<FirmKind>>;
  /** Only firms that never started an adhesion (ORed with `adhesionStatuses`). */
  withoutAdhesion?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Values the directory's filters can take, from the registry. */
export type FirmFilterOptions = {
  __typename?: 'FirmFilterOptions';
  /** The controlled list of certifications. */
  certifications: Array<Scalars['String']['output']>;
  /** Export markets some firm declares, as ISO codes, A to Z. */
  exportMarkets: Array<Scalars['String']['output']>;
  /** Hamlets (frazioni) that have firms, A to Z. */
  hamlets: Array<Scalars['String']['output']>;
};

/** What a firm does in the district. */
export const FirmKind = {
  /** Componentistica: soles, heels, lasts, leather and other parts. */
  Components: 'COMPONENTS',
  /** Lavorazioni: cutting, stitching, lasting, finishing for factories. */
  Processing: 'PROCESSING',
  /** Services to the district (design, logistics, consulting). */
  Services: 'SERVICES',
  /** Calzaturificio: makes finished shoes. */
  ShoeFactory: 'SHOE_FACTORY'
} as const;

export type FirmKind = typeof FirmKind[keyof typeof FirmKind];
/** One confirmed supply link seen from a firm: the firm on the other side and what flows. */
export type FirmLink = {
  __typename?: 'FirmLink';
  capability: Capability;
  /** The supplier (in `suppliers`) or the customer (in `customers`). */
  firm: Firm;
  /** Share of the customer's need for this capability, 0–100. */
  sharePercent?: Maybe<Scalars['Float']['output']>;
  /** Since when (YYYY-MM-DD). */
  since?: Maybe<Scalars['String']['output']>;
  /** Yearly volume in pairs. */
  yearlyVolumePairs?: Maybe<Scalars['Int']['output']>;
};

/** Confirmed supply links of one capability, on one side of a firm. */
export type FirmLinkGroup = {
  __typename?: 'FirmLinkGroup';
  capability: Capability;
  links: Array<FirmLink>;
};

/** One profile field of the two records a merge compares. */
export type FirmMergeFieldValues = {
  __typename?: 'FirmMergeFieldValues';
  differs: Scalars['Boolean']['output'];
  /** The field's name as in Firm (legalName, vatNumber, …); the values of mergeFirms' takeFromMerged. */
  field: Scalars['String']['output'];
  mergedValue?: Maybe<Scalars['JSON']['output']>;
  survivorValue?: Maybe<Scalars['JSON']['output']>;
};

/** The rows of the merged record in one table column (e.g. `supply_link`, `adhesion.firm_id`). */
export type FirmMergeMove = {
  __typename?: 'FirmMergeMove';
  /** Rows that move to the survivor. */
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  /** Of those, rows resolved rather than moved as they are (kept once, ended, renamed); 0 in a preview. */
  resolved: Scalars['Int']['output'];
};

/** What merging one record into another would do. Nothing is written. */
export type FirmMergePreview = {
  __typename?: 'FirmMergePreview';
  /** Active links of the merged record that would repeat one of the survivor's: the unconfirmed one is ended. */
  duplicateLinks: Scalars['Int']['output'];
  fields: Array<FirmMergeFieldValues>;
  /** Supply links between the two records, removed by the merge (a firm cannot supply itself). */
  linksBetween: Scalars['Int']['output'];
  merged: Firm;
  moves: Array<FirmMergeMove>;
  survivor: Firm;
};

export type FirmMergeResult = {
  __typename?: 'FirmMergeResult';
  moves: Array<FirmMergeMove>;
  survivor: Firm;
};

/** Directory sort orders; each keeps cursor pagination exact (ties broken by id). */
export const FirmOrder = {
  /** Largest capacity (pairs per day) first; firms without the figure last. */
  Capacity: 'CAPACITY',
  /** Most employees first; firms without the figure last. */
  Employees: 'EMPLOYEES',
  /** Legal name, A to Z. */
  Name: 'NAME',
  /** Most recently updated first. */
  UpdatedAt: 'UPDATED_AT'
} as const;

export type FirmOrder = typeof FirmOrder[keyof typeof FirmOrder];
/** The viewer's firm's people and what the viewer may do about them. */
export type FirmPeople = {
  __typename?: 'FirmPeople';
  people: Array<FirmPerson>;
  /** The viewer manages the firm: invites and removes colleagues and decides claims. */
  viewerIsManager: Scalars['Boolean']['output'];
};

/** A person of the viewer's firm. */
export type FirmPerson = {
  __typename?: 'FirmPerson';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The firm's first person, who manages the others. */
  isManager: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The account's version, named when removing the person. */
  version: Scalars['Int']['output'];
  /** May the viewer remove this person from the firm (the manager, for anyone but themselves). */
  viewerCanRemove: Scalars['Boolean']['output'];
};

/** Who pays for a budget line. */
export const FundingSource = {
  /** The Chamber of Commerce. */
  Chamber: 'CHAMBER',
  /** European Union programmes. */
  Eu: 'EU',
  /** The participating firms. */
  Firms: 'FIRMS',
  /** The municipality. */
  Municipality: 'MUNICIPALITY',
  /** The network's common fund. */
  NetworkFund: 'NETWORK_FUND',
  /** Regione Toscana. */
  Region: 'REGION'
} as const;

export type FundingSource = typeof FundingSource[keyof typeof FundingSource];
/** An invitation to join Filiera with a role; the invitee opens a one-time link and sets a password. */
export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** For a FIRM invitation, the firm the new user will work for. */
  firm?: Maybe<Firm>;
  id: Scalars['ID']['output'];
  invitedBy?: Maybe<User>;
  role: Role;
  status: InvitationStatus;
};

export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  edges: Array<InvitationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  cursor: Scalars['String']['output'];
  node: Invitation;
};

/** What an invitee sees before setting a password (readable with the token only). */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  firmName?: Maybe<Scalars['String']['output']>;
  role: Role;
  status: InvitationStatus;
};

export const InvitationStatus = {
  Accepted: 'ACCEPTED',
  Expired: 'EXPIRED',
  Pending: 'PENDING',
  Revoked: 'REVOKED'
} as const;

export type InvitationStatus = typeof InvitationStatus[keyof typeof InvitationStatus];
export type InviteColleagueInput = {
  email: Scalars['String']['input'];
  /** it (default) or en: the language of the invitation. */
  language?: InputMaybe<Scalars['String']['input']>;
};

export type InviteFirmsToNetworkInput = {
  /** Only firms of these hamlets (all hamlets when empty). */
  hamlets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only firms of these kinds (all kinds when empty). */
  kinds?: InputMaybe<Array<FirmKind>>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of a bulk invitation. */
export type InviteFirmsToNetworkResult = {
  __typename?: 'InviteFirmsToNetworkResult';
  /** How many INTERESTED adhesions became INVITED. */
  invitedCount: Scalars['Int']['output'];
};

export type InviteUserInput = {
  email: Scalars['String']['input'];
  /** Required for role FIRM, forbidden for the others. */
  firmId?: InputMaybe<Scalars['ID']['input']>;
  /** The language of the invitation mail: it (default) or en. */
  language?: InputMaybe<Scalars['String']['input']>;
  role: Role;
};

/** Where a firm's request to join an action stands. */
export const JoinRequestStatus = {
  Accepted: 'ACCEPTED',
  Declined: 'DECLINED',
  Pending: 'PENDING'
} as const;

export type JoinRequestStatus = typeof JoinRequestStatus[keyof typeof JoinRequestStatus];
/** A KPI's measured value in one year. */
export type KpiActual = {
  __typename?: 'KpiActual';
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/**
 * Local sourcing: how much of the district's confirmed supply stays close to home. A link is local when its
 * supplier is in the same municipality as its customer (Capannori for the Segromigno district).
 */
export type LocalSourcingShare = {
  __typename?: 'LocalSourcingShare';
  confirmedLinkCount: Scalars['Int']['output'];
  /** localLinkCount / confirmedLinkCount, 0–1 (0 when there is no confirmed link). */
  linkShare: Scalars['Float']['output'];
  localLinkCount: Scalars['Int']['output'];
  /** Share of confirmed yearly volume (pairs) on local links, 0–1; links without a volume left out. */
  volumeShare: Scalars['Float']['output'];
};

/** How this installation delivers mail. */
export const MailDelivery = {
  KeptInOutbox: 'KEPT_IN_OUTBOX',
  Smtp: 'SMTP'
} as const;

export type MailDelivery = typeof MailDelivery[keyof typeof MailDelivery];
export const MailStatus = {
  /** Given up after the last attempt. */
  Failed: 'FAILED',
  /** Not sent because no SMTP server is configured: readable here. */
  Kept: 'KEPT',
  /** Waiting for the job queue to send it. */
  Queued: 'QUEUED',
  /** Accepted by the SMTP server. */
  Sent: 'SENT'
} as const;

export type MailStatus = typeof MailStatus[keyof typeof MailStatus];
/** One material of a component and its share of the component. */
export type MaterialShare = {
  __typename?: 'MaterialShare';
  /** e.g. Pelle bovina / Bovine leather. */
  material: Scalars['String']['output'];
  /** Share of the component, 0–100. */
  percent: Scalars['Float']['output'];
};

/** One material line of a component. */
export type MaterialShareInput = {
  /** 1–100 characters. */
  material: Scalars['String']['input'];
  /** 0–100; a component's shares add up to at most 100 (the rest undeclared). */
  percent: Scalars['Float']['input'];
};

/** The signed-in person and the current session. */
export type Me = {
  __typename?: 'Me';
  permissions: ViewerPermissions;
  /** When the session ends unless the person is active before then. */
  sessionExpiresAt: Scalars['DateTime']['output'];
  /**
   * The person is an ADMIN or CONSULTANT without two-factor sign-in: until they enrol, every operation
   * but enrolment, `me` and `signOut` answers FORBIDDEN (reason TWO_FACTOR_ENROLMENT_REQUIRED).
   */
  twoFactorEnrolmentRequired: Scalars['Boolean']['output'];
  user: User;
};

export type MergeFirmsInput = {
  mergedId: Scalars['ID']['input'];
  mergedVersion: Scalars['Int']['input'];
  survivorId: Scalars['ID']['input'];
  survivorVersion: Scalars['Int']['input'];
  /** Fields (as in FirmMergeFieldValues.field) whose value is taken from the merged record; others keep the survivor's. */
  takeFromMerged: Array<Scalars['String']['input']>;
};

/** An element the contract still lacks, with the input field that fills it. */
export type MissingContractElement = {
  __typename?: 'MissingContractElement';
  element: ContractElement;
  /** Input path, e.g. document.objectives. */
  field: Scalars['String']['output'];
  section: ContractSection;
};

export type MoveAdhesionInput = {
  /** Sets the contribution (euro) with the move; omit to keep it. */
  contributionEur?: InputMaybe<Scalars['Float']['input']>;
  /** Sets the documents checklist with the move; omit to keep it. */
  documents?: InputMaybe<AdhesionDocumentsInput>;
  id: Scalars['ID']['input'];
  /** Sets the legal representative with the move; omit to keep it. */
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  /** Kept with the step. */
  note?: InputMaybe<Scalars['String']['input']>;
  to: AdhesionStatus;
  /** The version that was read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

export type MoveTaskInput = {
  id: Scalars['ID']['input'];
  status: TaskStatus;
  version: Scalars['Int']['input'];
};

/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation: creates the user with the chosen password and signs them in. */
  acceptInvitation: Me;
  /** Comments on a section (CONSULTANT, ADMIN). */
  addContractComment: ContractComment;
  /** Adds a firm by hand (ADMIN, CONSULTANT); a Partita IVA already in the registry is refused naming its firm. Audited. */
  addFirm: Firm;
  /** Adds a KPI to an action, at most 20 (ADMIN, CONSULTANT). CONFLICT on a stale action version. */
  addPlanKpi: PlanAction;
  /** Adds a comment to a task (ADMIN, CONSULTANT). */
  addTaskComment: TaskComment;
  /**
   * Starts applying a previewed import (ADMIN, CONSULTANT) and answers at once with the import APPLYING.
   * In the background, in one transaction, it adds the new firms (with their kinds) and updates the changed
   * fields of matched firms, each audited (IMPORT_FIRM, IMPORT_UPDATE_FIRM); invalid rows are skipped. When
   * the registry changed since the dry run nothing is written and the import is FAILED (STALE_DRY_RUN); if
   * anything fails, no firm is written and the import is FAILED with the reason. CONFLICT on a stale version.
   */
  applyRegistryImport: RegistryImport;
  /** Cancels a registration of the viewer's firm (FIRM); a freed seat goes to the first on the waiting list. */
  cancelEventRegistration: EventRegistration;
  /**
   * Moves the contract to the next status (ADMIN). Leaving DRAFT with a missing element is BAD_USER_INPUT
   * whose extensions list every missing element (`missingElements`, `fields`).
   */
  changeContractStatus: NetworkContract;
  /**
   * Changes the signed-in person's password and ends their other sessions. BAD_USER_INPUT on
   * currentPassword (reason incorrect) or newPassword (too_small, or weak with a `warning` key).
   */
  changePassword: Scalars['Boolean']['output'];
  /** Moves a plan one step on (ADMIN, CONSULTANT); BAD_USER_INPUT on status for an illegal transition. */
  changeStrategicPlanStatus: StrategicPlan;
  /**
   * Changes a user's role (ADMIN); takes effect at the user's next request. BAD_USER_INPUT (reason
   * last_admin) when demoting the last active ADMIN; CONFLICT on a stale version.
   */
  changeUserRole: User;
  /**
   * The second step of a sign-in with two-factor on: signs in and sets the session cookie. Errors:
   * BAD_USER_INPUT on `code` (reason incorrect; a code works once) or on `challenge` (reason expired, after
   * five minutes or once used), RATE_LIMITED (failed passwords and codes count together).
   */
  completeSignIn: Me;
  /**
   * Confirms a new sign-in e-mail from its link (whoever holds it) and answers the new address.
   * BAD_USER_INPUT on `token` (reason unknown, used or expired) or `newEmail` (taken meanwhile).
   */
  confirmEmailChange: Scalars['String']['output'];
  /**
   * Confirms a DECLARED link: only the counterpart (the firm that did not declare it) may (FORBIDDEN otherwise).
   * CONFLICT on a stale version; BAD_USER_INPUT (field id) when it is not DECLARED.
   */
  confirmSupplyLink: SupplyLink;
  /**
   * Confirms enrolment with a code from the app: two-factor sign-in is on and the recovery codes are answered,
   * once. BAD_USER_INPUT on `code` (reason incorrect or not_started).
   */
  confirmTwoFactorEnrolment: RecoveryCodes;
  /** A new draft article of the viewer's factory (FIRM); every supplier must be a confirmed one. */
  createArticle: Article;
  /** Creates an event (ADMIN, CONSULTANT). */
  createEvent: Event;
  /** Adds an action with its budget and KPIs (ADMIN, CONSULTANT). */
  createPlanAction: PlanAction;
  /** Adds an objective to an axis (ADMIN, CONSULTANT). */
  createPlanObjective: PlanObjective;
  /** Creates a plan in DRAFT (ADMIN, CONSULTANT). */
  createStrategicPlan: StrategicPlan;
  /** Creates a task (ADMIN, CONSULTANT). */
  createTask: Task;
  /** Approves or rejects a newcomer of the viewer's firm (the firm's manager). */
  decideClaim: Claim;
  /** Accepts or declines a pending join request (the action's lead, ADMIN, CONSULTANT). */
  decidePlanJoinRequest: PlanJoinRequest;
  /**
   * Declares a link. A FIRM user only for its own firm as supplier or customer (FORBIDDEN otherwise); the other
   * firm then confirms or rejects it. ADMIN and CONSULTANT may record it on the firms' behalf: marked as such,
   * either firm confirms it. BAD_USER_INPUT: customerId (self link), capabilityId (an active link already exists,
   * or the supplier does not offer it), sharePercent (0–100), yearlyVolumePairs (≥ 0), since (not in the future).
   */
  declareSupplyLink: SupplyLink;
  /**
   * Deletes one of the signed-in person's views; returns its id. NOT_FOUND for someone else's view (it is not
   * revealed), CONFLICT when `version` is stale.
   */
  deleteReportView: Scalars['ID']['output'];
  /**
   * Turns two-factor sign-in off, with the current password or a code. BAD_USER_INPUT on `password` or `code`
   * (reason incorrect). An ADMIN or CONSULTANT must then enrol again before anything else.
   */
  disableTwoFactor: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in person except this one; answers how many ended. */
  endOtherSessions: Scalars['Int']['output'];
  /** Ends one of the signed-in person's own sessions (NOT_FOUND for any other); the current one signs out. */
  endSession: Scalars['Boolean']['output'];
  /**
   * Ends a CONFIRMED link: either side's FIRM user, or ADMIN. CONFLICT on a stale version; BAD_USER_INPUT
   * (field id) when it is not CONFIRMED.
   */
  endSupplyLink: SupplyLink;
  /** The signed-in firm expresses interest: a new INTERESTED adhesion, or one re-opened after WITHDRAWN or DECLINED (FIRM). */
  expressInterest: Adhesion;
  /** Invites a colleague to the viewer's firm (the firm's manager): the link goes by mail. */
  inviteColleague: Invitation;
  /** Moves every INTERESTED adhesion of firms matching the filter to INVITED, in one transaction (CONSULTANT, ADMIN). */
  inviteFirmsToNetwork: InviteFirmsToNetworkResult;
  /**
   * Invites a person with a role (ADMIN); the link is mailed to them through the outbox and returned once.
   * BAD_USER_INPUT when the e-mail is taken or the firm does not fit the role.
   */
  inviteUser: CreatedInvitation;
  /** Marks all the viewer's notifications read. */
  markAllNotificationsRead: NotificationsRead;
  /** Marks a request of the viewer's firm as read or replied. */
  markContactRequest: ContactRequest;
  /** Marks one of the viewer's notifications read (again: no change). */
  markNotificationRead: Notification;
  /**
   * Merges a duplicate record into the survivor (ADMIN, CONSULTANT) in one transaction: its supply links,
   * adhesion, people, tasks, plan participations, inbox, events, articles and history move; links that would
   * repeat are resolved; chosen fields are taken from it; its id then leads to the survivor (`firm(id)`).
   * A stale version of either record is CONFLICT. Audited.
   */
  mergeFirms: FirmMergeResult;
  /**
   * Moves an adhesion one step (CONSULTANT, ADMIN). An illegal move is BAD_USER_INPUT on `to`; READY_TO_SIGN
   * needs the contribution (when the contract has a common fund), the legal representative and the three
   * documents, each missing one named as a field.
   */
  moveAdhesion: Adhesion;
  /** Moves a task to another status (ADMIN, CONSULTANT). BAD_USER_INPUT on status when DONE while a blocker is open. */
  moveTask: Task;
  /**
   * Starts the dry run (ADMIN, CONSULTANT) and answers at once with the import PREVIEWING; in the
   * background it reads the whole file with the mapping and stores what each row will do (new, updated,
   * unchanged, with the kind of each new firm and the firms to review) and each invalid row with its
   * reasons; it writes no firm. Firms are matched by Partita IVA, then codice fiscale. CONFLICT on a stale
   * version; BAD_USER_INPUT on a bad mapping or an applied or busy import.
   */
  previewRegistryImport: RegistryImport;
  /** Makes the passport public (FIRM, own factory); BAD_USER_INPUT when the bill is empty. */
  publishArticle: Article;
  /**
   * Replaces all ten recovery codes (the old ones stop working) and answers the new ones, once; the person
   * is told by e-mail. Proven with the current password or a code from the app: BAD_USER_INPUT on `password`
   * or `code` (reason incorrect), or reason not_enabled when two-factor sign-in is off; RATE_LIMITED (failed
   * passwords and codes count with those of sign-in).
   */
  regenerateRecoveryCodes: RecoveryCodes;
  /** Registers a person of the viewer's firm (FIRM): a seat while there are some, else the waiting list. */
  registerForEvent: EventRegistration;
  /** Rejects a DECLARED link, with an optional note; same rules as confirmSupplyLink. */
  rejectSupplyLink: SupplyLink;
  /** Removes a colleague from the viewer's firm (the firm's manager): their account is deactivated. */
  removeColleague: FirmPerson;
  /**
   * Asks to change the signed-in person's sign-in e-mail: a one-time link (valid 24 hours) goes to the new
   * address, a notice to the old one; nothing changes until the link is opened. BAD_USER_INPUT on password
   * (reason incorrect) or newEmail (taken, unchanged, invalid), RATE_LIMITED (three requests an hour).
   */
  requestEmailChange: Scalars['Boolean']['output'];
  /**
   * Sends a one-time link to choose a new password (valid one hour) to the address, if it belongs to an
   * active account. The answer is the same either way. Errors: RATE_LIMITED (too many requests for this
   * address or account).
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Asks, for the signed-in FIRM user's firm, to take part in an action (FIRM). */
  requestToJoinPlanAction: PlanJoinRequest;
  /**
   * Sends a pending or expired invitation again (ADMIN): a new link, valid another week, mailed through the
   * outbox and returned once; the previous link stops working. BAD_USER_INPUT (reason accepted or revoked).
   */
  resendInvitation: CreatedInvitation;
  /**
   * Chooses a new password from a reset link: ends every session of the person, lifts the sign-in lock and
   * signs in. Errors: BAD_USER_INPUT on `token` (reason unknown, used or expired) or on `password` (reason
   * too_small, or weak with a `warning` key saying why).
   */
  resetPassword: Me;
  /**
   * ADMIN, for a person who lost their phone: turns their two-factor sign-in off and ends every session of
   * theirs. BAD_USER_INPUT (reason not_enabled), CONFLICT on a stale version.
   */
  resetUserTwoFactor: User;
  /** Approves or rejects (with a reason) a claim in review (CONSULTANT, ADMIN). */
  reviewClaim: Claim;
  /** Revokes a pending invitation (ADMIN): its link stops working. BAD_USER_INPUT (reason not_pending) otherwise. */
  revokeInvitation: Invitation;
  /**
   * Saves the draft as a new revision (ADMIN, only while DRAFT). CONFLICT when `version` is stale: the
   * other person's save is kept and nothing of this one is written.
   */
  saveContractDraft: NetworkContract;
  /**
   * Saves the current filters under a name, for the signed-in person only (ADMIN, CONSULTANT, CHAMBER: a view
   * is a personal bookmark, not district data). BAD_USER_INPUT on an empty, too long or taken name, a bad
   * filter, or beyond 50 views.
   */
  saveReportView: SavedReportView;
  /** Records a KPI's actual value for a year of the plan (ADMIN, CONSULTANT). */
  setKpiActual: PlanKpi;
  /** Chooses how the viewer hears of one kind of notification. */
  setNotificationPreference: NotificationPreference;
  /** Whether customers' public passports may name the viewer's firm (FIRM). */
  setPassportNameConsent: TraceabilitySettings;
  /** Replaces an action's budget lines (ADMIN, CONSULTANT); kept as a revision once the plan is approved. */
  setPlanActionBudget: PlanAction;
  /**
   * Changes the kind a new firm of the dry run gets (ADMIN, CONSULTANT); the import's version goes up.
   * BAD_USER_INPUT when the line adds no firm or the import is not PREVIEWED; CONFLICT on a stale version.
   */
  setRegistryImportRowKind: RegistryImport;
  /** Declares where the inputs of one capability the viewer's firm supplies come from (FIRM). */
  setSupplierInputs: TraceabilitySettings;
  /** Replaces a task's blockers (ADMIN, CONSULTANT). BAD_USER_INPUT on blockerIds naming the cycle, if any. */
  setTaskBlockers: Task;
  /**
   * Deactivates or reactivates a user (ADMIN). Deactivating ends their sessions at once. BAD_USER_INPUT
   * (reason last_admin) for the last active ADMIN; CONFLICT on a stale version.
   */
  setUserActive: User;
  /**
   * Signs in with e-mail and password and sets the session cookie. Errors: UNAUTHENTICATED (wrong
   * e-mail or password), RATE_LIMITED (too many failed attempts for this account or address).
   */
  signIn: Me;
  /** Ends the current session; always succeeds, also when no one is signed in. */
  signOut: Scalars['Boolean']['output'];
  /**
   * Asks to claim a firm (anyone but CHAMBER): with PEC a code goes to the firm's PEC address; when the firm
   * already has people its manager is asked instead. RATE_LIMITED past the limits per address and per firm.
   */
  startClaim: StartedClaim;
  /** Starts (or starts again) enrolling an authenticator app. BAD_USER_INPUT (reason already_enabled) when on. */
  startTwoFactorEnrolment: TwoFactorEnrolment;
  /** Sends a contact or quote request to a showcase firm (anyone; rate-limited per client address). */
  submitContactRequest: ContactRequestReceipt;
  /** Takes the passport down (FIRM, own factory). */
  unpublishArticle: Article;
  /** Changes an article of the viewer's factory (FIRM); CONFLICT on a stale version. */
  updateArticle: Article;
  /** Changes an event (ADMIN, CONSULTANT). */
  updateEvent: Event;
  /**
   * Updates a firm's profile (a FIRM user: only their own firm; ADMIN: any). Validates every field (Partita
   * IVA check digit, codice fiscale, REA, CAP, e-mail, URL, percentages, years, ISO countries, controlled
   * lists, ATECO codes) with BAD_USER_INPUT naming each field; a stale `version` gets CONFLICT. Audited.
   */
  updateFirmProfile: Firm;
  /** Changes an action's fields (ADMIN, CONSULTANT). CONFLICT on a stale version. */
  updatePlanAction: PlanAction;
  /** Changes a KPI's name, unit, baseline and target (ADMIN, CONSULTANT). CONFLICT on a stale version. */
  updatePlanKpi: PlanKpi;
  /** Changes an objective's title and description (ADMIN, CONSULTANT). CONFLICT on a stale version. */
  updatePlanObjective: PlanObjective;
  /** Changes a task's fields, not its status (ADMIN, CONSULTANT). CONFLICT on a stale version. */
  updateTask: Task;
  /**
   * Checks the code from the PEC: right, the claim is approved (or goes to the firm's manager); wrong,
   * BAD_USER_INPUT (reason wrong, expired or no_tries_left). RATE_LIMITED past the limits.
   */
  verifyClaimCode: Claim;
  /** Withdraws an adhesion (its firm's users, CONSULTANT, ADMIN; another firm's: FORBIDDEN). */
  withdrawAdhesion: Adhesion;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationAddContractCommentArgs = {
  input: AddContractCommentInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationAddFirmArgs = {
  input: AddFirmInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationAddPlanKpiArgs = {
  input: AddPlanKpiInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationAddTaskCommentArgs = {
  input: AddTaskCommentInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationApplyRegistryImportArgs = {
  input: ApplyRegistryImportInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationCancelEventRegistrationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationChangeContractStatusArgs = {
  input: ChangeContractStatusInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationChangeStrategicPlanStatusArgs = {
  input: ChangePlanStatusInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationChangeUserRoleArgs = {
  input: ChangeUserRoleInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationCompleteSignInArgs = {
  input: CompleteSignInInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationConfirmEmailChangeArgs = {
  input: ConfirmEmailChangeInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationConfirmSupplyLinkArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationConfirmTwoFactorEnrolmentArgs = {
  input: ConfirmTwoFactorInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationCreateArticleArgs = {
  input: CreateArticleInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationCreatePlanActionArgs = {
  input: CreatePlanActionInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationCreatePlanObjectiveArgs = {
  input: CreatePlanObjectiveInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationCreateStrategicPlanArgs = {
  input: CreateStrategicPlanInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationDecideClaimArgs = {
  input: ReviewClaimInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationDecidePlanJoinRequestArgs = {
  input: DecidePlanJoinRequestInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationDeclareSupplyLinkArgs = {
  input: DeclareSupplyLinkInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationDeleteReportViewArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationDisableTwoFactorArgs = {
  input: DisableTwoFactorInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationEndSupplyLinkArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationInviteColleagueArgs = {
  input: InviteColleagueInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationInviteFirmsToNetworkArgs = {
  input: InviteFirmsToNetworkInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationMarkContactRequestArgs = {
  id: Scalars['ID']['input'];
  state: ContactRequestState;
  version: Scalars['Int']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationMergeFirmsArgs = {
  input: MergeFirmsInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationMoveAdhesionArgs = {
  input: MoveAdhesionInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationMoveTaskArgs = {
  input: MoveTaskInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationPreviewRegistryImportArgs = {
  input: PreviewRegistryImportInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationPublishArticleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationRegenerateRecoveryCodesArgs = {
  input: RegenerateRecoveryCodesInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationRegisterForEventArgs = {
  input: RegisterForEventInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationRejectSupplyLinkArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationRemoveColleagueArgs = {
  input: RemoveColleagueInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationRequestEmailChangeArgs = {
  input: RequestEmailChangeInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationRequestToJoinPlanActionArgs = {
  input: RequestToJoinPlanActionInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationResetUserTwoFactorArgs = {
  input: ResetUserTwoFactorInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationReviewClaimArgs = {
  input: ReviewClaimInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSaveContractDraftArgs = {
  input: SaveContractDraftInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSaveReportViewArgs = {
  input: SaveReportViewInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSetKpiActualArgs = {
  input: SetKpiActualInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSetNotificationPreferenceArgs = {
  input: SetNotificationPreferenceInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSetPassportNameConsentArgs = {
  namePublic: Scalars['Boolean']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSetPlanActionBudgetArgs = {
  input: SetPlanActionBudgetInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSetRegistryImportRowKindArgs = {
  input: SetRegistryImportRowKindInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSetSupplierInputsArgs = {
  input: SetSupplierInputsInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSetTaskBlockersArgs = {
  input: SetTaskBlockersInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSetUserActiveArgs = {
  input: SetUserActiveInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationStartClaimArgs = {
  input: StartClaimInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSubmitContactRequestArgs = {
  input: SubmitContactRequestInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationUnpublishArticleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationUpdateArticleArgs = {
  input: UpdateArticleInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationUpdateFirmProfileArgs = {
  input: UpdateFirmProfileInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationUpdatePlanActionArgs = {
  input: UpdatePlanActionInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationUpdatePlanKpiArgs = {
  input: UpdatePlanKpiInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationUpdatePlanObjectiveArgs = {
  input: UpdatePlanObjectiveInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationVerifyClaimCodeArgs = {
  input: VerifyClaimCodeInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationWithdrawAdhesionArgs = {
  input: WithdrawAdhesionInput;
};

/** The signed-in person's week: what is due, what is blocked, what changed on their tasks. */
export type MyWeek = {
  __typename?: 'MyWeek';
  /** My open tasks that are BLOCKED or wait for an open blocker (at most 100). */
  blocked: Array<Task>;
  /** My open tasks due from today to seven days from now, and my overdue ones, earliest first (at most 100). */
  due: Array<Task>;
  /** Changes to my tasks in the last seven days, newest first (at most 50). */
  recentActivity: Array<TaskActivity>;
};

/** The network's one contract (contratto di rete, law 33/2009). */
export type NetworkContract = {
  __typename?: 'NetworkContract';
  /** Comments, oldest first, optionally of one section. */
  comments: ContractCommentConnection;
  document: ContractDocument;
  id: Scalars['ID']['output'];
  /** The elements the law requires that are still missing; empty when the contract may leave DRAFT. */
  missingElements: Array<MissingContractElement>;
  /** The statuses the contract may move to now. */
  nextStatuses: Array<ContractStatus>;
  /** Firms whose adhesion is READY_TO_SIGN, SIGNED or REGISTERED, by legal name. */
  participants: FirmConnection;
  /** The impresa di riferimento that files the contract. */
  referenceFirm?: Maybe<Firm>;
  /** Filing date (YYYY-MM-DD), once REGISTERED. */
  registrationDate?: Maybe<Scalars['String']['output']>;
  /** Register of firms filing number, once REGISTERED. */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  /** Two revisions compared section by section; NOT_FOUND when one is not a revision of this contract. */
  revisionDiff: ContractRevisionDiff;
  /** Saved revisions, newest first. */
  revisions: ContractRevisionConnection;
  status: ContractStatus;
  type?: Maybe<NetworkType>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: pass it back with a change. */
  version: Scalars['Int']['output'];
  /** Whether the signed-in person may comment (CONSULTANT, ADMIN). */
  viewerCanComment: Scalars['Boolean']['output'];
  /** Whether the signed-in person may edit the draft and change the status (ADMIN). */
  viewerCanEdit: Scalars['Boolean']['output'];
};


/** The network's one contract (contratto di rete, law 33/2009). */
export type NetworkContractCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  section?: InputMaybe<ContractSection>;
};


/** The network's one contract (contratto di rete, law 33/2009). */
export type NetworkContractParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The network's one contract (contratto di rete, law 33/2009). */
export type NetworkContractRevisionDiffArgs = {
  fromId: Scalars['ID']['input'];
  language?: InputMaybe<ContractLanguage>;
  toId: Scalars['ID']['input'];
};


/** The network's one contract (contratto di rete, law 33/2009). */
export type NetworkContractRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The legal form of the network (law 33/2009). */
export const NetworkType = {
  /** Rete-contratto: a contract among the firms, no legal personality. */
  ReteContratto: 'RETE_CONTRATTO',
  /** Rete-soggetto: a network with legal personality; needs an organo comune and a common fund. */
  ReteSoggetto: 'RETE_SOGGETTO'
} as const;

export type NetworkType = typeof NetworkType[keyof typeof NetworkType];
/** Something that happened which the viewer should know of. */
export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  objectId: Scalars['ID']['output'];
  /** The GraphQL type of the object it is about, e.g. SupplyLink. */
  objectType: Scalars['String']['output'];
  /** The values its text is made of (e.g. the other firm's name), as they were when it happened. */
  params: Scalars['JSON']['output'];
  /** Where in the app the object is, e.g. /firms/…/supply-chain. */
  path: Scalars['String']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The supply link it is about, as the viewer may see it now (null for other kinds, or a link no longer
   * visible): lets the recipient confirm or reject right from the notification.
   */
  supplyLink?: Maybe<SupplyLink>;
};

/** A notification as it arrives live, with the viewer's unread count after it. */
export type NotificationAdded = {
  __typename?: 'NotificationAdded';
  notification: Notification;
  unreadCount: Scalars['Int']['output'];
};

/** How a person wants to hear of one kind of notification. */
export const NotificationChannel = {
  /** In the app, and in one e-mail a day at 07:00 (Italian time) with everything new. */
  Digest: 'DIGEST',
  /** In the app, and by e-mail at once. */
  Email: 'EMAIL',
  /** In the app only (the bell and the notifications page). */
  InApp: 'IN_APP',
  /** Not at all. */
  Off: 'OFF'
} as const;

export type NotificationChannel = typeof NotificationChannel[keyof typeof NotificationChannel];
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** What a notification is about. */
export const NotificationKind = {
  /** The recipient's firm's adhesion moved to DOCUMENTS_REQUESTED: the firm must send its documents. */
  AdhesionDocumentsRequested: 'ADHESION_DOCUMENTS_REQUESTED',
  /** The recipient's firm's adhesion to the network moved (params: firm, status). */
  AdhesionMoved: 'ADHESION_MOVED',
  /** The recipient, once removed from a firm, claimed it again and was approved: their account is active again (params: firm). */
  ClaimApproved: 'CLAIM_APPROVED',
  /** Someone asks to join the recipient's firm, which the recipient manages: they approve or reject (params: firm, name, roleInFirm). */
  ClaimRequested: 'CLAIM_REQUESTED',
  /** A visitor sent the recipient's firm a contact or quote request from its showcase page. */
  ContactRequestReceived: 'CONTACT_REQUEST_RECEIVED',
  /** Someone commented on a section of the network contract (staff only; params: section). */
  ContractCommented: 'CONTRACT_COMMENTED',
  /** The network contract's status changed (staff only; params: from, to). */
  ContractStatusChanged: 'CONTRACT_STATUS_CHANGED',
  /** The recipient's firm's registration to an event moved up from the waiting list: it has a seat. */
  EventRegistrationPromoted: 'EVENT_REGISTRATION_PROMOTED',
  /** The recipient's firm's request to join a plan action was accepted or declined (params: action, status). */
  PlanJoinDecided: 'PLAN_JOIN_DECIDED',
  /** A firm asks to join a plan action the recipient leads (as its lead person or a user of its lead firm). */
  PlanJoinRequested: 'PLAN_JOIN_REQUESTED',
  /** A registry import the recipient started finished its dry run, was applied, or failed (params: status). */
  RegistryImportFinished: 'REGISTRY_IMPORT_FINISHED',
  /** The other side confirmed a link the recipient's firm declared. */
  SupplyLinkConfirmed: 'SUPPLY_LINK_CONFIRMED',
  /** A supply link was declared where the recipient's firm is the other side: it waits for their decision. */
  SupplyLinkDeclared: 'SUPPLY_LINK_DECLARED',
  /** One side (or the network's manager) ended a confirmed link of the recipient's firm. */
  SupplyLinkEnded: 'SUPPLY_LINK_ENDED',
  /** The other side rejected a link the recipient's firm declared. */
  SupplyLinkRejected: 'SUPPLY_LINK_REJECTED',
  /** A task was assigned to the recipient. */
  TaskAssigned: 'TASK_ASSIGNED',
  /** Someone commented on a task assigned to the recipient. */
  TaskCommented: 'TASK_COMMENTED',
  /** A task assigned to the recipient is due tomorrow. */
  TaskDueTomorrow: 'TASK_DUE_TOMORROW',
  /** A task assigned to the recipient is past its due date and not done. */
  TaskOverdue: 'TASK_OVERDUE'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
/** The viewer's channel for one kind. */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  channel: NotificationChannel;
  /** The channel used when the person has not chosen one. */
  defaultChannel: NotificationChannel;
  kind: NotificationKind;
};

/** The viewer's unread count after marking notifications read. */
export type NotificationsRead = {
  __typename?: 'NotificationsRead';
  /** How many notifications this marked read. */
  count: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

/** The organo comune, the body that carries out the programme on the participants' behalf. */
export type OrganoComune = {
  __typename?: 'OrganoComune';
  /** Who sits in it. */
  composition: Scalars['String']['output'];
  /** Its powers. */
  powers: Scalars['String']['output'];
  /** True: there is one; false: explicitly none; null: not decided yet. */
  present?: Maybe<Scalars['Boolean']['output']>;
  /** How its members are replaced. */
  replacement: Scalars['String']['output'];
};

export type OrganoComuneInput = {
  composition: Scalars['String']['input'];
  powers: Scalars['String']['input'];
  present?: InputMaybe<Scalars['Boolean']['input']>;
  replacement: Scalars['String']['input'];
};

/**
 * One outgoing mail. Without an SMTP server (SMTP_HOST unset) mail is kept here instead of sent, so the
 * ADMIN can read it, e.g. to hand on a password reset link.
 */
export type OutboxMail = {
  __typename?: 'OutboxMail';
  /** Sending attempts so far. */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What the mail is for, e.g. PASSWORD_RESET, CONTACT_REQUEST. */
  kind: Scalars['String']['output'];
  /** The recipient's language: it or en. */
  language: Scalars['String']['output'];
  /** Why the last attempt failed, if it did. */
  lastError?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: MailStatus;
  subject: Scalars['String']['output'];
  /** The plain-text body (the HTML version says the same). */
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type OutboxMailConnection = {
  __typename?: 'OutboxMailConnection';
  edges: Array<OutboxMailEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OutboxMailEdge = {
  __typename?: 'OutboxMailEdge';
  cursor: Scalars['String']['output'];
  node: OutboxMail;
};

/** Where a page of a connection starts and ends; pass `endCursor` as `after` to read the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page, to pass as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The public Digital Product Passport of a published article. */
export type Passport = {
  __typename?: 'Passport';
  code: Scalars['String']['output'];
  components: Array<PassportComponent>;
  /** Every country the passport names (of assembly, of suppliers, of origins), in its two languages. */
  countryNames: Array<CountryName>;
  /** ISO 3166-1 alpha-2 where the shoe is assembled (the factory's country). */
  countryOfAssembly: Scalars['String']['output'];
  gtin?: Maybe<Scalars['String']['output']>;
  /** The article's id (the page's stable address). */
  id: Scalars['ID']['output'];
  /** schema.org Product JSON-LD, as embedded in the page. */
  jsonLd: Scalars['JSON']['output'];
  /** The factory. */
  manufacturer: PassportParty;
  name: Scalars['String']['output'];
  /** What the photo shows; null when the factory wrote nothing. */
  photoAlt?: Maybe<Scalars['String']['output']>;
  /** The article's photo (absolute address); null without one. */
  photoUrl?: Maybe<Scalars['String']['output']>;
  productLine?: Maybe<Scalars['String']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  /** What the QR code encodes: a GS1 Digital Link when the article has a GTIN, else the page's address. */
  qrTarget: Scalars['String']['output'];
  season?: Maybe<Scalars['String']['output']>;
  traceability: Traceability;
  /** The passport as a UNTP Digital Product Passport credential subject (see docs/passport-untp.md). */
  untp: Scalars['JSON']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The page's address, in Italian (`?lang=en` for English). */
  url: Scalars['String']['output'];
};

/** A bill of materials line as the public passport shows it. */
export type PassportComponent = {
  __typename?: 'PassportComponent';
  capability: Capability;
  certifications: Array<Scalars['String']['output']>;
  composition: Array<MaterialShare>;
  inputs: Array<PassportInput>;
  material?: Maybe<Scalars['String']['output']>;
  originCountry?: Maybe<Scalars['String']['output']>;
  originRegion?: Maybe<Scalars['String']['output']>;
  outsideCountry?: Maybe<Scalars['String']['output']>;
  outsideRegion?: Maybe<Scalars['String']['output']>;
  /** A district supplier (named only with its consent); null when outside or unknown. */
  supplier?: Maybe<PassportParty>;
  weightSharePercent: Scalars['Float']['output'];
};

/** A tier-2 input as the public passport shows it. */
export type PassportInput = {
  __typename?: 'PassportInput';
  capability: Capability;
  material?: Maybe<Scalars['String']['output']>;
  originCountry?: Maybe<Scalars['String']['output']>;
  originRegion?: Maybe<Scalars['String']['output']>;
  outsideCountry?: Maybe<Scalars['String']['output']>;
  outsideRegion?: Maybe<Scalars['String']['output']>;
  sharePercent: Scalars['Float']['output'];
  /** A district supplier (named only with its consent); null when outside or unknown. */
  supplier?: Maybe<PassportParty>;
};

/** The public side of a firm in a passport. */
export type PassportParty = {
  __typename?: 'PassportParty';
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  kind: FirmKind;
  municipality?: Maybe<Scalars['String']['output']>;
  /** The firm's name; null when a supplier has not consented to be named. */
  name?: Maybe<Scalars['String']['output']>;
  province?: Maybe<Scalars['String']['output']>;
  /** The firm's showcase page id, when it is in the showcase and named. */
  showcaseFirmId?: Maybe<Scalars['ID']['output']>;
};

/** An action of the plan. */
export type PlanAction = {
  __typename?: 'PlanAction';
  axis: PlanAxis;
  /** Budget lines per year and funding source. */
  budget: Array<PlanBudgetLine>;
  /** The action's whole budget (EUR). */
  budgetTotal: Scalars['Float']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  endDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Requests from firms to join: all of them for the lead, ADMIN and CONSULTANT; a FIRM user sees its own firm's. */
  joinRequests: Array<PlanJoinRequest>;
  kpis: Array<PlanKpi>;
  /** The firm leading the action, if a firm leads it. */
  leadFirm?: Maybe<Firm>;
  /** The person leading the action, if a person leads it. */
  leadUser?: Maybe<User>;
  objective?: Maybe<PlanObjective>;
  participatingFirms: Array<Firm>;
  plan: StrategicPlan;
  /** YYYY-MM-DD. */
  startDate: Scalars['String']['output'];
  status: PlanActionStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Whether the signed-in person may accept or decline join requests. */
  viewerCanDecideJoinRequests: Scalars['Boolean']['output'];
  /** Whether the signed-in person may edit this action. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether the signed-in person may ask, for their firm, to join this action. */
  viewerCanRequestToJoin: Scalars['Boolean']['output'];
};

export type PlanActionConnection = {
  __typename?: 'PlanActionConnection';
  edges: Array<PlanActionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlanActionEdge = {
  __typename?: 'PlanActionEdge';
  cursor: Scalars['String']['output'];
  node: PlanAction;
};

/** Where an action of the plan stands. */
export const PlanActionStatus = {
  Cancelled: 'CANCELLED',
  Done: 'DONE',
  InProgress: 'IN_PROGRESS',
  OnHold: 'ON_HOLD',
  Planned: 'PLANNED'
} as const;

export type PlanActionStatus = typeof PlanActionStatus[keyof typeof PlanActionStatus];
/** The five axes of the network's strategic plan. */
export const PlanAxis = {
  /** The cluster 4.0: online tools to grow the (international) market. */
  DigitalCluster: 'DIGITAL_CLUSTER',
  /** Events and internationalisation. */
  EventsInternationalisation: 'EVENTS_INTERNATIONALISATION',
  /** Networking and training. */
  NetworkingTraining: 'NETWORKING_TRAINING',
  /** Research, development and innovation projects. */
  ResearchInnovation: 'RESEARCH_INNOVATION',
  /** Territorial marketing and cluster promotion. */
  TerritorialMarketing: 'TERRITORIAL_MARKETING'
} as const;

export type PlanAxis = typeof PlanAxis[keyof typeof PlanAxis];
/** An axis of a plan: its objectives and its budget per year. */
export type PlanAxisSummary = {
  __typename?: 'PlanAxisSummary';
  actionCount: Scalars['Int']['output'];
  axis: PlanAxis;
  objectives: Array<PlanObjective>;
  /** The axis's whole budget (EUR). */
  total: Scalars['Float']['output'];
  /** Budget per year of the axis's actions that are not CANCELLED, computed in SQL. */
  yearTotals: Array<YearAmount>;
};

/** The euros one funding source gives an action in one year. */
export type PlanBudgetLine = {
  __typename?: 'PlanBudgetLine';
  amount: Scalars['Float']['output'];
  fundingSource: FundingSource;
  year: Scalars['Int']['output'];
};

export type PlanBudgetLineInput = {
  /** EUR, 0 or more. */
  amount: Scalars['Float']['input'];
  fundingSource: FundingSource;
  /** A year of the plan. */
  year: Scalars['Int']['input'];
};

/** A firm's request to take part in an action. */
export type PlanJoinRequest = {
  __typename?: 'PlanJoinRequest';
  action: PlanAction;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  firm: Firm;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  requestedBy?: Maybe<User>;
  status: JoinRequestStatus;
  version: Scalars['Int']['output'];
};

/** A key performance indicator of an action. */
export type PlanKpi = {
  __typename?: 'PlanKpi';
  /** Measured values, by year. */
  actuals: Array<KpiActual>;
  /** How far the latest actual went from baseline to target, in percent (null without actuals or when target equals baseline). */
  attainment?: Maybe<Scalars['Float']['output']>;
  baseline: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  target: Scalars['Float']['output'];
  /** e.g. firms, visitors, %, EUR. */
  unit: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type PlanKpiInput = {
  baseline: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  target: Scalars['Float']['input'];
  unit: Scalars['String']['input'];
};

/** An objective of an axis. */
export type PlanObjective = {
  __typename?: 'PlanObjective';
  axis: PlanAxis;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** Optimistic-lock version: pass it back with an update. */
  version: Scalars['Int']['output'];
};

/** A budget change of an approved plan: who made it, when, and the action's budget before and after. */
export type PlanRevision = {
  __typename?: 'PlanRevision';
  action?: Maybe<PlanAction>;
  /** Budget lines after the change. */
  after: Scalars['JSON']['output'];
  author?: Maybe<User>;
  /** Budget lines before the change. */
  before: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
};

export type PlanRevisionConnection = {
  __typename?: 'PlanRevisionConnection';
  edges: Array<PlanRevisionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlanRevisionEdge = {
  __typename?: 'PlanRevisionEdge';
  cursor: Scalars['String']['output'];
  node: PlanRevision;
};

/** A plan's life: DRAFT → APPROVED → ACTIVE → CLOSED, one step at a time. */
export const PlanStatus = {
  Active: 'ACTIVE',
  Approved: 'APPROVED',
  Closed: 'CLOSED',
  Draft: 'DRAFT'
} as const;

export type PlanStatus = typeof PlanStatus[keyof typeof PlanStatus];
export type PreviewRegistryImportInput = {
  id: Scalars['ID']['input'];
  /** One entry per column to import; LEGAL_NAME and VAT_NUMBER or TAX_CODE are required, each field once. */
  mapping: Array<RegistryColumnMappingInput>;
  version: Scalars['Int']['input'];
};

/** The share of a firm's profile that is filled in, by weighted fields (rule in @filiera/shared firm-profile). */
export type ProfileCompleteness = {
  __typename?: 'ProfileCompleteness';
  /** Names of the missing fields, e.g. descriptionEn, logo, coordinates (address latitude/longitude). */
  missing: Array<Scalars['String']['output']>;
  /** 0–100; 100 means nothing is missing. */
  percent: Scalars['Int']['output'];
};

/**
 * A member firm as anonymous visitors of the public showcase see it. Only firms that gave showcase consent
 * exist here, and a field the firm did not make public (`publicFields`) is null. Private data (VAT number,
 * street, revenue, employees…) has no field on this type at all.
 */
export type PublicFirm = {
  __typename?: 'PublicFirm';
  /** Processing and supplies, when made public. */
  capabilities?: Maybe<Array<Capability>>;
  /** Pairs per day, when made public. */
  capacityPairsPerDay?: Maybe<Scalars['Int']['output']>;
  /** The day the registry records the firm as ceased (YYYY-MM-DD), public like the registry; null while active. */
  ceasedOn?: Maybe<Scalars['String']['output']>;
  /** Certifications, when made public. */
  certifications?: Maybe<Array<Scalars['String']['output']>>;
  /** Description in English, when made public. */
  descriptionEn?: Maybe<Scalars['String']['output']>;
  /** Description in Italian, when made public. */
  descriptionIt?: Maybe<Scalars['String']['output']>;
  /** E-mail, when made public. */
  email?: Maybe<Scalars['String']['output']>;
  /** The export markets named, in the same order, when made public. */
  exportMarketNames?: Maybe<Array<CountryName>>;
  /** Export markets (ISO 3166-1 alpha-2), when made public. */
  exportMarkets?: Maybe<Array<Scalars['String']['output']>>;
  /** Frazione, when made public. */
  hamlet?: Maybe<Scalars['String']['output']>;
  /** Identifier (the same as the firm's). */
  id: Scalars['ID']['output'];
  /** What the firm does in the district. */
  kind: FirmKind;
  /** Ragione sociale, public in the Companies Register. */
  legalName: Scalars['String']['output'];
  /** Comune. */
  municipality?: Maybe<Scalars['String']['output']>;
  /** Phone, when made public. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Product lines, when made public. */
  productLines?: Maybe<Array<Scalars['String']['output']>>;
  /** Insegna, when made public. */
  tradeName?: Maybe<Scalars['String']['output']>;
  /** Website, when made public. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of the showcase's firms. */
export type PublicFirmConnection = {
  __typename?: 'PublicFirmConnection';
  /** The firms of this page, by name. */
  edges: Array<PublicFirmEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** All firms matching the search. */
  totalCount: Scalars['Int']['output'];
};

/** One showcase firm in a page. */
export type PublicFirmEdge = {
  __typename?: 'PublicFirmEdge';
  /** Pass as `after` to read what follows. */
  cursor: Scalars['String']['output'];
  /** The firm. */
  node: PublicFirm;
};

/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type Query = {
  __typename?: 'Query';
  /** One adhesion (CONSULTANT, ADMIN, CHAMBER; a FIRM user only its own firm's, else FORBIDDEN). */
  adhesion: Adhesion;
  /** Headline figures of the adhesions (signed in). */
  adhesionCounters: AdhesionCounters;
  /** The hamlets of firms with an adhesion, for the pipeline's filters (CONSULTANT, ADMIN, CHAMBER). */
  adhesionHamlets: Array<Scalars['String']['output']>;
  /** Adhesions, most recently changed first (CONSULTANT, ADMIN, CHAMBER). */
  adhesions: AdhesionConnection;
  /**
   * Firms that offer a capability and do not yet supply it to the firm (no DECLARED or CONFIRMED link), best
   * score first (signed in); firms the registry records as ceased are not alternatives. `first` 1–50.
   */
  alternativeSuppliers: Array<AlternativeSupplier>;
  /** One article: its factory's people and ADMIN, CONSULTANT, CHAMBER (FORBIDDEN for other firms). */
  article: Article;
  /** The viewer's factory's confirmed suppliers by capability, for building a bill of materials (FIRM). */
  articleSupplierChoices: Array<ArticleSupplierChoice>;
  /** A factory's articles, newest first: a FIRM user its own factory's (FORBIDDEN for another's); ADMIN, CONSULTANT, CHAMBER any. */
  articles: ArticleConnection;
  /** The people a task can be assigned to: active ADMIN and CONSULTANT users, by name (at most 200). */
  assignableUsers: Array<User>;
  /** One ATECO code; null when the ISTAT list has no such code (signed in). */
  atecoCode?: Maybe<AtecoCode>;
  /**
   * ATECO codes matching `search` (signed in): a code or its beginning ("15.20") and words of the Italian or
   * English title ("calzature", "footwear"; accents and case ignored). The exact code comes first, then codes
   * beginning with it, then title matches, each in code order. Without `search`, every code in code order.
   * At most 100 per page.
   */
  atecoCodes: AtecoCodeConnection;
  /** The audit log, newest first, optionally for one entity (ADMIN). */
  auditEntries: AuditEntryConnection;
  /** The whole vocabulary of capabilities (a few dozen), by group and code (anyone signed in). */
  capabilities: Array<Capability>;
  /** Concentration of supply per capability (HHI on confirmed volumes), most concentrated first (signed in). */
  capabilityConcentration: Array<CapabilityConcentration>;
  /** The claim the token belongs to; null when unknown (the claimant). */
  claim?: Maybe<Claim>;
  /** Claims whose document waits for review, oldest first (CONSULTANT, ADMIN). */
  claimReviewQueue: ClaimConnection;
  /**
   * Firms of the registry (not ceased) matching a name or a full Partita IVA, at most 20 (anyone): public
   * facts only.
   */
  claimableFirms: Array<ClaimableFirm>;
  /** The signed-in FIRM user's showcase inbox, newest first. */
  contactRequests: ContactRequestConnection;
  /** Headline figures of the district (ADMIN, CONSULTANT, CHAMBER). */
  districtSummary: DistrictSummary;
  /** One event (anyone signed in). */
  event: Event;
  /** Events starting in [from, to), by start (anyone signed in); at most 100 per page. */
  events: EventConnection;
  /** One firm; NOT_FOUND when there is none with this id (signed in). */
  firm: Firm;
  /** Claims of the viewer's firm waiting for its manager (FIRM; empty for anyone but the manager). */
  firmClaimRequests: Array<Claim>;
  /** The directory's filters as facets with counts, for this search and filter (signed in). */
  firmFacets: FirmFacets;
  /** Values for the directory's filters (signed in). */
  firmFilterOptions: FirmFilterOptions;
  /** Two records side by side and what merging `mergedId` into `survivorId` would move (ADMIN, CONSULTANT). */
  firmMergePreview: FirmMergePreview;
  /** The people of the viewer's firm (FIRM). */
  firmPeople: FirmPeople;
  /**
   * The member directory (signed in). `search` matches legal name, trade name, Partita IVA, capability labels,
   * product lines and certifications; `orderBy` defaults to NAME; at most 100 per page.
   */
  firms: FirmConnection;
  /** Liveness of the API, readable by anyone. */
  health: Scalars['String']['output'];
  /** What an invitation link is for; null when the token is unknown (anyone holding the link). */
  invitationPreview?: Maybe<InvitationPreview>;
  /** Invitations, newest first, optionally only those in one status (ADMIN). */
  invitations: InvitationConnection;
  /** The district's local sourcing share over confirmed links (signed in). */
  localSourcingShare: LocalSourcingShare;
  /** Whether mail is sent (an SMTP server is configured) or kept in the outbox (ADMIN). */
  mailDelivery: MailDelivery;
  /** The signed-in person, or null for an anonymous visitor. */
  me?: Maybe<Me>;
  /** The signed-in FIRM user's firm's adhesion; null when it has none (FIRM). */
  myAdhesion?: Maybe<Adhesion>;
  /** The signed-in person's live sessions, the most recently used first (at most `first`, up to 100). */
  mySessions: Array<ActiveSession>;
  /** The signed-in person's two-factor sign-in. */
  myTwoFactor: TwoFactorStatus;
  /** The signed-in person's week of tasks (ADMIN, CONSULTANT, CHAMBER). */
  myWeek: MyWeek;
  /** The network's contract (signed in). */
  networkContract: NetworkContract;
  /** The viewer's channel for every kind that can reach someone in their role. */
  notificationPreferences: Array<NotificationPreference>;
  /** The viewer's notifications, newest first. */
  notifications: NotificationConnection;
  /** The mail outbox, newest first (ADMIN). */
  outbox: OutboxMailConnection;
  /** A published article's passport (anyone); null when there is none or it is not published. */
  passport?: Maybe<Passport>;
  /**
   * DECLARED links waiting for the signed-in FIRM user's firm to confirm or reject them, oldest first (at most
   * 100). Empty for other roles.
   */
  pendingSupplyLinkRequests: Array<SupplyLink>;
  /** One plan action; NOT_FOUND when there is none (signed in). */
  planAction: PlanAction;
  /** Upcoming public events, for the showcase (anyone, also anonymous). */
  publicEvents: EventConnection;
  /** The latest published passports, for the showcase (anyone). At most 50. */
  publishedPassports: Array<Passport>;
  /** One registry import; NOT_FOUND when there is none (ADMIN, CONSULTANT). */
  registryImport: RegistryImport;
  /** Registry imports, newest first (ADMIN, CONSULTANT). */
  registryImports: RegistryImportConnection;
  /** The district's reports with the given filters (ADMIN, CONSULTANT, CHAMBER). BAD_USER_INPUT names a bad filter field. */
  report: Report;
  /** The signed-in person's saved report views, newest first (at most 50 exist) (ADMIN, CONSULTANT, CHAMBER). */
  savedReportViews: Array<SavedReportView>;
  /**
   * One search over firms, people, tasks, plan actions, contract sections and events: full text in Italian and
   * English (accents ignored, words stemmed, the last word a prefix) and trigram similarity of names (typos),
   * best first. Only what the viewer may see: people for the ADMIN, tasks for the staff and the Chamber.
   * `query` is 2–100 characters; `first` at most 50.
   */
  search: Array<SearchResult>;
  /** Capabilities that at least one showcase firm shows publicly, to search by (anyone). */
  showcaseCapabilities: Array<Capability>;
  /**
   * Countries that at least one active showcase firm publicly exports to, to search by (anyone), by code
   * or by name in one of the two languages (so a phone need not sort them).
   */
  showcaseExportMarkets: Array<CountryName>;
  /** One consenting firm's public page (NOT_FOUND otherwise); counts one view per visitor and day. */
  showcaseFirm: PublicFirm;
  /** Consenting firms for anonymous visitors, searched on their public fields only; at most 100 per page. */
  showcaseFirms: PublicFirmConnection;
  /** Views and requests of the signed-in FIRM user's public page. */
  showcaseInsights: ShowcaseInsights;
  /** The district's figures for the showcase. */
  showcaseStats: ShowcaseStats;
  /**
   * Firms a new one may duplicate (ADMIN, CONSULTANT): the firm with `vatNumber`, and firms whose name is
   * similar (pg_trgm) in the same `municipality` (any when absent); best first, at most 10. The add-firm
   * form asks as the person types.
   */
  similarFirms: Array<SimilarFirm>;
  /**
   * Suppliers whose loss leaves at least one shoe factory with no confirmed source of a capability (ADMIN,
   * CONSULTANT, CHAMBER see all; a FIRM user sees those where its firm is the supplier or an affected factory).
   */
  singlePointsOfFailure: SinglePointOfFailureList;
  /** One plan; NOT_FOUND when there is none (signed in). */
  strategicPlan: StrategicPlan;
  /** The network's strategic plans, newest first (signed in). */
  strategicPlans: Array<StrategicPlan>;
  /**
   * The chain of a firm over CONFIRMED links, `depth` tiers (1–6) UPSTREAM (suppliers) or DOWNSTREAM
   * (customers), computed by one recursive SQL query (signed in). BAD_USER_INPUT (field depth) outside 1–6.
   */
  supplyChain: SupplyChain;
  /**
   * A piece of the supply graph that a person can read, never the whole district: the firms within `depth`
   * (1 or 2) links of `firmId`; or, with no firm, the firms matching `kind` and `hamlet` (and with links of
   * `capabilityId`) with their direct partners; or, with neither, the viewer's own firm (a FIRM user) or the
   * shoe factory with the most confirmed suppliers. `capabilityId` also filters the links; `statuses`
   * CONFIRMED by default (a FIRM user gets non-confirmed links of its own firm only). At most
   * `maxNodes` firms (1–300, default 150), the closest and most linked first. BAD_USER_INPUT: firmId,
   * capabilityId (not an id), depth, maxNodes, hamlet (over 100 characters). NOT_FOUND: firmId.
   */
  supplyGraph: SupplyGraph;
  /**
   * A firm's links, newest first (signed in). A FIRM user sees all statuses for its own firm and only
   * CONFIRMED links of other firms. `status` null means every status the viewer may see.
   */
  supplyLinks: SupplyLinkConnection;
  /** One task; NOT_FOUND when there is none (ADMIN, CONSULTANT, CHAMBER). */
  task: Task;
  /** The board: a column per status, each with its first `first` tasks by due date (ADMIN, CONSULTANT, CHAMBER). */
  taskBoard: Array<TaskBoardColumn>;
  /** Start-up tasks, filtered and sorted (ADMIN, CONSULTANT, CHAMBER). */
  tasks: TaskConnection;
  /** The viewer's firm's traceability settings (FIRM). */
  traceabilitySettings: TraceabilitySettings;
  /** How many of the viewer's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** All users, by name (ADMIN). */
  users: UserConnection;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryAdhesionArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryAdhesionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdhesionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryAlternativeSuppliersArgs = {
  capabilityId: Scalars['ID']['input'];
  firmId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  firmId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryAtecoCodeArgs = {
  code: Scalars['String']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryAtecoCodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryClaimArgs = {
  token: Scalars['String']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryClaimReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryClaimableFirmsArgs = {
  search: Scalars['String']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryContactRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryFirmArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryFirmFacetsArgs = {
  filter?: InputMaybe<FirmFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryFirmMergePreviewArgs = {
  mergedId: Scalars['ID']['input'];
  survivorId: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryFirmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FirmFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FirmOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvitationStatus>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryMySessionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryPassportArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryPlanActionArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryPublicEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryPublishedPassportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryRegistryImportArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryRegistryImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryReportArgs = {
  filter?: InputMaybe<ReportFilter>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryShowcaseExportMarketsArgs = {
  orderBy?: InputMaybe<CountryNameOrder>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryShowcaseFirmArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryShowcaseFirmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  capabilityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  certifications?: InputMaybe<Array<Scalars['String']['input']>>;
  exportMarkets?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeCeased?: InputMaybe<Scalars['Boolean']['input']>;
  minCapacity?: InputMaybe<Scalars['Int']['input']>;
  productLines?: InputMaybe<Array<Scalars['String']['input']>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QuerySimilarFirmsArgs = {
  excludeId?: InputMaybe<Scalars['ID']['input']>;
  municipality?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  vatNumber?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QuerySinglePointsOfFailureArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  municipality?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryStrategicPlanArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QuerySupplyChainArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction: SupplyChainDirection;
  firmId: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QuerySupplyGraphArgs = {
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  hamlet?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<FirmKind>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<SupplyLinkStatus>>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QuerySupplyLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SupplyLinkDirection>;
  firmId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SupplyLinkStatus>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryTaskBoardArgs = {
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The ten one-time recovery codes, each working once instead of a code from the app. Shown only here, once. */
export type RecoveryCodes = {
  __typename?: 'RecoveryCodes';
  codes: Array<Scalars['String']['output']>;
};

export type RegenerateRecoveryCodesInput = {
  /** The six-digit code the authenticator app shows now; or give `password`. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The current password; or give `code`. */
  password?: InputMaybe<Scalars['String']['input']>;
};

/** A person of the viewer's firm to register. */
export type RegisterForEventInput = {
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** The person's e-mail. */
  personEmail: Scalars['String']['input'];
  /** The person's name. */
  personName: Scalars['String']['input'];
};

/** Where a registration stands. */
export const RegistrationStatus = {
  /** Cancelled. */
  Cancelled: 'CANCELLED',
  /** Has a seat. */
  Confirmed: 'CONFIRMED',
  /** On the waiting list: moves up when someone with a seat cancels. */
  Waitlisted: 'WAITLISTED'
} as const;

export type RegistrationStatus = typeof RegistrationStatus[keyof typeof RegistrationStatus];
/** An ATECO 2007 code of the file and the ATECO 2025 code it became. */
export type RegistryAtecoTranslation = {
  __typename?: 'RegistryAtecoTranslation';
  /** How many ATECO 2025 codes ISTAT lists for it. */
  correspondences: Scalars['Int']['output'];
  /** The ATECO 2007 code. */
  from: Scalars['String']['output'];
  /** The ATECO 2025 code kept; null when ISTAT gives none. */
  to?: Maybe<Scalars['String']['output']>;
};

/** One column of the file and the firm field it fills. */
export type RegistryColumnMapping = {
  __typename?: 'RegistryColumnMapping';
  /** The column's header as written in the file. */
  column: Scalars['String']['output'];
  /** The firm field; null when the column is left out. */
  field?: Maybe<RegistryImportField>;
};

export type RegistryColumnMappingInput = {
  /** A column header of the file, as returned in `columns`. */
  column: Scalars['String']['input'];
  /** The firm field it fills; null or absent leaves the column out. */
  field?: InputMaybe<RegistryImportField>;
};

/** The character encoding of a CSV file, detected: valid UTF-8 is UTF-8, anything else Latin-1. */
export const RegistryFileEncoding = {
  Latin_1: 'LATIN_1',
  Utf_8: 'UTF_8'
} as const;

export type RegistryFileEncoding = typeof RegistryFileEncoding[keyof typeof RegistryFileEncoding];
/** The kind of file uploaded. */
export const RegistryFileFormat = {
  Csv: 'CSV',
  Xlsx: 'XLSX'
} as const;

export type RegistryFileFormat = typeof RegistryFileFormat[keyof typeof RegistryFileFormat];
/**
 * An uploaded Chamber of Commerce registry extract and its import. Upload with
 * `POST /api/registry-imports` (multipart field `file`, CSV or XLSX up to 20 MB), then dry-run it with
 * `previewRegistryImport` and write it with `applyRegistryImport`; both run in the background.
 */
export type RegistryImport = {
  __typename?: 'RegistryImport';
  appliedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The header columns, in file order. */
  columns: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Who uploaded the file. */
  createdBy?: Maybe<User>;
  /** Null for XLSX. */
  encoding?: Maybe<RegistryFileEncoding>;
  /** The same in words (English), for API users. */
  failureMessage?: Maybe<Scalars['String']['output']>;
  /** Why the last dry run or apply failed, when status is FAILED. */
  failureReason?: Maybe<RegistryImportFailure>;
  fileName: Scalars['String']['output'];
  /** Size in bytes. */
  fileSize: Scalars['Int']['output'];
  format: RegistryFileFormat;
  id: Scalars['ID']['output'];
  /** When that happened. */
  interruptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The phase a stop of the server interrupted; the import was made retryable at the next start. */
  interruptedPhase?: Maybe<RegistryImportPhase>;
  /** Rows that cannot be imported. */
  invalidCount?: Maybe<Scalars['Int']['output']>;
  /** The new firms of the last dry run by kind (the person's changes included); empty before a dry run. */
  kindCounts: Array<RegistryImportKindCount>;
  /** The mapping of the last dry run, or the suggestion from the headers before one. */
  mapping: Array<RegistryColumnMapping>;
  /** Rows that would add a firm (after the dry run) or that added one (after applying). */
  newCount?: Maybe<Scalars['Int']['output']>;
  /** The invalid rows of the last dry run, by line. */
  problems: RegistryImportProblemConnection;
  progress: RegistryImportProgress;
  /** Valid rows whose firm is flagged for review (ATECO 2007 translations to check). */
  reviewCount?: Maybe<Scalars['Int']['output']>;
  /** Data rows of the file (known after the dry run). */
  rowCount?: Maybe<Scalars['Int']['output']>;
  /** The valid rows of the last dry run and what the apply does with each, by line. */
  rows: RegistryImportRowConnection;
  /** The detected separator, ; or , (null for XLSX). */
  separator?: Maybe<Scalars['String']['output']>;
  status: RegistryImportStatus;
  /** Rows matching a firm whose fields are all the same already. */
  unchangedCount?: Maybe<Scalars['Int']['output']>;
  /** Rows matching a firm whose fields would change / changed. */
  updatedCount?: Maybe<Scalars['Int']['output']>;
  /** Optimistic-lock version: pass it to preview and apply. */
  version: Scalars['Int']['output'];
};


/**
 * An uploaded Chamber of Commerce registry extract and its import. Upload with
 * `POST /api/registry-imports` (multipart field `file`, CSV or XLSX up to 20 MB), then dry-run it with
 * `previewRegistryImport` and write it with `applyRegistryImport`; both run in the background.
 */
export type RegistryImportProblemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An uploaded Chamber of Commerce registry extract and its import. Upload with
 * `POST /api/registry-imports` (multipart field `file`, CSV or XLSX up to 20 MB), then dry-run it with
 * `previewRegistryImport` and write it with `applyRegistryImport`; both run in the background.
 */
export type RegistryImportRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegistryImportRowFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegistryImportConnection = {
  __typename?: 'RegistryImportConnection';
  edges: Array<RegistryImportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegistryImportEdge = {
  __typename?: 'RegistryImportEdge';
  cursor: Scalars['String']['output'];
  node: RegistryImport;
};

/** Why a dry run or an apply stopped. */
export const RegistryImportFailure = {
  /** A firm of the file was changed by someone else while applying. */
  Conflict: 'CONFLICT',
  /** The file cannot be read as CSV or XLSX. */
  FileUnreadable: 'FILE_UNREADABLE',
  /** The registry changed since the dry run, so the apply would not do what the dry run said: run it again. */
  StaleDryRun: 'STALE_DRY_RUN',
  /** The XLSX file unpacks to more than the import accepts (REGISTRY_IMPORT_MAX_UNCOMPRESSED_MB). */
  TooLargeUncompressed: 'TOO_LARGE_UNCOMPRESSED',
  /** The file has more rows than the import accepts (REGISTRY_IMPORT_MAX_ROWS). */
  TooManyRows: 'TOO_MANY_ROWS',
  /** The registry could not be written. */
  WriteFailed: 'WRITE_FAILED'
} as const;

export type RegistryImportFailure = typeof RegistryImportFailure[keyof typeof RegistryImportFailure];
/** A firm field that a column of a registry extract can fill. */
export const RegistryImportField = {
  /** Codice ATECO 2007 (several separated by commas), translated to ATECO 2025 through ISTAT's correspondence table. */
  Ateco_2007Code: 'ATECO_2007_CODE',
  /** Codice ATECO 2025 (several separated by commas); a code that exists only in ATECO 2007 is translated and flagged. */
  AtecoCode: 'ATECO_CODE',
  /** Data cessazione: a day alone ceases the firm on that day; an empty one (without a status column) makes it active again. */
  CeasedOn: 'CEASED_ON',
  /** Addetti. */
  Employees: 'EMPLOYEES',
  /** Frazione. */
  Hamlet: 'HAMLET',
  /** Forma giuridica. */
  LegalForm: 'LEGAL_FORM',
  /** Denominazione (ragione sociale). */
  LegalName: 'LEGAL_NAME',
  /** Comune. */
  Municipality: 'MUNICIPALITY',
  /** PEC / domicilio digitale: the firm's certified e-mail address (private). */
  Pec: 'PEC',
  /** CAP. */
  Postcode: 'POSTCODE',
  /** Provincia (sigla). */
  Province: 'PROVINCE',
  /** Numero REA (with the province column, or written as LU-123456). */
  ReaNumber: 'REA_NUMBER',
  /** Data iscrizione: its year becomes the founded year. */
  RegistrationDate: 'REGISTRATION_DATE',
  /** Stato (attività): a ceased status (cessata, inattiva, cancellata) with the cessation date ceases the firm; an active one makes it active again. */
  Status: 'STATUS',
  /** Indirizzo. */
  Street: 'STREET',
  /** Codice fiscale. */
  TaxCode: 'TAX_CODE',
  /** Partita IVA. */
  VatNumber: 'VAT_NUMBER'
} as const;

export type RegistryImportField = typeof RegistryImportField[keyof typeof RegistryImportField];
/** How many new firms of a dry run get a kind. */
export type RegistryImportKindCount = {
  __typename?: 'RegistryImportKindCount';
  count: Scalars['Int']['output'];
  kind: FirmKind;
};

/** A phase of an import. */
export const RegistryImportPhase = {
  Apply: 'APPLY',
  Preview: 'PREVIEW'
} as const;

export type RegistryImportPhase = typeof RegistryImportPhase[keyof typeof RegistryImportPhase];
/** A row of the file that cannot be imported, with every reason. */
export type RegistryImportProblem = {
  __typename?: 'RegistryImportProblem';
  /** The row's line in the file; the header is line 1. */
  line: Scalars['Int']['output'];
  reasons: Array<RegistryImportReason>;
};

/** Why a row of a registry extract cannot be imported. */
export const RegistryImportProblemCode = {
  /** Not written like an ATECO 2007 code. */
  Ateco_2007CodeInvalid: 'ATECO_2007_CODE_INVALID',
  /** Written like an ATECO code but not in ISTAT's ATECO 2007 list. */
  Ateco_2007CodeUnknown: 'ATECO_2007_CODE_UNKNOWN',
  /** Not written like an ATECO code. */
  AtecoCodeInvalid: 'ATECO_CODE_INVALID',
  /** Written like an ATECO code but in neither the ATECO 2025 list nor ATECO 2007. */
  AtecoCodeUnknown: 'ATECO_CODE_UNKNOWN',
  /** Not a date, or a day the calendar does not have. */
  CeasedOnInvalid: 'CEASED_ON_INVALID',
  /** A ceased status without the cessation date. */
  CeasedOnMissing: 'CEASED_ON_MISSING',
  EmployeesInvalid: 'EMPLOYEES_INVALID',
  LegalNameMissing: 'LEGAL_NAME_MISSING',
  /** Not written like an e-mail address. */
  PecInvalid: 'PEC_INVALID',
  PostcodeInvalid: 'POSTCODE_INVALID',
  ProvinceInvalid: 'PROVINCE_INVALID',
  ReaNumberInvalid: 'REA_NUMBER_INVALID',
  /** A day the calendar does not have, such as 31 February. */
  RegistrationDateImpossible: 'REGISTRATION_DATE_IMPOSSIBLE',
  /** Not a date, or a year before 1800 or after this year. */
  RegistrationDateInvalid: 'REGISTRATION_DATE_INVALID',
  /** Another row of the file has the same codice fiscale. */
  TaxCodeDuplicate: 'TAX_CODE_DUPLICATE',
  TaxCodeInvalid: 'TAX_CODE_INVALID',
  VatNumberCheckDigit: 'VAT_NUMBER_CHECK_DIGIT',
  /** Another row of the file has the same Partita IVA. */
  VatNumberDuplicate: 'VAT_NUMBER_DUPLICATE',
  VatNumberFormat: 'VAT_NUMBER_FORMAT',
  /** Neither a Partita IVA nor a codice fiscale, or only a personal codice fiscale of no known firm. */
  VatNumberMissing: 'VAT_NUMBER_MISSING',
  VatNumberOffice: 'VAT_NUMBER_OFFICE'
} as const;

export type RegistryImportProblemCode = typeof RegistryImportProblemCode[keyof typeof RegistryImportProblemCode];
export type RegistryImportProblemConnection = {
  __typename?: 'RegistryImportProblemConnection';
  edges: Array<RegistryImportProblemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegistryImportProblemEdge = {
  __typename?: 'RegistryImportProblemEdge';
  cursor: Scalars['String']['output'];
  node: RegistryImportProblem;
};

/** How far the current phase (dry run or apply) has got, for a progress bar. */
export type RegistryImportProgress = {
  __typename?: 'RegistryImportProgress';
  processed: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** One reason a row was refused. */
export type RegistryImportReason = {
  __typename?: 'RegistryImportReason';
  code: RegistryImportProblemCode;
  /** The column holding the value, when there is one. */
  column?: Maybe<Scalars['String']['output']>;
  /** The value as written in the file. */
  value?: Maybe<Scalars['String']['output']>;
};

/** One reason to review a firm. */
export type RegistryImportReview = {
  __typename?: 'RegistryImportReview';
  code: RegistryImportReviewCode;
  /** The column holding the code. */
  column?: Maybe<Scalars['String']['output']>;
  /** The code as read from the file. */
  value: Scalars['String']['output'];
};

/** Why a firm of the import should be looked at by a person. */
export const RegistryImportReviewCode = {
  /** The ATECO 2025 column held a code that exists only in ATECO 2007: it was translated. */
  Ateco_2007In_2025Column: 'ATECO_2007_IN_2025_COLUMN',
  /** ISTAT's representative code is a later sub-category not in the list: the nearest code above it was kept. */
  Ateco_2007Nearest: 'ATECO_2007_NEAREST',
  /** ISTAT gives no representative ATECO 2025 code for the ATECO 2007 code: none was added. */
  Ateco_2007NoEquivalent: 'ATECO_2007_NO_EQUIVALENT',
  /** The ATECO 2007 code corresponds to several ATECO 2025 codes: ISTAT's representative one was kept. */
  Ateco_2007Several: 'ATECO_2007_SEVERAL'
} as const;

export type RegistryImportReviewCode = typeof RegistryImportReviewCode[keyof typeof RegistryImportReviewCode];
/** What the apply will do (or did) with one valid row of the file. */
export type RegistryImportRow = {
  __typename?: 'RegistryImportRow';
  action: RegistryImportRowAction;
  /** The ATECO 2007 codes of the row and what they became. */
  ateco2007: Array<RegistryAtecoTranslation>;
  /** The ATECO 2025 codes written (translations included). */
  atecoCodes: Array<Scalars['String']['output']>;
  /** The matched firm, or the added one once applied. */
  firm?: Maybe<Firm>;
  /** For NEW rows: the kind the firm gets (the suggestion or the person's choice). */
  kind?: Maybe<FirmKind>;
  legalName: Scalars['String']['output'];
  /** The row's line in the file; the header is line 1. */
  line: Scalars['Int']['output'];
  /** Why the firm should be reviewed; empty when there is nothing to check. */
  review: Array<RegistryImportReview>;
  /** For NEW rows: the kind derived from the first ATECO code. */
  suggestedKind?: Maybe<FirmKind>;
  vatNumber?: Maybe<Scalars['String']['output']>;
};

/** What the apply does with a valid row. */
export const RegistryImportRowAction = {
  /** Adds a firm. */
  New: 'NEW',
  /** Matches a firm whose fields are all the same already. */
  Unchanged: 'UNCHANGED',
  /** Updates the changed fields of the firm with the same Partita IVA or codice fiscale. */
  Update: 'UPDATE'
} as const;

export type RegistryImportRowAction = typeof RegistryImportRowAction[keyof typeof RegistryImportRowAction];
export type RegistryImportRowConnection = {
  __typename?: 'RegistryImportRowConnection';
  edges: Array<RegistryImportRowEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegistryImportRowEdge = {
  __typename?: 'RegistryImportRowEdge';
  cursor: Scalars['String']['output'];
  node: RegistryImportRow;
};

export type RegistryImportRowFilter = {
  action?: InputMaybe<RegistryImportRowAction>;
  /** Only the rows whose firm is flagged for review. */
  needsReview?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Where a registry import stands: UPLOADED → PREVIEWING → PREVIEWED (dry run done) → APPLYING → APPLIED,
 * or FAILED when a dry run or an apply stopped (nothing was written; see `failureReason`). PREVIEWING and
 * APPLYING run in the background: poll the import for its progress.
 */
export const RegistryImportStatus = {
  Applied: 'APPLIED',
  Applying: 'APPLYING',
  Failed: 'FAILED',
  Previewed: 'PREVIEWED',
  Previewing: 'PREVIEWING',
  Uploaded: 'UPLOADED'
} as const;

export type RegistryImportStatus = typeof RegistryImportStatus[keyof typeof RegistryImportStatus];
export type RemoveColleagueInput = {
  userId: Scalars['ID']['input'];
  /** The version of the colleague's account as read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The district's reports; each part is computed only when asked for. */
export type Report = {
  __typename?: 'Report';
  /** Adhesions of the selected firms per current status (the date range does not apply), in pipeline order. */
  adhesionFunnel: Array<ReportStatusCount>;
  /** Adhesion steps of the selected firms per month, oldest first (months without steps left out); at most the last 120 months of the range. */
  adhesionsOverTime: Array<ReportMonthCount>;
  /** Firms by kind and hamlet, members and interested, employees, capacity and export share. */
  overview: ReportOverview;
  plan: ReportPlan;
  startup: ReportStartup;
  supplyChain: ReportSupplyChain;
  traceability: ReportTraceability;
};

/** Plan actions at one status. */
export type ReportActionStatusCount = {
  __typename?: 'ReportActionStatusCount';
  count: Scalars['Int']['output'];
  status: PlanActionStatus;
};

/** Budget of one axis in one year. */
export type ReportBudget = {
  __typename?: 'ReportBudget';
  /** Sum of the actions' budget lines (all funding sources), in euro. */
  amountEur: Scalars['Float']['output'];
  axis: PlanAxis;
  year: Scalars['Int']['output'];
};

/** A total over the selected firms and the part of it covered by the network's members. */
export type ReportCoverage = {
  __typename?: 'ReportCoverage';
  /** Sum over the selected firms that are members (adhesion SIGNED or REGISTERED). */
  network: Scalars['Float']['output'];
  /** network / total, 0–1 (0 when total is 0). */
  share: Scalars['Float']['output'];
  /** Sum over the selected firms that declare the figure. */
  total: Scalars['Float']['output'];
};

/**
 * Filters for the whole report; they combine with AND, and an omitted one does not filter.
 * Firm filters (kinds, hamlets, membership, adhesionStatuses) select firms and apply to the overview, the
 * adhesion funnel and history, and the most depended-on suppliers (the supplier firm). The date range applies
 * to the adhesion history (transition date), the plan's budget (years touched by the range), KPI actuals
 * (years in the range) and start-up tasks (due date in the range). Where a filter does not apply, the field's
 * description says so.
 */
export type ReportFilter = {
  /** Only firms whose adhesion is at one of these statuses (firms without an adhesion are left out). */
  adhesionStatuses?: InputMaybe<Array<AdhesionStatus>>;
  /** First day of the range, YYYY-MM-DD, inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Hamlets (frazioni), compared without regard to case; all when omitted. At most 50. */
  hamlets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Firm kinds; all when omitted. */
  kinds?: InputMaybe<Array<FirmKind>>;
  /** Members or non-members only. */
  membership?: InputMaybe<ReportMembership>;
  /** Last day of the range, YYYY-MM-DD, inclusive; not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Firms of one hamlet. */
export type ReportHamletCount = {
  __typename?: 'ReportHamletCount';
  count: Scalars['Int']['output'];
  /** The hamlet as written in the registry; null for firms without one. */
  hamlet?: Maybe<Scalars['String']['output']>;
};

/** Firms of one kind. */
export type ReportKindCount = {
  __typename?: 'ReportKindCount';
  count: Scalars['Int']['output'];
  kind: FirmKind;
};

/**
 * How far the plan's KPIs are from their targets. A KPI's attainment is
 * (actual − baseline) / (target − baseline) × 100, with its latest actual in the date range; KPIs without an
 * actual, or whose target equals the baseline, are not measured.
 */
export type ReportKpiAttainment = {
  __typename?: 'ReportKpiAttainment';
  /** Measured KPIs at or beyond their target (attainment ≥ 100). */
  achievedCount: Scalars['Int']['output'];
  /** Mean attainment of the measured KPIs, in percent; null when none is measured. */
  averagePercent?: Maybe<Scalars['Float']['output']>;
  /** KPIs of the plans' actions. */
  kpiCount: Scalars['Int']['output'];
  /** KPIs with an actual and a target different from the baseline. */
  measuredCount: Scalars['Int']['output'];
};

/**
 * Which firms a report counts by their place in the network: members are firms whose adhesion is SIGNED or
 * REGISTERED; everyone else (no adhesion, or one at any other status) is a non-member.
 */
export const ReportMembership = {
  /** Firms whose adhesion is SIGNED or REGISTERED. */
  Members: 'MEMBERS',
  /** Firms without an adhesion or with one that is not SIGNED or REGISTERED. */
  NonMembers: 'NON_MEMBERS'
} as const;

export type ReportMembership = typeof ReportMembership[keyof typeof ReportMembership];
/** Adhesion steps of one month. */
export type ReportMonthCount = {
  __typename?: 'ReportMonthCount';
  /** Steps into INTERESTED (firms that declared their interest) in the month. */
  interested: Scalars['Int']['output'];
  /** The month, YYYY-MM (Europe/Rome). */
  month: Scalars['String']['output'];
  /** Steps into SIGNED in the month. */
  signed: Scalars['Int']['output'];
  /** All steps recorded in the month. */
  transitions: Scalars['Int']['output'];
};

/** The district at a glance, over the firms selected by the filter (the date range does not apply: it is today's registry). */
export type ReportOverview = {
  __typename?: 'ReportOverview';
  /** Selected firms per hamlet, most first; the 100 largest hamlets (hamletCount says how many there are). */
  byHamlet: Array<ReportHamletCount>;
  /** Selected firms per kind (kinds without firms left out), most first. */
  byKind: Array<ReportKindCount>;
  /** Production capacity (pairs per day) of the selected firms, and of the members among them. */
  capacityPairsPerDay: ReportCoverage;
  /** Employees of the selected firms, and of the members among them. */
  employees: ReportCoverage;
  /**
   * Average export share (0–100) weighted by employees: Σ(export share × employees) / Σ employees over the
   * selected firms that declare both. Weighted by employees rather than by revenue band because the revenue
   * band is private to each firm. Null when no selected firm declares both.
   */
  exportShareWeighted?: Maybe<Scalars['Float']['output']>;
  /** Selected firms. */
  firmCount: Scalars['Int']['output'];
  /** Distinct hamlets among the selected firms (firms without a hamlet count as one). */
  hamletCount: Scalars['Int']['output'];
  /** Selected firms on their way in (in adesione): adhesion INTERESTED, INVITED, DOCUMENTS_REQUESTED or READY_TO_SIGN; adhesionCounters.inProgress for the whole district. */
  inProgressCount: Scalars['Int']['output'];
  /**
   * Selected firms on their way in: adhesion INTERESTED, INVITED, DOCUMENTS_REQUESTED or READY_TO_SIGN.
   * @deprecated Named like the INTERESTED status while it counts four: use inProgressCount.
   */
  interestedCount: Scalars['Int']['output'];
  /** Selected firms whose adhesion is SIGNED or REGISTERED. */
  memberCount: Scalars['Int']['output'];
  /** The same weighted export share over the members among the selected firms; null when none declares both. */
  memberExportShareWeighted?: Maybe<Scalars['Float']['output']>;
};

/** Overdue tasks of one phase. */
export type ReportPhaseCount = {
  __typename?: 'ReportPhaseCount';
  count: Scalars['Int']['output'];
  phase: TaskPhase;
};

/**
 * The strategic plans' figures (every plan in the database, whatever its status; the network normally has one).
 * Firm filters do not apply; the date range selects budget years and KPI actual years.
 */
export type ReportPlan = {
  __typename?: 'ReportPlan';
  /** Actions per status (statuses without actions left out). */
  actionsByStatus: Array<ReportActionStatusCount>;
  /** Budget per axis and year, by axis then year. */
  budgetByAxisYear: Array<ReportBudget>;
  kpiAttainment: ReportKpiAttainment;
};

/** The report a saved view opens on. */
export const ReportSection = {
  Adhesions: 'ADHESIONS',
  Overview: 'OVERVIEW',
  Plan: 'PLAN',
  Startup: 'STARTUP',
  SupplyChain: 'SUPPLY_CHAIN',
  Traceability: 'TRACEABILITY'
} as const;

export type ReportSection = typeof ReportSection[keyof typeof ReportSection];
/** Start-up progress. Firm filters do not apply; with a date range only tasks due in it are counted. */
export type ReportStartup = {
  __typename?: 'ReportStartup';
  /** Tasks per phase and status (empty pairs left out). */
  byPhaseStatus: Array<ReportTaskCount>;
  /** Overdue tasks per phase. */
  overdueByPhase: Array<ReportPhaseCount>;
  /** Tasks not DONE whose due date is before today (Europe/Rome). */
  overdueCount: Scalars['Int']['output'];
};

/** Adhesions at one status. */
export type ReportStatusCount = {
  __typename?: 'ReportStatusCount';
  count: Scalars['Int']['output'];
  status: AdhesionStatus;
};

/** A supplier and how many firms depend on it. */
export type ReportSupplierDependence = {
  __typename?: 'ReportSupplierDependence';
  /** Distinct customers it supplies through CONFIRMED links. */
  customerCount: Scalars['Int']['output'];
  firm: Firm;
  /** Its CONFIRMED links as supplier. */
  linkCount: Scalars['Int']['output'];
};

/**
 * Supply-chain statistics over CONFIRMED links. Only `topSuppliers` takes the firm filters (on the supplier);
 * local sourcing, single points of failure and concentration are the district's and ignore every filter.
 */
export type ReportSupplyChain = {
  __typename?: 'ReportSupplyChain';
  /** HHI per capability over confirmed yearly volumes, most concentrated first (formula on CapabilityConcentration). */
  concentration: Array<CapabilityConcentration>;
  /** CONFIRMED links in the district. */
  confirmedLinkCount: Scalars['Int']['output'];
  /** Share of confirmed links (and volume) whose supplier is in the customer's municipality. */
  localSourcing: LocalSourcingShare;
  /** Suppliers whose loss leaves at least one shoe factory with no confirmed source of a capability. */
  singlePointOfFailureCount: Scalars['Int']['output'];
  /** The ten suppliers most depended on (by distinct customers, then links), among the firms the filter selects. */
  topSuppliers: Array<ReportSupplierDependence>;
};

/** Start-up tasks of one phase at one status. */
export type ReportTaskCount = {
  __typename?: 'ReportTaskCount';
  count: Scalars['Int']['output'];
  phase: TaskPhase;
  status: TaskStatus;
};

/**
 * Traceability coverage of the shoe factories the filter selects (firm filters apply; the date range does
 * not): their articles, how much of each shoe's weight is traced at tiers 1 and 2, and how each
 * capability's lines are sourced.
 */
export type ReportTraceability = {
  __typename?: 'ReportTraceability';
  articleCount: Scalars['Int']['output'];
  /** Every capability used in a bill of materials, most lines first. */
  byCapability: Array<ReportTraceabilityCapability>;
  /** The 50 factories with most articles, most first. */
  byFactory: Array<ReportTraceabilityFactory>;
  /** Selected factories with at least one article. */
  factoryCount: Scalars['Int']['output'];
  publishedCount: Scalars['Int']['output'];
  /** Mean over the articles of the weight traced at tier 1 (%). */
  tier1TracedPercent: Scalars['Float']['output'];
  /** Mean over the articles of the weight traced at tier 2 (%). */
  tier2TracedPercent: Scalars['Float']['output'];
};

/** How the bill-of-materials lines of one capability are sourced, over the selected factories' articles. */
export type ReportTraceabilityCapability = {
  __typename?: 'ReportTraceabilityCapability';
  capability: Capability;
  /** Lines from a confirmed supplier of the district. */
  districtSupplierLines: Scalars['Int']['output'];
  lineCount: Scalars['Int']['output'];
  /** Lines from a supplier outside the district (with its country). */
  outsideLines: Scalars['Int']['output'];
  /** Lines whose source is not given. */
  unknownLines: Scalars['Int']['output'];
};

/** Traceability coverage of one shoe factory's articles (drafts included). */
export type ReportTraceabilityFactory = {
  __typename?: 'ReportTraceabilityFactory';
  articleCount: Scalars['Int']['output'];
  firm: Firm;
  publishedCount: Scalars['Int']['output'];
  /** Mean over its articles of the weight traced at tier 1 (%), one decimal. */
  tier1TracedPercent: Scalars['Float']['output'];
  /** Mean over its articles of the weight traced at tier 2 (%), one decimal. */
  tier2TracedPercent: Scalars['Float']['output'];
};

export type RequestEmailChangeInput = {
  /** The address to sign in with from now on, once it confirms. */
  newEmail: Scalars['String']['input'];
  /** The current password. */
  password: Scalars['String']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type RequestToJoinPlanActionInput = {
  actionId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type ResetPasswordInput = {
  /** At least 12 characters, and not easy to guess (checked with zxcvbn: common passwords, Italian and English words, names, keyboard patterns, the person's own name and e-mail). */
  password: Scalars['String']['input'];
  /** The token from the reset link. */
  token: Scalars['String']['input'];
};

export type ResetUserTwoFactorInput = {
  id: Scalars['ID']['input'];
  /** The version read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

export type ReviewClaimInput = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  /** Required to reject: told to the claimant. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The version read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What a person may do in Filiera. */
export const Role = {
  /** The network's manager: everything, including users and the contract. */
  Admin: 'ADMIN',
  /** A Chamber of Commerce analyst: reads everything non-private and runs reports; changes nothing. */
  Chamber: 'CHAMBER',
  /** A start-up consultant (municipality, Chamber of Commerce): tasks, plan, adhesions; reads all firms. */
  Consultant: 'CONSULTANT',
  /** A person working for one firm: that firm's profile, links and adhesion. */
  Firm: 'FIRM'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type SaveContractDraftInput = {
  /** What changed, kept with the revision. */
  changeSummary: Scalars['String']['input'];
  document: ContractDocumentInput;
  referenceFirmId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<NetworkType>;
  /** The version that was read; a stale one gets CONFLICT and nothing is saved. */
  version: Scalars['Int']['input'];
};

/** A view to save. */
export type SaveReportViewInput = {
  filter?: InputMaybe<ReportFilter>;
  /** 1–80 characters, unique among the person's views. */
  name: Scalars['String']['input'];
  section: ReportSection;
};

/** A person's named set of report filters. */
export type SavedReportView = {
  __typename?: 'SavedReportView';
  createdAt: Scalars['DateTime']['output'];
  /** The filters, as a ReportFilter input. */
  filter: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The report it opens on. */
  section: ReportSection;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** One thing the global search found: what it is, its id and the words that name it. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** A short line that tells it apart: a firm's hamlet, a person's e-mail, a task's or action's status, an event's place, the matching words of a contract section. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The object's id; for a contract section, the section's code (GENERAL, OBJECTIVES…). */
  id: Scalars['ID']['output'];
  /** What it is; the web app opens its page by kind and id. */
  kind: SearchResultKind;
  /** Its name or title (for an event, the Italian title); for a contract section, the section's code. */
  title: Scalars['String']['output'];
  /** The English title, where the object has one (events). */
  titleEn?: Maybe<Scalars['String']['output']>;
};

/** What a search result is. */
export const SearchResultKind = {
  /** A section of the network contract. */
  ContractSection: 'CONTRACT_SECTION',
  /** An event of the calendar. */
  Event: 'EVENT',
  /** A firm of the registry. */
  Firm: 'FIRM',
  /** A person with an account. */
  Person: 'PERSON',
  /** An action of the strategic plan. */
  PlanAction: 'PLAN_ACTION',
  /** A start-up task. */
  Task: 'TASK'
} as const;

export type SearchResultKind = typeof SearchResultKind[keyof typeof SearchResultKind];
export type SetKpiActualInput = {
  kpiId: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
  version: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type SetNotificationPreferenceInput = {
  channel: NotificationChannel;
  kind: NotificationKind;
};

export type SetPlanActionBudgetInput = {
  actionId: Scalars['ID']['input'];
  /** The complete new set of budget lines. */
  lines: Array<PlanBudgetLineInput>;
  /** The action's version read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

export type SetRegistryImportRowKindInput = {
  id: Scalars['ID']['input'];
  kind: FirmKind;
  /** The line of a NEW row. */
  line: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};

/** The inputs of one capability the viewer's firm supplies (replaces what was declared before). */
export type SetSupplierInputsInput = {
  capabilityId: Scalars['ID']['input'];
  /** At most 20 lines; empty removes them. */
  lines: Array<SupplierInputLineInput>;
};

export type SetTaskBlockersInput = {
  /** The complete new set of blockers (at most 50); a cycle is refused. */
  blockerIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type SetUserActiveInput = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  /** The version read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

/** How the firm's public page is doing. */
export type ShowcaseInsights = {
  __typename?: 'ShowcaseInsights';
  /** Requests received, all time. */
  requestCount: Scalars['Int']['output'];
  /** Whether the firm appears on the showcase at all. */
  showcaseConsent: Scalars['Boolean']['output'];
  /** Requests not opened yet. */
  unreadCount: Scalars['Int']['output'];
  /** Visitors of the firm's public page in the last 30 days (once per visitor and day). */
  viewsLast30Days: Scalars['Int']['output'];
};

/** The district in figures, for the showcase's story. */
export type ShowcaseStats = {
  __typename?: 'ShowcaseStats';
  /** Kinds of processing and supplies available in the district. */
  capabilityCount: Scalars['Int']['output'];
  /** Countries the showcase firms export to (counted where made public). */
  exportMarketCount: Scalars['Int']['output'];
  /** Firms in the district registry. */
  firmCount: Scalars['Int']['output'];
  /** Firms that appear on the showcase. */
  showcaseFirmCount: Scalars['Int']['output'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** A firm that may be the same as the one being added. */
export type SimilarFirm = {
  __typename?: 'SimilarFirm';
  firm: Firm;
  /** The firm has the Partita IVA being added: adding it again will be refused. */
  sameVatNumber: Scalars['Boolean']['output'];
  /** How alike the names are, 0–1 (PostgreSQL pg_trgm similarity); 1 for the same Partita IVA. */
  similarity: Scalars['Float']['output'];
};

/**
 * A supplier whose loss leaves at least one shoe factory with no confirmed source of a capability (the factory
 * has exactly one confirmed supplier for it and does not do it in-house).
 */
export type SinglePointOfFailure = {
  __typename?: 'SinglePointOfFailure';
  /** Distinct factories left without a source. */
  affectedFactoryCount: Scalars['Int']['output'];
  /** Each factory and capability that would be left without a source. */
  exposures: Array<SinglePointOfFailureExposure>;
  supplier: Firm;
  /** The supplier has ceased (registry): the loss has happened, these factories need a new source now. */
  supplierCeased: Scalars['Boolean']['output'];
};

/** A capability that one factory gets from one supplier only. */
export type SinglePointOfFailureExposure = {
  __typename?: 'SinglePointOfFailureExposure';
  capability: Capability;
  factory: Firm;
};

export type SinglePointOfFailureList = {
  __typename?: 'SinglePointOfFailureList';
  /** The suppliers with most affected factories first (at most `first`). */
  items: Array<SinglePointOfFailure>;
  /** How many suppliers are single points of failure in all. */
  totalCount: Scalars['Int']['output'];
};

export type StartClaimInput = {
  email: Scalars['String']['input'];
  firmId: Scalars['ID']['input'];
  /** it (default) or en: the language of the mail to the claimant. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** PEC (needs a PEC address on record) or DOCUMENT. Ignored when the firm already has people. */
  method: ClaimMethod;
  name: Scalars['String']['input'];
  roleInFirm: Scalars['String']['input'];
};

/** A new claim and the token the claimant keeps to go on with it (shown once). */
export type StartedClaim = {
  __typename?: 'StartedClaim';
  claim: Claim;
  token: Scalars['String']['output'];
};

/** A multi-year strategic plan of the network. */
export type StrategicPlan = {
  __typename?: 'StrategicPlan';
  /** Actions of the plan by axis and title; `axis` narrows them to one axis. */
  actions: PlanActionConnection;
  /** The five axes, each with its objectives and budget totals. */
  axes: Array<PlanAxisSummary>;
  /** The plan's whole budget (EUR, actions not CANCELLED). */
  budgetTotal: Scalars['Float']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The statuses this plan may move to next. */
  nextStatuses: Array<PlanStatus>;
  /** Budget changes made once the plan was approved, newest first. */
  revisions: PlanRevisionConnection;
  startYear: Scalars['Int']['output'];
  status: PlanStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Whether the signed-in person may edit the plan. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** The plan's budget per year over all axes (actions not CANCELLED). */
  yearTotals: Array<YearAmount>;
  /** Every year of the plan, first to last. */
  years: Array<Scalars['Int']['output']>;
};


/** A multi-year strategic plan of the network. */
export type StrategicPlanActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  axis?: InputMaybe<PlanAxis>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A multi-year strategic plan of the network. */
export type StrategicPlanRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A visitor's contact or quote request. */
export type SubmitContactRequestInput = {
  /** The sender's company. */
  company: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['input'];
  /** The sender's e-mail, for the answer. */
  email: Scalars['String']['input'];
  /** The showcase firm written to. */
  firmId: Scalars['ID']['input'];
  /** Contact or quote. */
  kind: ContactRequestKind;
  /** What the sender asks. */
  message: Scalars['String']['input'];
  /** The sender's name. */
  name: Scalars['String']['input'];
  /** Pairs, required on a quote request. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** Honeypot: a hidden field people leave empty. Anything here marks the sender as a bot. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Live updates over graphql-ws on /graphql (the session cookie authenticates the connection). Each event
 * is re-read under the subscriber's own permissions.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** An adhesion was created or moved, as it is now: the pipeline updates live (CONSULTANT, ADMIN, CHAMBER). */
  adhesionChanged: Adhesion;
  /** Each new notification for the viewer, as it is committed. */
  notificationAdded: NotificationAdded;
  /** A supply link of the viewer's firm changed (declared, confirmed, rejected, ended); FIRM users only. */
  supplyLinkChanged: SupplyLink;
  /** A task was created or changed (status, fields, blockers), as it is now: the board updates live (ADMIN, CONSULTANT, CHAMBER). */
  taskChanged: Task;
};

/**
 * Tier 2: one input of what a firm supplies (a capability), from one of the firm's own confirmed suppliers
 * or from outside the district.
 */
export type SupplierInput = {
  __typename?: 'SupplierInput';
  /** What the firm supplies. */
  capability: Capability;
  /** The firm that describes its inputs. */
  firm: Firm;
  id: Scalars['ID']['output'];
  /** What the input is. */
  inputCapability: Capability;
  /** The district firm the input comes from (a confirmed supplier of `firm`); null when outside or unknown. */
  inputSupplier?: Maybe<Firm>;
  material?: Maybe<Scalars['String']['output']>;
  /** Where the material comes from (ISO 3166-1 alpha-2). */
  originCountry?: Maybe<Scalars['String']['output']>;
  originRegion?: Maybe<Scalars['String']['output']>;
  /** Country (ISO 3166-1 alpha-2) of a supplier outside the district. */
  outsideCountry?: Maybe<Scalars['String']['output']>;
  /** Region of a supplier outside the district. */
  outsideRegion?: Maybe<Scalars['String']['output']>;
  /** Share (%) of the weight of what the firm supplies. */
  sharePercent: Scalars['Float']['output'];
};

/** A tier-2 input line. */
export type SupplierInputLineInput = {
  inputCapabilityId: Scalars['ID']['input'];
  /** A confirmed supplier of the viewer's firm for inputCapabilityId; omit for outside or unknown. */
  inputSupplierId?: InputMaybe<Scalars['ID']['input']>;
  material?: InputMaybe<Scalars['String']['input']>;
  originCountry?: InputMaybe<Scalars['String']['input']>;
  originRegion?: InputMaybe<Scalars['String']['input']>;
  outsideCountry?: InputMaybe<Scalars['String']['input']>;
  outsideRegion?: InputMaybe<Scalars['String']['input']>;
  /** 0–100; the lines of a capability add up to at most 100. */
  sharePercent: Scalars['Float']['input'];
};

/**
 * The chain of a firm: the firms reached through CONFIRMED links up to `depth` tiers, and the links walked.
 * A cycle (A supplies B supplies A) is walked once: every firm appears once, at its minimal tier.
 */
export type SupplyChain = {
  __typename?: 'SupplyChain';
  depth: Scalars['Int']['output'];
  direction: SupplyChainDirection;
  firm: Firm;
  /** The confirmed links walked (between firms of the chain, the starting firm included). */
  links: Array<SupplyLink>;
  /** Firms reached, by tier then legal name; the starting firm is not among them. */
  nodes: Array<SupplyChainNode>;
};

/** Which way to walk the chain from a firm. */
export const SupplyChainDirection = {
  /** Towards the firm's customers, their customers, and so on. */
  Downstream: 'DOWNSTREAM',
  /** Towards the firm's suppliers, their suppliers, and so on. */
  Upstream: 'UPSTREAM'
} as const;

export type SupplyChainDirection = typeof SupplyChainDirection[keyof typeof SupplyChainDirection];
/** A firm in a supply chain, at the smallest number of links from the starting firm. */
export type SupplyChainNode = {
  __typename?: 'SupplyChainNode';
  firm: Firm;
  /** Tier 1 = direct suppliers (or customers), tier 2 = theirs, and so on: the minimal depth. */
  tier: Scalars['Int']['output'];
};

/** A readable piece of the district's supply graph: one firm's neighbourhood or the firms of a filter. */
export type SupplyGraph = {
  __typename?: 'SupplyGraph';
  /** The firm the view is centred on; null for a filter view. */
  centre?: Maybe<DistrictGraphNode>;
  edges: Array<SupplyGraphEdge>;
  nodes: Array<SupplyGraphNode>;
  /** More firms were in reach than `maxNodes`: the least linked were left out. */
  truncated: Scalars['Boolean']['output'];
};

/** An edge of a supply graph view: supplier → customer for one capability. */
export type SupplyGraphEdge = {
  __typename?: 'SupplyGraphEdge';
  capabilityId: Scalars['ID']['output'];
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The factory's only confirmed source of the capability (same visibility as singlePointOfFailure). */
  soleSource: Scalars['Boolean']['output'];
  status: SupplyLinkStatus;
  supplierId: Scalars['ID']['output'];
};

/**
 * A firm of a supply graph view, with what the graph draws: its kind (colour), its links (size), and the
 * risks it carries.
 */
export type SupplyGraphNode = {
  __typename?: 'SupplyGraphNode';
  /** The registry's day the firm ceased, null while it is active: a ceased supplier is a broken link. */
  ceasedOn?: Maybe<Scalars['String']['output']>;
  hamlet?: Maybe<Scalars['String']['output']>;
  /** Links the view leaves out (linkCount less the confirmed links shown): the node can be expanded. */
  hiddenLinkCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: FirmKind;
  legalName: Scalars['String']['output'];
  /** Confirmed links of the firm in the whole district (as supplier or customer), whether shown or not. */
  linkCount: Scalars['Int']['output'];
  /**
   * The only confirmed source of a capability for a shoe factory in this view (the centre or a firm shown)
   * that does not do it in-house, so the mark tells the view's suppliers apart (a FIRM user sees this only
   * where its own firm is the supplier or the factory).
   */
  singlePointOfFailure: Scalars['Boolean']['output'];
};

/**
 * Supplier firm → customer firm for one capability: who works for whom in the district.
 * A FIRM user sees every link of its own firm; of other firms' links only CONFIRMED ones, without share and
 * volume (commercially sensitive). ADMIN, CONSULTANT and CHAMBER see everything.
 */
export type SupplyLink = {
  __typename?: 'SupplyLink';
  /** The capability supplied, e.g. soles or stitching. */
  capability: Capability;
  createdAt: Scalars['DateTime']['output'];
  customer: Firm;
  /** When the counterpart confirmed or rejected it. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the counterpart rejected it. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** The firm that declared the link; null when ADMIN or CONSULTANT recorded it on the firms' behalf. */
  declaredBy?: Maybe<Firm>;
  /** When one side ended it. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The declaration's note (free text). */
  note?: Maybe<Scalars['String']['output']>;
  /** Recorded by ADMIN or CONSULTANT on the firms' behalf: either firm may then confirm or reject it. */
  recordedOnBehalf: Scalars['Boolean']['output'];
  /** Share of the customer's need for this capability covered by this supplier, 0–100; null when hidden or unknown. */
  sharePercent?: Maybe<Scalars['Float']['output']>;
  /** Since when the supplier works for the customer (a calendar date, YYYY-MM-DD). */
  since?: Maybe<Scalars['String']['output']>;
  status: SupplyLinkStatus;
  supplier: Firm;
  /** An active (DECLARED or CONFIRMED) link whose supplier the registry records as ceased: "fornitore cessato". */
  supplierCeased: Scalars['Boolean']['output'];
  /** Optimistic-lock version: pass it back to confirm, reject or end. */
  version: Scalars['Int']['output'];
  /** Whether the signed-in person may confirm or reject this link (the counterpart of a DECLARED link). */
  viewerCanDecide: Scalars['Boolean']['output'];
  /** Whether the signed-in person may end this link (either side of a CONFIRMED link). */
  viewerCanEnd: Scalars['Boolean']['output'];
  /** Pairs per year; null when hidden or unknown. */
  yearlyVolumePairs?: Maybe<Scalars['Int']['output']>;
};

export type SupplyLinkConnection = {
  __typename?: 'SupplyLinkConnection';
  edges: Array<SupplyLinkEdge>;
  pageInfo: PageInfo;
  /** How many links match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A firm's side of its links: the firm as customer (its suppliers) or as supplier (its customers). */
export const SupplyLinkDirection = {
  /** Both. */
  Both: 'BOTH',
  /** Links where the firm is the supplier. */
  Customers: 'CUSTOMERS',
  /** Links where the firm is the customer. */
  Suppliers: 'SUPPLIERS'
} as const;

export type SupplyLinkDirection = typeof SupplyLinkDirection[keyof typeof SupplyLinkDirection];
export type SupplyLinkEdge = {
  __typename?: 'SupplyLinkEdge';
  cursor: Scalars['String']['output'];
  node: SupplyLink;
};

/**
 * Where a supply link stands. One side declares (DECLARED), the other side confirms (CONFIRMED) or rejects
 * (REJECTED); either side may later end a confirmed link (ENDED). Only CONFIRMED links count in analyses.
 */
export const SupplyLinkStatus = {
  /** Confirmed by the counterpart: counts in the chain and the analyses. */
  Confirmed: 'CONFIRMED',
  /** Declared by one side, waiting for the counterpart. */
  Declared: 'DECLARED',
  /** Was confirmed, then ended by one side. */
  Ended: 'ENDED',
  /** Rejected by the counterpart. */
  Rejected: 'REJECTED'
} as const;

export type SupplyLinkStatus = typeof SupplyLinkStatus[keyof typeof SupplyLinkStatus];
/** A task of the network's start-up phase, run by the consultants. */
export type Task = {
  __typename?: 'Task';
  /** Every change to this task, newest first. */
  activity: TaskActivityConnection;
  /** The consultant or administrator in charge. */
  assignee?: Maybe<User>;
  /** Tasks that must be DONE before this one can be. */
  blockedBy: Array<Task>;
  /** Tasks waiting for this one. */
  blocks: Array<Task>;
  /** Comments, newest first. */
  comments: TaskCommentConnection;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Calendar day (YYYY-MM-DD) the task is due. */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** Firms this task concerns. */
  firms: Array<Firm>;
  id: Scalars['ID']['output'];
  /** How many of this task's blockers are not DONE. */
  openBlockerCount: Scalars['Int']['output'];
  /** Due before today (Europe/Rome) and not DONE. */
  overdue: Scalars['Boolean']['output'];
  phase: TaskPhase;
  /** The plan action this task prepares, if any. */
  planAction?: Maybe<PlanAction>;
  priority: TaskPriority;
  /** Calendar day (YYYY-MM-DD) the work starts. */
  startDate?: Maybe<Scalars['String']['output']>;
  status: TaskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version: pass it back with an update. */
  version: Scalars['Int']['output'];
};


/** A task of the network's start-up phase, run by the consultants. */
export type TaskActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A task of the network's start-up phase, run by the consultants. */
export type TaskCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One change in a task's activity log: who, when, and the changed fields before and after. */
export type TaskActivity = {
  __typename?: 'TaskActivity';
  actor?: Maybe<User>;
  /** Changed fields as { field: { before, after } }. */
  changes: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: TaskActivityKind;
  task: Task;
};

export type TaskActivityConnection = {
  __typename?: 'TaskActivityConnection';
  edges: Array<TaskActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskActivityEdge = {
  __typename?: 'TaskActivityEdge';
  cursor: Scalars['String']['output'];
  node: TaskActivity;
};

/** What happened to a task, in its activity log. */
export const TaskActivityKind = {
  BlockersChanged: 'BLOCKERS_CHANGED',
  Commented: 'COMMENTED',
  Created: 'CREATED',
  Moved: 'MOVED',
  Updated: 'UPDATED'
} as const;

export type TaskActivityKind = typeof TaskActivityKind[keyof typeof TaskActivityKind];
/** One column of the task board: a status, how many tasks it holds, and the first of them by due date. */
export type TaskBoardColumn = {
  __typename?: 'TaskBoardColumn';
  status: TaskStatus;
  /** The first tasks by due date (tasks without one last). */
  tasks: Array<Task>;
  /** How many tasks match the filter in this status. */
  totalCount: Scalars['Int']['output'];
};

/** A comment on a task. */
export type TaskComment = {
  __typename?: 'TaskComment';
  author?: Maybe<User>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type TaskCommentConnection = {
  __typename?: 'TaskCommentConnection';
  edges: Array<TaskCommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskCommentEdge = {
  __typename?: 'TaskCommentEdge';
  cursor: Scalars['String']['output'];
  node: TaskComment;
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  /** How many tasks match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tasks assigned to the signed-in person. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only overdue tasks (due before today, Europe/Rome, and not DONE). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  phase?: InputMaybe<TaskPhase>;
  /** Matches title and description. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<TaskStatus>;
};

/** How a task list is sorted; ties are broken by id so pages never overlap. */
export const TaskOrder = {
  /** Earliest due date first; tasks without a due date last. */
  DueDate: 'DUE_DATE',
  /** Most urgent first. */
  Priority: 'PRIORITY',
  /** By title, A to Z. */
  Title: 'TITLE',
  /** Most recently changed first. */
  Updated: 'UPDATED'
} as const;

export type TaskOrder = typeof TaskOrder[keyof typeof TaskOrder];
/** The step of the network's start-up a task belongs to. */
export const TaskPhase = {
  /** Collecting the firms' adhesions. */
  Adhesions: 'ADHESIONS',
  /** Drafting and reviewing the network contract. */
  Contract: 'CONTRACT',
  /** Designing the multi-year strategic plan. */
  PlanDesign: 'PLAN_DESIGN',
  /** Starting the network's shared services. */
  ServicesStartup: 'SERVICES_STARTUP'
} as const;

export type TaskPhase = typeof TaskPhase[keyof typeof TaskPhase];
/** How urgent a task is. */
export const TaskPriority = {
  High: 'HIGH',
  Low: 'LOW',
  Medium: 'MEDIUM',
  Urgent: 'URGENT'
} as const;

export type TaskPriority = typeof TaskPriority[keyof typeof TaskPriority];
/** Where a task stands; it cannot be DONE while one of its blockers is open. */
export const TaskStatus = {
  Blocked: 'BLOCKED',
  Done: 'DONE',
  InProgress: 'IN_PROGRESS',
  Todo: 'TODO'
} as const;

export type TaskStatus = typeof TaskStatus[keyof typeof TaskStatus];
/** What an article's bill of materials says about where the shoe comes from. */
export type Traceability = {
  __typename?: 'Traceability';
  /** Sum of the lines' weight shares (100 when the bill is complete). */
  declaredWeightPercent: Scalars['Float']['output'];
  /** Tier 1 and tier 2, in order. */
  tiers: Array<TracedShare>;
};

/** A firm's traceability settings: its consent to be named and what it declares about its inputs. */
export type TraceabilitySettings = {
  __typename?: 'TraceabilitySettings';
  /** The inputs the firm declared for what it supplies. */
  inputs: Array<SupplierInput>;
  /** Whether customers' public passports may show the firm's name. */
  passportNamePublic: Scalars['Boolean']['output'];
  /** The firm's own confirmed suppliers, which inputs may name. */
  upstreamChoices: Array<ArticleSupplierChoice>;
};

/** Share of the shoe's weight whose source is known down to a tier. */
export type TracedShare = {
  __typename?: 'TracedShare';
  /** 1: the factory's direct suppliers; 2: their suppliers. */
  tier: Scalars['Int']['output'];
  /** Percent of the shoe's weight traced down to this tier, 0–100, one decimal. */
  tracedWeightPercent: Scalars['Float']['output'];
};

/**
 * A started enrolment: add the secret to an authenticator app (scan the QR code or type the key), then
 * confirm with the code it shows. Answered once.
 */
export type TwoFactorEnrolment = {
  __typename?: 'TwoFactorEnrolment';
  /** The otpauth:// URI the QR code holds. */
  otpauthUri: Scalars['String']['output'];
  /** The QR code as an SVG data URL (data:image/svg+xml;base64,…). */
  qrCode: Scalars['String']['output'];
  /** The secret in base32, to type into an app that cannot scan. */
  secret: Scalars['String']['output'];
};

/**
 * The signed-in person's two-factor sign-in (TOTP, RFC 6238, any authenticator app). No secret is ever
 * readable here once enrolment is confirmed.
 */
export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  /** Sign-in asks for a code after the password. */
  enabled: Scalars['Boolean']['output'];
  enabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Recovery codes not used yet. */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** The person's role requires it (ADMIN, CONSULTANT): without it only enrolment is open. */
  required: Scalars['Boolean']['output'];
};

/** Changes to an article; omitted fields stay, `components` replaces the whole bill. */
export type UpdateArticleInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  components?: InputMaybe<Array<ArticleComponentInput>>;
  /** An empty string removes the GTIN. */
  gtin?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** What the photo shows, for people who cannot see it; up to 200 characters. */
  photoAlt?: InputMaybe<Scalars['String']['input']>;
  productLine?: InputMaybe<Scalars['String']['input']>;
  season?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Changes to an event; omitted fields stay as they are. */
export type UpdateEventInput = {
  /** Audience. */
  audience?: InputMaybe<EventAudience>;
  /** Seats; raising it gives seats to the waiting list, in order. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Description in English. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** Description in Italian. */
  descriptionIt?: InputMaybe<Scalars['String']['input']>;
  /** End. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The event. */
  id: Scalars['ID']['input'];
  /** Kind of event. */
  kind?: InputMaybe<EventKind>;
  /** Language. */
  language?: InputMaybe<EventLanguage>;
  /** Place. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** When registrations close. */
  registrationDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** Start. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Title in English. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** Title in Italian. */
  titleIt?: InputMaybe<Scalars['String']['input']>;
  /** The version read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A profile change. Absent fields stay as they are; null clears an optional field. */
export type UpdateFirmProfileInput = {
  atecoCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the firm's capabilities with exactly these. */
  capabilityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  capacityPairsPerDay?: InputMaybe<Scalars['Int']['input']>;
  certifications?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionIt?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  employees?: InputMaybe<Scalars['Int']['input']>;
  exportMarkets?: InputMaybe<Array<Scalars['String']['input']>>;
  exportShare?: InputMaybe<Scalars['Int']['input']>;
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  hamlet?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<FirmKind>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  legalForm?: InputMaybe<Scalars['String']['input']>;
  legalName?: InputMaybe<Scalars['String']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  municipality?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  productLines?: InputMaybe<Array<Scalars['String']['input']>>;
  province?: InputMaybe<Scalars['String']['input']>;
  publicFields?: InputMaybe<Array<Scalars['String']['input']>>;
  reaNumber?: InputMaybe<Scalars['String']['input']>;
  revenueBand?: InputMaybe<Scalars['String']['input']>;
  showcaseConsent?: InputMaybe<Scalars['Boolean']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
  taxCode?: InputMaybe<Scalars['String']['input']>;
  tradeName?: InputMaybe<Scalars['String']['input']>;
  vatNumber?: InputMaybe<Scalars['String']['input']>;
  /** The version the editor read; a stale one gets CONFLICT and nothing changes. */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePlanActionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  leadFirmId?: InputMaybe<Scalars['ID']['input']>;
  leadUserId?: InputMaybe<Scalars['ID']['input']>;
  objectiveId?: InputMaybe<Scalars['ID']['input']>;
  participatingFirmIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PlanActionStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePlanKpiInput = {
  baseline: Scalars['Float']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  target: Scalars['Float']['input'];
  unit: Scalars['String']['input'];
  /** The KPI's version read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdatePlanObjectiveInput = {
  /** Empty or null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  /** The objective's version read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  firmIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  phase?: InputMaybe<TaskPhase>;
  planActionId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<TaskPriority>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A person who can sign in. */
export type User = {
  __typename?: 'User';
  /** False once an ADMIN has deactivated the account: no sign-in, no session. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The sign-in e-mail address. */
  email: Scalars['String']['output'];
  /** The firm a FIRM user works for; null for the other roles. */
  firm?: Maybe<Firm>;
  id: Scalars['ID']['output'];
  /** The language of the mail this person receives: it or en. */
  language: Scalars['String']['output'];
  /** When this person last signed in. */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** Full name, as shown to colleagues. */
  name: Scalars['String']['output'];
  role: Role;
  /** Two-factor sign-in is on for this person. */
  twoFactorEnabled: Scalars['Boolean']['output'];
  /** For optimistic locking: pass it back when changing the user. */
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type VerifyClaimCodeInput = {
  code: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** What the signed-in person may do, so the web app does not recompute roles. */
export type ViewerPermissions = {
  __typename?: 'ViewerPermissions';
  /** May edit the strategic plan (ADMIN, CONSULTANT). */
  viewerCanEditPlan: Scalars['Boolean']['output'];
  /** May create, change and move start-up tasks (ADMIN, CONSULTANT). */
  viewerCanEditTasks: Scalars['Boolean']['output'];
  /** May upload and apply Chamber of Commerce registry imports (ADMIN, CONSULTANT). */
  viewerCanImportRegistry: Scalars['Boolean']['output'];
  /** May move adhesions and invite firms (ADMIN, CONSULTANT). */
  viewerCanManageAdhesions: Scalars['Boolean']['output'];
  /** May create and edit events (ADMIN, CONSULTANT). */
  viewerCanManageEvents: Scalars['Boolean']['output'];
  /** May add firms by hand and merge duplicate records (ADMIN, CONSULTANT). */
  viewerCanManageRegistry: Scalars['Boolean']['output'];
  /** May manage the own firm's traceability: articles and passports, supplier inputs, consent to be named (FIRM). */
  viewerCanManageTraceability: Scalars['Boolean']['output'];
  /** May invite users and see the user list. */
  viewerCanManageUsers: Scalars['Boolean']['output'];
  /** May open the adhesion pipeline (ADMIN, CONSULTANT, CHAMBER). */
  viewerCanReadAdhesions: Scalars['Boolean']['output'];
  /** May read the whole firm registry (all firms, all non-private fields). */
  viewerCanReadAllFirms: Scalars['Boolean']['output'];
  /** May read the audit log. */
  viewerCanReadAudit: Scalars['Boolean']['output'];
  /** May open the network contract (every signed-in person). */
  viewerCanReadContract: Scalars['Boolean']['output'];
  /** May open the member directory and firm pages (every signed-in person). */
  viewerCanReadDirectory: Scalars['Boolean']['output'];
  /** May open the events and training calendar (every signed-in person). */
  viewerCanReadEvents: Scalars['Boolean']['output'];
  /** May read the mail outbox (ADMIN). */
  viewerCanReadOutbox: Scalars['Boolean']['output'];
  /** May open the strategic plan (every signed-in person). */
  viewerCanReadPlan: Scalars['Boolean']['output'];
  /** May open the reports and export them (ADMIN, CONSULTANT, CHAMBER). */
  viewerCanReadReports: Scalars['Boolean']['output'];
  /** May open the supply chain: the district graph and its analyses. */
  viewerCanReadSupplyChain: Scalars['Boolean']['output'];
  /** May open the start-up tasks (ADMIN, CONSULTANT, CHAMBER). */
  viewerCanReadTasks: Scalars['Boolean']['output'];
  /** May review the documents of firm claims (CONSULTANT, ADMIN). */
  viewerCanReviewClaims: Scalars['Boolean']['output'];
};

export type WithdrawAdhesionInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** An amount of euros in one year. */
export type YearAmount = {
  __typename?: 'YearAmount';
  amount: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};
