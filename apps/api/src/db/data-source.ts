import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { LoginAttemptEntity } from '../modules/auth/login-attempt.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { AdhesionEntity } from '../modules/adhesion/adhesion.entity.js';
import { CapabilityEntity } from '../modules/capability/capability.entity.js';
import { FirmEntity } from '../modules/firm/firm.entity.js';
import { SupplyLinkEntity } from '../modules/supply-link/supply-link.entity.js';
import { InvitationEntity } from '../modules/user/invitation.entity.js';
import { UserEntity } from '../modules/user/user.entity.js';
import { Foundation1764057600000 } from './migrations/1764057600000-Foundation.js';
import { SnakeNamingStrategy } from './naming.js';

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
];

/** Migrations in order; a landed migration is never edited, a new one is appended. */
export const migrations = [Foundation1764057600000];

/** A TypeORM data source on a PostgreSQL URL; schema changes only through migrations. */
export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: options.poolSize ?? 10 },
  });
}
