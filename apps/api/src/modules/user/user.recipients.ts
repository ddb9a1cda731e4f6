import type { EntityManager } from 'typeorm';
import type { Role } from '@filiera/shared';
import { UserEntity } from './user.entity.js';

/** Whom another module may write to: active people, with where mail goes and in which language. */
export interface Recipient {
  id: string;
  email: string;
  language: 'it' | 'en';
  firmId: string | null;
}

/**
 * The active people among the named users, the FIRM users of the named firms and everyone in the named
 * roles; only those whose role is in `allowedRoles`, and never `except` (e.g. who acted). One statement,
 * in the caller's transaction.
 */
export async function activeRecipients(
  manager: EntityManager,
  who: { userIds?: readonly string[]; firmIds?: readonly string[]; roles?: readonly Role[] },
  allowedRoles: readonly Role[],
  except: string | null = null,
): Promise<Recipient[]> {
  const rows: Recipient[] = await manager.query(
    `SELECT id, email, language, firm_id AS "firmId" FROM app_user
      WHERE active AND role = ANY($4::text[])
        AND (id = ANY($1::uuid[]) OR (role = 'FIRM' AND firm_id = ANY($2::uuid[])) OR role = ANY($3::text[]))
        AND id IS DISTINCT FROM $5`,
    [who.userIds ?? [], who.firmIds ?? [], who.roles ?? [], allowedRoles, except],
  );
  return rows;
}

/** Where mail to one person goes, and whether they are still active (null: no such person). */
export async function mailAddressOf(
  manager: EntityManager,
  userId: string,
): Promise<Pick<UserEntity, 'email' | 'language' | 'active'> | null> {
  return manager.getRepository(UserEntity).findOne({
    select: { email: true, language: true, active: true },
    where: { id: userId },
  });
}
