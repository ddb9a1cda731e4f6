import { randomBytes, randomUUID } from 'node:crypto';
import { makePartitaIva, type FirmKind, type Role } from '@filiera/shared';
import type { DataSource } from 'typeorm';
import { CAPABILITIES } from '../db/seed/capabilities.js';
import { hashPassword } from '../modules/auth/tokens.js';
import { FirmEntity } from '../modules/firm/firm.entity.js';
import { UserEntity } from '../modules/user/user.entity.js';
import { TWO_FACTOR_ROLES } from '../modules/auth/totp.js';

let progressive = Math.floor(Math.random() * 9_000_000);
const uniquePartitaIva = () => makePartitaIva(1_000_000 + (progressive++ % 8_999_999), 46);

/** A firm with a valid, unique Partita IVA. */
export async function createFirm(ds: DataSource, overrides: Partial<FirmEntity> = {}): Promise<FirmEntity> {
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
export async function createUser(
  ds: DataSource,
  role: Role,
  overrides: Partial<UserEntity> & { password?: string; twoFactor?: boolean } = {},
): Promise<UserEntity> {
  const { password = TEST_PASSWORD, twoFactor = TWO_FACTOR_ROLES.includes(role), ...rest } = overrides;
  const firmId = role === 'FIRM' ? (rest.firmId ?? (await createFirm(ds)).id) : null;
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
