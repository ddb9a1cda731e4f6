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
  name: Scalars['String']['input'];
  /** At least 12 characters. */
  password: Scalars['String']['input'];
  /** The token from the one-time link. */
  token: Scalars['String']['input'];
};

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

/** A group of the controlled vocabulary of capabilities. */
export const CapabilityGroup = {
  /** Parts and materials: soles, heels, lasts, leather… */
  Components: 'COMPONENTS',
  /** Work done on the shoe: cutting, stitching, lasting, finishing… */
  Processing: 'PROCESSING'
} as const;

export type CapabilityGroup = typeof CapabilityGroup[keyof typeof CapabilityGroup];
/** A new invitation with its one-time link; the link is shown only here, once. */
export type CreatedInvitation = {
  __typename?: 'CreatedInvitation';
  /** The one-time link to hand to the invitee. */
  acceptUrl: Scalars['String']['output'];
  invitation: Invitation;
};

/** Headline figures of the district, for the landing dashboards. */
export type DistrictSummary = {
  __typename?: 'DistrictSummary';
  /** Firms with an adhesion in any active status (not declined or withdrawn). */
  adhesionCount: Scalars['Int']['output'];
  confirmedLinkCount: Scalars['Int']['output'];
  firmCount: Scalars['Int']['output'];
  /** Firms whose adhesion is SIGNED or REGISTERED. */
  memberCount: Scalars['Int']['output'];
  shoeFactoryCount: Scalars['Int']['output'];
  supplyChainFirmCount: Scalars['Int']['output'];
};

/** A firm of the district, member of the network or not. */
export type Firm = {
  __typename?: 'Firm';
  /** The firm's adhesion to the network contract, if it started one. */
  adhesionStatus?: Maybe<AdhesionStatus>;
  /** Capabilities the firm offers. */
  capabilities: Array<Capability>;
  capacityPairsPerDay?: Maybe<Scalars['Int']['output']>;
  /** Distinct firms this firm supplies through a confirmed link. */
  customerCount: Scalars['Int']['output'];
  employees?: Maybe<Scalars['Int']['output']>;
  /** Share of turnover exported, 0–100. */
  exportShare?: Maybe<Scalars['Int']['output']>;
  /** Frazione of the municipality, e.g. Segromigno in Monte. */
  hamlet?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: FirmKind;
  /** Ragione sociale. */
  legalName: Scalars['String']['output'];
  municipality?: Maybe<Scalars['String']['output']>;
  province?: Maybe<Scalars['String']['output']>;
  /** Distinct firms with a confirmed link supplying this firm. */
  supplierCount: Scalars['Int']['output'];
  tradeName?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Partita IVA: 11 digits. */
  vatNumber: Scalars['String']['output'];
  /** Optimistic-lock version: pass it back with an update. */
  version: Scalars['Int']['output'];
  /** Whether the signed-in person may edit this firm's profile. */
  viewerCanEdit: Scalars['Boolean']['output'];
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

export type FirmFilter = {
  adhesionStatuses?: InputMaybe<Array<AdhesionStatus>>;
  hamlets?: InputMaybe<Array<Scalars['String']['input']>>;
  kinds?: InputMaybe<Array<FirmKind>>;
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
export type InviteUserInput = {
  email: Scalars['String']['input'];
  /** Required for role FIRM, forbidden for the others. */
  firmId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
};

/** The signed-in person and the current session. */
export type Me = {
  __typename?: 'Me';
  permissions: ViewerPermissions;
  /** When the session ends unless the person is active before then. */
  sessionExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation: creates the user with the chosen password and signs them in. */
  acceptInvitation: Me;
  /** Invites a person with a role (ADMIN). BAD_USER_INPUT when the e-mail is taken or the firm does not fit the role. */
  inviteUser: CreatedInvitation;
  /** Revokes a pending invitation (ADMIN). */
  revokeInvitation: Invitation;
  /**
   * Signs in with e-mail and password and sets the session cookie. Errors: UNAUTHENTICATED (wrong
   * e-mail or password), RATE_LIMITED (too many failed attempts for this account or address).
   */
  signIn: Me;
  /** Ends the current session; always succeeds, also when no one is signed in. */
  signOut: Scalars['Boolean']['output'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every mutation is authorised by a policy rule and recorded in the audit log. */
export type MutationSignInArgs = {
  input: SignInInput;
};

/** Where a page of a connection starts and ends; pass `endCursor` as `after` to read the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page, to pass as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type Query = {
  __typename?: 'Query';
  /** The audit log, newest first, optionally for one entity (ADMIN). */
  auditEntries: AuditEntryConnection;
  /** The whole vocabulary of capabilities (a few dozen), by group and code (anyone signed in). */
  capabilities: Array<Capability>;
  /** Headline figures of the district (ADMIN, CONSULTANT, CHAMBER). */
  districtSummary: DistrictSummary;
  /** One firm; NOT_FOUND when there is none with this id (signed in). */
  firm: Firm;
  /** Firms of the district by legal name; `search` matches legal name, trade name and Partita IVA (signed in). */
  firms: FirmConnection;
  /** Liveness of the API, readable by anyone. */
  health: Scalars['String']['output'];
  /** What an invitation link is for; null when the token is unknown (anyone holding the link). */
  invitationPreview?: Maybe<InvitationPreview>;
  /** Invitations, newest first, optionally only those in one status (ADMIN). */
  invitations: InvitationConnection;
  /** The signed-in person, or null for an anonymous visitor. */
  me?: Maybe<Me>;
  /** All users, by name (ADMIN). */
  users: UserConnection;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryFirmArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every field names the policy rule that lets it through; the default is to refuse. */
export type QueryFirmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FirmFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** A person who can sign in. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  /** The sign-in e-mail address. */
  email: Scalars['String']['output'];
  /** The firm a FIRM user works for; null for the other roles. */
  firm?: Maybe<Firm>;
  id: Scalars['ID']['output'];
  /** When this person last signed in. */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** Full name, as shown to colleagues. */
  name: Scalars['String']['output'];
  role: Role;
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

/** What the signed-in person may do, so the web app does not recompute roles. */
export type ViewerPermissions = {
  __typename?: 'ViewerPermissions';
  /** May invite users and see the user list. */
  viewerCanManageUsers: Scalars['Boolean']['output'];
  /** May read the whole firm registry (all firms, all non-private fields). */
  viewerCanReadAllFirms: Scalars['Boolean']['output'];
  /** May read the audit log. */
  viewerCanReadAudit: Scalars['Boolean']['output'];
};
