import { randomBytes, randomUUID } from 'node:crypto';
import { makePartitaIva, type AdhesionStatus, type FirmKind, type Role } from '@filiera/shared';
import type { DataSource, DeepPartial, EntityTarget, ObjectLiteral } from 'typeorm';
import { CAPABILITIES } from '../db/seed/capabilities.js';
import { AdhesionEntity, AdhesionTransitionEntity } from '../modules/adhesion/adhesion.entity.js';
import {
  ArticleComponentEntity,
  ArticleEntity,
  PassportConsentEntity,
  SupplierInputEntity,
} from '../modules/article/article.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { ClaimEntity } from '../modules/claim/claim.entity.js';
import { EventEntity, EventRegistrationEntity } from '../modules/event/event.entity.js';
import { PlanActionEntity, PlanJoinRequestEntity, StrategicPlanEntity } from '../modules/plan/plan.entity.js';
import { RegistryImportEntity } from '../modules/registry-import/registry-import.entity.js';
import { ContactRequestEntity } from '../modules/showcase/showcase.entity.js';
import { TaskEntity } from '../modules/task/task.entity.js';
import { InvitationEntity } from '../modules/user/invitation.entity.js';
import { hashPassword, hashToken, newToken } from '../common/tokens.js';
import { CapabilityEntity } from '../modules/capability/capability.entity.js';
import { FirmEntity } from '../modules/firm/firm.entity.js';
import { SupplyLinkEntity } from '../modules/supply-link/supply-link.entity.js';
import { UserEntity } from '../modules/user/user.entity.js';
import { TWO_FACTOR_ROLES } from '../modules/auth/totp.js';
import type { TestApi } from './harness.js';

/*
 * Test factories, after outline's server/test/factories.ts: one `build…` per entity, each writing a
 * valid row with unique values through the entity (no raw SQL in the tests), overridable field by field.
 * Each test builds its own data, so no test depends on another's.
 */

/** Saves one row of `entity`: the factory's defaults, then the test's overrides. */
function save<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  values: DeepPartial<NoInfer<T>>,
): Promise<T> {
  const repo = ds.getRepository(entity);
  return repo.save(repo.create(values));
}

const suffix = () => randomBytes(3).toString('hex');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

let progressive = Math.floor(Math.random() * 9_000_000);
const uniquePartitaIva = () => makePartitaIva(1_000_000 + (progressive++ % 8_999_999), 46);

/** A firm with a valid, unique Partita IVA. */
export async function buildFirm(ds: DataSource, overrides: Partial<FirmEntity> = {}): Promise<FirmEntity> {
  const kind: FirmKind = overrides.kind ?? 'SHOE_FACTORY';
  return save(ds, FirmEntity, {
    legalName: `Calzaturificio Prova ${suffix()} S.r.l.`,
    vatNumber: uniquePartitaIva(),
    kind,
    municipality: 'Capannori',
    hamlet: 'Segromigno in Monte',
    province: 'LU',
    ...overrides,
  });
}

/** The seed's capability vocabulary (ids fixed at every scale), for tests that pick capabilities by code. */
export async function insertCapabilities(ds: DataSource): Promise<void> {
  for (const c of CAPABILITIES) {
    await ds.query(
      `INSERT INTO capability (id, code, label_it, label_en, capability_group) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [c.id, c.code, c.labelIt, c.labelEn, c.group],
    );
  }
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** The authenticator secret of the staff users the factory makes (the harness signs them in with it). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * A user with TEST_PASSWORD; FIRM users get a firm of their own unless one is given. ADMIN and CONSULTANT
 * users have two-factor sign-in on with TEST_TOTP_SECRET, as their role requires, unless `twoFactor: false`.
 */
export async function buildUser(
  ds: DataSource,
  role: Role,
  overrides: Partial<UserEntity> & { password?: string; twoFactor?: boolean } = {},
): Promise<UserEntity> {
  const { password = TEST_PASSWORD, twoFactor = TWO_FACTOR_ROLES.includes(role), ...rest } = overrides;
  const firmId = role === 'FIRM' ? (rest.firmId ?? (await buildFirm(ds)).id) : null;
  const id = randomUUID();
  const user = ds.getRepository(UserEntity).create({
    id,
    email: `${role.toLowerCase()}-${id.slice(0, 8)}@test.example`,
    name: `${role} ${id.slice(0, 4)}`,
    passwordHash: await hashPassword(password),
    role,
    firmId,
    ...rest,
  });
  await ds.getRepository(UserEntity).insert(user);
  if (twoFactor) {
    user.totpEnabledAt = new Date();
    await ds.query(`UPDATE app_user SET totp_secret = $2, totp_enabled_at = $3 WHERE id = $1`, [
      user.id,
      TEST_TOTP_SECRET,
      user.totpEnabledAt,
    ]);
  }
  return user;
}

const EVERY_ROLE = ['ADMIN', 'CONSULTANT', 'FIRM', 'CHAMBER'] as const;

/**
 * Signs in a new user of each role (with the role's `overrides`), writes their session cookies (and ids)
 * into the test's records, and answers the users.
 */
export async function signInEveryRole(
  api: TestApi,
  cookies: Record<Role, string>,
  ids: Partial<Record<Role, string>> = {},
  overrides: Partial<Record<Role, Partial<UserEntity>>> = {},
): Promise<Record<Role, UserEntity>> {
  const users = {} as Record<Role, UserEntity>;
  for (const role of EVERY_ROLE) {
    users[role] = await buildUser(api.ds, role, overrides[role]);
    ids[role] = users[role].id;
    cookies[role] = await api.signIn(users[role].email, TEST_PASSWORD);
  }
  return users;
}

/** The names the tests of the other areas still use (auth, users, reports, articles, registry import). */
export const createFirm = buildFirm;
export const createUser = buildUser;

/** A capability of its own (a unique code), for tests that must not share the seed's vocabulary. */
export async function buildCapability(
  ds: DataSource,
  overrides: Partial<CapabilityEntity> = {},
): Promise<CapabilityEntity> {
  const code = overrides.code ?? `TEST_${suffix().toUpperCase()}`;
  return save(ds, CapabilityEntity, {
    labelIt: code,
    labelEn: code,
    group: 'COMPONENTS',
    ...overrides,
    code,
  });
}

/** The firm offers these capabilities (firm_capability is a join table with no entity of its own). */
export async function buildFirmCapabilities(
  ds: DataSource,
  firm: { id: string },
  ...capabilities: { id: string }[]
): Promise<void> {
  await ds.query(
    `INSERT INTO firm_capability (firm_id, capability_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [firm.id, capabilities.map((c) => c.id)],
  );
}

/** An adhesion in `status` (INTERESTED by default), for a new firm unless `firmId` is given. */
export async function buildAdhesion(
  ds: DataSource,
  overrides: Partial<AdhesionEntity> & { status?: AdhesionStatus } = {},
): Promise<AdhesionEntity> {
  const firmId = overrides.firmId ?? (await buildFirm(ds)).id;
  return save(ds, AdhesionEntity, { status: 'INTERESTED', ...overrides, firmId });
}

/**
 * A supply link straight in the database, CONFIRMED by default and declared by the customer: for
 * tests about what links show or count, not about the declare/confirm workflow.
 */
export async function buildSupplyLink(
  ds: DataSource,
  link: Pick<SupplyLinkEntity, 'supplierId' | 'customerId' | 'capabilityId'> & Partial<SupplyLinkEntity>,
): Promise<SupplyLinkEntity> {
  return save(ds, SupplyLinkEntity, { status: 'CONFIRMED', declaredByFirmId: link.customerId, ...link });
}

/** A step of an adhesion's history (to INTERESTED from nothing by default). */
export function buildAdhesionTransition(
  ds: DataSource,
  transition: Pick<AdhesionTransitionEntity, 'adhesionId'> & Partial<AdhesionTransitionEntity>,
): Promise<AdhesionTransitionEntity> {
  return save(ds, AdhesionTransitionEntity, { toStatus: 'INTERESTED', ...transition });
}

/** A pending FIRM invitation, valid a week, for a new firm unless `firmId` is given. */
export async function buildInvitation(
  ds: DataSource,
  overrides: Partial<InvitationEntity> = {},
): Promise<InvitationEntity> {
  const firmId = overrides.firmId ?? (await buildFirm(ds)).id;
  return save(ds, InvitationEntity, {
    email: `invited-${suffix()}@test.example`,
    role: 'FIRM',
    tokenHash: hashToken(newToken()),
    expiresAt: inDays(7),
    ...overrides,
    firmId,
  });
}

/** A claim of a firm (a new one unless `firmId` is given) waiting for its PEC code. */
export async function buildClaim(ds: DataSource, overrides: Partial<ClaimEntity> = {}): Promise<ClaimEntity> {
  const firmId = overrides.firmId ?? (await buildFirm(ds)).id;
  return save(ds, ClaimEntity, {
    tokenHash: hashToken(newToken()),
    name: `Richiedente ${suffix()}`,
    roleInFirm: 'Titolare',
    email: `claimant-${suffix()}@test.example`,
    method: 'PEC',
    status: 'CODE_SENT',
    ip: '127.0.0.1',
    ...overrides,
    firmId,
  });
}

/** A draft strategic plan for 2027–2029. */
export function buildStrategicPlan(
  ds: DataSource,
  overrides: Partial<StrategicPlanEntity> = {},
): Promise<StrategicPlanEntity> {
  return save(ds, StrategicPlanEntity, {
    title: `Piano ${suffix()}`,
    startYear: 2027,
    endYear: 2029,
    ...overrides,
  });
}

/** An action of a plan (a new plan unless `planId` is given), in 2027. */
export async function buildPlanAction(
  ds: DataSource,
  overrides: Partial<PlanActionEntity> = {},
): Promise<PlanActionEntity> {
  const planId = overrides.planId ?? (await buildStrategicPlan(ds)).id;
  return save(ds, PlanActionEntity, {
    axis: 'DIGITAL_CLUSTER',
    title: `Azione ${suffix()}`,
    startDate: '2027-01-01',
    endDate: '2027-12-31',
    ...overrides,
    planId,
  });
}

/** A firm's pending request to join a plan action. */
export function buildPlanJoinRequest(
  ds: DataSource,
  request: Pick<PlanJoinRequestEntity, 'actionId' | 'firmId'> & Partial<PlanJoinRequestEntity>,
): Promise<PlanJoinRequestEntity> {
  return save(ds, PlanJoinRequestEntity, request);
}

/** A start-up task (phase ADHESIONS; status and priority as the table's defaults). */
export function buildTask(ds: DataSource, overrides: Partial<TaskEntity> = {}): Promise<TaskEntity> {
  return save(ds, TaskEntity, { title: `Attività ${suffix()}`, phase: 'ADHESIONS', ...overrides });
}

/** A members' webinar in ten days, registrations open until the day before. */
export function buildEvent(ds: DataSource, overrides: Partial<EventEntity> = {}): Promise<EventEntity> {
  return save(ds, EventEntity, {
    kind: 'WEBINAR',
    titleIt: 'Webinar',
    titleEn: 'Webinar',
    startsAt: inDays(10),
    endsAt: new Date(inDays(10).getTime() + 3_600_000),
    place: 'Online',
    capacity: 50,
    language: 'IT',
    audience: 'MEMBERS',
    registrationDeadline: inDays(9),
    ...overrides,
  });
}

/** A confirmed registration of a firm's person to an event. */
export function buildEventRegistration(
  ds: DataSource,
  registration: Pick<EventRegistrationEntity, 'eventId' | 'firmId'> & Partial<EventRegistrationEntity>,
): Promise<EventRegistrationEntity> {
  return save(ds, EventRegistrationEntity, {
    personName: 'Persona',
    personEmail: `person-${suffix()}@test.example`,
    status: 'CONFIRMED',
    ...registration,
  });
}

/** An applied registry import of a one-byte CSV file. */
export function buildRegistryImport(
  ds: DataSource,
  overrides: Partial<RegistryImportEntity> = {},
): Promise<RegistryImportEntity> {
  return save(ds, RegistryImportEntity, {
    fileName: 'r.csv',
    fileSize: 1,
    format: 'CSV',
    columns: [],
    status: 'APPLIED',
    ...overrides,
  });
}

/** A draft article of a firm. */
export function buildArticle(
  ds: DataSource,
  article: Pick<ArticleEntity, 'firmId'> & Partial<ArticleEntity>,
): Promise<ArticleEntity> {
  return save(ds, ArticleEntity, { code: `ART-${suffix()}`, name: 'Décolleté', ...article });
}

/** A line of an article's bill of materials. */
export function buildArticleComponent(
  ds: DataSource,
  component: Pick<ArticleComponentEntity, 'articleId' | 'capabilityId'> & Partial<ArticleComponentEntity>,
): Promise<ArticleComponentEntity> {
  return save(ds, ArticleComponentEntity, { position: 0, ...component });
}

/** What a supplier puts into a capability it sells (half of it by default). */
export function buildSupplierInput(
  ds: DataSource,
  input: Pick<SupplierInputEntity, 'firmId' | 'capabilityId' | 'inputCapabilityId'> &
    Partial<SupplierInputEntity>,
): Promise<SupplierInputEntity> {
  return save(ds, SupplierInputEntity, { position: 0, share: '50', ...input });
}

/** A firm's consent to its name on the public passports. */
export function buildPassportConsent(
  ds: DataSource,
  consent: Pick<PassportConsentEntity, 'firmId'> & Partial<PassportConsentEntity>,
): Promise<PassportConsentEntity> {
  return save(ds, PassportConsentEntity, { namePublic: true, ...consent });
}

/** A buyer's request for a quote from a firm's showcase. */
export function buildContactRequest(
  ds: DataSource,
  request: Pick<ContactRequestEntity, 'firmId'> & Partial<ContactRequestEntity>,
): Promise<ContactRequestEntity> {
  return save(ds, ContactRequestEntity, {
    kind: 'QUOTE',
    name: 'Buyer',
    company: 'Buyer GmbH',
    country: 'DE',
    email: 'buyer@test.example',
    message: 'Quote please',
    clientIp: '127.0.0.1',
    ...request,
  });
}

/** An entry of the audit log (a firm profile update by default). */
export function buildAuditEntry(
  ds: DataSource,
  entry: Pick<AuditEntryEntity, 'entityId'> & Partial<AuditEntryEntity>,
): Promise<AuditEntryEntity> {
  return save(ds, AuditEntryEntity, { action: 'UPDATE_FIRM_PROFILE', entityType: 'Firm', ...entry });
}
