import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTime: 'string', JSON: 'unknown' };

/**
 * One schema (the API's .graphql files), three outputs:
 * - the API's resolver types, mapped to the TypeORM entities;
 * - the schema's enums and inputs in packages/shared, for domain rules used on both sides;
 * - the web app's typed documents (client preset, fragment masking). A fragment spread with `@unmask`
 *   is typed inline in the one that spreads it: fields several fragments of one type all read are written
 *   once (Apollo Client drops the directive before a document goes to the API).
 */
const config: CodegenConfig = {
  schema: 'apps/api/src/**/*.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#Context',
        scalars: { DateTime: 'Date | string', JSON: 'unknown' },
        enumsAsTypes: true,
        useIndexSignature: false,
        mappers: {
          User: '../modules/user/user.entity.js#UserEntity',
          Me: '../modules/auth/auth.service.js#MeModel',
          Firm: '../modules/firm/firm.entity.js#FirmEntity',
          Capability: '../modules/capability/capability.entity.js#CapabilityEntity',
          Invitation: '../modules/user/invitation.entity.js#InvitationEntity',
          Claim: '../modules/claim/claim.entity.js#ClaimEntity',
          FirmPerson: '../modules/claim/claim.people.js#FirmPersonModel',
          OutboxMail: '../modules/mail/mail-outbox.entity.js#MailOutboxEntity',
          AuditEntry: '../modules/audit/audit-entry.entity.js#AuditEntryEntity',
          NetworkContract: '../modules/contract/contract.entity.js#NetworkContractEntity',
          ContractRevision: '../modules/contract/contract.entity.js#ContractRevisionEntity',
          ContractComment: '../modules/contract/contract.entity.js#ContractCommentEntity',
          Adhesion: '../modules/adhesion/adhesion.entity.js#AdhesionEntity',
          AdhesionTransition: '../modules/adhesion/adhesion.entity.js#AdhesionTransitionEntity',
          FirmLinkGroup: '../modules/firm/firm.links.js#FirmLinkGroupModel',
          FirmLink: '../modules/firm/firm.links.js#FirmLinkModel',
          Task: '../modules/task/task.entity.js#TaskEntity',
          TaskComment: '../modules/task/task.entity.js#TaskCommentEntity',
          TaskActivity: '../modules/task/task.entity.js#TaskActivityEntity',
          StrategicPlan: '../modules/plan/plan.entity.js#StrategicPlanEntity',
          PlanObjective: '../modules/plan/plan.entity.js#PlanObjectiveEntity',
          PlanAction: '../modules/plan/plan.entity.js#PlanActionEntity',
          PlanKpi: '../modules/plan/plan.entity.js#PlanKpiEntity',
          PlanJoinRequest: '../modules/plan/plan.entity.js#PlanJoinRequestEntity',
          PlanRevision: '../modules/plan/plan.entity.js#PlanRevisionEntity',
          PlanAxisSummary: '../modules/plan/plan.service.js#PlanAxisModel',
          SupplyLink: '../modules/supply-link/supply-link.entity.js#SupplyLinkEntity',
          AtecoCode: '../modules/ateco/ateco.entity.js#AtecoCodeEntity',
          RegistryImport: '../modules/registry-import/registry-import.entity.js#RegistryImportEntity',
          RegistryImportProblem: '../modules/registry-import/registry-import.lists.js#ProblemRow',
          RegistryImportRow: '../modules/registry-import/registry-import.lists.js#PlanRow',
          Report: '../modules/report/report.filter.js#ReportModel',
          SavedReportView: '../modules/report/report.entity.js#SavedReportViewEntity',
          PublicFirm: '../modules/firm/firm.entity.js#FirmEntity',
          ContactRequest: '../modules/showcase/showcase.entity.js#ContactRequestEntity',
          Event: '../modules/event/event.entity.js#EventEntity',
          EventRegistration: '../modules/event/event.entity.js#EventRegistrationEntity',
          Article: '../modules/article/article.entity.js#ArticleEntity',
          ArticleComponent: '../modules/article/article.entity.js#ArticleComponentEntity',
          SupplierInput: '../modules/article/article.entity.js#SupplierInputEntity',
          ArticleSupplierChoice: '../modules/article/article.sources.js#SupplierChoiceModel',
          TraceabilitySettings: '../modules/article/article.settings.js#TraceabilitySettingsModel',
          Passport: '../modules/article/article.passport.js#PassportModel',
          PassportComponent: '../modules/article/article.passport.js#PassportComponentModel',
          PassportInput: '../modules/article/article.passport.js#PassportInputModel',
          PassportParty: '../modules/article/article.passport.js#PassportPartyModel',
          Notification: '../modules/notification/notification.entity.js#NotificationEntity',
          NotificationAdded: '../modules/notification/notification.service.js#NotificationAddedModel',
        },
      },
    },
    'packages/shared/src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { useTypeImports: true, enumsAsConst: true, scalars, onlyEnums: false },
    },
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: { useTypeImports: true, scalars, enumsAsConst: true, customDirectives: { apolloUnmask: true } },
    },
  },
};

export default config;
