import { randomBytes, randomUUID } from 'node:crypto';
import { makePartitaIva, type AdhesionStatus, type FirmKind, type Role } from '@filiera/shared';
import type { DataSource } from 'typeorm';
import { CAPABILITIES } from '../db/seed/capabilities.js';
import { AdhesionEntity } from '../modules/adhesion/adhesion.entity.js';
import { hashPassword } from '../common/tokens.js';
import { CapabilityEntity } from '../modules/capability/capability.entity.js';
import { FirmEntity } from '../modules/firm/firm.entity.js';
import { SupplyLinkEntity } from '../modules/supply-link/supply-link.entity.js';
import { UserEntity } from '../modules/user/user.entity.js';
import { TWO_FACTOR_ROLES } from '../modules/auth/totp.js';

/*
 * Test factories, after outline's server/test/factories.ts: one `build…` per entity, each writing a
 * valid row with unique values through the entity (no raw SQL in the tests), overridable field by field.
 * Each test builds its own data, so no test depends on another's.
 */

let progressive = Math.floor(Math.random() * 9_000_000);
const uniquePartitaIva = () => makePartitaIva(1_000_000 + (progressive++ % 8_999_999), 46);

/** A firm with a valid, unique Partita IVA. */
export async function buildFirm(ds: DataSource, overrides: Partial<FirmEntity> = {}): Promise<FirmEntity> {
  const kind: FirmKind = overrides.kind ?? 'SHOE_FACTORY';
  const suffix = randomBytes(3).toString('hex');
  return ds.getRepository(FirmEntity).save(
    ds.getRepository(FirmEntity).create({
      legalName: `Calzaturificio Prova ${suffix} S.r.l.`,
      vatNumber: uniquePartitaIva(),
      kind,
      municipality: 'Capannori',
      hamlet: 'Segromigno in Monte',
      province: 'LU',
      ...overrides,
    }),
  );
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

/** The names the tests of the other areas still use (auth, users, reports, articles, registry import). */
export const createFirm = buildFirm;
export const createUser = buildUser;

/** A capability of its own (a unique code), for tests that must not share the seed's vocabulary. */
export async function buildCapability(
  ds: DataSource,
  overrides: Partial<CapabilityEntity> = {},
): Promise<CapabilityEntity> {
  const repo = ds.getRepository(CapabilityEntity);
  const code = overrides.code ?? `TEST_${randomBytes(3).toString('hex').toUpperCase()}`;
  return repo.save(repo.create({ labelIt: code, labelEn: code, group: 'COMPONENTS', ...overrides, code }));
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
  const repo = ds.getRepository(AdhesionEntity);
  return repo.save(repo.create({ status: 'INTERESTED', ...overrides, firmId }));
}

/**
 * A supply link straight in the database, CONFIRMED by default and declared by the customer: for
 * tests about what links show or count, not about the declare/confirm workflow.
 */
export async function buildSupplyLink(
  ds: DataSource,
  link: Pick<SupplyLinkEntity, 'supplierId' | 'customerId' | 'capabilityId'> & Partial<SupplyLinkEntity>,
): Promise<SupplyLinkEntity> {
  const repo = ds.getRepository(SupplyLinkEntity);
  return repo.save(repo.create({ status: 'CONFIRMED', declaredByFirmId: link.customerId, ...link }));
}
