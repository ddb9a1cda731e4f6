import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random, URL-safe secret for a session cookie or an invitation link. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Only the SHA-256 of a token is stored, so a database leak gives no working session or link. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** argon2id with the OWASP-recommended parameters (19 MiB, 2 passes). */
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);
