import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserEntity } from '../modules/user/user.entity.js';
import type { MeModel } from '../modules/auth/auth.service.js';
import type { FirmEntity } from '../modules/firm/firm.entity.js';
import type { CapabilityEntity } from '../modules/capability/capability.entity.js';
import type { InvitationEntity } from '../modules/user/invitation.entity.js';
import type { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time with offset, e.g. 2026-11-25T09:30:00.000Z. */
  DateTime: { input: Date | string; output: Date | string; }
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
export type AdhesionStatus =
  | 'DECLINED'
  | 'DOCUMENTS_REQUESTED'
  | 'INTERESTED'
  | 'INVITED'
  | 'READY_TO_SIGN'
  | 'REGISTERED'
  | 'SIGNED'
  | 'WITHDRAWN';

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
export type CapabilityGroup =
  /** Parts and materials: soles, heels, lasts, leather… */
  | 'COMPONENTS'
  /** Work done on the shoe: cutting, stitching, lasting, finishing… */
  | 'PROCESSING';

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
export type FirmKind =
  /** Componentistica: soles, heels, lasts, leather and other parts. */
  | 'COMPONENTS'
  /** Lavorazioni: cutting, stitching, lasting, finishing for factories. */
  | 'PROCESSING'
  /** Services to the district (design, logistics, consulting). */
  | 'SERVICES'
  /** Calzaturificio: makes finished shoes. */
  | 'SHOE_FACTORY';

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

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

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
export type Role =
  /** The network's manager: everything, including users and the contract. */
  | 'ADMIN'
  /** A Chamber of Commerce analyst: reads everything non-private and runs reports; changes nothing. */
  | 'CHAMBER'
  /** A start-up consultant (municipality, Chamber of Commerce): tasks, plan, adhesions; reads all firms. */
  | 'CONSULTANT'
  /** A person working for one firm: that firm's profile, links and adhesion. */
  | 'FIRM';

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



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AdhesionStatus: AdhesionStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntryEntity>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Capability: ResolverTypeWrapper<CapabilityEntity>;
  CapabilityGroup: CapabilityGroup;
  CreatedInvitation: ResolverTypeWrapper<Omit<CreatedInvitation, 'invitation'> & { invitation: ResolversTypes['Invitation'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistrictSummary: ResolverTypeWrapper<DistrictSummary>;
  Firm: ResolverTypeWrapper<FirmEntity>;
  FirmConnection: ResolverTypeWrapper<Omit<FirmConnection, 'edges'> & { edges: Array<ResolversTypes['FirmEdge']> }>;
  FirmEdge: ResolverTypeWrapper<Omit<FirmEdge, 'node'> & { node: ResolversTypes['Firm'] }>;
  FirmFilter: FirmFilter;
  FirmKind: FirmKind;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<InvitationEntity>;
  InvitationConnection: ResolverTypeWrapper<Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversTypes['InvitationEdge']> }>;
  InvitationEdge: ResolverTypeWrapper<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>;
  InvitationPreview: ResolverTypeWrapper<InvitationPreview>;
  InvitationStatus: InvitationStatus;
  InviteUserInput: InviteUserInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Me: ResolverTypeWrapper<MeModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  SignInInput: SignInInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  User: ResolverTypeWrapper<UserEntity>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  ViewerPermissions: ResolverTypeWrapper<ViewerPermissions>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AuditEntry: AuditEntryEntity;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  Capability: CapabilityEntity;
  CreatedInvitation: Omit<CreatedInvitation, 'invitation'> & { invitation: ResolversParentTypes['Invitation'] };
  DateTime: Scalars['DateTime']['output'];
  DistrictSummary: DistrictSummary;
  Firm: FirmEntity;
  FirmConnection: Omit<FirmConnection, 'edges'> & { edges: Array<ResolversParentTypes['FirmEdge']> };
  FirmEdge: Omit<FirmEdge, 'node'> & { node: ResolversParentTypes['Firm'] };
  FirmFilter: FirmFilter;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Invitation: InvitationEntity;
  InvitationConnection: Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvitationEdge']> };
  InvitationEdge: Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] };
  InvitationPreview: InvitationPreview;
  InviteUserInput: InviteUserInput;
  JSON: Scalars['JSON']['output'];
  Me: MeModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SignInInput: SignInInput;
  String: Scalars['String']['output'];
  User: UserEntity;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  ViewerPermissions: ViewerPermissions;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CapabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Capability'] = ResolversParentTypes['Capability']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['CapabilityGroup'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelIt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreatedInvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedInvitation'] = ResolversParentTypes['CreatedInvitation']> = {
  acceptUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistrictSummary'] = ResolversParentTypes['DistrictSummary']> = {
  adhesionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedLinkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firmCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shoeFactoryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplyChainFirmCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FirmResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Firm'] = ResolversParentTypes['Firm']> = {
  adhesionStatus?: Resolver<Maybe<ResolversTypes['AdhesionStatus']>, ParentType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  capacityPairsPerDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  customerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exportShare?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hamlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FirmKind'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplierCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tradeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FirmConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FirmConnection'] = ResolversParentTypes['FirmConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FirmEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FirmEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FirmEdge'] = ResolversParentTypes['FirmEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Firm'], ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firm?: Resolver<Maybe<ResolversTypes['Firm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
};

export type InvitationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvitationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
};

export type InvitationPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationPreview'] = ResolversParentTypes['InvitationPreview']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firmName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  permissions?: Resolver<ResolversTypes['ViewerPermissions'], ParentType, ContextType>;
  sessionExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['Me'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  inviteUser?: Resolver<ResolversTypes['CreatedInvitation'], ParentType, ContextType, RequireFields<MutationInviteUserArgs, 'input'>>;
  revokeInvitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  signIn?: Resolver<ResolversTypes['Me'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditEntries?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditEntriesArgs, 'first'>>;
  capabilities?: Resolver<Array<ResolversTypes['Capability']>, ParentType, ContextType>;
  districtSummary?: Resolver<ResolversTypes['DistrictSummary'], ParentType, ContextType>;
  firm?: Resolver<ResolversTypes['Firm'], ParentType, ContextType, RequireFields<QueryFirmArgs, 'id'>>;
  firms?: Resolver<ResolversTypes['FirmConnection'], ParentType, ContextType, RequireFields<QueryFirmsArgs, 'first'>>;
  health?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invitationPreview?: Resolver<Maybe<ResolversTypes['InvitationPreview']>, ParentType, ContextType, RequireFields<QueryInvitationPreviewArgs, 'token'>>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, RequireFields<QueryInvitationsArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firm?: Resolver<Maybe<ResolversTypes['Firm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ViewerPermissionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViewerPermissions'] = ResolversParentTypes['ViewerPermissions']> = {
  viewerCanManageUsers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanReadAllFirms?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanReadAudit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Capability?: CapabilityResolvers<ContextType>;
  CreatedInvitation?: CreatedInvitationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DistrictSummary?: DistrictSummaryResolvers<ContextType>;
  Firm?: FirmResolvers<ContextType>;
  FirmConnection?: FirmConnectionResolvers<ContextType>;
  FirmEdge?: FirmEdgeResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  InvitationPreview?: InvitationPreviewResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  ViewerPermissions?: ViewerPermissionsResolvers<ContextType>;
};

