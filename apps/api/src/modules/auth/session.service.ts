import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Config } from '../../config.js';
import type { Viewer } from '../../context.js';
import { SessionEntity } from './session.entity.js';
import { hashToken, newToken } from '../../common/tokens.js';
import { TWO_FACTOR_ROLES } from './totp.js';

/** Only touch last_seen_at once a minute, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export type SessionLookup = { viewer: Viewer } | { expired: true } | null;

interface SessionRow {
  id: string;
  user_id: string;
  role: Viewer['role'];
  firm_id: string | null;
  last_seen_at: Date;
  expires_at: Date;
  active: boolean;
  must_enrol: boolean;
}

/** When a session ends: idle expiry from the last activity, capped by the absolute expiry. */
export function sessionEndsAt(config: Config, lastSeenAt: Date, expiresAt: Date): Date {
  const idleEnd = lastSeenAt.getTime() + config.SESSION_IDLE_MINUTES * 60_000;
  return new Date(Math.min(idleEnd, expiresAt.getTime()));
}

/**
 * The lookup every signed-in request runs: on node-postgres's pool itself (TypeORM's, the primary's) as a
 * named prepared statement, so neither TypeORM's query runner nor PostgreSQL's parse and plan run each time.
 */
const LOOKUP = {
  name: 'filiera-session-lookup',
  text: `SELECT s.id, s.user_id, s.last_seen_at, s.expires_at, u.role, u.firm_id, u.active,
                (u.totp_enabled_at IS NULL AND u.role = ANY ($2)) AS must_enrol
           FROM session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = $1`,
};

/**
 * Resolves the cookie's token to a viewer. An idle or absolutely expired session is deleted and
 * reported as expired, so the client can say "your session has expired" rather than "sign in".
 */
export async function lookupSession(
  ds: DataSource,
  config: Config,
  token: string,
  now = new Date(),
): Promise<SessionLookup> {
  const pool = (ds.driver as PostgresDriver).master as Pool;
  const { rows } = await pool.query<SessionRow>({ ...LOOKUP, values: [hashToken(token), TWO_FACTOR_ROLES] });
  const row = rows[0];
  if (!row) return { expired: true };
  const endsAt = sessionEndsAt(config, row.last_seen_at, row.expires_at);
  if (endsAt <= now || !row.active) {
    await ds.query(`DELETE FROM session WHERE id = $1`, [row.id]);
    return { expired: true };
  }
  let lastSeenAt = row.last_seen_at;
  if (now.getTime() - lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    lastSeenAt = now;
    await ds.query(`UPDATE session SET last_seen_at = $2 WHERE id = $1`, [row.id, now]);
  }
  return {
    viewer: {
      userId: row.user_id,
      role: row.role,
      firmId: row.firm_id,
      sessionId: row.id,
      sessionExpiresAt: sessionEndsAt(config, lastSeenAt, row.expires_at),
      twoFactorEnrolmentRequired: row.must_enrol,
    },
  };
}

/**
 * Opens a session for a user; returns the cookie token (shown once), when the session ends if idle,
 * and its absolute expiry (the cookie's lifetime).
 */
export async function openSession(
  manager: EntityManager,
  config: Config,
  userId: string,
  client: { ip: string; userAgent: string | null },
  now = new Date(),
): Promise<{ token: string; endsAt: Date; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + config.SESSION_ABSOLUTE_HOURS * 3_600_000);
  const session = await manager.save(
    manager.create(SessionEntity, {
      tokenHash: hashToken(token),
      userId,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
      lastSeenAt: now,
      expiresAt,
    }),
  );
  return { token, endsAt: sessionEndsAt(config, session.lastSeenAt, session.expiresAt), expiresAt };
}

/**
 * Ends sessions of a user (all, or all but `exceptSessionId`, or only `onlySessionId`); answers how many
 * ended. Their next request is refused as an expired session.
 */
export async function endSessions(
  manager: EntityManager,
  userId: string,
  which: { exceptSessionId?: string; onlySessionId?: string } = {},
): Promise<number> {
  const qb = manager.createQueryBuilder().delete().from(SessionEntity).where('user_id = :userId', { userId });
  if (which.exceptSessionId) qb.andWhere('id <> :except', { except: which.exceptSessionId });
  if (which.onlySessionId) qb.andWhere('id = :only', { only: which.onlySessionId });
  const result = await qb.execute();
  return result.affected ?? 0;
}
