/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment InvitationDetails_InvitationPreviewFragment on InvitationPreview {\n    email\n    role\n    firmName\n    expiresAt\n  }\n": typeof types.InvitationDetails_InvitationPreviewFragmentFragmentDoc,
    "\n  query InvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationDetails_InvitationPreviewFragment\n    }\n  }\n": typeof types.InvitationPageDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment AdhesionList_FirmFragment on Firm {\n    id\n    legalName\n    hamlet\n    kind\n    adhesionStatus\n  }\n": typeof types.AdhesionList_FirmFragmentFragmentDoc,
    "\n  query AdminDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    users(first: 1) {\n      ...PeopleFigures_UserConnectionFragment\n    }\n    invitations(status: PENDING, first: 1) {\n      ...PeopleFigures_InvitationConnectionFragment\n    }\n    auditEntries(first: 10) {\n      edges {\n        node {\n          id\n          ...AuditLog_AuditEntryFragment\n        }\n      }\n    }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  fragment AuditLog_AuditEntryFragment on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.AuditLog_AuditEntryFragmentFragmentDoc,
    "\n  fragment DistrictFigures_DistrictSummaryFragment on DistrictSummary {\n    firmCount\n    shoeFactoryCount\n    supplyChainFirmCount\n    adhesionCount\n    memberCount\n    confirmedLinkCount\n  }\n": typeof types.DistrictFigures_DistrictSummaryFragmentFragmentDoc,
    "\n  query FirmDashboard {\n    me {\n      user {\n        id\n        firm {\n          id\n          ...FirmProfile_FirmFragment\n        }\n      }\n    }\n  }\n": typeof types.FirmDashboardDocument,
    "\n  fragment FirmProfile_FirmFragment on Firm {\n    id\n    legalName\n    tradeName\n    vatNumber\n    kind\n    hamlet\n    municipality\n    province\n    adhesionStatus\n    supplierCount\n    customerCount\n    capabilities {\n      id\n      code\n      labelIt\n      labelEn\n    }\n  }\n": typeof types.FirmProfile_FirmFragmentFragmentDoc,
    "\n  query NetworkDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    firms(\n      filter: { adhesionStatuses: [INTERESTED, INVITED, DOCUMENTS_REQUESTED, READY_TO_SIGN] }\n      first: 10\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AdhesionList_FirmFragment\n        }\n      }\n    }\n  }\n": typeof types.NetworkDashboardDocument,
    "\n  fragment PeopleFigures_UserConnectionFragment on UserConnection {\n    totalCount\n  }\n": typeof types.PeopleFigures_UserConnectionFragmentFragmentDoc,
    "\n  fragment PeopleFigures_InvitationConnectionFragment on InvitationConnection {\n    totalCount\n  }\n": typeof types.PeopleFigures_InvitationConnectionFragmentFragmentDoc,
    "\n  fragment AppHeader_MeFragment on Me {\n    user {\n      id\n      name\n      role\n    }\n  }\n": typeof types.AppHeader_MeFragmentFragmentDoc,
    "\n  query AppLayout {\n    me {\n      user {\n        id\n        role\n      }\n      permissions {\n        viewerCanManageUsers\n      }\n      ...AppHeader_MeFragment\n      ...MainNav_MeFragment\n    }\n  }\n": typeof types.AppLayoutDocument,
    "\n  fragment MainNav_MeFragment on Me {\n    permissions {\n      viewerCanManageUsers\n    }\n  }\n": typeof types.MainNav_MeFragmentFragmentDoc,
    "\n  fragment FirmPicker_FirmFragment on Firm {\n    id\n    legalName\n    vatNumber\n    hamlet\n  }\n": typeof types.FirmPicker_FirmFragmentFragmentDoc,
    "\n  query FirmPicker($search: String!) {\n    firms(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FirmPicker_FirmFragment\n        }\n      }\n    }\n  }\n": typeof types.FirmPickerDocument,
    "\n  fragment InvitationsTable_InvitationFragment on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    firm {\n      id\n      legalName\n    }\n  }\n": typeof types.InvitationsTable_InvitationFragmentFragmentDoc,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query UsersPage {\n    users(first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UsersTable_UserFragment\n        }\n      }\n    }\n    invitations(first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...InvitationsTable_InvitationFragment\n        }\n      }\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  query UsersPageMoreUsers($after: String!) {\n    users(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UsersTable_UserFragment\n        }\n      }\n    }\n  }\n": typeof types.UsersPageMoreUsersDocument,
    "\n  query UsersPageMoreInvitations($after: String!) {\n    invitations(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...InvitationsTable_InvitationFragment\n        }\n      }\n    }\n  }\n": typeof types.UsersPageMoreInvitationsDocument,
    "\n  fragment UsersTable_UserFragment on User {\n    id\n    name\n    email\n    role\n    lastSignInAt\n    firm {\n      id\n      legalName\n    }\n  }\n": typeof types.UsersTable_UserFragmentFragmentDoc,
};
const documents: Documents = {
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment InvitationDetails_InvitationPreviewFragment on InvitationPreview {\n    email\n    role\n    firmName\n    expiresAt\n  }\n": types.InvitationDetails_InvitationPreviewFragmentFragmentDoc,
    "\n  query InvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationDetails_InvitationPreviewFragment\n    }\n  }\n": types.InvitationPageDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment AdhesionList_FirmFragment on Firm {\n    id\n    legalName\n    hamlet\n    kind\n    adhesionStatus\n  }\n": types.AdhesionList_FirmFragmentFragmentDoc,
    "\n  query AdminDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    users(first: 1) {\n      ...PeopleFigures_UserConnectionFragment\n    }\n    invitations(status: PENDING, first: 1) {\n      ...PeopleFigures_InvitationConnectionFragment\n    }\n    auditEntries(first: 10) {\n      edges {\n        node {\n          id\n          ...AuditLog_AuditEntryFragment\n        }\n      }\n    }\n  }\n": types.AdminDashboardDocument,
    "\n  fragment AuditLog_AuditEntryFragment on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": types.AuditLog_AuditEntryFragmentFragmentDoc,
    "\n  fragment DistrictFigures_DistrictSummaryFragment on DistrictSummary {\n    firmCount\n    shoeFactoryCount\n    supplyChainFirmCount\n    adhesionCount\n    memberCount\n    confirmedLinkCount\n  }\n": types.DistrictFigures_DistrictSummaryFragmentFragmentDoc,
    "\n  query FirmDashboard {\n    me {\n      user {\n        id\n        firm {\n          id\n          ...FirmProfile_FirmFragment\n        }\n      }\n    }\n  }\n": types.FirmDashboardDocument,
    "\n  fragment FirmProfile_FirmFragment on Firm {\n    id\n    legalName\n    tradeName\n    vatNumber\n    kind\n    hamlet\n    municipality\n    province\n    adhesionStatus\n    supplierCount\n    customerCount\n    capabilities {\n      id\n      code\n      labelIt\n      labelEn\n    }\n  }\n": types.FirmProfile_FirmFragmentFragmentDoc,
    "\n  query NetworkDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    firms(\n      filter: { adhesionStatuses: [INTERESTED, INVITED, DOCUMENTS_REQUESTED, READY_TO_SIGN] }\n      first: 10\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AdhesionList_FirmFragment\n        }\n      }\n    }\n  }\n": types.NetworkDashboardDocument,
    "\n  fragment PeopleFigures_UserConnectionFragment on UserConnection {\n    totalCount\n  }\n": types.PeopleFigures_UserConnectionFragmentFragmentDoc,
    "\n  fragment PeopleFigures_InvitationConnectionFragment on InvitationConnection {\n    totalCount\n  }\n": types.PeopleFigures_InvitationConnectionFragmentFragmentDoc,
    "\n  fragment AppHeader_MeFragment on Me {\n    user {\n      id\n      name\n      role\n    }\n  }\n": types.AppHeader_MeFragmentFragmentDoc,
    "\n  query AppLayout {\n    me {\n      user {\n        id\n        role\n      }\n      permissions {\n        viewerCanManageUsers\n      }\n      ...AppHeader_MeFragment\n      ...MainNav_MeFragment\n    }\n  }\n": types.AppLayoutDocument,
    "\n  fragment MainNav_MeFragment on Me {\n    permissions {\n      viewerCanManageUsers\n    }\n  }\n": types.MainNav_MeFragmentFragmentDoc,
    "\n  fragment FirmPicker_FirmFragment on Firm {\n    id\n    legalName\n    vatNumber\n    hamlet\n  }\n": types.FirmPicker_FirmFragmentFragmentDoc,
    "\n  query FirmPicker($search: String!) {\n    firms(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FirmPicker_FirmFragment\n        }\n      }\n    }\n  }\n": types.FirmPickerDocument,
    "\n  fragment InvitationsTable_InvitationFragment on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    firm {\n      id\n      legalName\n    }\n  }\n": types.InvitationsTable_InvitationFragmentFragmentDoc,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  query UsersPage {\n    users(first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UsersTable_UserFragment\n        }\n      }\n    }\n    invitations(first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...InvitationsTable_InvitationFragment\n        }\n      }\n    }\n  }\n": types.UsersPageDocument,
    "\n  query UsersPageMoreUsers($after: String!) {\n    users(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UsersTable_UserFragment\n        }\n      }\n    }\n  }\n": types.UsersPageMoreUsersDocument,
    "\n  query UsersPageMoreInvitations($after: String!) {\n    invitations(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...InvitationsTable_InvitationFragment\n        }\n      }\n    }\n  }\n": types.UsersPageMoreInvitationsDocument,
    "\n  fragment UsersTable_UserFragment on User {\n    id\n    name\n    email\n    role\n    lastSignInAt\n    firm {\n      id\n      legalName\n    }\n  }\n": types.UsersTable_UserFragmentFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationDetails_InvitationPreviewFragment on InvitationPreview {\n    email\n    role\n    firmName\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment InvitationDetails_InvitationPreviewFragment on InvitationPreview {\n    email\n    role\n    firmName\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationDetails_InvitationPreviewFragment\n    }\n  }\n"): (typeof documents)["\n  query InvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationDetails_InvitationPreviewFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdhesionList_FirmFragment on Firm {\n    id\n    legalName\n    hamlet\n    kind\n    adhesionStatus\n  }\n"): (typeof documents)["\n  fragment AdhesionList_FirmFragment on Firm {\n    id\n    legalName\n    hamlet\n    kind\n    adhesionStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    users(first: 1) {\n      ...PeopleFigures_UserConnectionFragment\n    }\n    invitations(status: PENDING, first: 1) {\n      ...PeopleFigures_InvitationConnectionFragment\n    }\n    auditEntries(first: 10) {\n      edges {\n        node {\n          id\n          ...AuditLog_AuditEntryFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    users(first: 1) {\n      ...PeopleFigures_UserConnectionFragment\n    }\n    invitations(status: PENDING, first: 1) {\n      ...PeopleFigures_InvitationConnectionFragment\n    }\n    auditEntries(first: 10) {\n      edges {\n        node {\n          id\n          ...AuditLog_AuditEntryFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLog_AuditEntryFragment on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AuditLog_AuditEntryFragment on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistrictFigures_DistrictSummaryFragment on DistrictSummary {\n    firmCount\n    shoeFactoryCount\n    supplyChainFirmCount\n    adhesionCount\n    memberCount\n    confirmedLinkCount\n  }\n"): (typeof documents)["\n  fragment DistrictFigures_DistrictSummaryFragment on DistrictSummary {\n    firmCount\n    shoeFactoryCount\n    supplyChainFirmCount\n    adhesionCount\n    memberCount\n    confirmedLinkCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmDashboard {\n    me {\n      user {\n        id\n        firm {\n          id\n          ...FirmProfile_FirmFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmDashboard {\n    me {\n      user {\n        id\n        firm {\n          id\n          ...FirmProfile_FirmFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmProfile_FirmFragment on Firm {\n    id\n    legalName\n    tradeName\n    vatNumber\n    kind\n    hamlet\n    municipality\n    province\n    adhesionStatus\n    supplierCount\n    customerCount\n    capabilities {\n      id\n      code\n      labelIt\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment FirmProfile_FirmFragment on Firm {\n    id\n    legalName\n    tradeName\n    vatNumber\n    kind\n    hamlet\n    municipality\n    province\n    adhesionStatus\n    supplierCount\n    customerCount\n    capabilities {\n      id\n      code\n      labelIt\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    firms(\n      filter: { adhesionStatuses: [INTERESTED, INVITED, DOCUMENTS_REQUESTED, READY_TO_SIGN] }\n      first: 10\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AdhesionList_FirmFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    firms(\n      filter: { adhesionStatuses: [INTERESTED, INVITED, DOCUMENTS_REQUESTED, READY_TO_SIGN] }\n      first: 10\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AdhesionList_FirmFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleFigures_UserConnectionFragment on UserConnection {\n    totalCount\n  }\n"): (typeof documents)["\n  fragment PeopleFigures_UserConnectionFragment on UserConnection {\n    totalCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleFigures_InvitationConnectionFragment on InvitationConnection {\n    totalCount\n  }\n"): (typeof documents)["\n  fragment PeopleFigures_InvitationConnectionFragment on InvitationConnection {\n    totalCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppHeader_MeFragment on Me {\n    user {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment AppHeader_MeFragment on Me {\n    user {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppLayout {\n    me {\n      user {\n        id\n        role\n      }\n      permissions {\n        viewerCanManageUsers\n      }\n      ...AppHeader_MeFragment\n      ...MainNav_MeFragment\n    }\n  }\n"): (typeof documents)["\n  query AppLayout {\n    me {\n      user {\n        id\n        role\n      }\n      permissions {\n        viewerCanManageUsers\n      }\n      ...AppHeader_MeFragment\n      ...MainNav_MeFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MainNav_MeFragment on Me {\n    permissions {\n      viewerCanManageUsers\n    }\n  }\n"): (typeof documents)["\n  fragment MainNav_MeFragment on Me {\n    permissions {\n      viewerCanManageUsers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmPicker_FirmFragment on Firm {\n    id\n    legalName\n    vatNumber\n    hamlet\n  }\n"): (typeof documents)["\n  fragment FirmPicker_FirmFragment on Firm {\n    id\n    legalName\n    vatNumber\n    hamlet\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmPicker($search: String!) {\n    firms(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FirmPicker_FirmFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmPicker($search: String!) {\n    firms(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FirmPicker_FirmFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationsTable_InvitationFragment on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    firm {\n      id\n      legalName\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationsTable_InvitationFragment on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    firm {\n      id\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage {\n    users(first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UsersTable_UserFragment\n        }\n      }\n    }\n    invitations(first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...InvitationsTable_InvitationFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersPage {\n    users(first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UsersTable_UserFragment\n        }\n      }\n    }\n    invitations(first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...InvitationsTable_InvitationFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPageMoreUsers($after: String!) {\n    users(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UsersTable_UserFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersPageMoreUsers($after: String!) {\n    users(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...UsersTable_UserFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPageMoreInvitations($after: String!) {\n    invitations(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...InvitationsTable_InvitationFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersPageMoreInvitations($after: String!) {\n    invitations(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...InvitationsTable_InvitationFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersTable_UserFragment on User {\n    id\n    name\n    email\n    role\n    lastSignInAt\n    firm {\n      id\n      legalName\n    }\n  }\n"): (typeof documents)["\n  fragment UsersTable_UserFragment on User {\n    id\n    name\n    email\n    role\n    lastSignInAt\n    firm {\n      id\n      legalName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;