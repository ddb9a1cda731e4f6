import { hasRole } from '../../common/auth.js';

export const mailPolicy = {
  /** The outbox holds links meant for other people: only the network's manager reads it. */
  readOutbox: hasRole('ADMIN'),
} as const;
