import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { LoginAttemptEntity } from '../modules/auth/login-attempt.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { AdhesionEntity, AdhesionTransitionEntity } from '../modules/adhesion/adhesion.entity.js';
import {
  ContractCommentEntity,
  ContractRevisionEntity,
  NetworkContractEntity,
} from '../modules/contract/contract.entity.js';
import { ContractAndAdhesions1764100500000 } from './migrations/1764100500000-ContractAndAdhesions.js';
import { CapabilityEntity } from '../modules/capability/capability.entity.js';
import { FirmEntity } from '../modules/firm/firm.entity.js';
import { SupplyLinkEntity } from '../modules/supply-link/supply-link.entity.js';
import { InvitationEntity } from '../modules/user/invitation.entity.js';
import { UserEntity } from '../modules/user/user.entity.js';
import { Foundation1764057600000 } from './migrations/1764057600000-Foundation.js';
import { SupplyLinkLifecycle1764100400000 } from './migrations/1764100400000-SupplyLinkLifecycle.js';
import { FirmProfile1764100000000 } from './migrations/1764100000000-FirmProfile.js';
import { TasksAndPlan1764100300000 } from './migrations/1764100300000-TasksAndPlan.js';
import {
  PlanActionEntity,
  PlanJoinRequestEntity,
  PlanKpiEntity,
  PlanObjectiveEntity,
  PlanRevisionEntity,
  StrategicPlanEntity,
} from '../modules/plan/plan.entity.js';
import { TaskActivityEntity, TaskCommentEntity, TaskEntity } from '../modules/task/task.entity.js';
import { SnakeNamingStrategy } from './naming.js';
import { AtecoCodeEntity } from '../modules/ateco/ateco.entity.js';
import { RegistryImportEntity } from '../modules/registry-import/registry-import.entity.js';
import { AtecoCodes1764100100000 } from './migrations/1764100100000-AtecoCodes.js';
import { RegistryImport1764100200000 } from './migrations/1764100200000-RegistryImport.js';
import { SavedReportViewEntity } from '../modules/report/report.entity.js';
import { Reports1764100700000 } from './migrations/1764100700000-Reports.js';
import { ContactRequestEntity } from '../modules/showcase/showcase.entity.js';
import { EventEntity, EventRegistrationEntity } from '../modules/event/event.entity.js';
import { ShowcaseAndEvents1764100800000 } from './migrations/1764100800000-ShowcaseAndEvents.js';
import { DirectoryVersion1764100900000 } from './migrations/1764100900000-DirectoryVersion.js';
import { AccountsAndOutbox1764101000000 } from './migrations/1764101000000-AccountsAndOutbox.js';
import { MailOutboxEntity } from '../modules/mail/mail-outbox.entity.js';
import { PasswordResetEntity } from '../modules/auth/password-reset.entity.js';
import { Ateco2007Correspondence1764101700000 } from './migrations/1764101700000-Ateco2007Correspondence.js';
import { RegistryImportWork1764101710000 } from './migrations/1764101710000-RegistryImportWork.js';
import { Articles1764102400000 } from './migrations/1764102400000-Articles.js';
import { ArticlePhoto1765000300000 } from './migrations/1765000300000-ArticlePhoto.js';
import { ReportTraceabilitySection1765000310000 } from './migrations/1765000310000-ReportTraceabilitySection.js';
import {
  ArticleComponentEntity,
  ArticleEntity,
  PassportConsentEntity,
  SupplierInputEntity,
} from '../modules/article/article.entity.js';
import { TwoFactor1765000100000 } from './migrations/1765000100000-TwoFactor.js';
import { OutboxQueuedIndex1765000100001 } from './migrations/1765000100001-OutboxQueuedIndex.js';
import { InvitationLanguage1765000100002 } from './migrations/1765000100002-InvitationLanguage.js';
import { EmailChange1765000100003 } from './migrations/1765000100003-EmailChange.js';
import { DirectoryFilterIndexes1764101100000 } from './migrations/1764101100000-DirectoryFilterIndexes.js';
import { Notifications1765000600000 } from './migrations/1765000600000-Notifications.js';
import { FirmTaxCodeIndex1765000700000 } from './migrations/1765000700000-FirmTaxCodeIndex.js';
import { FirmPecAndCessation1765000800000 } from './migrations/1765000800000-FirmPecAndCessation.js';
import { DirectoryActiveFirms1766000400000 } from './migrations/1766000400000-DirectoryActiveFirms.js';
import { GlobalSearch1766000550000 } from './migrations/1766000550000-GlobalSearch.js';
import { FirmClaims1766000200000 } from './migrations/1766000200000-FirmClaims.js';
import { ClaimEntity } from '../modules/claim/claim.entity.js';
import { FirmRedirect1766000300000 } from './migrations/1766000300000-FirmRedirect.js';
import { DomainEvent1766000700000 } from './migrations/1766000700000-DomainEvent.js';
import {
  NotificationEntity,
  NotificationPreferenceEntity,
} from '../modules/notification/notification.entity.js';

export const entities = [
  UserEntity,
  SessionEntity,
  InvitationEntity,
  LoginAttemptEntity,
  AuditEntryEntity,
  FirmEntity,
  CapabilityEntity,
  SupplyLinkEntity,
  AdhesionEntity,
  AdhesionTransitionEntity,
  NetworkContractEntity,
  ContractRevisionEntity,
  ContractCommentEntity,
  TaskEntity,
  TaskCommentEntity,
  TaskActivityEntity,
  StrategicPlanEntity,
  PlanObjectiveEntity,
  PlanActionEntity,
  PlanKpiEntity,
  PlanJoinRequestEntity,
  PlanRevisionEntity,
  AtecoCodeEntity,
  RegistryImportEntity,
  SavedReportViewEntity,
  ContactRequestEntity,
  EventEntity,
  EventRegistrationEntity,
  MailOutboxEntity,
  PasswordResetEntity,
  ArticleEntity,
  ArticleComponentEntity,
  SupplierInputEntity,
  PassportConsentEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  ClaimEntity,
];

/** Migrations in order; a landed migration is never edited, a new one is appended. */
export const migrations = [
  Foundation1764057600000,
  FirmProfile1764100000000,
  AtecoCodes1764100100000,
  RegistryImport1764100200000,
  TasksAndPlan1764100300000,
  SupplyLinkLifecycle1764100400000,
  ContractAndAdhesions1764100500000,
  Reports1764100700000,
  ShowcaseAndEvents1764100800000,
  DirectoryVersion1764100900000,
  AccountsAndOutbox1764101000000,
  DirectoryFilterIndexes1764101100000,
  Ateco2007Correspondence1764101700000,
  RegistryImportWork1764101710000,
  Articles1764102400000,
  TwoFactor1765000100000,
  OutboxQueuedIndex1765000100001,
  InvitationLanguage1765000100002,
  EmailChange1765000100003,
  ArticlePhoto1765000300000,
  ReportTraceabilitySection1765000310000,
  Notifications1765000600000,
  FirmTaxCodeIndex1765000700000,
  FirmPecAndCessation1765000800000,
  FirmClaims1766000200000,
  FirmRedirect1766000300000,
  DirectoryActiveFirms1766000400000,
  GlobalSearch1766000550000,
  DomainEvent1766000700000,
];

/** A TypeORM data source on a PostgreSQL URL; schema changes only through migrations. */
export function createDataSource(
  url: string,
  options: { poolSize?: number; connectTimeoutMs?: number } = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // A database that does not answer fails a request after 10 s (503, common/errors.ts) instead of
    // holding it for ever.
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000 },
  });
}
