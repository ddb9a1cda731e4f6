import type { DataSource } from 'typeorm';
import type { Role } from '@filiera/shared';
import type { Config } from './config.js';
import type { Loaders } from './loaders.js';

/** The signed-in person as the policies see them. */
export interface Viewer {
  userId: string;
  role: Role;
  firmId: string | null;
  sessionId: string;
  sessionExpiresAt: Date;
  /** ADMIN or CONSULTANT without two-factor sign-in: only enrolment (and me, sign-out) until it is on. */
  twoFactorEnrolmentRequired: boolean;
}

/** Where a request's statements go: read-only work to a replica that has the session's writes. */
export interface ReadRouting {
  primary: DataSource;
  /** The replica this request's read-only work went to, or null (primary). */
  replica: DataSource | null;
  /** The session's last write (WAL position, from its cookie): a replica must have replayed it. */
  after: bigint | null;
  /** After a write: records the primary's WAL position in the session's cookie (with replicas only). */
  rememberWrite(): Promise<void>;
}

/** Per-request state handed to every resolver and service. */
export interface Context {
  /** The primary, or for read-only work a replica (see `reads` and common/read-routing.ts). */
  ds: DataSource;
  reads: ReadRouting;
  config: Config;
  viewer: Viewer | null;
  /** The request carried a session cookie whose session has expired or was ended. */
  sessionExpired: boolean;
  ip: string;
  userAgent: string | null;
  loaders: Loaders;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}
