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
}

/** Per-request state handed to every resolver and service. */
export interface Context {
  ds: DataSource;
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
