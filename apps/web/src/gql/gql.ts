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
    "\n  fragment ShowMore_PageInfoFragment on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.ShowMore_PageInfoFragmentFragmentDoc,
    "\n  query AccountPage {\n    mySessions(first: 50) {\n      id\n      userAgent\n      ip\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  query AccountTwoFactor {\n    myTwoFactor {\n      enabled\n      enabledAt\n      required\n      recoveryCodesLeft\n    }\n  }\n": typeof types.AccountTwoFactorDocument,
    "\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qrCode\n    }\n  }\n": typeof types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($input: ConfirmTwoFactorInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      codes\n    }\n  }\n": typeof types.ConfirmTwoFactorEnrolmentDocument,
    "\n  fragment AdhesionBoard_AdhesionFragment on Adhesion {\n    id\n    status\n    nextStatuses\n    firm {\n      id\n      legalName\n      hamlet\n      kind\n      ceasedOn\n    }\n  }\n": typeof types.AdhesionBoard_AdhesionFragmentFragmentDoc,
    "\n  fragment AdhesionChecklist_AdhesionFragment on Adhesion {\n    stillNeeded\n    documents {\n      visuraCamerale\n      durc\n      digitalSignature\n    }\n  }\n": typeof types.AdhesionChecklist_AdhesionFragmentFragmentDoc,
    "\n  fragment AdhesionCounters_AdhesionCountersFragment on AdhesionCounters {\n    inProgress\n    signed\n    registered\n    districtTotal\n  }\n": typeof types.AdhesionCounters_AdhesionCountersFragmentFragmentDoc,
    "\n  query AdhesionDetailPage($id: ID!) {\n    adhesion(id: $id) {\n      id\n      status\n      contributionEur\n      legalRepresentative\n      nextStatuses\n      viewerCanManage\n      firm {\n        id\n        legalName\n        hamlet\n        kind\n        ceasedOn\n      }\n      ...AdhesionChecklist_AdhesionFragment\n      transitions(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            from\n            to\n            note\n            at\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdhesionDetailPageDocument,
    "\n  query AdhesionsAccess {\n    me {\n      permissions {\n        viewerCanReadAdhesions\n        viewerCanManageAdhesions\n      }\n    }\n  }\n": typeof types.AdhesionsAccessDocument,
    "\n  fragment AdhesionsPage_AdhesionConnectionFragment on AdhesionConnection {\n    totalCount\n    pageInfo {\n      ...ShowMore_PageInfoFragment @unmask\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AdhesionBoard_AdhesionFragment\n      }\n    }\n  }\n": typeof types.AdhesionsPage_AdhesionConnectionFragmentFragmentDoc,
    "\n  query AdhesionsPage($filter: AdhesionFilter) {\n    adhesionCounters {\n      ...AdhesionCounters_AdhesionCountersFragment\n    }\n    adhesionHamlets\n    adhesions(filter: $filter, first: 100) {\n      ...AdhesionsPage_AdhesionConnectionFragment @unmask\n    }\n  }\n": typeof types.AdhesionsPageDocument,
    "\n  query AdhesionsPageMore($filter: AdhesionFilter, $after: String!) {\n    adhesions(filter: $filter, first: 100, after: $after) {\n      ...AdhesionsPage_AdhesionConnectionFragment @unmask\n    }\n  }\n": typeof types.AdhesionsPageMoreDocument,
    "\n  fragment FirmAdhesionCard_AdhesionFragment on Adhesion {\n    id\n    version\n    status\n    contributionEur\n    viewerCanWithdraw\n    ...AdhesionChecklist_AdhesionFragment\n  }\n": typeof types.FirmAdhesionCard_AdhesionFragmentFragmentDoc,
    "\n  mutation ExpressInterest {\n    expressInterest {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  mutation WithdrawOwnAdhesion($input: WithdrawAdhesionInput!) {\n    withdrawAdhesion(input: $input) {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n": typeof types.WithdrawOwnAdhesionDocument,
    "\n  mutation InviteFirmsToNetwork($input: InviteFirmsToNetworkInput!) {\n    inviteFirmsToNetwork(input: $input) {\n      invitedCount\n    }\n  }\n": typeof types.InviteFirmsToNetworkDocument,
    "\n  query InviteFirmsCount($filter: AdhesionFilter!) {\n    adhesions(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.InviteFirmsCountDocument,
    "\n  fragment MoveAdhesionDialog_AdhesionFragment on Adhesion {\n    id\n    version\n    status\n    nextStatuses\n    contributionEur\n    legalRepresentative\n    documents {\n      visuraCamerale\n      durc\n      digitalSignature\n    }\n    firm {\n      id\n      legalName\n    }\n  }\n": typeof types.MoveAdhesionDialog_AdhesionFragmentFragmentDoc,
    "\n  query MoveAdhesionDialog($id: ID!) {\n    adhesion(id: $id) {\n      id\n      ...MoveAdhesionDialog_AdhesionFragment\n    }\n  }\n": typeof types.MoveAdhesionDialogDocument,
    "\n  mutation MoveAdhesion($input: MoveAdhesionInput!) {\n    moveAdhesion(input: $input) {\n      id\n      ...MoveAdhesionDialog_AdhesionFragment\n    }\n  }\n": typeof types.MoveAdhesionDocument,
    "\n  subscription AdhesionChanged {\n    adhesionChanged {\n      id\n      ...AdhesionBoard_AdhesionFragment\n    }\n  }\n": typeof types.AdhesionChangedDocument,
    "\n  fragment ArticleForm_ArticleFragment on Article {\n    id\n    version\n    code\n    name\n    productLine\n    season\n    gtin\n    status\n    passportUrl\n    photoAlt\n    ...ArticlePhoto_ArticleFragment\n    components {\n      id\n      capability {\n        id\n      }\n      supplier {\n        id\n      }\n      outsideCountry\n      outsideRegion\n      material\n      composition {\n        material\n        percent\n      }\n      originCountry\n      originRegion\n      weightSharePercent\n      certifications\n    }\n  }\n": typeof types.ArticleForm_ArticleFragmentFragmentDoc,
    "\n  query ArticleEditor($id: ID!, $existing: Boolean!) {\n    capabilities {\n      id\n      code\n      labelIt\n      labelEn\n    }\n    articleSupplierChoices {\n      supplier {\n        id\n        legalName\n        tradeName\n      }\n      capability {\n        id\n      }\n    }\n    article(id: $id) @include(if: $existing) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": typeof types.ArticleEditorDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": typeof types.UpdateArticleDocument,
    "\n  mutation PublishArticle($id: ID!, $version: Int!) {\n    publishArticle(id: $id, version: $version) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": typeof types.PublishArticleDocument,
    "\n  mutation UnpublishArticle($id: ID!, $version: Int!) {\n    unpublishArticle(id: $id, version: $version) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": typeof types.UnpublishArticleDocument,
    "\n  fragment InputsCard_SettingsFragment on TraceabilitySettings {\n    inputs {\n      id\n      capability {\n        id\n      }\n      inputCapability {\n        id\n        labelIt\n        labelEn\n      }\n      inputSupplier {\n        id\n        legalName\n      }\n      outsideCountry\n      outsideRegion\n      material\n      originCountry\n      originRegion\n      sharePercent\n    }\n    upstreamChoices {\n      supplier {\n        id\n        legalName\n        tradeName\n      }\n      capability {\n        id\n      }\n    }\n  }\n": typeof types.InputsCard_SettingsFragmentFragmentDoc,
    "\n  mutation SetSupplierInputs($input: SetSupplierInputsInput!) {\n    setSupplierInputs(input: $input) {\n      ...InputsCard_SettingsFragment\n    }\n  }\n": typeof types.SetSupplierInputsDocument,
    "\n  fragment ArticlePhoto_ArticleFragment on Article {\n    id\n    name\n    photoUrl\n    photoAlt\n  }\n": typeof types.ArticlePhoto_ArticleFragmentFragmentDoc,
    "\n  query TraceabilityPage {\n    me {\n      user {\n        id\n        firm {\n          id\n          kind\n        }\n      }\n    }\n    traceabilitySettings {\n      passportNamePublic\n      ...InputsCard_SettingsFragment\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": typeof types.TraceabilityPageDocument,
    "\n  query FactoryArticles($firmId: ID!) {\n    articles(firmId: $firmId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          traceability {\n            tiers {\n              tier\n              tracedWeightPercent\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FactoryArticlesDocument,
    "\n  mutation SetPassportNameConsent($namePublic: Boolean!) {\n    setPassportNameConsent(namePublic: $namePublic) {\n      passportNamePublic\n    }\n  }\n": typeof types.SetPassportNameConsentDocument,
    "\n  fragment AtecoPicker_AtecoCodeFragment on AtecoCode {\n    code\n    titleIt\n    titleEn\n  }\n": typeof types.AtecoPicker_AtecoCodeFragmentFragmentDoc,
    "\n  query AtecoPickerSearch($search: String!) {\n    atecoCodes(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          ...AtecoPicker_AtecoCodeFragment @unmask\n        }\n      }\n    }\n  }\n": typeof types.AtecoPickerSearchDocument,
    "\n  query AtecoPickerChip($code: String!) {\n    atecoCode(code: $code) {\n      ...AtecoPicker_AtecoCodeFragment @unmask\n    }\n  }\n": typeof types.AtecoPickerChipDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  fragment InvitationDetails_InvitationPreviewFragment on InvitationPreview {\n    email\n    role\n    firmName\n    expiresAt\n  }\n": typeof types.InvitationDetails_InvitationPreviewFragmentFragmentDoc,
    "\n  query InvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationDetails_InvitationPreviewFragment\n    }\n  }\n": typeof types.InvitationPageDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.CompleteSignInDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ClaimProgress_ClaimFragment on Claim {\n    id\n    status\n    email\n    pecHint\n    codeExpiresAt\n    triesLeft\n  }\n": typeof types.ClaimProgress_ClaimFragmentFragmentDoc,
    "\n  mutation StartClaim($input: StartClaimInput!) {\n    startClaim(input: $input) {\n      token\n      claim {\n        id\n        ...ClaimProgress_ClaimFragment\n      }\n    }\n  }\n": typeof types.StartClaimDocument,
    "\n  mutation VerifyClaimCode($input: VerifyClaimCodeInput!) {\n    verifyClaimCode(input: $input) {\n      id\n      ...ClaimProgress_ClaimFragment\n    }\n  }\n": typeof types.VerifyClaimCodeDocument,
    "\n  query FirmClaimRequests {\n    firmClaimRequests {\n      id\n      version\n      name\n      roleInFirm\n      email\n    }\n  }\n": typeof types.FirmClaimRequestsDocument,
    "\n  mutation DecideClaim($input: ReviewClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DecideClaimDocument,
    "\n  query ClaimReviewQueue($after: String) {\n    claimReviewQueue(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          name\n          roleInFirm\n          email\n          documentKind\n          documentUrl\n          createdAt\n          firm {\n            id\n            name\n            municipality\n            vatNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimReviewQueueDocument,
    "\n  mutation ReviewClaim($input: ReviewClaimInput!) {\n    reviewClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ReviewClaimDocument,
    "\n  query ClaimableFirms($search: String!) {\n    claimableFirms(search: $search) {\n      id\n      name\n      municipality\n      vatNumber\n      pecHint\n    }\n  }\n": typeof types.ClaimableFirmsDocument,
    "\n  query FirmPeople {\n    firmPeople {\n      viewerIsManager\n      people {\n        id\n        version\n        name\n        email\n        isManager\n        viewerCanRemove\n      }\n    }\n  }\n": typeof types.FirmPeopleDocument,
    "\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteColleagueDocument,
    "\n  mutation RemoveColleague($input: RemoveColleagueInput!) {\n    removeColleague(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveColleagueDocument,
    "\n  fragment ContractEditor_NetworkContractFragment on NetworkContract {\n    id\n    version\n    status\n    type\n    viewerCanEdit\n    referenceFirm {\n      id\n      legalName\n    }\n    document {\n      title\n      objectives {\n        title\n        measure\n      }\n      programme {\n        activities\n        rights\n        obligations\n      }\n      duration {\n        years\n        notes\n      }\n      joining\n      organoComune {\n        present\n        composition\n        powers\n        replacement\n      }\n      decisionRules\n      commonFund {\n        present\n        contributions\n        management\n      }\n      withdrawalExclusion\n    }\n    participants(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          hamlet\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ContractEditor_NetworkContractFragmentFragmentDoc,
    "\n  mutation SaveContractDraft($input: SaveContractDraftInput!) {\n    saveContractDraft(input: $input) {\n      id\n      version\n      revisions(first: 1) {\n        edges {\n          node {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.SaveContractDraftDocument,
    "\n  query ContractPage {\n    networkContract {\n      id\n      status\n      viewerCanEdit\n      ...ContractStatusBar_NetworkContractFragment\n      ...MissingElements_NetworkContractFragment\n      ...ContractEditor_NetworkContractFragment\n      ...SectionComments_NetworkContractFragment\n      ...ContractRevisions_NetworkContractFragment\n    }\n    adhesionCounters {\n      ...AdhesionCounters_AdhesionCountersFragment\n    }\n  }\n": typeof types.ContractPageDocument,
    "\n  fragment ContractRevisions_NetworkContractFragment on NetworkContract {\n    revisions(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          changeSummary\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContractRevisions_NetworkContractFragmentFragmentDoc,
    "\n  query ContractRevisionDiff($fromId: ID!, $toId: ID!, $language: ContractLanguage) {\n    networkContract {\n      id\n      revisionDiff(fromId: $fromId, toId: $toId, language: $language) {\n        from {\n          id\n          number\n        }\n        to {\n          id\n          number\n        }\n        sections {\n          section\n          before\n          after\n          changed\n        }\n      }\n    }\n  }\n": typeof types.ContractRevisionDiffDocument,
    "\n  fragment ContractStatusBar_NetworkContractFragment on NetworkContract {\n    id\n    version\n    status\n    nextStatuses\n    registrationNumber\n    registrationDate\n    viewerCanEdit\n  }\n": typeof types.ContractStatusBar_NetworkContractFragmentFragmentDoc,
    "\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) {\n      id\n      ...ContractStatusBar_NetworkContractFragment\n    }\n  }\n": typeof types.ChangeContractStatusDocument,
    "\n  fragment MissingElements_NetworkContractFragment on NetworkContract {\n    status\n    viewerCanEdit\n    missingElements {\n      element\n      field\n      section\n    }\n  }\n": typeof types.MissingElements_NetworkContractFragmentFragmentDoc,
    "\n  fragment SectionComments_NetworkContractFragment on NetworkContract {\n    viewerCanComment\n    comments(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          section\n          body\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SectionComments_NetworkContractFragmentFragmentDoc,
    "\n  mutation AddContractComment($input: AddContractCommentInput!) {\n    addContractComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddContractCommentDocument,
    "\n  fragment AdhesionList_FirmFragment on Firm {\n    id\n    legalName\n    hamlet\n    kind\n    adhesionStatus\n  }\n": typeof types.AdhesionList_FirmFragmentFragmentDoc,
    "\n  query AdminDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    users(first: 1) {\n      ...PeopleFigures_UserConnectionFragment\n    }\n    invitations(status: PENDING, first: 1) {\n      ...PeopleFigures_InvitationConnectionFragment\n    }\n    auditEntries(first: 10) {\n      edges {\n        node {\n          id\n          ...AuditLog_AuditEntryFragment\n        }\n      }\n    }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  fragment AuditLog_AuditEntryFragment on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.AuditLog_AuditEntryFragmentFragmentDoc,
    "\n  fragment DistrictFigures_DistrictSummaryFragment on DistrictSummary {\n    firmCount\n    shoeFactoryCount\n    supplyChainFirmCount\n    inProgressCount\n    memberCount\n    confirmedLinkCount\n  }\n": typeof types.DistrictFigures_DistrictSummaryFragmentFragmentDoc,
    "\n  query FirmDashboard {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    myAdhesion {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n": typeof types.FirmDashboardDocument,
    "\n  query NetworkDashboard($inProgress: [AdhesionStatus!]!) {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    firms(filter: { adhesionStatuses: $inProgress }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AdhesionList_FirmFragment\n        }\n      }\n    }\n  }\n": typeof types.NetworkDashboardDocument,
    "\n  fragment PeopleFigures_UserConnectionFragment on UserConnection {\n    totalCount\n  }\n": typeof types.PeopleFigures_UserConnectionFragmentFragmentDoc,
    "\n  fragment PeopleFigures_InvitationConnectionFragment on InvitationConnection {\n    totalCount\n  }\n": typeof types.PeopleFigures_InvitationConnectionFragmentFragmentDoc,
    "\n  fragment EventCard_EventFragment on Event {\n    id\n    ...EventFields_EventFragment @unmask\n    registrationOpen\n    confirmedCount\n    waitlistCount\n    viewerCanRegister\n    registrations {\n      id\n      version\n      personName\n      status\n      waitlistPosition\n      firm {\n        id\n        legalName\n      }\n    }\n  }\n": typeof types.EventCard_EventFragmentFragmentDoc,
    "\n  mutation CancelEventRegistration($id: ID!, $version: Int!) {\n    cancelEventRegistration(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.CancelEventRegistrationDocument,
    "\n  fragment EventFields_EventFragment on Event {\n    kind\n    titleIt\n    titleEn\n    descriptionIt\n    descriptionEn\n    startsAt\n    endsAt\n    registrationDeadline\n    place\n    capacity\n    language\n    audience\n  }\n": typeof types.EventFields_EventFragmentFragmentDoc,
    "\n  fragment EventForm_EventFragment on Event {\n    id\n    version\n    ...EventFields_EventFragment @unmask\n  }\n": typeof types.EventForm_EventFragmentFragmentDoc,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      ...EventForm_EventFragment\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  query EventFormLatest($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventForm_EventFragment\n    }\n  }\n": typeof types.EventFormLatestDocument,
    "\n  query EventsPage($from: DateTime, $to: DateTime, $first: Int) {\n    me {\n      permissions {\n        viewerCanManageEvents\n      }\n    }\n    events(from: $from, to: $to, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          titleIt\n          titleEn\n          startsAt\n          ...EventCard_EventFragment\n          ...EventForm_EventFragment\n        }\n      }\n    }\n  }\n": typeof types.EventsPageDocument,
    "\n  mutation RegisterForEvent($input: RegisterForEventInput!) {\n    registerForEvent(input: $input) {\n      id\n      personName\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  query AddFirmPermission {\n    me {\n      permissions {\n        viewerCanManageRegistry\n      }\n    }\n  }\n": typeof types.AddFirmPermissionDocument,
    "\n  query SimilarFirms($name: String!, $municipality: String, $vatNumber: String) {\n    similarFirms(name: $name, municipality: $municipality, vatNumber: $vatNumber) {\n      similarity\n      sameVatNumber\n      firm {\n        id\n        legalName\n        ...FirmFacts_FirmFragment\n      }\n    }\n  }\n": typeof types.SimilarFirmsDocument,
    "\n  mutation AddFirm($input: AddFirmInput!) {\n    addFirm(input: $input) {\n      id\n    }\n  }\n": typeof types.AddFirmDocument,
    "\n  fragment FirmFacts_FirmFragment on Firm {\n    municipality\n    vatNumber\n    ceasedOn\n  }\n": typeof types.FirmFacts_FirmFragmentFragmentDoc,
    "\n  query PickFirms($name: String!, $vatNumber: String) {\n    similarFirms(name: $name, vatNumber: $vatNumber) {\n      firm {\n        id\n        legalName\n        ...FirmFacts_FirmFragment\n      }\n    }\n  }\n": typeof types.PickFirmsDocument,
    "\n  query MergePermission {\n    me {\n      permissions {\n        viewerCanManageRegistry\n      }\n    }\n  }\n": typeof types.MergePermissionDocument,
    "\n  query MergePreview($survivorId: ID!, $mergedId: ID!) {\n    firmMergePreview(survivorId: $survivorId, mergedId: $mergedId) {\n      survivor {\n        id\n        legalName\n        version\n      }\n      merged {\n        id\n        legalName\n        version\n      }\n      fields {\n        field\n        survivorValue\n        mergedValue\n        differs\n      }\n      moves {\n        key\n        count\n      }\n      linksBetween\n      duplicateLinks\n    }\n  }\n": typeof types.MergePreviewDocument,
    "\n  mutation MergeFirms($input: MergeFirmsInput!) {\n    mergeFirms(input: $input) {\n      survivor {\n        id\n      }\n    }\n  }\n": typeof types.MergeFirmsDocument,
    "\n  query RegistryActions {\n    me {\n      permissions {\n        viewerCanManageRegistry\n        viewerCanReviewClaims\n      }\n    }\n  }\n": typeof types.RegistryActionsDocument,
    "\n  fragment CompletenessMeter_FirmFragment on Firm {\n    id\n    completeness {\n      percent\n      missing\n    }\n  }\n": typeof types.CompletenessMeter_FirmFragmentFragmentDoc,
    "\n  query DirectoryFacets($filter: FirmFilter, $search: String) {\n    firmFacets(filter: $filter, search: $search) {\n      kinds {\n        value\n        count\n      }\n      capabilities {\n        value\n        count\n      }\n      hamlets {\n        value\n        count\n      }\n      adhesionStatuses {\n        value\n        count\n      }\n      certifications {\n        value\n        count\n      }\n      exportMarkets {\n        value\n        count\n      }\n      employeesRanges {\n        min\n        max\n        count\n      }\n      ceasedCount\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": typeof types.DirectoryFacetsDocument,
    "\n  query FirmEditPage($id: ID!) {\n    firm(id: $id) {\n      id\n      legalName\n      viewerCanEdit\n      ...FirmEditor_FirmFragment\n    }\n    ...FirmEditor_QueryFragment\n  }\n": typeof types.FirmEditPageDocument,
    "\n  fragment FirmEditor_FirmFragment on Firm {\n    id\n    ...CompletenessMeter_FirmFragment\n    ...FirmProfileForm_FirmFragment\n    ...LogoUpload_FirmFragment\n    ...FirmHistory_FirmFragment\n  }\n": typeof types.FirmEditor_FirmFragmentFragmentDoc,
    "\n  fragment FirmEditor_QueryFragment on Query {\n    capabilities {\n      id\n      ...FirmProfileForm_CapabilityFragment\n    }\n  }\n": typeof types.FirmEditor_QueryFragmentFragmentDoc,
    "\n  fragment FirmHistory_PageFragment on AuditEntryConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        action\n        changes\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FirmHistory_PageFragmentFragmentDoc,
    "\n  fragment FirmHistory_FirmFragment on Firm {\n    id\n    history(first: 20) {\n      totalCount\n      ...FirmHistory_PageFragment\n    }\n  }\n": typeof types.FirmHistory_FirmFragmentFragmentDoc,
    "\n  query FirmHistoryMore($id: ID!, $after: String!) {\n    firm(id: $id) {\n      id\n      history(first: 20, after: $after) {\n        ...FirmHistory_PageFragment\n      }\n    }\n  }\n": typeof types.FirmHistoryMoreDocument,
    "\n  query FirmPage($id: ID!) {\n    firm(id: $id) {\n      id\n      legalName\n      ceasedOn\n      viewerCanEdit\n      ...FirmDetails_FirmFragment\n      suppliers {\n        ...FirmLinks_GroupFragment\n      }\n      customers {\n        ...FirmLinks_GroupFragment\n      }\n    }\n  }\n": typeof types.FirmPageDocument,
    "\n  fragment FirmDetails_FirmFragment on Firm {\n    id\n    ...FirmProfileFields_FirmFragment @unmask\n    logoUrl\n    adhesionStatus\n    viewerCanReadPrivate\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": typeof types.FirmDetails_FirmFragmentFragmentDoc,
    "\n  fragment FirmLinks_GroupFragment on FirmLinkGroup {\n    capability {\n      id\n      labelIt\n      labelEn\n    }\n    links {\n      sharePercent\n      yearlyVolumePairs\n      firm {\n        id\n        legalName\n        hamlet\n      }\n    }\n  }\n": typeof types.FirmLinks_GroupFragmentFragmentDoc,
    "\n  fragment FirmProfileForm_FirmFragment on Firm {\n    id\n    version\n    ...FirmProfileFields_FirmFragment @unmask\n    capabilities {\n      id\n    }\n    latitude\n    longitude\n    showcaseConsent\n    publicFields\n  }\n": typeof types.FirmProfileForm_FirmFragmentFragmentDoc,
    "\n  fragment FirmProfileForm_CapabilityFragment on Capability {\n    id\n    code\n    labelIt\n    labelEn\n    group\n  }\n": typeof types.FirmProfileForm_CapabilityFragmentFragmentDoc,
    "\n  fragment FirmsMap_FirmFragment on Firm {\n    id\n    legalName\n    latitude\n    longitude\n  }\n": typeof types.FirmsMap_FirmFragmentFragmentDoc,
    "\n  query FirmsPage($filter: FirmFilter, $search: String, $orderBy: FirmOrder, $after: String) {\n    firms(filter: $filter, search: $search, orderBy: $orderBy, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FirmsTable_FirmFragment\n          ...FirmsMap_FirmFragment\n        }\n      }\n    }\n  }\n": typeof types.FirmsPageDocument,
    "\n  fragment FirmsTable_FirmFragment on Firm {\n    id\n    legalName\n    tradeName\n    kind\n    hamlet\n    municipality\n    employees\n    adhesionStatus\n    ceasedOn\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": typeof types.FirmsTable_FirmFragmentFragmentDoc,
    "\n  fragment LogoUpload_FirmFragment on Firm {\n    id\n    legalName\n    logoUrl\n  }\n": typeof types.LogoUpload_FirmFragmentFragmentDoc,
    "\n  mutation UpdateFirmProfile($input: UpdateFirmProfileInput!) {\n    updateFirmProfile(input: $input) {\n      id\n      ...FirmProfileForm_FirmFragment\n      ...CompletenessMeter_FirmFragment\n      ...FirmHistory_FirmFragment\n    }\n  }\n": typeof types.UpdateFirmProfileDocument,
    "\n  query FirmProfileLatest($id: ID!) {\n    firm(id: $id) {\n      id\n      ...FirmProfileForm_FirmFragment\n    }\n  }\n": typeof types.FirmProfileLatestDocument,
    "\n  fragment FirmProfileFields_FirmFragment on Firm {\n    legalName\n    tradeName\n    vatNumber\n    taxCode\n    reaNumber\n    legalForm\n    atecoCodes\n    kind\n    descriptionIt\n    descriptionEn\n    productLines\n    employees\n    revenueBand\n    foundedYear\n    capacityPairsPerDay\n    exportShare\n    exportMarkets\n    certifications\n    street\n    postcode\n    hamlet\n    municipality\n    province\n    website\n    email\n    phone\n  }\n": typeof types.FirmProfileFields_FirmFragmentFragmentDoc,
    "\n  query NotificationBell {\n    unreadNotificationCount\n  }\n": typeof types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  fragment NotificationsPage_NotificationPage on NotificationConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        params\n        path\n        createdAt\n        readAt\n        supplyLink {\n          id\n          ...PendingRequests_SupplyLinkFragment\n        }\n      }\n    }\n  }\n": typeof types.NotificationsPage_NotificationPageFragmentDoc,
    "\n  query NotificationsPage($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      ...NotificationsPage_NotificationPage\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      count\n      unreadCount\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  subscription SupplyLinkChanged {\n    supplyLinkChanged {\n      id\n      status\n      version\n      viewerCanDecide\n      viewerCanEnd\n    }\n  }\n": typeof types.SupplyLinkChangedDocument,
    "\n  fragment ActionBudgetForm_PlanActionFragment on PlanAction {\n    id\n    version\n    budget {\n      year\n      fundingSource\n      amount\n    }\n    plan {\n      id\n      status\n      years\n    }\n  }\n": typeof types.ActionBudgetForm_PlanActionFragmentFragmentDoc,
    "\n  mutation SetPlanActionBudget($input: SetPlanActionBudgetInput!) {\n    setPlanActionBudget(input: $input) {\n      id\n      version\n      budgetTotal\n    }\n  }\n": typeof types.SetPlanActionBudgetDocument,
    "\n  fragment ActionEditForm_PlanActionFragment on PlanAction {\n    id\n    version\n    axis\n    title\n    description\n    startDate\n    endDate\n    status\n    objective {\n      id\n    }\n    leadFirm {\n      id\n      legalName\n    }\n    leadUser {\n      id\n    }\n    participatingFirms {\n      id\n      legalName\n    }\n    plan {\n      id\n      years\n      axes {\n        axis\n        objectives {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ActionEditForm_PlanActionFragmentFragmentDoc,
    "\n  query ActionLeadUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": typeof types.ActionLeadUsersDocument,
    "\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {\n    updatePlanAction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdatePlanActionDocument,
    "\n  mutation CreatePlanAction($input: CreatePlanActionInput!) {\n    createPlanAction(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreatePlanActionDocument,
    "\n  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {\n    createStrategicPlan(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateStrategicPlanDocument,
    "\n  mutation SetKpiActual($input: SetKpiActualInput!) {\n    setKpiActual(input: $input) {\n      id\n      version\n      attainment\n      actuals {\n        year\n        value\n      }\n    }\n  }\n": typeof types.SetKpiActualDocument,
    "\n  mutation AddPlanKpi($input: AddPlanKpiInput!) {\n    addPlanKpi(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddPlanKpiDocument,
    "\n  mutation UpdatePlanKpi($input: UpdatePlanKpiInput!) {\n    updatePlanKpi(input: $input) {\n      id\n      version\n      name\n      unit\n      baseline\n      target\n      attainment\n    }\n  }\n": typeof types.UpdatePlanKpiDocument,
    "\n  mutation CreatePlanObjective($input: CreatePlanObjectiveInput!) {\n    createPlanObjective(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreatePlanObjectiveDocument,
    "\n  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {\n    updatePlanObjective(input: $input) {\n      id\n      version\n      title\n      description\n    }\n  }\n": typeof types.UpdatePlanObjectiveDocument,
    "\n  query PlanActionDetail($id: ID!) {\n    planAction(id: $id) {\n      id\n      title\n      description\n      axis\n      status\n      startDate\n      endDate\n      budgetTotal\n      viewerCanRequestToJoin\n      viewerCanDecideJoinRequests\n      viewerCanEdit\n      version\n      ...ActionEditForm_PlanActionFragment\n      ...ActionBudgetForm_PlanActionFragment\n      objective {\n        id\n        title\n      }\n      plan {\n        id\n        title\n        years\n      }\n      leadFirm {\n        id\n        legalName\n      }\n      leadUser {\n        id\n        name\n      }\n      participatingFirms {\n        id\n        legalName\n      }\n      budget {\n        year\n        fundingSource\n        amount\n      }\n      kpis {\n        id\n        name\n        unit\n        baseline\n        target\n        attainment\n        version\n        actuals {\n          year\n          value\n        }\n      }\n      joinRequests {\n        id\n        status\n        note\n        version\n        createdAt\n        firm {\n          id\n          legalName\n        }\n      }\n    }\n  }\n": typeof types.PlanActionDetailDocument,
    "\n  mutation RequestToJoinPlanAction($input: RequestToJoinPlanActionInput!) {\n    requestToJoinPlanAction(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestToJoinPlanActionDocument,
    "\n  mutation DecidePlanJoinRequest($input: DecidePlanJoinRequestInput!) {\n    decidePlanJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DecidePlanJoinRequestDocument,
    "\n  fragment PlanBudgetTable_PlanFragment on StrategicPlan {\n    years\n    budgetTotal\n    yearTotals {\n      year\n      amount\n    }\n    axes {\n      axis\n      total\n      yearTotals {\n        year\n        amount\n      }\n    }\n  }\n": typeof types.PlanBudgetTable_PlanFragmentFragmentDoc,
    "\n  fragment PlanGantt_ActionFragment on PlanAction {\n    id\n    title\n    axis\n    status\n    startDate\n    endDate\n  }\n": typeof types.PlanGantt_ActionFragmentFragmentDoc,
    "\n  query PlanGantt($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      years\n      actions(first: 100) {\n        edges {\n          node {\n            ...PlanGantt_ActionFragment\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanGanttDocument,
    "\n  query PlanPage {\n    me {\n      permissions {\n        viewerCanEditPlan\n      }\n    }\n    strategicPlans {\n      id\n      title\n      startYear\n      endYear\n    }\n  }\n": typeof types.PlanPageDocument,
    "\n  query PlanOverview($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      title\n      description\n      years\n      status\n      nextStatuses\n      viewerCanEdit\n      version\n      ...PlanBudgetTable_PlanFragment\n      axes {\n        axis\n        actionCount\n        objectives {\n          id\n          axis\n          title\n          description\n          version\n        }\n      }\n      actions(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            axis\n            status\n            startDate\n            endDate\n            budgetTotal\n            leadFirm {\n              id\n              legalName\n            }\n            leadUser {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanOverviewDocument,
    "\n  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {\n    changeStrategicPlanStatus(input: $input) {\n      id\n      status\n      version\n      nextStatuses\n      viewerCanEdit\n    }\n  }\n": typeof types.ChangePlanStatusDocument,
    "\n  query PlanRevisions($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      revisions(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            before\n            after\n            createdAt\n            action {\n              id\n              title\n            }\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanRevisionsDocument,
    "\n  query ImportProblems($id: ID!, $after: String) {\n    registryImport(id: $id) {\n      id\n      problems(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            line\n            reasons {\n              code\n              column\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportProblemsDocument,
    "\n  query ImportRows($id: ID!, $filter: RegistryImportRowFilter!, $after: String) {\n    registryImport(id: $id) {\n      id\n      rows(first: 50, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            line\n            action\n            legalName\n            vatNumber\n            atecoCodes\n            ateco2007 {\n              from\n              to\n            }\n            kind\n            review {\n              code\n              value\n            }\n            firm {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportRowsDocument,
    "\n  mutation SetRegistryImportRowKind($input: SetRegistryImportRowKindInput!) {\n    setRegistryImportRowKind(input: $input) {\n      id\n      version\n      kindCounts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.SetRegistryImportRowKindDocument,
    "\n  fragment RegistryImportJob_RegistryImportFragment on RegistryImport {\n    id\n    version\n    status\n    fileName\n    format\n    encoding\n    separator\n    columns\n    mapping {\n      column\n      field\n    }\n    rowCount\n    newCount\n    updatedCount\n    unchangedCount\n    invalidCount\n    reviewCount\n    kindCounts {\n      kind\n      count\n    }\n    failureReason\n    failureMessage\n    interruptedPhase\n    interruptedAt\n    progress {\n      processed\n      total\n    }\n  }\n": typeof types.RegistryImportJob_RegistryImportFragmentFragmentDoc,
    "\n  mutation PreviewRegistryImport($input: PreviewRegistryImportInput!) {\n    previewRegistryImport(input: $input) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n": typeof types.PreviewRegistryImportDocument,
    "\n  mutation ApplyRegistryImport($input: ApplyRegistryImportInput!) {\n    applyRegistryImport(input: $input) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n": typeof types.ApplyRegistryImportDocument,
    "\n  query RegistryImportProgress($id: ID!) {\n    registryImport(id: $id) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n": typeof types.RegistryImportProgressDocument,
    "\n  fragment RegistryImportPage_ImportPage on RegistryImportConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...RegistryImportsTable_RegistryImportFragment\n      }\n    }\n  }\n": typeof types.RegistryImportPage_ImportPageFragmentDoc,
    "\n  query RegistryImportPage($id: ID!, $withImport: Boolean!) {\n    me {\n      permissions {\n        viewerCanImportRegistry\n      }\n    }\n    registryImport(id: $id) @include(if: $withImport) {\n      id\n      fileName\n      ...RegistryImportJob_RegistryImportFragment\n    }\n    registryImports(first: 20) {\n      ...RegistryImportPage_ImportPage\n    }\n  }\n": typeof types.RegistryImportPageDocument,
    "\n  query RegistryImportPageMore($after: String!) {\n    registryImports(first: 20, after: $after) {\n      ...RegistryImportPage_ImportPage\n    }\n  }\n": typeof types.RegistryImportPageMoreDocument,
    "\n  fragment RegistryImportsTable_RegistryImportFragment on RegistryImport {\n    id\n    fileName\n    status\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    newCount\n    updatedCount\n    unchangedCount\n    invalidCount\n  }\n": typeof types.RegistryImportsTable_RegistryImportFragmentFragmentDoc,
    "\n  fragment AdhesionsReport_ReportFragment on Report {\n    adhesionFunnel {\n      status\n      count\n    }\n    adhesionsOverTime {\n      month\n      interested\n      signed\n      transitions\n    }\n  }\n": typeof types.AdhesionsReport_ReportFragmentFragmentDoc,
    "\n  query AdhesionsReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      ...AdhesionsReport_ReportFragment\n    }\n  }\n": typeof types.AdhesionsReportDocument,
    "\n  fragment OverviewReport_ReportOverviewFragment on ReportOverview {\n    firmCount\n    memberCount\n    inProgressCount\n    hamletCount\n    byKind {\n      kind\n      count\n    }\n    byHamlet {\n      hamlet\n      count\n    }\n    employees {\n      total\n      network\n      share\n    }\n    capacityPairsPerDay {\n      total\n      network\n      share\n    }\n    exportShareWeighted\n    memberExportShareWeighted\n  }\n": typeof types.OverviewReport_ReportOverviewFragmentFragmentDoc,
    "\n  query OverviewReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      overview {\n        ...OverviewReport_ReportOverviewFragment\n      }\n    }\n  }\n": typeof types.OverviewReportDocument,
    "\n  fragment PlanReport_ReportPlanFragment on ReportPlan {\n    budgetByAxisYear {\n      axis\n      year\n      amountEur\n    }\n    actionsByStatus {\n      status\n      count\n    }\n    kpiAttainment {\n      kpiCount\n      measuredCount\n      achievedCount\n      averagePercent\n    }\n  }\n": typeof types.PlanReport_ReportPlanFragmentFragmentDoc,
    "\n  query PlanReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      plan {\n        ...PlanReport_ReportPlanFragment\n      }\n    }\n  }\n": typeof types.PlanReportDocument,
    "\n  query ReportHamlets {\n    firmFilterOptions {\n      hamlets\n    }\n  }\n": typeof types.ReportHamletsDocument,
    "\n  query SavedReportViews {\n    savedReportViews {\n      id\n      name\n      section\n      filter\n      version\n    }\n  }\n": typeof types.SavedReportViewsDocument,
    "\n  mutation SaveReportView($input: SaveReportViewInput!) {\n    saveReportView(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SaveReportViewDocument,
    "\n  mutation DeleteReportView($id: ID!, $version: Int!) {\n    deleteReportView(id: $id, version: $version)\n  }\n": typeof types.DeleteReportViewDocument,
    "\n  fragment StartupReport_ReportStartupFragment on ReportStartup {\n    byPhaseStatus {\n      phase\n      status\n      count\n    }\n    overdueCount\n    overdueByPhase {\n      phase\n      count\n    }\n  }\n": typeof types.StartupReport_ReportStartupFragmentFragmentDoc,
    "\n  query StartupReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      startup {\n        ...StartupReport_ReportStartupFragment\n      }\n    }\n  }\n": typeof types.StartupReportDocument,
    "\n  fragment SupplyChainReport_ReportSupplyChainFragment on ReportSupplyChain {\n    confirmedLinkCount\n    singlePointOfFailureCount\n    localSourcing {\n      linkShare\n      volumeShare\n    }\n    topSuppliers {\n      firm {\n        id\n        legalName\n      }\n      customerCount\n      linkCount\n    }\n    concentration {\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n      hhi\n      supplierCount\n    }\n  }\n": typeof types.SupplyChainReport_ReportSupplyChainFragmentFragmentDoc,
    "\n  query SupplyChainReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      supplyChain {\n        ...SupplyChainReport_ReportSupplyChainFragment\n      }\n    }\n  }\n": typeof types.SupplyChainReportDocument,
    "\n  fragment TraceabilityReport_ReportTraceabilityFragment on ReportTraceability {\n    factoryCount\n    articleCount\n    publishedCount\n    tier1TracedPercent\n    tier2TracedPercent\n    byFactory {\n      firm {\n        id\n        legalName\n        tradeName\n      }\n      articleCount\n      tier1TracedPercent\n      tier2TracedPercent\n    }\n    byCapability {\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n      lineCount\n      districtSupplierLines\n      outsideLines\n      unknownLines\n    }\n  }\n": typeof types.TraceabilityReport_ReportTraceabilityFragmentFragmentDoc,
    "\n  query TraceabilityReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      traceability {\n        ...TraceabilityReport_ReportTraceabilityFragment\n      }\n    }\n  }\n": typeof types.TraceabilityReportDocument,
    "\n  query SearchPalette($query: String!) {\n    search(query: $query, first: 20) {\n      kind\n      id\n      title\n      titleEn\n      detail\n    }\n  }\n": typeof types.SearchPaletteDocument,
    "\n  query FirmSearch($search: String!) {\n    firms(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          legalName\n          hamlet\n        }\n      }\n    }\n  }\n": typeof types.FirmSearchDocument,
    "\n  fragment AppHeader_MeFragment on Me {\n    user {\n      id\n      name\n      role\n    }\n  }\n": typeof types.AppHeader_MeFragmentFragmentDoc,
    "\n  query AppLayout {\n    me {\n      user {\n        id\n        role\n      }\n      twoFactorEnrolmentRequired\n      permissions {\n        viewerCanManageUsers\n      }\n      ...AppHeader_MeFragment\n      ...MainNav_MeFragment\n    }\n  }\n": typeof types.AppLayoutDocument,
    "\n  fragment MainNav_MeFragment on Me {\n    permissions {\n      viewerCanManageUsers\n      viewerCanReadOutbox\n      viewerCanReadContract\n      viewerCanReadAdhesions\n      viewerCanReadTasks\n      viewerCanReadPlan\n      viewerCanReadDirectory\n      viewerCanImportRegistry\n      viewerCanReadSupplyChain\n      viewerCanReadEvents\n      viewerCanReadReports\n      viewerCanManageTraceability\n    }\n  }\n": typeof types.MainNav_MeFragmentFragmentDoc,
    "\n  mutation SubmitContactRequest($input: SubmitContactRequestInput!) {\n    submitContactRequest(input: $input) {\n      received\n    }\n  }\n": typeof types.SubmitContactRequestDocument,
    "\n  fragment FirmCard_PublicFirmFragment on PublicFirm {\n    id\n    legalName\n    tradeName\n    kind\n    municipality\n    capacityPairsPerDay\n    ceasedOn\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": typeof types.FirmCard_PublicFirmFragmentFragmentDoc,
    "\n  query FirmDashboardInbox {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    showcaseInsights {\n      showcaseConsent\n      viewsLast30Days\n      requestCount\n      unreadCount\n    }\n    contactRequests(first: 20) {\n      edges {\n        node {\n          id\n          version\n          kind\n          name\n          company\n          country\n          email\n          message\n          quantity\n          state\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.FirmDashboardInboxDocument,
    "\n  mutation MarkContactRequest($id: ID!, $version: Int!, $state: ContactRequestState!) {\n    markContactRequest(id: $id, version: $version, state: $state) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.MarkContactRequestDocument,
    "\n  fragment PassportsCard_PassportFragment on Passport {\n    id\n    name\n    productLine\n    manufacturer {\n      name\n      municipality\n    }\n    traceability {\n      tiers {\n        tier\n        tracedWeightPercent\n      }\n    }\n  }\n": typeof types.PassportsCard_PassportFragmentFragmentDoc,
    "\n  query ShowcaseEvents {\n    publicEvents(first: 50) {\n      edges {\n        node {\n          id\n          ...EventCard_EventFragment\n        }\n      }\n    }\n  }\n": typeof types.ShowcaseEventsDocument,
    "\n  query ShowcaseFirm($id: ID!) {\n    showcaseFirm(id: $id) {\n      id\n      legalName\n      tradeName\n      kind\n      municipality\n      hamlet\n      ceasedOn\n      capabilities {\n        id\n        labelIt\n        labelEn\n      }\n      productLines\n      certifications\n      exportMarkets\n      capacityPairsPerDay\n      website\n      email\n      phone\n      descriptionIt\n      descriptionEn\n    }\n  }\n": typeof types.ShowcaseFirmDocument,
    "\n  query ShowcaseHome(\n    $search: String\n    $capabilityIds: [ID!]\n    $exportMarkets: [String!]\n    $minCapacity: Int\n    $includeCeased: Boolean\n    $first: Int\n    $after: String\n  ) {\n    showcaseStats {\n      firmCount\n      showcaseFirmCount\n      capabilityCount\n      exportMarketCount\n    }\n    showcaseCapabilities {\n      id\n      labelIt\n      labelEn\n    }\n    showcaseExportMarkets {\n      code\n      nameIt\n      nameEn\n    }\n    showcaseFirms(\n      search: $search\n      capabilityIds: $capabilityIds\n      exportMarkets: $exportMarkets\n      minCapacity: $minCapacity\n      includeCeased: $includeCeased\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FirmCard_PublicFirmFragment\n        }\n      }\n    }\n    publishedPassports(first: 6) {\n      id\n      ...PassportsCard_PassportFragment\n    }\n  }\n": typeof types.ShowcaseHomeDocument,
    "\n  query ShowcasePassport($id: ID!) {\n    passport(id: $id) {\n      id\n      code\n      name\n      productLine\n      season\n      gtin\n      publishedAt\n      photoUrl\n      photoAlt\n      countryOfAssembly\n      manufacturer {\n        name\n        municipality\n        province\n        showcaseFirmId\n      }\n      traceability {\n        declaredWeightPercent\n        tiers {\n          tier\n          tracedWeightPercent\n        }\n      }\n      components {\n        capability {\n          id\n          labelIt\n          labelEn\n        }\n        supplier {\n          name\n          kind\n          municipality\n          showcaseFirmId\n        }\n        outsideCountry\n        outsideRegion\n        material\n        composition {\n          material\n          percent\n        }\n        originCountry\n        originRegion\n        weightSharePercent\n        certifications\n        inputs {\n          capability {\n            id\n            labelIt\n            labelEn\n          }\n          supplier {\n            name\n            kind\n            municipality\n            showcaseFirmId\n          }\n          outsideCountry\n          outsideRegion\n          material\n          originCountry\n          originRegion\n          sharePercent\n        }\n      }\n    }\n  }\n": typeof types.ShowcasePassportDocument,
    "\n  query Alternatives($firmId: ID!, $capabilityId: ID!) {\n    alternativeSuppliers(firmId: $firmId, capabilityId: $capabilityId, first: 10) {\n      score\n      sameHamlet\n      sameMunicipality\n      confirmedCustomerCount\n      firm {\n        id\n        legalName\n        hamlet\n      }\n    }\n  }\n": typeof types.AlternativesDocument,
    "\n  query ChainView($firmId: ID!, $direction: SupplyChainDirection!, $depth: Int!) {\n    supplyChain(firmId: $firmId, direction: $direction, depth: $depth) {\n      depth\n      nodes {\n        tier\n        firm {\n          id\n          legalName\n          kind\n          hamlet\n          ceasedOn\n        }\n      }\n    }\n  }\n": typeof types.ChainViewDocument,
    "\n  mutation DeclareSupplyLink($input: DeclareSupplyLinkInput!) {\n    declareSupplyLink(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeclareSupplyLinkDocument,
    "\n  query FirmSupplyChainPage($firmId: ID!) {\n    firm(id: $firmId) {\n      id\n      legalName\n      viewerCanDeclareSupplyLinks\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n    pendingSupplyLinkRequests {\n      id\n      supplier {\n        id\n      }\n      customer {\n        id\n      }\n      ...PendingRequests_SupplyLinkFragment\n    }\n  }\n": typeof types.FirmSupplyChainPageDocument,
    "\n  query FirmSupplyLinks($firmId: ID!, $direction: SupplyLinkDirection!) {\n    supplyLinks(firmId: $firmId, direction: $direction, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          status\n          sharePercent\n          yearlyVolumePairs\n          since\n          recordedOnBehalf\n          viewerCanEnd\n          supplierCeased\n          ...SupplyLinkParties_SupplyLinkFragment\n        }\n      }\n    }\n  }\n": typeof types.FirmSupplyLinksDocument,
    "\n  mutation EndSupplyLink($id: ID!, $version: Int!) {\n    endSupplyLink(id: $id, version: $version) {\n      id\n      status\n      version\n      viewerCanEnd\n    }\n  }\n": typeof types.EndSupplyLinkDocument,
    "\n  fragment PendingRequests_SupplyLinkFragment on SupplyLink {\n    id\n    version\n    since\n    sharePercent\n    yearlyVolumePairs\n    note\n    recordedOnBehalf\n    viewerCanDecide\n    ...SupplyLinkParties_SupplyLinkFragment\n    declaredBy {\n      id\n      legalName\n    }\n  }\n": typeof types.PendingRequests_SupplyLinkFragmentFragmentDoc,
    "\n  fragment PendingRequests_DecidedFragment on SupplyLink {\n    id\n    status\n    version\n    viewerCanDecide\n    viewerCanEnd\n  }\n": typeof types.PendingRequests_DecidedFragmentFragmentDoc,
    "\n  mutation ConfirmSupplyLink($id: ID!, $version: Int!) {\n    confirmSupplyLink(id: $id, version: $version) {\n      ...PendingRequests_DecidedFragment\n    }\n  }\n": typeof types.ConfirmSupplyLinkDocument,
    "\n  mutation RejectSupplyLink($id: ID!, $version: Int!) {\n    rejectSupplyLink(id: $id, version: $version) {\n      ...PendingRequests_DecidedFragment\n    }\n  }\n": typeof types.RejectSupplyLinkDocument,
    "\n  query FirmDashboardPending {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    pendingSupplyLinkRequests {\n      id\n      ...PendingRequests_SupplyLinkFragment\n    }\n  }\n": typeof types.FirmDashboardPendingDocument,
    "\n  query SupplyChainPage {\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n    firmFilterOptions {\n      hamlets\n    }\n    localSourcingShare {\n      confirmedLinkCount\n      localLinkCount\n      linkShare\n      volumeShare\n    }\n    singlePointsOfFailure(first: 20) {\n      totalCount\n      items {\n        affectedFactoryCount\n        supplierCeased\n        supplier {\n          id\n          legalName\n        }\n        exposures {\n          factory {\n            id\n            legalName\n          }\n          capability {\n            id\n            labelIt\n            labelEn\n          }\n        }\n      }\n    }\n    capabilityConcentration {\n      hhi\n      supplierCount\n      topSupplierSharePercent\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n    }\n  }\n": typeof types.SupplyChainPageDocument,
    "\n  query SupplyGraph(\n    $firmId: ID\n    $depth: Int\n    $capabilityId: ID\n    $kind: FirmKind\n    $hamlet: String\n    $statuses: [SupplyLinkStatus!]\n  ) {\n    supplyGraph(\n      firmId: $firmId\n      depth: $depth\n      capabilityId: $capabilityId\n      kind: $kind\n      hamlet: $hamlet\n      statuses: $statuses\n    ) {\n      centre {\n        id\n        legalName\n      }\n      truncated\n      nodes {\n        id\n        legalName\n        kind\n        hamlet\n        linkCount\n        hiddenLinkCount\n        singlePointOfFailure\n        ceasedOn\n      }\n      edges {\n        id\n        supplierId\n        customerId\n        capabilityId\n        status\n        soleSource\n      }\n    }\n  }\n": typeof types.SupplyGraphDocument,
    "\n  fragment SupplyLinkParties_SupplyLinkFragment on SupplyLink {\n    supplier {\n      id\n      legalName\n    }\n    customer {\n      id\n      legalName\n    }\n    capability {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": typeof types.SupplyLinkParties_SupplyLinkFragmentFragmentDoc,
    "\n  query BlockerCandidates($search: String) {\n    tasks(filter: { search: $search }, orderBy: TITLE, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.BlockerCandidatesDocument,
    "\n  mutation SetTaskBlockers($input: SetTaskBlockersInput!) {\n    setTaskBlockers(input: $input) {\n      id\n      version\n      openBlockerCount\n      blockedBy {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.SetTaskBlockersDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  fragment EditTaskForm_TaskFragment on Task {\n    id\n    version\n    title\n    phase\n    priority\n    startDate\n    dueDate\n    assignee {\n      id\n    }\n  }\n": typeof types.EditTaskForm_TaskFragmentFragmentDoc,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...EditTaskForm_TaskFragment\n      overdue\n      assignee {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  fragment MyWeek_TaskFragment on Task {\n    id\n    title\n    status\n    dueDate\n    overdue\n    openBlockerCount\n  }\n": typeof types.MyWeek_TaskFragmentFragmentDoc,
    "\n  query MyWeek {\n    myWeek {\n      due {\n        id\n        ...MyWeek_TaskFragment\n      }\n      blocked {\n        id\n        ...MyWeek_TaskFragment\n      }\n      recentActivity {\n        id\n        kind\n        createdAt\n        actor {\n          id\n          name\n        }\n        task {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyWeekDocument,
    "\n  query TaskBoard {\n    me {\n      permissions {\n        viewerCanEditTasks\n      }\n    }\n    taskBoard(first: 50) {\n      status\n      totalCount\n      tasks {\n        ...TaskCard_TaskFragment\n      }\n    }\n  }\n": typeof types.TaskBoardDocument,
    "\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      id\n      status\n      version\n      overdue\n    }\n  }\n": typeof types.MoveTaskDocument,
    "\n  fragment TaskCard_TaskFragment on Task {\n    id\n    title\n    status\n    phase\n    priority\n    dueDate\n    overdue\n    openBlockerCount\n    version\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.TaskCard_TaskFragmentFragmentDoc,
    "\n  query TaskAssignees {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": typeof types.TaskAssigneesDocument,
    "\n  fragment TaskLinksForm_TaskFragment on Task {\n    id\n    version\n    firms {\n      id\n      legalName\n    }\n    planAction {\n      id\n      title\n    }\n  }\n": typeof types.TaskLinksForm_TaskFragmentFragmentDoc,
    "\n  query TaskPlanActions {\n    strategicPlans {\n      id\n      title\n      actions(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.TaskPlanActionsDocument,
    "\n  mutation UpdateTaskLinks($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskLinksForm_TaskFragment\n    }\n  }\n": typeof types.UpdateTaskLinksDocument,
    "\n  fragment TaskList_TaskFragment on Task {\n    id\n    title\n    phase\n    status\n    priority\n    dueDate\n    overdue\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.TaskList_TaskFragmentFragmentDoc,
    "\n  query TaskList($filter: TaskFilter, $orderBy: TaskOrder, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...TaskList_TaskFragment\n        }\n      }\n    }\n    assignableUsers {\n      id\n      name\n    }\n  }\n": typeof types.TaskListDocument,
    "\n  query TaskDetail($id: ID!) {\n    me {\n      permissions {\n        viewerCanEditTasks\n      }\n    }\n    task(id: $id) {\n      id\n      title\n      description\n      phase\n      status\n      priority\n      startDate\n      dueDate\n      overdue\n      version\n      ...EditTaskForm_TaskFragment\n      ...TaskLinksForm_TaskFragment\n      assignee {\n        id\n        name\n      }\n      firms {\n        id\n        legalName\n      }\n      planAction {\n        id\n        title\n      }\n      blockedBy {\n        id\n        title\n        status\n      }\n      blocks {\n        id\n        title\n        status\n      }\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n      activity(first: 50) {\n        edges {\n          node {\n            id\n            kind\n            createdAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddTaskCommentDocument,
    "\n  fragment TaskTimeline_TaskFragment on Task {\n    id\n    title\n    phase\n    status\n    startDate\n    dueDate\n    overdue\n  }\n": typeof types.TaskTimeline_TaskFragmentFragmentDoc,
    "\n  query TaskTimeline {\n    tasks(orderBy: DUE_DATE, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          ...TaskTimeline_TaskFragment\n        }\n      }\n    }\n  }\n": typeof types.TaskTimelineDocument,
    "\n  query TasksPage {\n    me {\n      permissions {\n        viewerCanReadTasks\n        viewerCanEditTasks\n      }\n    }\n  }\n": typeof types.TasksPageDocument,
    "\n  subscription TaskChanged {\n    taskChanged {\n      id\n      ...TaskCard_TaskFragment\n    }\n  }\n": typeof types.TaskChangedDocument,
    "\n  fragment FirmPicker_FirmFragment on Firm {\n    id\n    legalName\n    vatNumber\n    hamlet\n  }\n": typeof types.FirmPicker_FirmFragmentFragmentDoc,
    "\n  query FirmPicker($search: String!) {\n    firms(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FirmPicker_FirmFragment\n        }\n      }\n    }\n  }\n": typeof types.FirmPickerDocument,
    "\n  fragment InvitationsTable_InvitationFragment on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    firm {\n      id\n      legalName\n    }\n  }\n": typeof types.InvitationsTable_InvitationFragmentFragmentDoc,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitation {\n        ...InvitationsTable_InvitationFragment\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  fragment OutboxPage_MailPage on OutboxMailConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        to\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n      }\n    }\n  }\n": typeof types.OutboxPage_MailPageFragmentDoc,
    "\n  query OutboxPage($after: String) {\n    mailDelivery\n    outbox(first: 20, after: $after) {\n      ...OutboxPage_MailPage\n    }\n  }\n": typeof types.OutboxPageDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n      version\n      twoFactorEnabled\n      firm {\n        id\n        legalName\n      }\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation ResetUserTwoFactor($input: ResetUserTwoFactorInput!) {\n    resetUserTwoFactor(input: $input) {\n      id\n      version\n      twoFactorEnabled\n    }\n  }\n": typeof types.ResetUserTwoFactorDocument,
    "\n  fragment UsersPage_UserPage on UserConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...UsersTable_UserFragment\n      }\n    }\n  }\n": typeof types.UsersPage_UserPageFragmentDoc,
    "\n  fragment UsersPage_InvitationPage on InvitationConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...InvitationsTable_InvitationFragment\n      }\n    }\n  }\n": typeof types.UsersPage_InvitationPageFragmentDoc,
    "\n  query UsersPage {\n    users(first: 50) {\n      ...UsersPage_UserPage\n    }\n    invitations(first: 50) {\n      ...UsersPage_InvitationPage\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  query UsersPageMoreUsers($after: String!) {\n    users(first: 50, after: $after) {\n      ...UsersPage_UserPage\n    }\n  }\n": typeof types.UsersPageMoreUsersDocument,
    "\n  query UsersPageMoreInvitations($after: String!) {\n    invitations(first: 50, after: $after) {\n      ...UsersPage_InvitationPage\n    }\n  }\n": typeof types.UsersPageMoreInvitationsDocument,
    "\n  fragment UsersTable_UserFragment on User {\n    id\n    name\n    email\n    role\n    lastSignInAt\n    active\n    version\n    twoFactorEnabled\n    firm {\n      id\n      legalName\n    }\n  }\n": typeof types.UsersTable_UserFragmentFragmentDoc,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.SetUserActiveDocument,
};
const documents: Documents = {
    "\n  fragment ShowMore_PageInfoFragment on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.ShowMore_PageInfoFragmentFragmentDoc,
    "\n  query AccountPage {\n    mySessions(first: 50) {\n      id\n      userAgent\n      ip\n      lastSeenAt\n      current\n    }\n  }\n": types.AccountPageDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": types.RequestEmailChangeDocument,
    "\n  query AccountTwoFactor {\n    myTwoFactor {\n      enabled\n      enabledAt\n      required\n      recoveryCodesLeft\n    }\n  }\n": types.AccountTwoFactorDocument,
    "\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n": types.DisableTwoFactorDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qrCode\n    }\n  }\n": types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($input: ConfirmTwoFactorInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      codes\n    }\n  }\n": types.ConfirmTwoFactorEnrolmentDocument,
    "\n  fragment AdhesionBoard_AdhesionFragment on Adhesion {\n    id\n    status\n    nextStatuses\n    firm {\n      id\n      legalName\n      hamlet\n      kind\n      ceasedOn\n    }\n  }\n": types.AdhesionBoard_AdhesionFragmentFragmentDoc,
    "\n  fragment AdhesionChecklist_AdhesionFragment on Adhesion {\n    stillNeeded\n    documents {\n      visuraCamerale\n      durc\n      digitalSignature\n    }\n  }\n": types.AdhesionChecklist_AdhesionFragmentFragmentDoc,
    "\n  fragment AdhesionCounters_AdhesionCountersFragment on AdhesionCounters {\n    inProgress\n    signed\n    registered\n    districtTotal\n  }\n": types.AdhesionCounters_AdhesionCountersFragmentFragmentDoc,
    "\n  query AdhesionDetailPage($id: ID!) {\n    adhesion(id: $id) {\n      id\n      status\n      contributionEur\n      legalRepresentative\n      nextStatuses\n      viewerCanManage\n      firm {\n        id\n        legalName\n        hamlet\n        kind\n        ceasedOn\n      }\n      ...AdhesionChecklist_AdhesionFragment\n      transitions(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            from\n            to\n            note\n            at\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdhesionDetailPageDocument,
    "\n  query AdhesionsAccess {\n    me {\n      permissions {\n        viewerCanReadAdhesions\n        viewerCanManageAdhesions\n      }\n    }\n  }\n": types.AdhesionsAccessDocument,
    "\n  fragment AdhesionsPage_AdhesionConnectionFragment on AdhesionConnection {\n    totalCount\n    pageInfo {\n      ...ShowMore_PageInfoFragment @unmask\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AdhesionBoard_AdhesionFragment\n      }\n    }\n  }\n": types.AdhesionsPage_AdhesionConnectionFragmentFragmentDoc,
    "\n  query AdhesionsPage($filter: AdhesionFilter) {\n    adhesionCounters {\n      ...AdhesionCounters_AdhesionCountersFragment\n    }\n    adhesionHamlets\n    adhesions(filter: $filter, first: 100) {\n      ...AdhesionsPage_AdhesionConnectionFragment @unmask\n    }\n  }\n": types.AdhesionsPageDocument,
    "\n  query AdhesionsPageMore($filter: AdhesionFilter, $after: String!) {\n    adhesions(filter: $filter, first: 100, after: $after) {\n      ...AdhesionsPage_AdhesionConnectionFragment @unmask\n    }\n  }\n": types.AdhesionsPageMoreDocument,
    "\n  fragment FirmAdhesionCard_AdhesionFragment on Adhesion {\n    id\n    version\n    status\n    contributionEur\n    viewerCanWithdraw\n    ...AdhesionChecklist_AdhesionFragment\n  }\n": types.FirmAdhesionCard_AdhesionFragmentFragmentDoc,
    "\n  mutation ExpressInterest {\n    expressInterest {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  mutation WithdrawOwnAdhesion($input: WithdrawAdhesionInput!) {\n    withdrawAdhesion(input: $input) {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n": types.WithdrawOwnAdhesionDocument,
    "\n  mutation InviteFirmsToNetwork($input: InviteFirmsToNetworkInput!) {\n    inviteFirmsToNetwork(input: $input) {\n      invitedCount\n    }\n  }\n": types.InviteFirmsToNetworkDocument,
    "\n  query InviteFirmsCount($filter: AdhesionFilter!) {\n    adhesions(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": types.InviteFirmsCountDocument,
    "\n  fragment MoveAdhesionDialog_AdhesionFragment on Adhesion {\n    id\n    version\n    status\n    nextStatuses\n    contributionEur\n    legalRepresentative\n    documents {\n      visuraCamerale\n      durc\n      digitalSignature\n    }\n    firm {\n      id\n      legalName\n    }\n  }\n": types.MoveAdhesionDialog_AdhesionFragmentFragmentDoc,
    "\n  query MoveAdhesionDialog($id: ID!) {\n    adhesion(id: $id) {\n      id\n      ...MoveAdhesionDialog_AdhesionFragment\n    }\n  }\n": types.MoveAdhesionDialogDocument,
    "\n  mutation MoveAdhesion($input: MoveAdhesionInput!) {\n    moveAdhesion(input: $input) {\n      id\n      ...MoveAdhesionDialog_AdhesionFragment\n    }\n  }\n": types.MoveAdhesionDocument,
    "\n  subscription AdhesionChanged {\n    adhesionChanged {\n      id\n      ...AdhesionBoard_AdhesionFragment\n    }\n  }\n": types.AdhesionChangedDocument,
    "\n  fragment ArticleForm_ArticleFragment on Article {\n    id\n    version\n    code\n    name\n    productLine\n    season\n    gtin\n    status\n    passportUrl\n    photoAlt\n    ...ArticlePhoto_ArticleFragment\n    components {\n      id\n      capability {\n        id\n      }\n      supplier {\n        id\n      }\n      outsideCountry\n      outsideRegion\n      material\n      composition {\n        material\n        percent\n      }\n      originCountry\n      originRegion\n      weightSharePercent\n      certifications\n    }\n  }\n": types.ArticleForm_ArticleFragmentFragmentDoc,
    "\n  query ArticleEditor($id: ID!, $existing: Boolean!) {\n    capabilities {\n      id\n      code\n      labelIt\n      labelEn\n    }\n    articleSupplierChoices {\n      supplier {\n        id\n        legalName\n        tradeName\n      }\n      capability {\n        id\n      }\n    }\n    article(id: $id) @include(if: $existing) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": types.ArticleEditorDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": types.UpdateArticleDocument,
    "\n  mutation PublishArticle($id: ID!, $version: Int!) {\n    publishArticle(id: $id, version: $version) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": types.PublishArticleDocument,
    "\n  mutation UnpublishArticle($id: ID!, $version: Int!) {\n    unpublishArticle(id: $id, version: $version) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n": types.UnpublishArticleDocument,
    "\n  fragment InputsCard_SettingsFragment on TraceabilitySettings {\n    inputs {\n      id\n      capability {\n        id\n      }\n      inputCapability {\n        id\n        labelIt\n        labelEn\n      }\n      inputSupplier {\n        id\n        legalName\n      }\n      outsideCountry\n      outsideRegion\n      material\n      originCountry\n      originRegion\n      sharePercent\n    }\n    upstreamChoices {\n      supplier {\n        id\n        legalName\n        tradeName\n      }\n      capability {\n        id\n      }\n    }\n  }\n": types.InputsCard_SettingsFragmentFragmentDoc,
    "\n  mutation SetSupplierInputs($input: SetSupplierInputsInput!) {\n    setSupplierInputs(input: $input) {\n      ...InputsCard_SettingsFragment\n    }\n  }\n": types.SetSupplierInputsDocument,
    "\n  fragment ArticlePhoto_ArticleFragment on Article {\n    id\n    name\n    photoUrl\n    photoAlt\n  }\n": types.ArticlePhoto_ArticleFragmentFragmentDoc,
    "\n  query TraceabilityPage {\n    me {\n      user {\n        id\n        firm {\n          id\n          kind\n        }\n      }\n    }\n    traceabilitySettings {\n      passportNamePublic\n      ...InputsCard_SettingsFragment\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": types.TraceabilityPageDocument,
    "\n  query FactoryArticles($firmId: ID!) {\n    articles(firmId: $firmId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          traceability {\n            tiers {\n              tier\n              tracedWeightPercent\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FactoryArticlesDocument,
    "\n  mutation SetPassportNameConsent($namePublic: Boolean!) {\n    setPassportNameConsent(namePublic: $namePublic) {\n      passportNamePublic\n    }\n  }\n": types.SetPassportNameConsentDocument,
    "\n  fragment AtecoPicker_AtecoCodeFragment on AtecoCode {\n    code\n    titleIt\n    titleEn\n  }\n": types.AtecoPicker_AtecoCodeFragmentFragmentDoc,
    "\n  query AtecoPickerSearch($search: String!) {\n    atecoCodes(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          ...AtecoPicker_AtecoCodeFragment @unmask\n        }\n      }\n    }\n  }\n": types.AtecoPickerSearchDocument,
    "\n  query AtecoPickerChip($code: String!) {\n    atecoCode(code: $code) {\n      ...AtecoPicker_AtecoCodeFragment @unmask\n    }\n  }\n": types.AtecoPickerChipDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  fragment InvitationDetails_InvitationPreviewFragment on InvitationPreview {\n    email\n    role\n    firmName\n    expiresAt\n  }\n": types.InvitationDetails_InvitationPreviewFragmentFragmentDoc,
    "\n  query InvitationPage($token: String!) {\n    invitationPreview(token: $token) {\n      status\n      ...InvitationDetails_InvitationPreviewFragment\n    }\n  }\n": types.InvitationPageDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.CompleteSignInDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment ClaimProgress_ClaimFragment on Claim {\n    id\n    status\n    email\n    pecHint\n    codeExpiresAt\n    triesLeft\n  }\n": types.ClaimProgress_ClaimFragmentFragmentDoc,
    "\n  mutation StartClaim($input: StartClaimInput!) {\n    startClaim(input: $input) {\n      token\n      claim {\n        id\n        ...ClaimProgress_ClaimFragment\n      }\n    }\n  }\n": types.StartClaimDocument,
    "\n  mutation VerifyClaimCode($input: VerifyClaimCodeInput!) {\n    verifyClaimCode(input: $input) {\n      id\n      ...ClaimProgress_ClaimFragment\n    }\n  }\n": types.VerifyClaimCodeDocument,
    "\n  query FirmClaimRequests {\n    firmClaimRequests {\n      id\n      version\n      name\n      roleInFirm\n      email\n    }\n  }\n": types.FirmClaimRequestsDocument,
    "\n  mutation DecideClaim($input: ReviewClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.DecideClaimDocument,
    "\n  query ClaimReviewQueue($after: String) {\n    claimReviewQueue(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          name\n          roleInFirm\n          email\n          documentKind\n          documentUrl\n          createdAt\n          firm {\n            id\n            name\n            municipality\n            vatNumber\n          }\n        }\n      }\n    }\n  }\n": types.ClaimReviewQueueDocument,
    "\n  mutation ReviewClaim($input: ReviewClaimInput!) {\n    reviewClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.ReviewClaimDocument,
    "\n  query ClaimableFirms($search: String!) {\n    claimableFirms(search: $search) {\n      id\n      name\n      municipality\n      vatNumber\n      pecHint\n    }\n  }\n": types.ClaimableFirmsDocument,
    "\n  query FirmPeople {\n    firmPeople {\n      viewerIsManager\n      people {\n        id\n        version\n        name\n        email\n        isManager\n        viewerCanRemove\n      }\n    }\n  }\n": types.FirmPeopleDocument,
    "\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteColleagueDocument,
    "\n  mutation RemoveColleague($input: RemoveColleagueInput!) {\n    removeColleague(input: $input) {\n      id\n    }\n  }\n": types.RemoveColleagueDocument,
    "\n  fragment ContractEditor_NetworkContractFragment on NetworkContract {\n    id\n    version\n    status\n    type\n    viewerCanEdit\n    referenceFirm {\n      id\n      legalName\n    }\n    document {\n      title\n      objectives {\n        title\n        measure\n      }\n      programme {\n        activities\n        rights\n        obligations\n      }\n      duration {\n        years\n        notes\n      }\n      joining\n      organoComune {\n        present\n        composition\n        powers\n        replacement\n      }\n      decisionRules\n      commonFund {\n        present\n        contributions\n        management\n      }\n      withdrawalExclusion\n    }\n    participants(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          hamlet\n          kind\n        }\n      }\n    }\n  }\n": types.ContractEditor_NetworkContractFragmentFragmentDoc,
    "\n  mutation SaveContractDraft($input: SaveContractDraftInput!) {\n    saveContractDraft(input: $input) {\n      id\n      version\n      revisions(first: 1) {\n        edges {\n          node {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": types.SaveContractDraftDocument,
    "\n  query ContractPage {\n    networkContract {\n      id\n      status\n      viewerCanEdit\n      ...ContractStatusBar_NetworkContractFragment\n      ...MissingElements_NetworkContractFragment\n      ...ContractEditor_NetworkContractFragment\n      ...SectionComments_NetworkContractFragment\n      ...ContractRevisions_NetworkContractFragment\n    }\n    adhesionCounters {\n      ...AdhesionCounters_AdhesionCountersFragment\n    }\n  }\n": types.ContractPageDocument,
    "\n  fragment ContractRevisions_NetworkContractFragment on NetworkContract {\n    revisions(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          changeSummary\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ContractRevisions_NetworkContractFragmentFragmentDoc,
    "\n  query ContractRevisionDiff($fromId: ID!, $toId: ID!, $language: ContractLanguage) {\n    networkContract {\n      id\n      revisionDiff(fromId: $fromId, toId: $toId, language: $language) {\n        from {\n          id\n          number\n        }\n        to {\n          id\n          number\n        }\n        sections {\n          section\n          before\n          after\n          changed\n        }\n      }\n    }\n  }\n": types.ContractRevisionDiffDocument,
    "\n  fragment ContractStatusBar_NetworkContractFragment on NetworkContract {\n    id\n    version\n    status\n    nextStatuses\n    registrationNumber\n    registrationDate\n    viewerCanEdit\n  }\n": types.ContractStatusBar_NetworkContractFragmentFragmentDoc,
    "\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) {\n      id\n      ...ContractStatusBar_NetworkContractFragment\n    }\n  }\n": types.ChangeContractStatusDocument,
    "\n  fragment MissingElements_NetworkContractFragment on NetworkContract {\n    status\n    viewerCanEdit\n    missingElements {\n      element\n      field\n      section\n    }\n  }\n": types.MissingElements_NetworkContractFragmentFragmentDoc,
    "\n  fragment SectionComments_NetworkContractFragment on NetworkContract {\n    viewerCanComment\n    comments(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          section\n          body\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SectionComments_NetworkContractFragmentFragmentDoc,
    "\n  mutation AddContractComment($input: AddContractCommentInput!) {\n    addContractComment(input: $input) {\n      id\n    }\n  }\n": types.AddContractCommentDocument,
    "\n  fragment AdhesionList_FirmFragment on Firm {\n    id\n    legalName\n    hamlet\n    kind\n    adhesionStatus\n  }\n": types.AdhesionList_FirmFragmentFragmentDoc,
    "\n  query AdminDashboard {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    users(first: 1) {\n      ...PeopleFigures_UserConnectionFragment\n    }\n    invitations(status: PENDING, first: 1) {\n      ...PeopleFigures_InvitationConnectionFragment\n    }\n    auditEntries(first: 10) {\n      edges {\n        node {\n          id\n          ...AuditLog_AuditEntryFragment\n        }\n      }\n    }\n  }\n": types.AdminDashboardDocument,
    "\n  fragment AuditLog_AuditEntryFragment on AuditEntry {\n    id\n    action\n    entityType\n    entityId\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": types.AuditLog_AuditEntryFragmentFragmentDoc,
    "\n  fragment DistrictFigures_DistrictSummaryFragment on DistrictSummary {\n    firmCount\n    shoeFactoryCount\n    supplyChainFirmCount\n    inProgressCount\n    memberCount\n    confirmedLinkCount\n  }\n": types.DistrictFigures_DistrictSummaryFragmentFragmentDoc,
    "\n  query FirmDashboard {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    myAdhesion {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n": types.FirmDashboardDocument,
    "\n  query NetworkDashboard($inProgress: [AdhesionStatus!]!) {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    firms(filter: { adhesionStatuses: $inProgress }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AdhesionList_FirmFragment\n        }\n      }\n    }\n  }\n": types.NetworkDashboardDocument,
    "\n  fragment PeopleFigures_UserConnectionFragment on UserConnection {\n    totalCount\n  }\n": types.PeopleFigures_UserConnectionFragmentFragmentDoc,
    "\n  fragment PeopleFigures_InvitationConnectionFragment on InvitationConnection {\n    totalCount\n  }\n": types.PeopleFigures_InvitationConnectionFragmentFragmentDoc,
    "\n  fragment EventCard_EventFragment on Event {\n    id\n    ...EventFields_EventFragment @unmask\n    registrationOpen\n    confirmedCount\n    waitlistCount\n    viewerCanRegister\n    registrations {\n      id\n      version\n      personName\n      status\n      waitlistPosition\n      firm {\n        id\n        legalName\n      }\n    }\n  }\n": types.EventCard_EventFragmentFragmentDoc,
    "\n  mutation CancelEventRegistration($id: ID!, $version: Int!) {\n    cancelEventRegistration(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n": types.CancelEventRegistrationDocument,
    "\n  fragment EventFields_EventFragment on Event {\n    kind\n    titleIt\n    titleEn\n    descriptionIt\n    descriptionEn\n    startsAt\n    endsAt\n    registrationDeadline\n    place\n    capacity\n    language\n    audience\n  }\n": types.EventFields_EventFragmentFragmentDoc,
    "\n  fragment EventForm_EventFragment on Event {\n    id\n    version\n    ...EventFields_EventFragment @unmask\n  }\n": types.EventForm_EventFragmentFragmentDoc,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      ...EventForm_EventFragment\n    }\n  }\n": types.UpdateEventDocument,
    "\n  query EventFormLatest($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventForm_EventFragment\n    }\n  }\n": types.EventFormLatestDocument,
    "\n  query EventsPage($from: DateTime, $to: DateTime, $first: Int) {\n    me {\n      permissions {\n        viewerCanManageEvents\n      }\n    }\n    events(from: $from, to: $to, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          titleIt\n          titleEn\n          startsAt\n          ...EventCard_EventFragment\n          ...EventForm_EventFragment\n        }\n      }\n    }\n  }\n": types.EventsPageDocument,
    "\n  mutation RegisterForEvent($input: RegisterForEventInput!) {\n    registerForEvent(input: $input) {\n      id\n      personName\n      status\n      waitlistPosition\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  query AddFirmPermission {\n    me {\n      permissions {\n        viewerCanManageRegistry\n      }\n    }\n  }\n": types.AddFirmPermissionDocument,
    "\n  query SimilarFirms($name: String!, $municipality: String, $vatNumber: String) {\n    similarFirms(name: $name, municipality: $municipality, vatNumber: $vatNumber) {\n      similarity\n      sameVatNumber\n      firm {\n        id\n        legalName\n        ...FirmFacts_FirmFragment\n      }\n    }\n  }\n": types.SimilarFirmsDocument,
    "\n  mutation AddFirm($input: AddFirmInput!) {\n    addFirm(input: $input) {\n      id\n    }\n  }\n": types.AddFirmDocument,
    "\n  fragment FirmFacts_FirmFragment on Firm {\n    municipality\n    vatNumber\n    ceasedOn\n  }\n": types.FirmFacts_FirmFragmentFragmentDoc,
    "\n  query PickFirms($name: String!, $vatNumber: String) {\n    similarFirms(name: $name, vatNumber: $vatNumber) {\n      firm {\n        id\n        legalName\n        ...FirmFacts_FirmFragment\n      }\n    }\n  }\n": types.PickFirmsDocument,
    "\n  query MergePermission {\n    me {\n      permissions {\n        viewerCanManageRegistry\n      }\n    }\n  }\n": types.MergePermissionDocument,
    "\n  query MergePreview($survivorId: ID!, $mergedId: ID!) {\n    firmMergePreview(survivorId: $survivorId, mergedId: $mergedId) {\n      survivor {\n        id\n        legalName\n        version\n      }\n      merged {\n        id\n        legalName\n        version\n      }\n      fields {\n        field\n        survivorValue\n        mergedValue\n        differs\n      }\n      moves {\n        key\n        count\n      }\n      linksBetween\n      duplicateLinks\n    }\n  }\n": types.MergePreviewDocument,
    "\n  mutation MergeFirms($input: MergeFirmsInput!) {\n    mergeFirms(input: $input) {\n      survivor {\n        id\n      }\n    }\n  }\n": types.MergeFirmsDocument,
    "\n  query RegistryActions {\n    me {\n      permissions {\n        viewerCanManageRegistry\n        viewerCanReviewClaims\n      }\n    }\n  }\n": types.RegistryActionsDocument,
    "\n  fragment CompletenessMeter_FirmFragment on Firm {\n    id\n    completeness {\n      percent\n      missing\n    }\n  }\n": types.CompletenessMeter_FirmFragmentFragmentDoc,
    "\n  query DirectoryFacets($filter: FirmFilter, $search: String) {\n    firmFacets(filter: $filter, search: $search) {\n      kinds {\n        value\n        count\n      }\n      capabilities {\n        value\n        count\n      }\n      hamlets {\n        value\n        count\n      }\n      adhesionStatuses {\n        value\n        count\n      }\n      certifications {\n        value\n        count\n      }\n      exportMarkets {\n        value\n        count\n      }\n      employeesRanges {\n        min\n        max\n        count\n      }\n      ceasedCount\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": types.DirectoryFacetsDocument,
    "\n  query FirmEditPage($id: ID!) {\n    firm(id: $id) {\n      id\n      legalName\n      viewerCanEdit\n      ...FirmEditor_FirmFragment\n    }\n    ...FirmEditor_QueryFragment\n  }\n": types.FirmEditPageDocument,
    "\n  fragment FirmEditor_FirmFragment on Firm {\n    id\n    ...CompletenessMeter_FirmFragment\n    ...FirmProfileForm_FirmFragment\n    ...LogoUpload_FirmFragment\n    ...FirmHistory_FirmFragment\n  }\n": types.FirmEditor_FirmFragmentFragmentDoc,
    "\n  fragment FirmEditor_QueryFragment on Query {\n    capabilities {\n      id\n      ...FirmProfileForm_CapabilityFragment\n    }\n  }\n": types.FirmEditor_QueryFragmentFragmentDoc,
    "\n  fragment FirmHistory_PageFragment on AuditEntryConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        action\n        changes\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FirmHistory_PageFragmentFragmentDoc,
    "\n  fragment FirmHistory_FirmFragment on Firm {\n    id\n    history(first: 20) {\n      totalCount\n      ...FirmHistory_PageFragment\n    }\n  }\n": types.FirmHistory_FirmFragmentFragmentDoc,
    "\n  query FirmHistoryMore($id: ID!, $after: String!) {\n    firm(id: $id) {\n      id\n      history(first: 20, after: $after) {\n        ...FirmHistory_PageFragment\n      }\n    }\n  }\n": types.FirmHistoryMoreDocument,
    "\n  query FirmPage($id: ID!) {\n    firm(id: $id) {\n      id\n      legalName\n      ceasedOn\n      viewerCanEdit\n      ...FirmDetails_FirmFragment\n      suppliers {\n        ...FirmLinks_GroupFragment\n      }\n      customers {\n        ...FirmLinks_GroupFragment\n      }\n    }\n  }\n": types.FirmPageDocument,
    "\n  fragment FirmDetails_FirmFragment on Firm {\n    id\n    ...FirmProfileFields_FirmFragment @unmask\n    logoUrl\n    adhesionStatus\n    viewerCanReadPrivate\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": types.FirmDetails_FirmFragmentFragmentDoc,
    "\n  fragment FirmLinks_GroupFragment on FirmLinkGroup {\n    capability {\n      id\n      labelIt\n      labelEn\n    }\n    links {\n      sharePercent\n      yearlyVolumePairs\n      firm {\n        id\n        legalName\n        hamlet\n      }\n    }\n  }\n": types.FirmLinks_GroupFragmentFragmentDoc,
    "\n  fragment FirmProfileForm_FirmFragment on Firm {\n    id\n    version\n    ...FirmProfileFields_FirmFragment @unmask\n    capabilities {\n      id\n    }\n    latitude\n    longitude\n    showcaseConsent\n    publicFields\n  }\n": types.FirmProfileForm_FirmFragmentFragmentDoc,
    "\n  fragment FirmProfileForm_CapabilityFragment on Capability {\n    id\n    code\n    labelIt\n    labelEn\n    group\n  }\n": types.FirmProfileForm_CapabilityFragmentFragmentDoc,
    "\n  fragment FirmsMap_FirmFragment on Firm {\n    id\n    legalName\n    latitude\n    longitude\n  }\n": types.FirmsMap_FirmFragmentFragmentDoc,
    "\n  query FirmsPage($filter: FirmFilter, $search: String, $orderBy: FirmOrder, $after: String) {\n    firms(filter: $filter, search: $search, orderBy: $orderBy, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FirmsTable_FirmFragment\n          ...FirmsMap_FirmFragment\n        }\n      }\n    }\n  }\n": types.FirmsPageDocument,
    "\n  fragment FirmsTable_FirmFragment on Firm {\n    id\n    legalName\n    tradeName\n    kind\n    hamlet\n    municipality\n    employees\n    adhesionStatus\n    ceasedOn\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": types.FirmsTable_FirmFragmentFragmentDoc,
    "\n  fragment LogoUpload_FirmFragment on Firm {\n    id\n    legalName\n    logoUrl\n  }\n": types.LogoUpload_FirmFragmentFragmentDoc,
    "\n  mutation UpdateFirmProfile($input: UpdateFirmProfileInput!) {\n    updateFirmProfile(input: $input) {\n      id\n      ...FirmProfileForm_FirmFragment\n      ...CompletenessMeter_FirmFragment\n      ...FirmHistory_FirmFragment\n    }\n  }\n": types.UpdateFirmProfileDocument,
    "\n  query FirmProfileLatest($id: ID!) {\n    firm(id: $id) {\n      id\n      ...FirmProfileForm_FirmFragment\n    }\n  }\n": types.FirmProfileLatestDocument,
    "\n  fragment FirmProfileFields_FirmFragment on Firm {\n    legalName\n    tradeName\n    vatNumber\n    taxCode\n    reaNumber\n    legalForm\n    atecoCodes\n    kind\n    descriptionIt\n    descriptionEn\n    productLines\n    employees\n    revenueBand\n    foundedYear\n    capacityPairsPerDay\n    exportShare\n    exportMarkets\n    certifications\n    street\n    postcode\n    hamlet\n    municipality\n    province\n    website\n    email\n    phone\n  }\n": types.FirmProfileFields_FirmFragmentFragmentDoc,
    "\n  query NotificationBell {\n    unreadNotificationCount\n  }\n": types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  fragment NotificationsPage_NotificationPage on NotificationConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        params\n        path\n        createdAt\n        readAt\n        supplyLink {\n          id\n          ...PendingRequests_SupplyLinkFragment\n        }\n      }\n    }\n  }\n": types.NotificationsPage_NotificationPageFragmentDoc,
    "\n  query NotificationsPage($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      ...NotificationsPage_NotificationPage\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      count\n      unreadCount\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  subscription SupplyLinkChanged {\n    supplyLinkChanged {\n      id\n      status\n      version\n      viewerCanDecide\n      viewerCanEnd\n    }\n  }\n": types.SupplyLinkChangedDocument,
    "\n  fragment ActionBudgetForm_PlanActionFragment on PlanAction {\n    id\n    version\n    budget {\n      year\n      fundingSource\n      amount\n    }\n    plan {\n      id\n      status\n      years\n    }\n  }\n": types.ActionBudgetForm_PlanActionFragmentFragmentDoc,
    "\n  mutation SetPlanActionBudget($input: SetPlanActionBudgetInput!) {\n    setPlanActionBudget(input: $input) {\n      id\n      version\n      budgetTotal\n    }\n  }\n": types.SetPlanActionBudgetDocument,
    "\n  fragment ActionEditForm_PlanActionFragment on PlanAction {\n    id\n    version\n    axis\n    title\n    description\n    startDate\n    endDate\n    status\n    objective {\n      id\n    }\n    leadFirm {\n      id\n      legalName\n    }\n    leadUser {\n      id\n    }\n    participatingFirms {\n      id\n      legalName\n    }\n    plan {\n      id\n      years\n      axes {\n        axis\n        objectives {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ActionEditForm_PlanActionFragmentFragmentDoc,
    "\n  query ActionLeadUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": types.ActionLeadUsersDocument,
    "\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {\n    updatePlanAction(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdatePlanActionDocument,
    "\n  mutation CreatePlanAction($input: CreatePlanActionInput!) {\n    createPlanAction(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreatePlanActionDocument,
    "\n  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {\n    createStrategicPlan(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateStrategicPlanDocument,
    "\n  mutation SetKpiActual($input: SetKpiActualInput!) {\n    setKpiActual(input: $input) {\n      id\n      version\n      attainment\n      actuals {\n        year\n        value\n      }\n    }\n  }\n": types.SetKpiActualDocument,
    "\n  mutation AddPlanKpi($input: AddPlanKpiInput!) {\n    addPlanKpi(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddPlanKpiDocument,
    "\n  mutation UpdatePlanKpi($input: UpdatePlanKpiInput!) {\n    updatePlanKpi(input: $input) {\n      id\n      version\n      name\n      unit\n      baseline\n      target\n      attainment\n    }\n  }\n": types.UpdatePlanKpiDocument,
    "\n  mutation CreatePlanObjective($input: CreatePlanObjectiveInput!) {\n    createPlanObjective(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreatePlanObjectiveDocument,
    "\n  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {\n    updatePlanObjective(input: $input) {\n      id\n      version\n      title\n      description\n    }\n  }\n": types.UpdatePlanObjectiveDocument,
    "\n  query PlanActionDetail($id: ID!) {\n    planAction(id: $id) {\n      id\n      title\n      description\n      axis\n      status\n      startDate\n      endDate\n      budgetTotal\n      viewerCanRequestToJoin\n      viewerCanDecideJoinRequests\n      viewerCanEdit\n      version\n      ...ActionEditForm_PlanActionFragment\n      ...ActionBudgetForm_PlanActionFragment\n      objective {\n        id\n        title\n      }\n      plan {\n        id\n        title\n        years\n      }\n      leadFirm {\n        id\n        legalName\n      }\n      leadUser {\n        id\n        name\n      }\n      participatingFirms {\n        id\n        legalName\n      }\n      budget {\n        year\n        fundingSource\n        amount\n      }\n      kpis {\n        id\n        name\n        unit\n        baseline\n        target\n        attainment\n        version\n        actuals {\n          year\n          value\n        }\n      }\n      joinRequests {\n        id\n        status\n        note\n        version\n        createdAt\n        firm {\n          id\n          legalName\n        }\n      }\n    }\n  }\n": types.PlanActionDetailDocument,
    "\n  mutation RequestToJoinPlanAction($input: RequestToJoinPlanActionInput!) {\n    requestToJoinPlanAction(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestToJoinPlanActionDocument,
    "\n  mutation DecidePlanJoinRequest($input: DecidePlanJoinRequestInput!) {\n    decidePlanJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DecidePlanJoinRequestDocument,
    "\n  fragment PlanBudgetTable_PlanFragment on StrategicPlan {\n    years\n    budgetTotal\n    yearTotals {\n      year\n      amount\n    }\n    axes {\n      axis\n      total\n      yearTotals {\n        year\n        amount\n      }\n    }\n  }\n": types.PlanBudgetTable_PlanFragmentFragmentDoc,
    "\n  fragment PlanGantt_ActionFragment on PlanAction {\n    id\n    title\n    axis\n    status\n    startDate\n    endDate\n  }\n": types.PlanGantt_ActionFragmentFragmentDoc,
    "\n  query PlanGantt($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      years\n      actions(first: 100) {\n        edges {\n          node {\n            ...PlanGantt_ActionFragment\n          }\n        }\n      }\n    }\n  }\n": types.PlanGanttDocument,
    "\n  query PlanPage {\n    me {\n      permissions {\n        viewerCanEditPlan\n      }\n    }\n    strategicPlans {\n      id\n      title\n      startYear\n      endYear\n    }\n  }\n": types.PlanPageDocument,
    "\n  query PlanOverview($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      title\n      description\n      years\n      status\n      nextStatuses\n      viewerCanEdit\n      version\n      ...PlanBudgetTable_PlanFragment\n      axes {\n        axis\n        actionCount\n        objectives {\n          id\n          axis\n          title\n          description\n          version\n        }\n      }\n      actions(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            axis\n            status\n            startDate\n            endDate\n            budgetTotal\n            leadFirm {\n              id\n              legalName\n            }\n            leadUser {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlanOverviewDocument,
    "\n  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {\n    changeStrategicPlanStatus(input: $input) {\n      id\n      status\n      version\n      nextStatuses\n      viewerCanEdit\n    }\n  }\n": types.ChangePlanStatusDocument,
    "\n  query PlanRevisions($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      revisions(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            before\n            after\n            createdAt\n            action {\n              id\n              title\n            }\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlanRevisionsDocument,
    "\n  query ImportProblems($id: ID!, $after: String) {\n    registryImport(id: $id) {\n      id\n      problems(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            line\n            reasons {\n              code\n              column\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ImportProblemsDocument,
    "\n  query ImportRows($id: ID!, $filter: RegistryImportRowFilter!, $after: String) {\n    registryImport(id: $id) {\n      id\n      rows(first: 50, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            line\n            action\n            legalName\n            vatNumber\n            atecoCodes\n            ateco2007 {\n              from\n              to\n            }\n            kind\n            review {\n              code\n              value\n            }\n            firm {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ImportRowsDocument,
    "\n  mutation SetRegistryImportRowKind($input: SetRegistryImportRowKindInput!) {\n    setRegistryImportRowKind(input: $input) {\n      id\n      version\n      kindCounts {\n        kind\n        count\n      }\n    }\n  }\n": types.SetRegistryImportRowKindDocument,
    "\n  fragment RegistryImportJob_RegistryImportFragment on RegistryImport {\n    id\n    version\n    status\n    fileName\n    format\n    encoding\n    separator\n    columns\n    mapping {\n      column\n      field\n    }\n    rowCount\n    newCount\n    updatedCount\n    unchangedCount\n    invalidCount\n    reviewCount\n    kindCounts {\n      kind\n      count\n    }\n    failureReason\n    failureMessage\n    interruptedPhase\n    interruptedAt\n    progress {\n      processed\n      total\n    }\n  }\n": types.RegistryImportJob_RegistryImportFragmentFragmentDoc,
    "\n  mutation PreviewRegistryImport($input: PreviewRegistryImportInput!) {\n    previewRegistryImport(input: $input) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n": types.PreviewRegistryImportDocument,
    "\n  mutation ApplyRegistryImport($input: ApplyRegistryImportInput!) {\n    applyRegistryImport(input: $input) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n": types.ApplyRegistryImportDocument,
    "\n  query RegistryImportProgress($id: ID!) {\n    registryImport(id: $id) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n": types.RegistryImportProgressDocument,
    "\n  fragment RegistryImportPage_ImportPage on RegistryImportConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...RegistryImportsTable_RegistryImportFragment\n      }\n    }\n  }\n": types.RegistryImportPage_ImportPageFragmentDoc,
    "\n  query RegistryImportPage($id: ID!, $withImport: Boolean!) {\n    me {\n      permissions {\n        viewerCanImportRegistry\n      }\n    }\n    registryImport(id: $id) @include(if: $withImport) {\n      id\n      fileName\n      ...RegistryImportJob_RegistryImportFragment\n    }\n    registryImports(first: 20) {\n      ...RegistryImportPage_ImportPage\n    }\n  }\n": types.RegistryImportPageDocument,
    "\n  query RegistryImportPageMore($after: String!) {\n    registryImports(first: 20, after: $after) {\n      ...RegistryImportPage_ImportPage\n    }\n  }\n": types.RegistryImportPageMoreDocument,
    "\n  fragment RegistryImportsTable_RegistryImportFragment on RegistryImport {\n    id\n    fileName\n    status\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    newCount\n    updatedCount\n    unchangedCount\n    invalidCount\n  }\n": types.RegistryImportsTable_RegistryImportFragmentFragmentDoc,
    "\n  fragment AdhesionsReport_ReportFragment on Report {\n    adhesionFunnel {\n      status\n      count\n    }\n    adhesionsOverTime {\n      month\n      interested\n      signed\n      transitions\n    }\n  }\n": types.AdhesionsReport_ReportFragmentFragmentDoc,
    "\n  query AdhesionsReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      ...AdhesionsReport_ReportFragment\n    }\n  }\n": types.AdhesionsReportDocument,
    "\n  fragment OverviewReport_ReportOverviewFragment on ReportOverview {\n    firmCount\n    memberCount\n    inProgressCount\n    hamletCount\n    byKind {\n      kind\n      count\n    }\n    byHamlet {\n      hamlet\n      count\n    }\n    employees {\n      total\n      network\n      share\n    }\n    capacityPairsPerDay {\n      total\n      network\n      share\n    }\n    exportShareWeighted\n    memberExportShareWeighted\n  }\n": types.OverviewReport_ReportOverviewFragmentFragmentDoc,
    "\n  query OverviewReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      overview {\n        ...OverviewReport_ReportOverviewFragment\n      }\n    }\n  }\n": types.OverviewReportDocument,
    "\n  fragment PlanReport_ReportPlanFragment on ReportPlan {\n    budgetByAxisYear {\n      axis\n      year\n      amountEur\n    }\n    actionsByStatus {\n      status\n      count\n    }\n    kpiAttainment {\n      kpiCount\n      measuredCount\n      achievedCount\n      averagePercent\n    }\n  }\n": types.PlanReport_ReportPlanFragmentFragmentDoc,
    "\n  query PlanReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      plan {\n        ...PlanReport_ReportPlanFragment\n      }\n    }\n  }\n": types.PlanReportDocument,
    "\n  query ReportHamlets {\n    firmFilterOptions {\n      hamlets\n    }\n  }\n": types.ReportHamletsDocument,
    "\n  query SavedReportViews {\n    savedReportViews {\n      id\n      name\n      section\n      filter\n      version\n    }\n  }\n": types.SavedReportViewsDocument,
    "\n  mutation SaveReportView($input: SaveReportViewInput!) {\n    saveReportView(input: $input) {\n      id\n      name\n    }\n  }\n": types.SaveReportViewDocument,
    "\n  mutation DeleteReportView($id: ID!, $version: Int!) {\n    deleteReportView(id: $id, version: $version)\n  }\n": types.DeleteReportViewDocument,
    "\n  fragment StartupReport_ReportStartupFragment on ReportStartup {\n    byPhaseStatus {\n      phase\n      status\n      count\n    }\n    overdueCount\n    overdueByPhase {\n      phase\n      count\n    }\n  }\n": types.StartupReport_ReportStartupFragmentFragmentDoc,
    "\n  query StartupReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      startup {\n        ...StartupReport_ReportStartupFragment\n      }\n    }\n  }\n": types.StartupReportDocument,
    "\n  fragment SupplyChainReport_ReportSupplyChainFragment on ReportSupplyChain {\n    confirmedLinkCount\n    singlePointOfFailureCount\n    localSourcing {\n      linkShare\n      volumeShare\n    }\n    topSuppliers {\n      firm {\n        id\n        legalName\n      }\n      customerCount\n      linkCount\n    }\n    concentration {\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n      hhi\n      supplierCount\n    }\n  }\n": types.SupplyChainReport_ReportSupplyChainFragmentFragmentDoc,
    "\n  query SupplyChainReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      supplyChain {\n        ...SupplyChainReport_ReportSupplyChainFragment\n      }\n    }\n  }\n": types.SupplyChainReportDocument,
    "\n  fragment TraceabilityReport_ReportTraceabilityFragment on ReportTraceability {\n    factoryCount\n    articleCount\n    publishedCount\n    tier1TracedPercent\n    tier2TracedPercent\n    byFactory {\n      firm {\n        id\n        legalName\n        tradeName\n      }\n      articleCount\n      tier1TracedPercent\n      tier2TracedPercent\n    }\n    byCapability {\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n      lineCount\n      districtSupplierLines\n      outsideLines\n      unknownLines\n    }\n  }\n": types.TraceabilityReport_ReportTraceabilityFragmentFragmentDoc,
    "\n  query TraceabilityReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      traceability {\n        ...TraceabilityReport_ReportTraceabilityFragment\n      }\n    }\n  }\n": types.TraceabilityReportDocument,
    "\n  query SearchPalette($query: String!) {\n    search(query: $query, first: 20) {\n      kind\n      id\n      title\n      titleEn\n      detail\n    }\n  }\n": types.SearchPaletteDocument,
    "\n  query FirmSearch($search: String!) {\n    firms(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          legalName\n          hamlet\n        }\n      }\n    }\n  }\n": types.FirmSearchDocument,
    "\n  fragment AppHeader_MeFragment on Me {\n    user {\n      id\n      name\n      role\n    }\n  }\n": types.AppHeader_MeFragmentFragmentDoc,
    "\n  query AppLayout {\n    me {\n      user {\n        id\n        role\n      }\n      twoFactorEnrolmentRequired\n      permissions {\n        viewerCanManageUsers\n      }\n      ...AppHeader_MeFragment\n      ...MainNav_MeFragment\n    }\n  }\n": types.AppLayoutDocument,
    "\n  fragment MainNav_MeFragment on Me {\n    permissions {\n      viewerCanManageUsers\n      viewerCanReadOutbox\n      viewerCanReadContract\n      viewerCanReadAdhesions\n      viewerCanReadTasks\n      viewerCanReadPlan\n      viewerCanReadDirectory\n      viewerCanImportRegistry\n      viewerCanReadSupplyChain\n      viewerCanReadEvents\n      viewerCanReadReports\n      viewerCanManageTraceability\n    }\n  }\n": types.MainNav_MeFragmentFragmentDoc,
    "\n  mutation SubmitContactRequest($input: SubmitContactRequestInput!) {\n    submitContactRequest(input: $input) {\n      received\n    }\n  }\n": types.SubmitContactRequestDocument,
    "\n  fragment FirmCard_PublicFirmFragment on PublicFirm {\n    id\n    legalName\n    tradeName\n    kind\n    municipality\n    capacityPairsPerDay\n    ceasedOn\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": types.FirmCard_PublicFirmFragmentFragmentDoc,
    "\n  query FirmDashboardInbox {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    showcaseInsights {\n      showcaseConsent\n      viewsLast30Days\n      requestCount\n      unreadCount\n    }\n    contactRequests(first: 20) {\n      edges {\n        node {\n          id\n          version\n          kind\n          name\n          company\n          country\n          email\n          message\n          quantity\n          state\n          createdAt\n        }\n      }\n    }\n  }\n": types.FirmDashboardInboxDocument,
    "\n  mutation MarkContactRequest($id: ID!, $version: Int!, $state: ContactRequestState!) {\n    markContactRequest(id: $id, version: $version, state: $state) {\n      id\n      version\n      state\n    }\n  }\n": types.MarkContactRequestDocument,
    "\n  fragment PassportsCard_PassportFragment on Passport {\n    id\n    name\n    productLine\n    manufacturer {\n      name\n      municipality\n    }\n    traceability {\n      tiers {\n        tier\n        tracedWeightPercent\n      }\n    }\n  }\n": types.PassportsCard_PassportFragmentFragmentDoc,
    "\n  query ShowcaseEvents {\n    publicEvents(first: 50) {\n      edges {\n        node {\n          id\n          ...EventCard_EventFragment\n        }\n      }\n    }\n  }\n": types.ShowcaseEventsDocument,
    "\n  query ShowcaseFirm($id: ID!) {\n    showcaseFirm(id: $id) {\n      id\n      legalName\n      tradeName\n      kind\n      municipality\n      hamlet\n      ceasedOn\n      capabilities {\n        id\n        labelIt\n        labelEn\n      }\n      productLines\n      certifications\n      exportMarkets\n      capacityPairsPerDay\n      website\n      email\n      phone\n      descriptionIt\n      descriptionEn\n    }\n  }\n": types.ShowcaseFirmDocument,
    "\n  query ShowcaseHome(\n    $search: String\n    $capabilityIds: [ID!]\n    $exportMarkets: [String!]\n    $minCapacity: Int\n    $includeCeased: Boolean\n    $first: Int\n    $after: String\n  ) {\n    showcaseStats {\n      firmCount\n      showcaseFirmCount\n      capabilityCount\n      exportMarketCount\n    }\n    showcaseCapabilities {\n      id\n      labelIt\n      labelEn\n    }\n    showcaseExportMarkets {\n      code\n      nameIt\n      nameEn\n    }\n    showcaseFirms(\n      search: $search\n      capabilityIds: $capabilityIds\n      exportMarkets: $exportMarkets\n      minCapacity: $minCapacity\n      includeCeased: $includeCeased\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FirmCard_PublicFirmFragment\n        }\n      }\n    }\n    publishedPassports(first: 6) {\n      id\n      ...PassportsCard_PassportFragment\n    }\n  }\n": types.ShowcaseHomeDocument,
    "\n  query ShowcasePassport($id: ID!) {\n    passport(id: $id) {\n      id\n      code\n      name\n      productLine\n      season\n      gtin\n      publishedAt\n      photoUrl\n      photoAlt\n      countryOfAssembly\n      manufacturer {\n        name\n        municipality\n        province\n        showcaseFirmId\n      }\n      traceability {\n        declaredWeightPercent\n        tiers {\n          tier\n          tracedWeightPercent\n        }\n      }\n      components {\n        capability {\n          id\n          labelIt\n          labelEn\n        }\n        supplier {\n          name\n          kind\n          municipality\n          showcaseFirmId\n        }\n        outsideCountry\n        outsideRegion\n        material\n        composition {\n          material\n          percent\n        }\n        originCountry\n        originRegion\n        weightSharePercent\n        certifications\n        inputs {\n          capability {\n            id\n            labelIt\n            labelEn\n          }\n          supplier {\n            name\n            kind\n            municipality\n            showcaseFirmId\n          }\n          outsideCountry\n          outsideRegion\n          material\n          originCountry\n          originRegion\n          sharePercent\n        }\n      }\n    }\n  }\n": types.ShowcasePassportDocument,
    "\n  query Alternatives($firmId: ID!, $capabilityId: ID!) {\n    alternativeSuppliers(firmId: $firmId, capabilityId: $capabilityId, first: 10) {\n      score\n      sameHamlet\n      sameMunicipality\n      confirmedCustomerCount\n      firm {\n        id\n        legalName\n        hamlet\n      }\n    }\n  }\n": types.AlternativesDocument,
    "\n  query ChainView($firmId: ID!, $direction: SupplyChainDirection!, $depth: Int!) {\n    supplyChain(firmId: $firmId, direction: $direction, depth: $depth) {\n      depth\n      nodes {\n        tier\n        firm {\n          id\n          legalName\n          kind\n          hamlet\n          ceasedOn\n        }\n      }\n    }\n  }\n": types.ChainViewDocument,
    "\n  mutation DeclareSupplyLink($input: DeclareSupplyLinkInput!) {\n    declareSupplyLink(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeclareSupplyLinkDocument,
    "\n  query FirmSupplyChainPage($firmId: ID!) {\n    firm(id: $firmId) {\n      id\n      legalName\n      viewerCanDeclareSupplyLinks\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n    pendingSupplyLinkRequests {\n      id\n      supplier {\n        id\n      }\n      customer {\n        id\n      }\n      ...PendingRequests_SupplyLinkFragment\n    }\n  }\n": types.FirmSupplyChainPageDocument,
    "\n  query FirmSupplyLinks($firmId: ID!, $direction: SupplyLinkDirection!) {\n    supplyLinks(firmId: $firmId, direction: $direction, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          status\n          sharePercent\n          yearlyVolumePairs\n          since\n          recordedOnBehalf\n          viewerCanEnd\n          supplierCeased\n          ...SupplyLinkParties_SupplyLinkFragment\n        }\n      }\n    }\n  }\n": types.FirmSupplyLinksDocument,
    "\n  mutation EndSupplyLink($id: ID!, $version: Int!) {\n    endSupplyLink(id: $id, version: $version) {\n      id\n      status\n      version\n      viewerCanEnd\n    }\n  }\n": types.EndSupplyLinkDocument,
    "\n  fragment PendingRequests_SupplyLinkFragment on SupplyLink {\n    id\n    version\n    since\n    sharePercent\n    yearlyVolumePairs\n    note\n    recordedOnBehalf\n    viewerCanDecide\n    ...SupplyLinkParties_SupplyLinkFragment\n    declaredBy {\n      id\n      legalName\n    }\n  }\n": types.PendingRequests_SupplyLinkFragmentFragmentDoc,
    "\n  fragment PendingRequests_DecidedFragment on SupplyLink {\n    id\n    status\n    version\n    viewerCanDecide\n    viewerCanEnd\n  }\n": types.PendingRequests_DecidedFragmentFragmentDoc,
    "\n  mutation ConfirmSupplyLink($id: ID!, $version: Int!) {\n    confirmSupplyLink(id: $id, version: $version) {\n      ...PendingRequests_DecidedFragment\n    }\n  }\n": types.ConfirmSupplyLinkDocument,
    "\n  mutation RejectSupplyLink($id: ID!, $version: Int!) {\n    rejectSupplyLink(id: $id, version: $version) {\n      ...PendingRequests_DecidedFragment\n    }\n  }\n": types.RejectSupplyLinkDocument,
    "\n  query FirmDashboardPending {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    pendingSupplyLinkRequests {\n      id\n      ...PendingRequests_SupplyLinkFragment\n    }\n  }\n": types.FirmDashboardPendingDocument,
    "\n  query SupplyChainPage {\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n    firmFilterOptions {\n      hamlets\n    }\n    localSourcingShare {\n      confirmedLinkCount\n      localLinkCount\n      linkShare\n      volumeShare\n    }\n    singlePointsOfFailure(first: 20) {\n      totalCount\n      items {\n        affectedFactoryCount\n        supplierCeased\n        supplier {\n          id\n          legalName\n        }\n        exposures {\n          factory {\n            id\n            legalName\n          }\n          capability {\n            id\n            labelIt\n            labelEn\n          }\n        }\n      }\n    }\n    capabilityConcentration {\n      hhi\n      supplierCount\n      topSupplierSharePercent\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n    }\n  }\n": types.SupplyChainPageDocument,
    "\n  query SupplyGraph(\n    $firmId: ID\n    $depth: Int\n    $capabilityId: ID\n    $kind: FirmKind\n    $hamlet: String\n    $statuses: [SupplyLinkStatus!]\n  ) {\n    supplyGraph(\n      firmId: $firmId\n      depth: $depth\n      capabilityId: $capabilityId\n      kind: $kind\n      hamlet: $hamlet\n      statuses: $statuses\n    ) {\n      centre {\n        id\n        legalName\n      }\n      truncated\n      nodes {\n        id\n        legalName\n        kind\n        hamlet\n        linkCount\n        hiddenLinkCount\n        singlePointOfFailure\n        ceasedOn\n      }\n      edges {\n        id\n        supplierId\n        customerId\n        capabilityId\n        status\n        soleSource\n      }\n    }\n  }\n": types.SupplyGraphDocument,
    "\n  fragment SupplyLinkParties_SupplyLinkFragment on SupplyLink {\n    supplier {\n      id\n      legalName\n    }\n    customer {\n      id\n      legalName\n    }\n    capability {\n      id\n      labelIt\n      labelEn\n    }\n  }\n": types.SupplyLinkParties_SupplyLinkFragmentFragmentDoc,
    "\n  query BlockerCandidates($search: String) {\n    tasks(filter: { search: $search }, orderBy: TITLE, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.BlockerCandidatesDocument,
    "\n  mutation SetTaskBlockers($input: SetTaskBlockersInput!) {\n    setTaskBlockers(input: $input) {\n      id\n      version\n      openBlockerCount\n      blockedBy {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.SetTaskBlockersDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateTaskDocument,
    "\n  fragment EditTaskForm_TaskFragment on Task {\n    id\n    version\n    title\n    phase\n    priority\n    startDate\n    dueDate\n    assignee {\n      id\n    }\n  }\n": types.EditTaskForm_TaskFragmentFragmentDoc,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...EditTaskForm_TaskFragment\n      overdue\n      assignee {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  fragment MyWeek_TaskFragment on Task {\n    id\n    title\n    status\n    dueDate\n    overdue\n    openBlockerCount\n  }\n": types.MyWeek_TaskFragmentFragmentDoc,
    "\n  query MyWeek {\n    myWeek {\n      due {\n        id\n        ...MyWeek_TaskFragment\n      }\n      blocked {\n        id\n        ...MyWeek_TaskFragment\n      }\n      recentActivity {\n        id\n        kind\n        createdAt\n        actor {\n          id\n          name\n        }\n        task {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyWeekDocument,
    "\n  query TaskBoard {\n    me {\n      permissions {\n        viewerCanEditTasks\n      }\n    }\n    taskBoard(first: 50) {\n      status\n      totalCount\n      tasks {\n        ...TaskCard_TaskFragment\n      }\n    }\n  }\n": types.TaskBoardDocument,
    "\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      id\n      status\n      version\n      overdue\n    }\n  }\n": types.MoveTaskDocument,
    "\n  fragment TaskCard_TaskFragment on Task {\n    id\n    title\n    status\n    phase\n    priority\n    dueDate\n    overdue\n    openBlockerCount\n    version\n    assignee {\n      id\n      name\n    }\n  }\n": types.TaskCard_TaskFragmentFragmentDoc,
    "\n  query TaskAssignees {\n    assignableUsers {\n      id\n      name\n    }\n  }\n": types.TaskAssigneesDocument,
    "\n  fragment TaskLinksForm_TaskFragment on Task {\n    id\n    version\n    firms {\n      id\n      legalName\n    }\n    planAction {\n      id\n      title\n    }\n  }\n": types.TaskLinksForm_TaskFragmentFragmentDoc,
    "\n  query TaskPlanActions {\n    strategicPlans {\n      id\n      title\n      actions(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.TaskPlanActionsDocument,
    "\n  mutation UpdateTaskLinks($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskLinksForm_TaskFragment\n    }\n  }\n": types.UpdateTaskLinksDocument,
    "\n  fragment TaskList_TaskFragment on Task {\n    id\n    title\n    phase\n    status\n    priority\n    dueDate\n    overdue\n    assignee {\n      id\n      name\n    }\n  }\n": types.TaskList_TaskFragmentFragmentDoc,
    "\n  query TaskList($filter: TaskFilter, $orderBy: TaskOrder, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...TaskList_TaskFragment\n        }\n      }\n    }\n    assignableUsers {\n      id\n      name\n    }\n  }\n": types.TaskListDocument,
    "\n  query TaskDetail($id: ID!) {\n    me {\n      permissions {\n        viewerCanEditTasks\n      }\n    }\n    task(id: $id) {\n      id\n      title\n      description\n      phase\n      status\n      priority\n      startDate\n      dueDate\n      overdue\n      version\n      ...EditTaskForm_TaskFragment\n      ...TaskLinksForm_TaskFragment\n      assignee {\n        id\n        name\n      }\n      firms {\n        id\n        legalName\n      }\n      planAction {\n        id\n        title\n      }\n      blockedBy {\n        id\n        title\n        status\n      }\n      blocks {\n        id\n        title\n        status\n      }\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n      activity(first: 50) {\n        edges {\n          node {\n            id\n            kind\n            createdAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TaskDetailDocument,
    "\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n    }\n  }\n": types.AddTaskCommentDocument,
    "\n  fragment TaskTimeline_TaskFragment on Task {\n    id\n    title\n    phase\n    status\n    startDate\n    dueDate\n    overdue\n  }\n": types.TaskTimeline_TaskFragmentFragmentDoc,
    "\n  query TaskTimeline {\n    tasks(orderBy: DUE_DATE, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          ...TaskTimeline_TaskFragment\n        }\n      }\n    }\n  }\n": types.TaskTimelineDocument,
    "\n  query TasksPage {\n    me {\n      permissions {\n        viewerCanReadTasks\n        viewerCanEditTasks\n      }\n    }\n  }\n": types.TasksPageDocument,
    "\n  subscription TaskChanged {\n    taskChanged {\n      id\n      ...TaskCard_TaskFragment\n    }\n  }\n": types.TaskChangedDocument,
    "\n  fragment FirmPicker_FirmFragment on Firm {\n    id\n    legalName\n    vatNumber\n    hamlet\n  }\n": types.FirmPicker_FirmFragmentFragmentDoc,
    "\n  query FirmPicker($search: String!) {\n    firms(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...FirmPicker_FirmFragment\n        }\n      }\n    }\n  }\n": types.FirmPickerDocument,
    "\n  fragment InvitationsTable_InvitationFragment on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    firm {\n      id\n      legalName\n    }\n  }\n": types.InvitationsTable_InvitationFragmentFragmentDoc,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitation {\n        ...InvitationsTable_InvitationFragment\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  fragment OutboxPage_MailPage on OutboxMailConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        to\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n      }\n    }\n  }\n": types.OutboxPage_MailPageFragmentDoc,
    "\n  query OutboxPage($after: String) {\n    mailDelivery\n    outbox(first: 20, after: $after) {\n      ...OutboxPage_MailPage\n    }\n  }\n": types.OutboxPageDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n      version\n      twoFactorEnabled\n      firm {\n        id\n        legalName\n      }\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation ResetUserTwoFactor($input: ResetUserTwoFactorInput!) {\n    resetUserTwoFactor(input: $input) {\n      id\n      version\n      twoFactorEnabled\n    }\n  }\n": types.ResetUserTwoFactorDocument,
    "\n  fragment UsersPage_UserPage on UserConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...UsersTable_UserFragment\n      }\n    }\n  }\n": types.UsersPage_UserPageFragmentDoc,
    "\n  fragment UsersPage_InvitationPage on InvitationConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...InvitationsTable_InvitationFragment\n      }\n    }\n  }\n": types.UsersPage_InvitationPageFragmentDoc,
    "\n  query UsersPage {\n    users(first: 50) {\n      ...UsersPage_UserPage\n    }\n    invitations(first: 50) {\n      ...UsersPage_InvitationPage\n    }\n  }\n": types.UsersPageDocument,
    "\n  query UsersPageMoreUsers($after: String!) {\n    users(first: 50, after: $after) {\n      ...UsersPage_UserPage\n    }\n  }\n": types.UsersPageMoreUsersDocument,
    "\n  query UsersPageMoreInvitations($after: String!) {\n    invitations(first: 50, after: $after) {\n      ...UsersPage_InvitationPage\n    }\n  }\n": types.UsersPageMoreInvitationsDocument,
    "\n  fragment UsersTable_UserFragment on User {\n    id\n    name\n    email\n    role\n    lastSignInAt\n    active\n    version\n    twoFactorEnabled\n    firm {\n      id\n      legalName\n    }\n  }\n": types.UsersTable_UserFragmentFragmentDoc,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": types.SetUserActiveDocument,
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
export function graphql(source: "\n  fragment ShowMore_PageInfoFragment on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment ShowMore_PageInfoFragment on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    mySessions(first: 50) {\n      id\n      userAgent\n      ip\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query AccountPage {\n    mySessions(first: 50) {\n      id\n      userAgent\n      ip\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountTwoFactor {\n    myTwoFactor {\n      enabled\n      enabledAt\n      required\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query AccountTwoFactor {\n    myTwoFactor {\n      enabled\n      enabledAt\n      required\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qrCode\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qrCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorEnrolment($input: ConfirmTwoFactorInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorEnrolment($input: ConfirmTwoFactorInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdhesionBoard_AdhesionFragment on Adhesion {\n    id\n    status\n    nextStatuses\n    firm {\n      id\n      legalName\n      hamlet\n      kind\n      ceasedOn\n    }\n  }\n"): (typeof documents)["\n  fragment AdhesionBoard_AdhesionFragment on Adhesion {\n    id\n    status\n    nextStatuses\n    firm {\n      id\n      legalName\n      hamlet\n      kind\n      ceasedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdhesionChecklist_AdhesionFragment on Adhesion {\n    stillNeeded\n    documents {\n      visuraCamerale\n      durc\n      digitalSignature\n    }\n  }\n"): (typeof documents)["\n  fragment AdhesionChecklist_AdhesionFragment on Adhesion {\n    stillNeeded\n    documents {\n      visuraCamerale\n      durc\n      digitalSignature\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdhesionCounters_AdhesionCountersFragment on AdhesionCounters {\n    inProgress\n    signed\n    registered\n    districtTotal\n  }\n"): (typeof documents)["\n  fragment AdhesionCounters_AdhesionCountersFragment on AdhesionCounters {\n    inProgress\n    signed\n    registered\n    districtTotal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdhesionDetailPage($id: ID!) {\n    adhesion(id: $id) {\n      id\n      status\n      contributionEur\n      legalRepresentative\n      nextStatuses\n      viewerCanManage\n      firm {\n        id\n        legalName\n        hamlet\n        kind\n        ceasedOn\n      }\n      ...AdhesionChecklist_AdhesionFragment\n      transitions(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            from\n            to\n            note\n            at\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdhesionDetailPage($id: ID!) {\n    adhesion(id: $id) {\n      id\n      status\n      contributionEur\n      legalRepresentative\n      nextStatuses\n      viewerCanManage\n      firm {\n        id\n        legalName\n        hamlet\n        kind\n        ceasedOn\n      }\n      ...AdhesionChecklist_AdhesionFragment\n      transitions(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            from\n            to\n            note\n            at\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdhesionsAccess {\n    me {\n      permissions {\n        viewerCanReadAdhesions\n        viewerCanManageAdhesions\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdhesionsAccess {\n    me {\n      permissions {\n        viewerCanReadAdhesions\n        viewerCanManageAdhesions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdhesionsPage_AdhesionConnectionFragment on AdhesionConnection {\n    totalCount\n    pageInfo {\n      ...ShowMore_PageInfoFragment @unmask\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AdhesionBoard_AdhesionFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AdhesionsPage_AdhesionConnectionFragment on AdhesionConnection {\n    totalCount\n    pageInfo {\n      ...ShowMore_PageInfoFragment @unmask\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AdhesionBoard_AdhesionFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdhesionsPage($filter: AdhesionFilter) {\n    adhesionCounters {\n      ...AdhesionCounters_AdhesionCountersFragment\n    }\n    adhesionHamlets\n    adhesions(filter: $filter, first: 100) {\n      ...AdhesionsPage_AdhesionConnectionFragment @unmask\n    }\n  }\n"): (typeof documents)["\n  query AdhesionsPage($filter: AdhesionFilter) {\n    adhesionCounters {\n      ...AdhesionCounters_AdhesionCountersFragment\n    }\n    adhesionHamlets\n    adhesions(filter: $filter, first: 100) {\n      ...AdhesionsPage_AdhesionConnectionFragment @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdhesionsPageMore($filter: AdhesionFilter, $after: String!) {\n    adhesions(filter: $filter, first: 100, after: $after) {\n      ...AdhesionsPage_AdhesionConnectionFragment @unmask\n    }\n  }\n"): (typeof documents)["\n  query AdhesionsPageMore($filter: AdhesionFilter, $after: String!) {\n    adhesions(filter: $filter, first: 100, after: $after) {\n      ...AdhesionsPage_AdhesionConnectionFragment @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmAdhesionCard_AdhesionFragment on Adhesion {\n    id\n    version\n    status\n    contributionEur\n    viewerCanWithdraw\n    ...AdhesionChecklist_AdhesionFragment\n  }\n"): (typeof documents)["\n  fragment FirmAdhesionCard_AdhesionFragment on Adhesion {\n    id\n    version\n    status\n    contributionEur\n    viewerCanWithdraw\n    ...AdhesionChecklist_AdhesionFragment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest {\n    expressInterest {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest {\n    expressInterest {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOwnAdhesion($input: WithdrawAdhesionInput!) {\n    withdrawAdhesion(input: $input) {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOwnAdhesion($input: WithdrawAdhesionInput!) {\n    withdrawAdhesion(input: $input) {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteFirmsToNetwork($input: InviteFirmsToNetworkInput!) {\n    inviteFirmsToNetwork(input: $input) {\n      invitedCount\n    }\n  }\n"): (typeof documents)["\n  mutation InviteFirmsToNetwork($input: InviteFirmsToNetworkInput!) {\n    inviteFirmsToNetwork(input: $input) {\n      invitedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteFirmsCount($filter: AdhesionFilter!) {\n    adhesions(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InviteFirmsCount($filter: AdhesionFilter!) {\n    adhesions(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoveAdhesionDialog_AdhesionFragment on Adhesion {\n    id\n    version\n    status\n    nextStatuses\n    contributionEur\n    legalRepresentative\n    documents {\n      visuraCamerale\n      durc\n      digitalSignature\n    }\n    firm {\n      id\n      legalName\n    }\n  }\n"): (typeof documents)["\n  fragment MoveAdhesionDialog_AdhesionFragment on Adhesion {\n    id\n    version\n    status\n    nextStatuses\n    contributionEur\n    legalRepresentative\n    documents {\n      visuraCamerale\n      durc\n      digitalSignature\n    }\n    firm {\n      id\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoveAdhesionDialog($id: ID!) {\n    adhesion(id: $id) {\n      id\n      ...MoveAdhesionDialog_AdhesionFragment\n    }\n  }\n"): (typeof documents)["\n  query MoveAdhesionDialog($id: ID!) {\n    adhesion(id: $id) {\n      id\n      ...MoveAdhesionDialog_AdhesionFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAdhesion($input: MoveAdhesionInput!) {\n    moveAdhesion(input: $input) {\n      id\n      ...MoveAdhesionDialog_AdhesionFragment\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAdhesion($input: MoveAdhesionInput!) {\n    moveAdhesion(input: $input) {\n      id\n      ...MoveAdhesionDialog_AdhesionFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdhesionChanged {\n    adhesionChanged {\n      id\n      ...AdhesionBoard_AdhesionFragment\n    }\n  }\n"): (typeof documents)["\n  subscription AdhesionChanged {\n    adhesionChanged {\n      id\n      ...AdhesionBoard_AdhesionFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleForm_ArticleFragment on Article {\n    id\n    version\n    code\n    name\n    productLine\n    season\n    gtin\n    status\n    passportUrl\n    photoAlt\n    ...ArticlePhoto_ArticleFragment\n    components {\n      id\n      capability {\n        id\n      }\n      supplier {\n        id\n      }\n      outsideCountry\n      outsideRegion\n      material\n      composition {\n        material\n        percent\n      }\n      originCountry\n      originRegion\n      weightSharePercent\n      certifications\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleForm_ArticleFragment on Article {\n    id\n    version\n    code\n    name\n    productLine\n    season\n    gtin\n    status\n    passportUrl\n    photoAlt\n    ...ArticlePhoto_ArticleFragment\n    components {\n      id\n      capability {\n        id\n      }\n      supplier {\n        id\n      }\n      outsideCountry\n      outsideRegion\n      material\n      composition {\n        material\n        percent\n      }\n      originCountry\n      originRegion\n      weightSharePercent\n      certifications\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleEditor($id: ID!, $existing: Boolean!) {\n    capabilities {\n      id\n      code\n      labelIt\n      labelEn\n    }\n    articleSupplierChoices {\n      supplier {\n        id\n        legalName\n        tradeName\n      }\n      capability {\n        id\n      }\n    }\n    article(id: $id) @include(if: $existing) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"): (typeof documents)["\n  query ArticleEditor($id: ID!, $existing: Boolean!) {\n    capabilities {\n      id\n      code\n      labelIt\n      labelEn\n    }\n    articleSupplierChoices {\n      supplier {\n        id\n        legalName\n        tradeName\n      }\n      capability {\n        id\n      }\n    }\n    article(id: $id) @include(if: $existing) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishArticle($id: ID!, $version: Int!) {\n    publishArticle(id: $id, version: $version) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"): (typeof documents)["\n  mutation PublishArticle($id: ID!, $version: Int!) {\n    publishArticle(id: $id, version: $version) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishArticle($id: ID!, $version: Int!) {\n    unpublishArticle(id: $id, version: $version) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishArticle($id: ID!, $version: Int!) {\n    unpublishArticle(id: $id, version: $version) {\n      id\n      ...ArticleForm_ArticleFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InputsCard_SettingsFragment on TraceabilitySettings {\n    inputs {\n      id\n      capability {\n        id\n      }\n      inputCapability {\n        id\n        labelIt\n        labelEn\n      }\n      inputSupplier {\n        id\n        legalName\n      }\n      outsideCountry\n      outsideRegion\n      material\n      originCountry\n      originRegion\n      sharePercent\n    }\n    upstreamChoices {\n      supplier {\n        id\n        legalName\n        tradeName\n      }\n      capability {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InputsCard_SettingsFragment on TraceabilitySettings {\n    inputs {\n      id\n      capability {\n        id\n      }\n      inputCapability {\n        id\n        labelIt\n        labelEn\n      }\n      inputSupplier {\n        id\n        legalName\n      }\n      outsideCountry\n      outsideRegion\n      material\n      originCountry\n      originRegion\n      sharePercent\n    }\n    upstreamChoices {\n      supplier {\n        id\n        legalName\n        tradeName\n      }\n      capability {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupplierInputs($input: SetSupplierInputsInput!) {\n    setSupplierInputs(input: $input) {\n      ...InputsCard_SettingsFragment\n    }\n  }\n"): (typeof documents)["\n  mutation SetSupplierInputs($input: SetSupplierInputsInput!) {\n    setSupplierInputs(input: $input) {\n      ...InputsCard_SettingsFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticlePhoto_ArticleFragment on Article {\n    id\n    name\n    photoUrl\n    photoAlt\n  }\n"): (typeof documents)["\n  fragment ArticlePhoto_ArticleFragment on Article {\n    id\n    name\n    photoUrl\n    photoAlt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraceabilityPage {\n    me {\n      user {\n        id\n        firm {\n          id\n          kind\n        }\n      }\n    }\n    traceabilitySettings {\n      passportNamePublic\n      ...InputsCard_SettingsFragment\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query TraceabilityPage {\n    me {\n      user {\n        id\n        firm {\n          id\n          kind\n        }\n      }\n    }\n    traceabilitySettings {\n      passportNamePublic\n      ...InputsCard_SettingsFragment\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryArticles($firmId: ID!) {\n    articles(firmId: $firmId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          traceability {\n            tiers {\n              tier\n              tracedWeightPercent\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FactoryArticles($firmId: ID!) {\n    articles(firmId: $firmId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          traceability {\n            tiers {\n              tier\n              tracedWeightPercent\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassportNameConsent($namePublic: Boolean!) {\n    setPassportNameConsent(namePublic: $namePublic) {\n      passportNamePublic\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassportNameConsent($namePublic: Boolean!) {\n    setPassportNameConsent(namePublic: $namePublic) {\n      passportNamePublic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AtecoPicker_AtecoCodeFragment on AtecoCode {\n    code\n    titleIt\n    titleEn\n  }\n"): (typeof documents)["\n  fragment AtecoPicker_AtecoCodeFragment on AtecoCode {\n    code\n    titleIt\n    titleEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AtecoPickerSearch($search: String!) {\n    atecoCodes(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          ...AtecoPicker_AtecoCodeFragment @unmask\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AtecoPickerSearch($search: String!) {\n    atecoCodes(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          ...AtecoPicker_AtecoCodeFragment @unmask\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AtecoPickerChip($code: String!) {\n    atecoCode(code: $code) {\n      ...AtecoPicker_AtecoCodeFragment @unmask\n    }\n  }\n"): (typeof documents)["\n  query AtecoPickerChip($code: String!) {\n    atecoCode(code: $code) {\n      ...AtecoPicker_AtecoCodeFragment @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
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
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ClaimProgress_ClaimFragment on Claim {\n    id\n    status\n    email\n    pecHint\n    codeExpiresAt\n    triesLeft\n  }\n"): (typeof documents)["\n  fragment ClaimProgress_ClaimFragment on Claim {\n    id\n    status\n    email\n    pecHint\n    codeExpiresAt\n    triesLeft\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartClaim($input: StartClaimInput!) {\n    startClaim(input: $input) {\n      token\n      claim {\n        id\n        ...ClaimProgress_ClaimFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartClaim($input: StartClaimInput!) {\n    startClaim(input: $input) {\n      token\n      claim {\n        id\n        ...ClaimProgress_ClaimFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyClaimCode($input: VerifyClaimCodeInput!) {\n    verifyClaimCode(input: $input) {\n      id\n      ...ClaimProgress_ClaimFragment\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyClaimCode($input: VerifyClaimCodeInput!) {\n    verifyClaimCode(input: $input) {\n      id\n      ...ClaimProgress_ClaimFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmClaimRequests {\n    firmClaimRequests {\n      id\n      version\n      name\n      roleInFirm\n      email\n    }\n  }\n"): (typeof documents)["\n  query FirmClaimRequests {\n    firmClaimRequests {\n      id\n      version\n      name\n      roleInFirm\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideClaim($input: ReviewClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideClaim($input: ReviewClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimReviewQueue($after: String) {\n    claimReviewQueue(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          name\n          roleInFirm\n          email\n          documentKind\n          documentUrl\n          createdAt\n          firm {\n            id\n            name\n            municipality\n            vatNumber\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimReviewQueue($after: String) {\n    claimReviewQueue(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          version\n          name\n          roleInFirm\n          email\n          documentKind\n          documentUrl\n          createdAt\n          firm {\n            id\n            name\n            municipality\n            vatNumber\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewClaim($input: ReviewClaimInput!) {\n    reviewClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewClaim($input: ReviewClaimInput!) {\n    reviewClaim(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimableFirms($search: String!) {\n    claimableFirms(search: $search) {\n      id\n      name\n      municipality\n      vatNumber\n      pecHint\n    }\n  }\n"): (typeof documents)["\n  query ClaimableFirms($search: String!) {\n    claimableFirms(search: $search) {\n      id\n      name\n      municipality\n      vatNumber\n      pecHint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmPeople {\n    firmPeople {\n      viewerIsManager\n      people {\n        id\n        version\n        name\n        email\n        isManager\n        viewerCanRemove\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmPeople {\n    firmPeople {\n      viewerIsManager\n      people {\n        id\n        version\n        name\n        email\n        isManager\n        viewerCanRemove\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveColleague($input: RemoveColleagueInput!) {\n    removeColleague(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveColleague($input: RemoveColleagueInput!) {\n    removeColleague(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractEditor_NetworkContractFragment on NetworkContract {\n    id\n    version\n    status\n    type\n    viewerCanEdit\n    referenceFirm {\n      id\n      legalName\n    }\n    document {\n      title\n      objectives {\n        title\n        measure\n      }\n      programme {\n        activities\n        rights\n        obligations\n      }\n      duration {\n        years\n        notes\n      }\n      joining\n      organoComune {\n        present\n        composition\n        powers\n        replacement\n      }\n      decisionRules\n      commonFund {\n        present\n        contributions\n        management\n      }\n      withdrawalExclusion\n    }\n    participants(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          hamlet\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContractEditor_NetworkContractFragment on NetworkContract {\n    id\n    version\n    status\n    type\n    viewerCanEdit\n    referenceFirm {\n      id\n      legalName\n    }\n    document {\n      title\n      objectives {\n        title\n        measure\n      }\n      programme {\n        activities\n        rights\n        obligations\n      }\n      duration {\n        years\n        notes\n      }\n      joining\n      organoComune {\n        present\n        composition\n        powers\n        replacement\n      }\n      decisionRules\n      commonFund {\n        present\n        contributions\n        management\n      }\n      withdrawalExclusion\n    }\n    participants(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          legalName\n          hamlet\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveContractDraft($input: SaveContractDraftInput!) {\n    saveContractDraft(input: $input) {\n      id\n      version\n      revisions(first: 1) {\n        edges {\n          node {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveContractDraft($input: SaveContractDraftInput!) {\n    saveContractDraft(input: $input) {\n      id\n      version\n      revisions(first: 1) {\n        edges {\n          node {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractPage {\n    networkContract {\n      id\n      status\n      viewerCanEdit\n      ...ContractStatusBar_NetworkContractFragment\n      ...MissingElements_NetworkContractFragment\n      ...ContractEditor_NetworkContractFragment\n      ...SectionComments_NetworkContractFragment\n      ...ContractRevisions_NetworkContractFragment\n    }\n    adhesionCounters {\n      ...AdhesionCounters_AdhesionCountersFragment\n    }\n  }\n"): (typeof documents)["\n  query ContractPage {\n    networkContract {\n      id\n      status\n      viewerCanEdit\n      ...ContractStatusBar_NetworkContractFragment\n      ...MissingElements_NetworkContractFragment\n      ...ContractEditor_NetworkContractFragment\n      ...SectionComments_NetworkContractFragment\n      ...ContractRevisions_NetworkContractFragment\n    }\n    adhesionCounters {\n      ...AdhesionCounters_AdhesionCountersFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractRevisions_NetworkContractFragment on NetworkContract {\n    revisions(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          changeSummary\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContractRevisions_NetworkContractFragment on NetworkContract {\n    revisions(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          changeSummary\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractRevisionDiff($fromId: ID!, $toId: ID!, $language: ContractLanguage) {\n    networkContract {\n      id\n      revisionDiff(fromId: $fromId, toId: $toId, language: $language) {\n        from {\n          id\n          number\n        }\n        to {\n          id\n          number\n        }\n        sections {\n          section\n          before\n          after\n          changed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractRevisionDiff($fromId: ID!, $toId: ID!, $language: ContractLanguage) {\n    networkContract {\n      id\n      revisionDiff(fromId: $fromId, toId: $toId, language: $language) {\n        from {\n          id\n          number\n        }\n        to {\n          id\n          number\n        }\n        sections {\n          section\n          before\n          after\n          changed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractStatusBar_NetworkContractFragment on NetworkContract {\n    id\n    version\n    status\n    nextStatuses\n    registrationNumber\n    registrationDate\n    viewerCanEdit\n  }\n"): (typeof documents)["\n  fragment ContractStatusBar_NetworkContractFragment on NetworkContract {\n    id\n    version\n    status\n    nextStatuses\n    registrationNumber\n    registrationDate\n    viewerCanEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) {\n      id\n      ...ContractStatusBar_NetworkContractFragment\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {\n    changeContractStatus(input: $input) {\n      id\n      ...ContractStatusBar_NetworkContractFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissingElements_NetworkContractFragment on NetworkContract {\n    status\n    viewerCanEdit\n    missingElements {\n      element\n      field\n      section\n    }\n  }\n"): (typeof documents)["\n  fragment MissingElements_NetworkContractFragment on NetworkContract {\n    status\n    viewerCanEdit\n    missingElements {\n      element\n      field\n      section\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionComments_NetworkContractFragment on NetworkContract {\n    viewerCanComment\n    comments(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          section\n          body\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SectionComments_NetworkContractFragment on NetworkContract {\n    viewerCanComment\n    comments(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          section\n          body\n          createdAt\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContractComment($input: AddContractCommentInput!) {\n    addContractComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddContractComment($input: AddContractCommentInput!) {\n    addContractComment(input: $input) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment DistrictFigures_DistrictSummaryFragment on DistrictSummary {\n    firmCount\n    shoeFactoryCount\n    supplyChainFirmCount\n    inProgressCount\n    memberCount\n    confirmedLinkCount\n  }\n"): (typeof documents)["\n  fragment DistrictFigures_DistrictSummaryFragment on DistrictSummary {\n    firmCount\n    shoeFactoryCount\n    supplyChainFirmCount\n    inProgressCount\n    memberCount\n    confirmedLinkCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmDashboard {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    myAdhesion {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n"): (typeof documents)["\n  query FirmDashboard {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    myAdhesion {\n      id\n      ...FirmAdhesionCard_AdhesionFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkDashboard($inProgress: [AdhesionStatus!]!) {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    firms(filter: { adhesionStatuses: $inProgress }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AdhesionList_FirmFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkDashboard($inProgress: [AdhesionStatus!]!) {\n    districtSummary {\n      ...DistrictFigures_DistrictSummaryFragment\n    }\n    firms(filter: { adhesionStatuses: $inProgress }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AdhesionList_FirmFragment\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment EventCard_EventFragment on Event {\n    id\n    ...EventFields_EventFragment @unmask\n    registrationOpen\n    confirmedCount\n    waitlistCount\n    viewerCanRegister\n    registrations {\n      id\n      version\n      personName\n      status\n      waitlistPosition\n      firm {\n        id\n        legalName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EventCard_EventFragment on Event {\n    id\n    ...EventFields_EventFragment @unmask\n    registrationOpen\n    confirmedCount\n    waitlistCount\n    viewerCanRegister\n    registrations {\n      id\n      version\n      personName\n      status\n      waitlistPosition\n      firm {\n        id\n        legalName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEventRegistration($id: ID!, $version: Int!) {\n    cancelEventRegistration(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEventRegistration($id: ID!, $version: Int!) {\n    cancelEventRegistration(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFields_EventFragment on Event {\n    kind\n    titleIt\n    titleEn\n    descriptionIt\n    descriptionEn\n    startsAt\n    endsAt\n    registrationDeadline\n    place\n    capacity\n    language\n    audience\n  }\n"): (typeof documents)["\n  fragment EventFields_EventFragment on Event {\n    kind\n    titleIt\n    titleEn\n    descriptionIt\n    descriptionEn\n    startsAt\n    endsAt\n    registrationDeadline\n    place\n    capacity\n    language\n    audience\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventForm_EventFragment on Event {\n    id\n    version\n    ...EventFields_EventFragment @unmask\n  }\n"): (typeof documents)["\n  fragment EventForm_EventFragment on Event {\n    id\n    version\n    ...EventFields_EventFragment @unmask\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      ...EventForm_EventFragment\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      ...EventForm_EventFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventFormLatest($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventForm_EventFragment\n    }\n  }\n"): (typeof documents)["\n  query EventFormLatest($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventForm_EventFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsPage($from: DateTime, $to: DateTime, $first: Int) {\n    me {\n      permissions {\n        viewerCanManageEvents\n      }\n    }\n    events(from: $from, to: $to, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          titleIt\n          titleEn\n          startsAt\n          ...EventCard_EventFragment\n          ...EventForm_EventFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventsPage($from: DateTime, $to: DateTime, $first: Int) {\n    me {\n      permissions {\n        viewerCanManageEvents\n      }\n    }\n    events(from: $from, to: $to, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          titleIt\n          titleEn\n          startsAt\n          ...EventCard_EventFragment\n          ...EventForm_EventFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEvent($input: RegisterForEventInput!) {\n    registerForEvent(input: $input) {\n      id\n      personName\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForEvent($input: RegisterForEventInput!) {\n    registerForEvent(input: $input) {\n      id\n      personName\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddFirmPermission {\n    me {\n      permissions {\n        viewerCanManageRegistry\n      }\n    }\n  }\n"): (typeof documents)["\n  query AddFirmPermission {\n    me {\n      permissions {\n        viewerCanManageRegistry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarFirms($name: String!, $municipality: String, $vatNumber: String) {\n    similarFirms(name: $name, municipality: $municipality, vatNumber: $vatNumber) {\n      similarity\n      sameVatNumber\n      firm {\n        id\n        legalName\n        ...FirmFacts_FirmFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarFirms($name: String!, $municipality: String, $vatNumber: String) {\n    similarFirms(name: $name, municipality: $municipality, vatNumber: $vatNumber) {\n      similarity\n      sameVatNumber\n      firm {\n        id\n        legalName\n        ...FirmFacts_FirmFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFirm($input: AddFirmInput!) {\n    addFirm(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddFirm($input: AddFirmInput!) {\n    addFirm(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmFacts_FirmFragment on Firm {\n    municipality\n    vatNumber\n    ceasedOn\n  }\n"): (typeof documents)["\n  fragment FirmFacts_FirmFragment on Firm {\n    municipality\n    vatNumber\n    ceasedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickFirms($name: String!, $vatNumber: String) {\n    similarFirms(name: $name, vatNumber: $vatNumber) {\n      firm {\n        id\n        legalName\n        ...FirmFacts_FirmFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query PickFirms($name: String!, $vatNumber: String) {\n    similarFirms(name: $name, vatNumber: $vatNumber) {\n      firm {\n        id\n        legalName\n        ...FirmFacts_FirmFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergePermission {\n    me {\n      permissions {\n        viewerCanManageRegistry\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergePermission {\n    me {\n      permissions {\n        viewerCanManageRegistry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergePreview($survivorId: ID!, $mergedId: ID!) {\n    firmMergePreview(survivorId: $survivorId, mergedId: $mergedId) {\n      survivor {\n        id\n        legalName\n        version\n      }\n      merged {\n        id\n        legalName\n        version\n      }\n      fields {\n        field\n        survivorValue\n        mergedValue\n        differs\n      }\n      moves {\n        key\n        count\n      }\n      linksBetween\n      duplicateLinks\n    }\n  }\n"): (typeof documents)["\n  query MergePreview($survivorId: ID!, $mergedId: ID!) {\n    firmMergePreview(survivorId: $survivorId, mergedId: $mergedId) {\n      survivor {\n        id\n        legalName\n        version\n      }\n      merged {\n        id\n        legalName\n        version\n      }\n      fields {\n        field\n        survivorValue\n        mergedValue\n        differs\n      }\n      moves {\n        key\n        count\n      }\n      linksBetween\n      duplicateLinks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeFirms($input: MergeFirmsInput!) {\n    mergeFirms(input: $input) {\n      survivor {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeFirms($input: MergeFirmsInput!) {\n    mergeFirms(input: $input) {\n      survivor {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryActions {\n    me {\n      permissions {\n        viewerCanManageRegistry\n        viewerCanReviewClaims\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryActions {\n    me {\n      permissions {\n        viewerCanManageRegistry\n        viewerCanReviewClaims\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompletenessMeter_FirmFragment on Firm {\n    id\n    completeness {\n      percent\n      missing\n    }\n  }\n"): (typeof documents)["\n  fragment CompletenessMeter_FirmFragment on Firm {\n    id\n    completeness {\n      percent\n      missing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryFacets($filter: FirmFilter, $search: String) {\n    firmFacets(filter: $filter, search: $search) {\n      kinds {\n        value\n        count\n      }\n      capabilities {\n        value\n        count\n      }\n      hamlets {\n        value\n        count\n      }\n      adhesionStatuses {\n        value\n        count\n      }\n      certifications {\n        value\n        count\n      }\n      exportMarkets {\n        value\n        count\n      }\n      employeesRanges {\n        min\n        max\n        count\n      }\n      ceasedCount\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query DirectoryFacets($filter: FirmFilter, $search: String) {\n    firmFacets(filter: $filter, search: $search) {\n      kinds {\n        value\n        count\n      }\n      capabilities {\n        value\n        count\n      }\n      hamlets {\n        value\n        count\n      }\n      adhesionStatuses {\n        value\n        count\n      }\n      certifications {\n        value\n        count\n      }\n      exportMarkets {\n        value\n        count\n      }\n      employeesRanges {\n        min\n        max\n        count\n      }\n      ceasedCount\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmEditPage($id: ID!) {\n    firm(id: $id) {\n      id\n      legalName\n      viewerCanEdit\n      ...FirmEditor_FirmFragment\n    }\n    ...FirmEditor_QueryFragment\n  }\n"): (typeof documents)["\n  query FirmEditPage($id: ID!) {\n    firm(id: $id) {\n      id\n      legalName\n      viewerCanEdit\n      ...FirmEditor_FirmFragment\n    }\n    ...FirmEditor_QueryFragment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmEditor_FirmFragment on Firm {\n    id\n    ...CompletenessMeter_FirmFragment\n    ...FirmProfileForm_FirmFragment\n    ...LogoUpload_FirmFragment\n    ...FirmHistory_FirmFragment\n  }\n"): (typeof documents)["\n  fragment FirmEditor_FirmFragment on Firm {\n    id\n    ...CompletenessMeter_FirmFragment\n    ...FirmProfileForm_FirmFragment\n    ...LogoUpload_FirmFragment\n    ...FirmHistory_FirmFragment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmEditor_QueryFragment on Query {\n    capabilities {\n      id\n      ...FirmProfileForm_CapabilityFragment\n    }\n  }\n"): (typeof documents)["\n  fragment FirmEditor_QueryFragment on Query {\n    capabilities {\n      id\n      ...FirmProfileForm_CapabilityFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmHistory_PageFragment on AuditEntryConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        action\n        changes\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FirmHistory_PageFragment on AuditEntryConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        action\n        changes\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmHistory_FirmFragment on Firm {\n    id\n    history(first: 20) {\n      totalCount\n      ...FirmHistory_PageFragment\n    }\n  }\n"): (typeof documents)["\n  fragment FirmHistory_FirmFragment on Firm {\n    id\n    history(first: 20) {\n      totalCount\n      ...FirmHistory_PageFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmHistoryMore($id: ID!, $after: String!) {\n    firm(id: $id) {\n      id\n      history(first: 20, after: $after) {\n        ...FirmHistory_PageFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmHistoryMore($id: ID!, $after: String!) {\n    firm(id: $id) {\n      id\n      history(first: 20, after: $after) {\n        ...FirmHistory_PageFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmPage($id: ID!) {\n    firm(id: $id) {\n      id\n      legalName\n      ceasedOn\n      viewerCanEdit\n      ...FirmDetails_FirmFragment\n      suppliers {\n        ...FirmLinks_GroupFragment\n      }\n      customers {\n        ...FirmLinks_GroupFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmPage($id: ID!) {\n    firm(id: $id) {\n      id\n      legalName\n      ceasedOn\n      viewerCanEdit\n      ...FirmDetails_FirmFragment\n      suppliers {\n        ...FirmLinks_GroupFragment\n      }\n      customers {\n        ...FirmLinks_GroupFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmDetails_FirmFragment on Firm {\n    id\n    ...FirmProfileFields_FirmFragment @unmask\n    logoUrl\n    adhesionStatus\n    viewerCanReadPrivate\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment FirmDetails_FirmFragment on Firm {\n    id\n    ...FirmProfileFields_FirmFragment @unmask\n    logoUrl\n    adhesionStatus\n    viewerCanReadPrivate\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmLinks_GroupFragment on FirmLinkGroup {\n    capability {\n      id\n      labelIt\n      labelEn\n    }\n    links {\n      sharePercent\n      yearlyVolumePairs\n      firm {\n        id\n        legalName\n        hamlet\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FirmLinks_GroupFragment on FirmLinkGroup {\n    capability {\n      id\n      labelIt\n      labelEn\n    }\n    links {\n      sharePercent\n      yearlyVolumePairs\n      firm {\n        id\n        legalName\n        hamlet\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmProfileForm_FirmFragment on Firm {\n    id\n    version\n    ...FirmProfileFields_FirmFragment @unmask\n    capabilities {\n      id\n    }\n    latitude\n    longitude\n    showcaseConsent\n    publicFields\n  }\n"): (typeof documents)["\n  fragment FirmProfileForm_FirmFragment on Firm {\n    id\n    version\n    ...FirmProfileFields_FirmFragment @unmask\n    capabilities {\n      id\n    }\n    latitude\n    longitude\n    showcaseConsent\n    publicFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmProfileForm_CapabilityFragment on Capability {\n    id\n    code\n    labelIt\n    labelEn\n    group\n  }\n"): (typeof documents)["\n  fragment FirmProfileForm_CapabilityFragment on Capability {\n    id\n    code\n    labelIt\n    labelEn\n    group\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmsMap_FirmFragment on Firm {\n    id\n    legalName\n    latitude\n    longitude\n  }\n"): (typeof documents)["\n  fragment FirmsMap_FirmFragment on Firm {\n    id\n    legalName\n    latitude\n    longitude\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmsPage($filter: FirmFilter, $search: String, $orderBy: FirmOrder, $after: String) {\n    firms(filter: $filter, search: $search, orderBy: $orderBy, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FirmsTable_FirmFragment\n          ...FirmsMap_FirmFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmsPage($filter: FirmFilter, $search: String, $orderBy: FirmOrder, $after: String) {\n    firms(filter: $filter, search: $search, orderBy: $orderBy, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FirmsTable_FirmFragment\n          ...FirmsMap_FirmFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmsTable_FirmFragment on Firm {\n    id\n    legalName\n    tradeName\n    kind\n    hamlet\n    municipality\n    employees\n    adhesionStatus\n    ceasedOn\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment FirmsTable_FirmFragment on Firm {\n    id\n    legalName\n    tradeName\n    kind\n    hamlet\n    municipality\n    employees\n    adhesionStatus\n    ceasedOn\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LogoUpload_FirmFragment on Firm {\n    id\n    legalName\n    logoUrl\n  }\n"): (typeof documents)["\n  fragment LogoUpload_FirmFragment on Firm {\n    id\n    legalName\n    logoUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFirmProfile($input: UpdateFirmProfileInput!) {\n    updateFirmProfile(input: $input) {\n      id\n      ...FirmProfileForm_FirmFragment\n      ...CompletenessMeter_FirmFragment\n      ...FirmHistory_FirmFragment\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFirmProfile($input: UpdateFirmProfileInput!) {\n    updateFirmProfile(input: $input) {\n      id\n      ...FirmProfileForm_FirmFragment\n      ...CompletenessMeter_FirmFragment\n      ...FirmHistory_FirmFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmProfileLatest($id: ID!) {\n    firm(id: $id) {\n      id\n      ...FirmProfileForm_FirmFragment\n    }\n  }\n"): (typeof documents)["\n  query FirmProfileLatest($id: ID!) {\n    firm(id: $id) {\n      id\n      ...FirmProfileForm_FirmFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmProfileFields_FirmFragment on Firm {\n    legalName\n    tradeName\n    vatNumber\n    taxCode\n    reaNumber\n    legalForm\n    atecoCodes\n    kind\n    descriptionIt\n    descriptionEn\n    productLines\n    employees\n    revenueBand\n    foundedYear\n    capacityPairsPerDay\n    exportShare\n    exportMarkets\n    certifications\n    street\n    postcode\n    hamlet\n    municipality\n    province\n    website\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment FirmProfileFields_FirmFragment on Firm {\n    legalName\n    tradeName\n    vatNumber\n    taxCode\n    reaNumber\n    legalForm\n    atecoCodes\n    kind\n    descriptionIt\n    descriptionEn\n    productLines\n    employees\n    revenueBand\n    foundedYear\n    capacityPairsPerDay\n    exportShare\n    exportMarkets\n    certifications\n    street\n    postcode\n    hamlet\n    municipality\n    province\n    website\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationsPage_NotificationPage on NotificationConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        params\n        path\n        createdAt\n        readAt\n        supplyLink {\n          id\n          ...PendingRequests_SupplyLinkFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationsPage_NotificationPage on NotificationConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        params\n        path\n        createdAt\n        readAt\n        supplyLink {\n          id\n          ...PendingRequests_SupplyLinkFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      ...NotificationsPage_NotificationPage\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      ...NotificationsPage_NotificationPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      count\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      count\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SupplyLinkChanged {\n    supplyLinkChanged {\n      id\n      status\n      version\n      viewerCanDecide\n      viewerCanEnd\n    }\n  }\n"): (typeof documents)["\n  subscription SupplyLinkChanged {\n    supplyLinkChanged {\n      id\n      status\n      version\n      viewerCanDecide\n      viewerCanEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionBudgetForm_PlanActionFragment on PlanAction {\n    id\n    version\n    budget {\n      year\n      fundingSource\n      amount\n    }\n    plan {\n      id\n      status\n      years\n    }\n  }\n"): (typeof documents)["\n  fragment ActionBudgetForm_PlanActionFragment on PlanAction {\n    id\n    version\n    budget {\n      year\n      fundingSource\n      amount\n    }\n    plan {\n      id\n      status\n      years\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlanActionBudget($input: SetPlanActionBudgetInput!) {\n    setPlanActionBudget(input: $input) {\n      id\n      version\n      budgetTotal\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlanActionBudget($input: SetPlanActionBudgetInput!) {\n    setPlanActionBudget(input: $input) {\n      id\n      version\n      budgetTotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionEditForm_PlanActionFragment on PlanAction {\n    id\n    version\n    axis\n    title\n    description\n    startDate\n    endDate\n    status\n    objective {\n      id\n    }\n    leadFirm {\n      id\n      legalName\n    }\n    leadUser {\n      id\n    }\n    participatingFirms {\n      id\n      legalName\n    }\n    plan {\n      id\n      years\n      axes {\n        axis\n        objectives {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActionEditForm_PlanActionFragment on PlanAction {\n    id\n    version\n    axis\n    title\n    description\n    startDate\n    endDate\n    status\n    objective {\n      id\n    }\n    leadFirm {\n      id\n      legalName\n    }\n    leadUser {\n      id\n    }\n    participatingFirms {\n      id\n      legalName\n    }\n    plan {\n      id\n      years\n      axes {\n        axis\n        objectives {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionLeadUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActionLeadUsers {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {\n    updatePlanAction(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {\n    updatePlanAction(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanAction($input: CreatePlanActionInput!) {\n    createPlanAction(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanAction($input: CreatePlanActionInput!) {\n    createPlanAction(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {\n    createStrategicPlan(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {\n    createStrategicPlan(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKpiActual($input: SetKpiActualInput!) {\n    setKpiActual(input: $input) {\n      id\n      version\n      attainment\n      actuals {\n        year\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetKpiActual($input: SetKpiActualInput!) {\n    setKpiActual(input: $input) {\n      id\n      version\n      attainment\n      actuals {\n        year\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanKpi($input: AddPlanKpiInput!) {\n    addPlanKpi(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanKpi($input: AddPlanKpiInput!) {\n    addPlanKpi(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanKpi($input: UpdatePlanKpiInput!) {\n    updatePlanKpi(input: $input) {\n      id\n      version\n      name\n      unit\n      baseline\n      target\n      attainment\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanKpi($input: UpdatePlanKpiInput!) {\n    updatePlanKpi(input: $input) {\n      id\n      version\n      name\n      unit\n      baseline\n      target\n      attainment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanObjective($input: CreatePlanObjectiveInput!) {\n    createPlanObjective(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanObjective($input: CreatePlanObjectiveInput!) {\n    createPlanObjective(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {\n    updatePlanObjective(input: $input) {\n      id\n      version\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {\n    updatePlanObjective(input: $input) {\n      id\n      version\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanActionDetail($id: ID!) {\n    planAction(id: $id) {\n      id\n      title\n      description\n      axis\n      status\n      startDate\n      endDate\n      budgetTotal\n      viewerCanRequestToJoin\n      viewerCanDecideJoinRequests\n      viewerCanEdit\n      version\n      ...ActionEditForm_PlanActionFragment\n      ...ActionBudgetForm_PlanActionFragment\n      objective {\n        id\n        title\n      }\n      plan {\n        id\n        title\n        years\n      }\n      leadFirm {\n        id\n        legalName\n      }\n      leadUser {\n        id\n        name\n      }\n      participatingFirms {\n        id\n        legalName\n      }\n      budget {\n        year\n        fundingSource\n        amount\n      }\n      kpis {\n        id\n        name\n        unit\n        baseline\n        target\n        attainment\n        version\n        actuals {\n          year\n          value\n        }\n      }\n      joinRequests {\n        id\n        status\n        note\n        version\n        createdAt\n        firm {\n          id\n          legalName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanActionDetail($id: ID!) {\n    planAction(id: $id) {\n      id\n      title\n      description\n      axis\n      status\n      startDate\n      endDate\n      budgetTotal\n      viewerCanRequestToJoin\n      viewerCanDecideJoinRequests\n      viewerCanEdit\n      version\n      ...ActionEditForm_PlanActionFragment\n      ...ActionBudgetForm_PlanActionFragment\n      objective {\n        id\n        title\n      }\n      plan {\n        id\n        title\n        years\n      }\n      leadFirm {\n        id\n        legalName\n      }\n      leadUser {\n        id\n        name\n      }\n      participatingFirms {\n        id\n        legalName\n      }\n      budget {\n        year\n        fundingSource\n        amount\n      }\n      kpis {\n        id\n        name\n        unit\n        baseline\n        target\n        attainment\n        version\n        actuals {\n          year\n          value\n        }\n      }\n      joinRequests {\n        id\n        status\n        note\n        version\n        createdAt\n        firm {\n          id\n          legalName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoinPlanAction($input: RequestToJoinPlanActionInput!) {\n    requestToJoinPlanAction(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoinPlanAction($input: RequestToJoinPlanActionInput!) {\n    requestToJoinPlanAction(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePlanJoinRequest($input: DecidePlanJoinRequestInput!) {\n    decidePlanJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecidePlanJoinRequest($input: DecidePlanJoinRequestInput!) {\n    decidePlanJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanBudgetTable_PlanFragment on StrategicPlan {\n    years\n    budgetTotal\n    yearTotals {\n      year\n      amount\n    }\n    axes {\n      axis\n      total\n      yearTotals {\n        year\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanBudgetTable_PlanFragment on StrategicPlan {\n    years\n    budgetTotal\n    yearTotals {\n      year\n      amount\n    }\n    axes {\n      axis\n      total\n      yearTotals {\n        year\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanGantt_ActionFragment on PlanAction {\n    id\n    title\n    axis\n    status\n    startDate\n    endDate\n  }\n"): (typeof documents)["\n  fragment PlanGantt_ActionFragment on PlanAction {\n    id\n    title\n    axis\n    status\n    startDate\n    endDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanGantt($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      years\n      actions(first: 100) {\n        edges {\n          node {\n            ...PlanGantt_ActionFragment\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanGantt($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      years\n      actions(first: 100) {\n        edges {\n          node {\n            ...PlanGantt_ActionFragment\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPage {\n    me {\n      permissions {\n        viewerCanEditPlan\n      }\n    }\n    strategicPlans {\n      id\n      title\n      startYear\n      endYear\n    }\n  }\n"): (typeof documents)["\n  query PlanPage {\n    me {\n      permissions {\n        viewerCanEditPlan\n      }\n    }\n    strategicPlans {\n      id\n      title\n      startYear\n      endYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOverview($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      title\n      description\n      years\n      status\n      nextStatuses\n      viewerCanEdit\n      version\n      ...PlanBudgetTable_PlanFragment\n      axes {\n        axis\n        actionCount\n        objectives {\n          id\n          axis\n          title\n          description\n          version\n        }\n      }\n      actions(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            axis\n            status\n            startDate\n            endDate\n            budgetTotal\n            leadFirm {\n              id\n              legalName\n            }\n            leadUser {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanOverview($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      title\n      description\n      years\n      status\n      nextStatuses\n      viewerCanEdit\n      version\n      ...PlanBudgetTable_PlanFragment\n      axes {\n        axis\n        actionCount\n        objectives {\n          id\n          axis\n          title\n          description\n          version\n        }\n      }\n      actions(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            axis\n            status\n            startDate\n            endDate\n            budgetTotal\n            leadFirm {\n              id\n              legalName\n            }\n            leadUser {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {\n    changeStrategicPlanStatus(input: $input) {\n      id\n      status\n      version\n      nextStatuses\n      viewerCanEdit\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {\n    changeStrategicPlanStatus(input: $input) {\n      id\n      status\n      version\n      nextStatuses\n      viewerCanEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanRevisions($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      revisions(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            before\n            after\n            createdAt\n            action {\n              id\n              title\n            }\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanRevisions($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      revisions(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            before\n            after\n            createdAt\n            action {\n              id\n              title\n            }\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProblems($id: ID!, $after: String) {\n    registryImport(id: $id) {\n      id\n      problems(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            line\n            reasons {\n              code\n              column\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportProblems($id: ID!, $after: String) {\n    registryImport(id: $id) {\n      id\n      problems(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            line\n            reasons {\n              code\n              column\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportRows($id: ID!, $filter: RegistryImportRowFilter!, $after: String) {\n    registryImport(id: $id) {\n      id\n      rows(first: 50, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            line\n            action\n            legalName\n            vatNumber\n            atecoCodes\n            ateco2007 {\n              from\n              to\n            }\n            kind\n            review {\n              code\n              value\n            }\n            firm {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportRows($id: ID!, $filter: RegistryImportRowFilter!, $after: String) {\n    registryImport(id: $id) {\n      id\n      rows(first: 50, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            line\n            action\n            legalName\n            vatNumber\n            atecoCodes\n            ateco2007 {\n              from\n              to\n            }\n            kind\n            review {\n              code\n              value\n            }\n            firm {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRegistryImportRowKind($input: SetRegistryImportRowKindInput!) {\n    setRegistryImportRowKind(input: $input) {\n      id\n      version\n      kindCounts {\n        kind\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetRegistryImportRowKind($input: SetRegistryImportRowKindInput!) {\n    setRegistryImportRowKind(input: $input) {\n      id\n      version\n      kindCounts {\n        kind\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistryImportJob_RegistryImportFragment on RegistryImport {\n    id\n    version\n    status\n    fileName\n    format\n    encoding\n    separator\n    columns\n    mapping {\n      column\n      field\n    }\n    rowCount\n    newCount\n    updatedCount\n    unchangedCount\n    invalidCount\n    reviewCount\n    kindCounts {\n      kind\n      count\n    }\n    failureReason\n    failureMessage\n    interruptedPhase\n    interruptedAt\n    progress {\n      processed\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment RegistryImportJob_RegistryImportFragment on RegistryImport {\n    id\n    version\n    status\n    fileName\n    format\n    encoding\n    separator\n    columns\n    mapping {\n      column\n      field\n    }\n    rowCount\n    newCount\n    updatedCount\n    unchangedCount\n    invalidCount\n    reviewCount\n    kindCounts {\n      kind\n      count\n    }\n    failureReason\n    failureMessage\n    interruptedPhase\n    interruptedAt\n    progress {\n      processed\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewRegistryImport($input: PreviewRegistryImportInput!) {\n    previewRegistryImport(input: $input) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewRegistryImport($input: PreviewRegistryImportInput!) {\n    previewRegistryImport(input: $input) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyRegistryImport($input: ApplyRegistryImportInput!) {\n    applyRegistryImport(input: $input) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyRegistryImport($input: ApplyRegistryImportInput!) {\n    applyRegistryImport(input: $input) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryImportProgress($id: ID!) {\n    registryImport(id: $id) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n"): (typeof documents)["\n  query RegistryImportProgress($id: ID!) {\n    registryImport(id: $id) {\n      id\n      ...RegistryImportJob_RegistryImportFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistryImportPage_ImportPage on RegistryImportConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...RegistryImportsTable_RegistryImportFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RegistryImportPage_ImportPage on RegistryImportConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...RegistryImportsTable_RegistryImportFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryImportPage($id: ID!, $withImport: Boolean!) {\n    me {\n      permissions {\n        viewerCanImportRegistry\n      }\n    }\n    registryImport(id: $id) @include(if: $withImport) {\n      id\n      fileName\n      ...RegistryImportJob_RegistryImportFragment\n    }\n    registryImports(first: 20) {\n      ...RegistryImportPage_ImportPage\n    }\n  }\n"): (typeof documents)["\n  query RegistryImportPage($id: ID!, $withImport: Boolean!) {\n    me {\n      permissions {\n        viewerCanImportRegistry\n      }\n    }\n    registryImport(id: $id) @include(if: $withImport) {\n      id\n      fileName\n      ...RegistryImportJob_RegistryImportFragment\n    }\n    registryImports(first: 20) {\n      ...RegistryImportPage_ImportPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryImportPageMore($after: String!) {\n    registryImports(first: 20, after: $after) {\n      ...RegistryImportPage_ImportPage\n    }\n  }\n"): (typeof documents)["\n  query RegistryImportPageMore($after: String!) {\n    registryImports(first: 20, after: $after) {\n      ...RegistryImportPage_ImportPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistryImportsTable_RegistryImportFragment on RegistryImport {\n    id\n    fileName\n    status\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    newCount\n    updatedCount\n    unchangedCount\n    invalidCount\n  }\n"): (typeof documents)["\n  fragment RegistryImportsTable_RegistryImportFragment on RegistryImport {\n    id\n    fileName\n    status\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    newCount\n    updatedCount\n    unchangedCount\n    invalidCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdhesionsReport_ReportFragment on Report {\n    adhesionFunnel {\n      status\n      count\n    }\n    adhesionsOverTime {\n      month\n      interested\n      signed\n      transitions\n    }\n  }\n"): (typeof documents)["\n  fragment AdhesionsReport_ReportFragment on Report {\n    adhesionFunnel {\n      status\n      count\n    }\n    adhesionsOverTime {\n      month\n      interested\n      signed\n      transitions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdhesionsReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      ...AdhesionsReport_ReportFragment\n    }\n  }\n"): (typeof documents)["\n  query AdhesionsReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      ...AdhesionsReport_ReportFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewReport_ReportOverviewFragment on ReportOverview {\n    firmCount\n    memberCount\n    inProgressCount\n    hamletCount\n    byKind {\n      kind\n      count\n    }\n    byHamlet {\n      hamlet\n      count\n    }\n    employees {\n      total\n      network\n      share\n    }\n    capacityPairsPerDay {\n      total\n      network\n      share\n    }\n    exportShareWeighted\n    memberExportShareWeighted\n  }\n"): (typeof documents)["\n  fragment OverviewReport_ReportOverviewFragment on ReportOverview {\n    firmCount\n    memberCount\n    inProgressCount\n    hamletCount\n    byKind {\n      kind\n      count\n    }\n    byHamlet {\n      hamlet\n      count\n    }\n    employees {\n      total\n      network\n      share\n    }\n    capacityPairsPerDay {\n      total\n      network\n      share\n    }\n    exportShareWeighted\n    memberExportShareWeighted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      overview {\n        ...OverviewReport_ReportOverviewFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      overview {\n        ...OverviewReport_ReportOverviewFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanReport_ReportPlanFragment on ReportPlan {\n    budgetByAxisYear {\n      axis\n      year\n      amountEur\n    }\n    actionsByStatus {\n      status\n      count\n    }\n    kpiAttainment {\n      kpiCount\n      measuredCount\n      achievedCount\n      averagePercent\n    }\n  }\n"): (typeof documents)["\n  fragment PlanReport_ReportPlanFragment on ReportPlan {\n    budgetByAxisYear {\n      axis\n      year\n      amountEur\n    }\n    actionsByStatus {\n      status\n      count\n    }\n    kpiAttainment {\n      kpiCount\n      measuredCount\n      achievedCount\n      averagePercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      plan {\n        ...PlanReport_ReportPlanFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      plan {\n        ...PlanReport_ReportPlanFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportHamlets {\n    firmFilterOptions {\n      hamlets\n    }\n  }\n"): (typeof documents)["\n  query ReportHamlets {\n    firmFilterOptions {\n      hamlets\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReportViews {\n    savedReportViews {\n      id\n      name\n      section\n      filter\n      version\n    }\n  }\n"): (typeof documents)["\n  query SavedReportViews {\n    savedReportViews {\n      id\n      name\n      section\n      filter\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReportView($input: SaveReportViewInput!) {\n    saveReportView(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReportView($input: SaveReportViewInput!) {\n    saveReportView(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReportView($id: ID!, $version: Int!) {\n    deleteReportView(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteReportView($id: ID!, $version: Int!) {\n    deleteReportView(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StartupReport_ReportStartupFragment on ReportStartup {\n    byPhaseStatus {\n      phase\n      status\n      count\n    }\n    overdueCount\n    overdueByPhase {\n      phase\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment StartupReport_ReportStartupFragment on ReportStartup {\n    byPhaseStatus {\n      phase\n      status\n      count\n    }\n    overdueCount\n    overdueByPhase {\n      phase\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartupReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      startup {\n        ...StartupReport_ReportStartupFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query StartupReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      startup {\n        ...StartupReport_ReportStartupFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplyChainReport_ReportSupplyChainFragment on ReportSupplyChain {\n    confirmedLinkCount\n    singlePointOfFailureCount\n    localSourcing {\n      linkShare\n      volumeShare\n    }\n    topSuppliers {\n      firm {\n        id\n        legalName\n      }\n      customerCount\n      linkCount\n    }\n    concentration {\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n      hhi\n      supplierCount\n    }\n  }\n"): (typeof documents)["\n  fragment SupplyChainReport_ReportSupplyChainFragment on ReportSupplyChain {\n    confirmedLinkCount\n    singlePointOfFailureCount\n    localSourcing {\n      linkShare\n      volumeShare\n    }\n    topSuppliers {\n      firm {\n        id\n        legalName\n      }\n      customerCount\n      linkCount\n    }\n    concentration {\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n      hhi\n      supplierCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyChainReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      supplyChain {\n        ...SupplyChainReport_ReportSupplyChainFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplyChainReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      supplyChain {\n        ...SupplyChainReport_ReportSupplyChainFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TraceabilityReport_ReportTraceabilityFragment on ReportTraceability {\n    factoryCount\n    articleCount\n    publishedCount\n    tier1TracedPercent\n    tier2TracedPercent\n    byFactory {\n      firm {\n        id\n        legalName\n        tradeName\n      }\n      articleCount\n      tier1TracedPercent\n      tier2TracedPercent\n    }\n    byCapability {\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n      lineCount\n      districtSupplierLines\n      outsideLines\n      unknownLines\n    }\n  }\n"): (typeof documents)["\n  fragment TraceabilityReport_ReportTraceabilityFragment on ReportTraceability {\n    factoryCount\n    articleCount\n    publishedCount\n    tier1TracedPercent\n    tier2TracedPercent\n    byFactory {\n      firm {\n        id\n        legalName\n        tradeName\n      }\n      articleCount\n      tier1TracedPercent\n      tier2TracedPercent\n    }\n    byCapability {\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n      lineCount\n      districtSupplierLines\n      outsideLines\n      unknownLines\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraceabilityReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      traceability {\n        ...TraceabilityReport_ReportTraceabilityFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query TraceabilityReport($filter: ReportFilter) {\n    report(filter: $filter) {\n      traceability {\n        ...TraceabilityReport_ReportTraceabilityFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPalette($query: String!) {\n    search(query: $query, first: 20) {\n      kind\n      id\n      title\n      titleEn\n      detail\n    }\n  }\n"): (typeof documents)["\n  query SearchPalette($query: String!) {\n    search(query: $query, first: 20) {\n      kind\n      id\n      title\n      titleEn\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmSearch($search: String!) {\n    firms(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          legalName\n          hamlet\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmSearch($search: String!) {\n    firms(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          legalName\n          hamlet\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppHeader_MeFragment on Me {\n    user {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment AppHeader_MeFragment on Me {\n    user {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppLayout {\n    me {\n      user {\n        id\n        role\n      }\n      twoFactorEnrolmentRequired\n      permissions {\n        viewerCanManageUsers\n      }\n      ...AppHeader_MeFragment\n      ...MainNav_MeFragment\n    }\n  }\n"): (typeof documents)["\n  query AppLayout {\n    me {\n      user {\n        id\n        role\n      }\n      twoFactorEnrolmentRequired\n      permissions {\n        viewerCanManageUsers\n      }\n      ...AppHeader_MeFragment\n      ...MainNav_MeFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MainNav_MeFragment on Me {\n    permissions {\n      viewerCanManageUsers\n      viewerCanReadOutbox\n      viewerCanReadContract\n      viewerCanReadAdhesions\n      viewerCanReadTasks\n      viewerCanReadPlan\n      viewerCanReadDirectory\n      viewerCanImportRegistry\n      viewerCanReadSupplyChain\n      viewerCanReadEvents\n      viewerCanReadReports\n      viewerCanManageTraceability\n    }\n  }\n"): (typeof documents)["\n  fragment MainNav_MeFragment on Me {\n    permissions {\n      viewerCanManageUsers\n      viewerCanReadOutbox\n      viewerCanReadContract\n      viewerCanReadAdhesions\n      viewerCanReadTasks\n      viewerCanReadPlan\n      viewerCanReadDirectory\n      viewerCanImportRegistry\n      viewerCanReadSupplyChain\n      viewerCanReadEvents\n      viewerCanReadReports\n      viewerCanManageTraceability\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitContactRequest($input: SubmitContactRequestInput!) {\n    submitContactRequest(input: $input) {\n      received\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitContactRequest($input: SubmitContactRequestInput!) {\n    submitContactRequest(input: $input) {\n      received\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FirmCard_PublicFirmFragment on PublicFirm {\n    id\n    legalName\n    tradeName\n    kind\n    municipality\n    capacityPairsPerDay\n    ceasedOn\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment FirmCard_PublicFirmFragment on PublicFirm {\n    id\n    legalName\n    tradeName\n    kind\n    municipality\n    capacityPairsPerDay\n    ceasedOn\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmDashboardInbox {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    showcaseInsights {\n      showcaseConsent\n      viewsLast30Days\n      requestCount\n      unreadCount\n    }\n    contactRequests(first: 20) {\n      edges {\n        node {\n          id\n          version\n          kind\n          name\n          company\n          country\n          email\n          message\n          quantity\n          state\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmDashboardInbox {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    showcaseInsights {\n      showcaseConsent\n      viewsLast30Days\n      requestCount\n      unreadCount\n    }\n    contactRequests(first: 20) {\n      edges {\n        node {\n          id\n          version\n          kind\n          name\n          company\n          country\n          email\n          message\n          quantity\n          state\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkContactRequest($id: ID!, $version: Int!, $state: ContactRequestState!) {\n    markContactRequest(id: $id, version: $version, state: $state) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation MarkContactRequest($id: ID!, $version: Int!, $state: ContactRequestState!) {\n    markContactRequest(id: $id, version: $version, state: $state) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PassportsCard_PassportFragment on Passport {\n    id\n    name\n    productLine\n    manufacturer {\n      name\n      municipality\n    }\n    traceability {\n      tiers {\n        tier\n        tracedWeightPercent\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PassportsCard_PassportFragment on Passport {\n    id\n    name\n    productLine\n    manufacturer {\n      name\n      municipality\n    }\n    traceability {\n      tiers {\n        tier\n        tracedWeightPercent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowcaseEvents {\n    publicEvents(first: 50) {\n      edges {\n        node {\n          id\n          ...EventCard_EventFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShowcaseEvents {\n    publicEvents(first: 50) {\n      edges {\n        node {\n          id\n          ...EventCard_EventFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowcaseFirm($id: ID!) {\n    showcaseFirm(id: $id) {\n      id\n      legalName\n      tradeName\n      kind\n      municipality\n      hamlet\n      ceasedOn\n      capabilities {\n        id\n        labelIt\n        labelEn\n      }\n      productLines\n      certifications\n      exportMarkets\n      capacityPairsPerDay\n      website\n      email\n      phone\n      descriptionIt\n      descriptionEn\n    }\n  }\n"): (typeof documents)["\n  query ShowcaseFirm($id: ID!) {\n    showcaseFirm(id: $id) {\n      id\n      legalName\n      tradeName\n      kind\n      municipality\n      hamlet\n      ceasedOn\n      capabilities {\n        id\n        labelIt\n        labelEn\n      }\n      productLines\n      certifications\n      exportMarkets\n      capacityPairsPerDay\n      website\n      email\n      phone\n      descriptionIt\n      descriptionEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowcaseHome(\n    $search: String\n    $capabilityIds: [ID!]\n    $exportMarkets: [String!]\n    $minCapacity: Int\n    $includeCeased: Boolean\n    $first: Int\n    $after: String\n  ) {\n    showcaseStats {\n      firmCount\n      showcaseFirmCount\n      capabilityCount\n      exportMarketCount\n    }\n    showcaseCapabilities {\n      id\n      labelIt\n      labelEn\n    }\n    showcaseExportMarkets {\n      code\n      nameIt\n      nameEn\n    }\n    showcaseFirms(\n      search: $search\n      capabilityIds: $capabilityIds\n      exportMarkets: $exportMarkets\n      minCapacity: $minCapacity\n      includeCeased: $includeCeased\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FirmCard_PublicFirmFragment\n        }\n      }\n    }\n    publishedPassports(first: 6) {\n      id\n      ...PassportsCard_PassportFragment\n    }\n  }\n"): (typeof documents)["\n  query ShowcaseHome(\n    $search: String\n    $capabilityIds: [ID!]\n    $exportMarkets: [String!]\n    $minCapacity: Int\n    $includeCeased: Boolean\n    $first: Int\n    $after: String\n  ) {\n    showcaseStats {\n      firmCount\n      showcaseFirmCount\n      capabilityCount\n      exportMarketCount\n    }\n    showcaseCapabilities {\n      id\n      labelIt\n      labelEn\n    }\n    showcaseExportMarkets {\n      code\n      nameIt\n      nameEn\n    }\n    showcaseFirms(\n      search: $search\n      capabilityIds: $capabilityIds\n      exportMarkets: $exportMarkets\n      minCapacity: $minCapacity\n      includeCeased: $includeCeased\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FirmCard_PublicFirmFragment\n        }\n      }\n    }\n    publishedPassports(first: 6) {\n      id\n      ...PassportsCard_PassportFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowcasePassport($id: ID!) {\n    passport(id: $id) {\n      id\n      code\n      name\n      productLine\n      season\n      gtin\n      publishedAt\n      photoUrl\n      photoAlt\n      countryOfAssembly\n      manufacturer {\n        name\n        municipality\n        province\n        showcaseFirmId\n      }\n      traceability {\n        declaredWeightPercent\n        tiers {\n          tier\n          tracedWeightPercent\n        }\n      }\n      components {\n        capability {\n          id\n          labelIt\n          labelEn\n        }\n        supplier {\n          name\n          kind\n          municipality\n          showcaseFirmId\n        }\n        outsideCountry\n        outsideRegion\n        material\n        composition {\n          material\n          percent\n        }\n        originCountry\n        originRegion\n        weightSharePercent\n        certifications\n        inputs {\n          capability {\n            id\n            labelIt\n            labelEn\n          }\n          supplier {\n            name\n            kind\n            municipality\n            showcaseFirmId\n          }\n          outsideCountry\n          outsideRegion\n          material\n          originCountry\n          originRegion\n          sharePercent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShowcasePassport($id: ID!) {\n    passport(id: $id) {\n      id\n      code\n      name\n      productLine\n      season\n      gtin\n      publishedAt\n      photoUrl\n      photoAlt\n      countryOfAssembly\n      manufacturer {\n        name\n        municipality\n        province\n        showcaseFirmId\n      }\n      traceability {\n        declaredWeightPercent\n        tiers {\n          tier\n          tracedWeightPercent\n        }\n      }\n      components {\n        capability {\n          id\n          labelIt\n          labelEn\n        }\n        supplier {\n          name\n          kind\n          municipality\n          showcaseFirmId\n        }\n        outsideCountry\n        outsideRegion\n        material\n        composition {\n          material\n          percent\n        }\n        originCountry\n        originRegion\n        weightSharePercent\n        certifications\n        inputs {\n          capability {\n            id\n            labelIt\n            labelEn\n          }\n          supplier {\n            name\n            kind\n            municipality\n            showcaseFirmId\n          }\n          outsideCountry\n          outsideRegion\n          material\n          originCountry\n          originRegion\n          sharePercent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alternatives($firmId: ID!, $capabilityId: ID!) {\n    alternativeSuppliers(firmId: $firmId, capabilityId: $capabilityId, first: 10) {\n      score\n      sameHamlet\n      sameMunicipality\n      confirmedCustomerCount\n      firm {\n        id\n        legalName\n        hamlet\n      }\n    }\n  }\n"): (typeof documents)["\n  query Alternatives($firmId: ID!, $capabilityId: ID!) {\n    alternativeSuppliers(firmId: $firmId, capabilityId: $capabilityId, first: 10) {\n      score\n      sameHamlet\n      sameMunicipality\n      confirmedCustomerCount\n      firm {\n        id\n        legalName\n        hamlet\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainView($firmId: ID!, $direction: SupplyChainDirection!, $depth: Int!) {\n    supplyChain(firmId: $firmId, direction: $direction, depth: $depth) {\n      depth\n      nodes {\n        tier\n        firm {\n          id\n          legalName\n          kind\n          hamlet\n          ceasedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainView($firmId: ID!, $direction: SupplyChainDirection!, $depth: Int!) {\n    supplyChain(firmId: $firmId, direction: $direction, depth: $depth) {\n      depth\n      nodes {\n        tier\n        firm {\n          id\n          legalName\n          kind\n          hamlet\n          ceasedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareSupplyLink($input: DeclareSupplyLinkInput!) {\n    declareSupplyLink(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareSupplyLink($input: DeclareSupplyLinkInput!) {\n    declareSupplyLink(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmSupplyChainPage($firmId: ID!) {\n    firm(id: $firmId) {\n      id\n      legalName\n      viewerCanDeclareSupplyLinks\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n    pendingSupplyLinkRequests {\n      id\n      supplier {\n        id\n      }\n      customer {\n        id\n      }\n      ...PendingRequests_SupplyLinkFragment\n    }\n  }\n"): (typeof documents)["\n  query FirmSupplyChainPage($firmId: ID!) {\n    firm(id: $firmId) {\n      id\n      legalName\n      viewerCanDeclareSupplyLinks\n    }\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n    pendingSupplyLinkRequests {\n      id\n      supplier {\n        id\n      }\n      customer {\n        id\n      }\n      ...PendingRequests_SupplyLinkFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmSupplyLinks($firmId: ID!, $direction: SupplyLinkDirection!) {\n    supplyLinks(firmId: $firmId, direction: $direction, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          status\n          sharePercent\n          yearlyVolumePairs\n          since\n          recordedOnBehalf\n          viewerCanEnd\n          supplierCeased\n          ...SupplyLinkParties_SupplyLinkFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmSupplyLinks($firmId: ID!, $direction: SupplyLinkDirection!) {\n    supplyLinks(firmId: $firmId, direction: $direction, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          status\n          sharePercent\n          yearlyVolumePairs\n          since\n          recordedOnBehalf\n          viewerCanEnd\n          supplierCeased\n          ...SupplyLinkParties_SupplyLinkFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSupplyLink($id: ID!, $version: Int!) {\n    endSupplyLink(id: $id, version: $version) {\n      id\n      status\n      version\n      viewerCanEnd\n    }\n  }\n"): (typeof documents)["\n  mutation EndSupplyLink($id: ID!, $version: Int!) {\n    endSupplyLink(id: $id, version: $version) {\n      id\n      status\n      version\n      viewerCanEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingRequests_SupplyLinkFragment on SupplyLink {\n    id\n    version\n    since\n    sharePercent\n    yearlyVolumePairs\n    note\n    recordedOnBehalf\n    viewerCanDecide\n    ...SupplyLinkParties_SupplyLinkFragment\n    declaredBy {\n      id\n      legalName\n    }\n  }\n"): (typeof documents)["\n  fragment PendingRequests_SupplyLinkFragment on SupplyLink {\n    id\n    version\n    since\n    sharePercent\n    yearlyVolumePairs\n    note\n    recordedOnBehalf\n    viewerCanDecide\n    ...SupplyLinkParties_SupplyLinkFragment\n    declaredBy {\n      id\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingRequests_DecidedFragment on SupplyLink {\n    id\n    status\n    version\n    viewerCanDecide\n    viewerCanEnd\n  }\n"): (typeof documents)["\n  fragment PendingRequests_DecidedFragment on SupplyLink {\n    id\n    status\n    version\n    viewerCanDecide\n    viewerCanEnd\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSupplyLink($id: ID!, $version: Int!) {\n    confirmSupplyLink(id: $id, version: $version) {\n      ...PendingRequests_DecidedFragment\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSupplyLink($id: ID!, $version: Int!) {\n    confirmSupplyLink(id: $id, version: $version) {\n      ...PendingRequests_DecidedFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSupplyLink($id: ID!, $version: Int!) {\n    rejectSupplyLink(id: $id, version: $version) {\n      ...PendingRequests_DecidedFragment\n    }\n  }\n"): (typeof documents)["\n  mutation RejectSupplyLink($id: ID!, $version: Int!) {\n    rejectSupplyLink(id: $id, version: $version) {\n      ...PendingRequests_DecidedFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmDashboardPending {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    pendingSupplyLinkRequests {\n      id\n      ...PendingRequests_SupplyLinkFragment\n    }\n  }\n"): (typeof documents)["\n  query FirmDashboardPending {\n    me {\n      user {\n        id\n        firm {\n          id\n        }\n      }\n    }\n    pendingSupplyLinkRequests {\n      id\n      ...PendingRequests_SupplyLinkFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyChainPage {\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n    firmFilterOptions {\n      hamlets\n    }\n    localSourcingShare {\n      confirmedLinkCount\n      localLinkCount\n      linkShare\n      volumeShare\n    }\n    singlePointsOfFailure(first: 20) {\n      totalCount\n      items {\n        affectedFactoryCount\n        supplierCeased\n        supplier {\n          id\n          legalName\n        }\n        exposures {\n          factory {\n            id\n            legalName\n          }\n          capability {\n            id\n            labelIt\n            labelEn\n          }\n        }\n      }\n    }\n    capabilityConcentration {\n      hhi\n      supplierCount\n      topSupplierSharePercent\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplyChainPage {\n    capabilities {\n      id\n      labelIt\n      labelEn\n    }\n    firmFilterOptions {\n      hamlets\n    }\n    localSourcingShare {\n      confirmedLinkCount\n      localLinkCount\n      linkShare\n      volumeShare\n    }\n    singlePointsOfFailure(first: 20) {\n      totalCount\n      items {\n        affectedFactoryCount\n        supplierCeased\n        supplier {\n          id\n          legalName\n        }\n        exposures {\n          factory {\n            id\n            legalName\n          }\n          capability {\n            id\n            labelIt\n            labelEn\n          }\n        }\n      }\n    }\n    capabilityConcentration {\n      hhi\n      supplierCount\n      topSupplierSharePercent\n      capability {\n        id\n        labelIt\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyGraph(\n    $firmId: ID\n    $depth: Int\n    $capabilityId: ID\n    $kind: FirmKind\n    $hamlet: String\n    $statuses: [SupplyLinkStatus!]\n  ) {\n    supplyGraph(\n      firmId: $firmId\n      depth: $depth\n      capabilityId: $capabilityId\n      kind: $kind\n      hamlet: $hamlet\n      statuses: $statuses\n    ) {\n      centre {\n        id\n        legalName\n      }\n      truncated\n      nodes {\n        id\n        legalName\n        kind\n        hamlet\n        linkCount\n        hiddenLinkCount\n        singlePointOfFailure\n        ceasedOn\n      }\n      edges {\n        id\n        supplierId\n        customerId\n        capabilityId\n        status\n        soleSource\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplyGraph(\n    $firmId: ID\n    $depth: Int\n    $capabilityId: ID\n    $kind: FirmKind\n    $hamlet: String\n    $statuses: [SupplyLinkStatus!]\n  ) {\n    supplyGraph(\n      firmId: $firmId\n      depth: $depth\n      capabilityId: $capabilityId\n      kind: $kind\n      hamlet: $hamlet\n      statuses: $statuses\n    ) {\n      centre {\n        id\n        legalName\n      }\n      truncated\n      nodes {\n        id\n        legalName\n        kind\n        hamlet\n        linkCount\n        hiddenLinkCount\n        singlePointOfFailure\n        ceasedOn\n      }\n      edges {\n        id\n        supplierId\n        customerId\n        capabilityId\n        status\n        soleSource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplyLinkParties_SupplyLinkFragment on SupplyLink {\n    supplier {\n      id\n      legalName\n    }\n    customer {\n      id\n      legalName\n    }\n    capability {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment SupplyLinkParties_SupplyLinkFragment on SupplyLink {\n    supplier {\n      id\n      legalName\n    }\n    customer {\n      id\n      legalName\n    }\n    capability {\n      id\n      labelIt\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlockerCandidates($search: String) {\n    tasks(filter: { search: $search }, orderBy: TITLE, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BlockerCandidates($search: String) {\n    tasks(filter: { search: $search }, orderBy: TITLE, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTaskBlockers($input: SetTaskBlockersInput!) {\n    setTaskBlockers(input: $input) {\n      id\n      version\n      openBlockerCount\n      blockedBy {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTaskBlockers($input: SetTaskBlockersInput!) {\n    setTaskBlockers(input: $input) {\n      id\n      version\n      openBlockerCount\n      blockedBy {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditTaskForm_TaskFragment on Task {\n    id\n    version\n    title\n    phase\n    priority\n    startDate\n    dueDate\n    assignee {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment EditTaskForm_TaskFragment on Task {\n    id\n    version\n    title\n    phase\n    priority\n    startDate\n    dueDate\n    assignee {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...EditTaskForm_TaskFragment\n      overdue\n      assignee {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...EditTaskForm_TaskFragment\n      overdue\n      assignee {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyWeek_TaskFragment on Task {\n    id\n    title\n    status\n    dueDate\n    overdue\n    openBlockerCount\n  }\n"): (typeof documents)["\n  fragment MyWeek_TaskFragment on Task {\n    id\n    title\n    status\n    dueDate\n    overdue\n    openBlockerCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWeek {\n    myWeek {\n      due {\n        id\n        ...MyWeek_TaskFragment\n      }\n      blocked {\n        id\n        ...MyWeek_TaskFragment\n      }\n      recentActivity {\n        id\n        kind\n        createdAt\n        actor {\n          id\n          name\n        }\n        task {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWeek {\n    myWeek {\n      due {\n        id\n        ...MyWeek_TaskFragment\n      }\n      blocked {\n        id\n        ...MyWeek_TaskFragment\n      }\n      recentActivity {\n        id\n        kind\n        createdAt\n        actor {\n          id\n          name\n        }\n        task {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskBoard {\n    me {\n      permissions {\n        viewerCanEditTasks\n      }\n    }\n    taskBoard(first: 50) {\n      status\n      totalCount\n      tasks {\n        ...TaskCard_TaskFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskBoard {\n    me {\n      permissions {\n        viewerCanEditTasks\n      }\n    }\n    taskBoard(first: 50) {\n      status\n      totalCount\n      tasks {\n        ...TaskCard_TaskFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      id\n      status\n      version\n      overdue\n    }\n  }\n"): (typeof documents)["\n  mutation MoveTask($input: MoveTaskInput!) {\n    moveTask(input: $input) {\n      id\n      status\n      version\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskCard_TaskFragment on Task {\n    id\n    title\n    status\n    phase\n    priority\n    dueDate\n    overdue\n    openBlockerCount\n    version\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TaskCard_TaskFragment on Task {\n    id\n    title\n    status\n    phase\n    priority\n    dueDate\n    overdue\n    openBlockerCount\n    version\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskAssignees {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TaskAssignees {\n    assignableUsers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskLinksForm_TaskFragment on Task {\n    id\n    version\n    firms {\n      id\n      legalName\n    }\n    planAction {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment TaskLinksForm_TaskFragment on Task {\n    id\n    version\n    firms {\n      id\n      legalName\n    }\n    planAction {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskPlanActions {\n    strategicPlans {\n      id\n      title\n      actions(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskPlanActions {\n    strategicPlans {\n      id\n      title\n      actions(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTaskLinks($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskLinksForm_TaskFragment\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTaskLinks($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskLinksForm_TaskFragment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskList_TaskFragment on Task {\n    id\n    title\n    phase\n    status\n    priority\n    dueDate\n    overdue\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TaskList_TaskFragment on Task {\n    id\n    title\n    phase\n    status\n    priority\n    dueDate\n    overdue\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskList($filter: TaskFilter, $orderBy: TaskOrder, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...TaskList_TaskFragment\n        }\n      }\n    }\n    assignableUsers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TaskList($filter: TaskFilter, $orderBy: TaskOrder, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...TaskList_TaskFragment\n        }\n      }\n    }\n    assignableUsers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    me {\n      permissions {\n        viewerCanEditTasks\n      }\n    }\n    task(id: $id) {\n      id\n      title\n      description\n      phase\n      status\n      priority\n      startDate\n      dueDate\n      overdue\n      version\n      ...EditTaskForm_TaskFragment\n      ...TaskLinksForm_TaskFragment\n      assignee {\n        id\n        name\n      }\n      firms {\n        id\n        legalName\n      }\n      planAction {\n        id\n        title\n      }\n      blockedBy {\n        id\n        title\n        status\n      }\n      blocks {\n        id\n        title\n        status\n      }\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n      activity(first: 50) {\n        edges {\n          node {\n            id\n            kind\n            createdAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    me {\n      permissions {\n        viewerCanEditTasks\n      }\n    }\n    task(id: $id) {\n      id\n      title\n      description\n      phase\n      status\n      priority\n      startDate\n      dueDate\n      overdue\n      version\n      ...EditTaskForm_TaskFragment\n      ...TaskLinksForm_TaskFragment\n      assignee {\n        id\n        name\n      }\n      firms {\n        id\n        legalName\n      }\n      planAction {\n        id\n        title\n      }\n      blockedBy {\n        id\n        title\n        status\n      }\n      blocks {\n        id\n        title\n        status\n      }\n      comments(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            body\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n      }\n      activity(first: 50) {\n        edges {\n          node {\n            id\n            kind\n            createdAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskTimeline_TaskFragment on Task {\n    id\n    title\n    phase\n    status\n    startDate\n    dueDate\n    overdue\n  }\n"): (typeof documents)["\n  fragment TaskTimeline_TaskFragment on Task {\n    id\n    title\n    phase\n    status\n    startDate\n    dueDate\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskTimeline {\n    tasks(orderBy: DUE_DATE, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          ...TaskTimeline_TaskFragment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskTimeline {\n    tasks(orderBy: DUE_DATE, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          ...TaskTimeline_TaskFragment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksPage {\n    me {\n      permissions {\n        viewerCanReadTasks\n        viewerCanEditTasks\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksPage {\n    me {\n      permissions {\n        viewerCanReadTasks\n        viewerCanEditTasks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskChanged {\n    taskChanged {\n      id\n      ...TaskCard_TaskFragment\n    }\n  }\n"): (typeof documents)["\n  subscription TaskChanged {\n    taskChanged {\n      id\n      ...TaskCard_TaskFragment\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitation {\n        ...InvitationsTable_InvitationFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      invitation {\n        ...InvitationsTable_InvitationFragment\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment OutboxPage_MailPage on OutboxMailConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        to\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OutboxPage_MailPage on OutboxMailConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        to\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxPage($after: String) {\n    mailDelivery\n    outbox(first: 20, after: $after) {\n      ...OutboxPage_MailPage\n    }\n  }\n"): (typeof documents)["\n  query OutboxPage($after: String) {\n    mailDelivery\n    outbox(first: 20, after: $after) {\n      ...OutboxPage_MailPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n      version\n      twoFactorEnabled\n      firm {\n        id\n        legalName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n      version\n      twoFactorEnabled\n      firm {\n        id\n        legalName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserTwoFactor($input: ResetUserTwoFactorInput!) {\n    resetUserTwoFactor(input: $input) {\n      id\n      version\n      twoFactorEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserTwoFactor($input: ResetUserTwoFactorInput!) {\n    resetUserTwoFactor(input: $input) {\n      id\n      version\n      twoFactorEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersPage_UserPage on UserConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...UsersTable_UserFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UsersPage_UserPage on UserConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...UsersTable_UserFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersPage_InvitationPage on InvitationConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...InvitationsTable_InvitationFragment\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UsersPage_InvitationPage on InvitationConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...InvitationsTable_InvitationFragment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage {\n    users(first: 50) {\n      ...UsersPage_UserPage\n    }\n    invitations(first: 50) {\n      ...UsersPage_InvitationPage\n    }\n  }\n"): (typeof documents)["\n  query UsersPage {\n    users(first: 50) {\n      ...UsersPage_UserPage\n    }\n    invitations(first: 50) {\n      ...UsersPage_InvitationPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPageMoreUsers($after: String!) {\n    users(first: 50, after: $after) {\n      ...UsersPage_UserPage\n    }\n  }\n"): (typeof documents)["\n  query UsersPageMoreUsers($after: String!) {\n    users(first: 50, after: $after) {\n      ...UsersPage_UserPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPageMoreInvitations($after: String!) {\n    invitations(first: 50, after: $after) {\n      ...UsersPage_InvitationPage\n    }\n  }\n"): (typeof documents)["\n  query UsersPageMoreInvitations($after: String!) {\n    invitations(first: 50, after: $after) {\n      ...UsersPage_InvitationPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersTable_UserFragment on User {\n    id\n    name\n    email\n    role\n    lastSignInAt\n    active\n    version\n    twoFactorEnabled\n    firm {\n      id\n      legalName\n    }\n  }\n"): (typeof documents)["\n  fragment UsersTable_UserFragment on User {\n    id\n    name\n    email\n    role\n    lastSignInAt\n    active\n    version\n    twoFactorEnabled\n    firm {\n      id\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      id\n      active\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;