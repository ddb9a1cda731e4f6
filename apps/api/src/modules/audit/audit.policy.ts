import { hasRole } from '../../common/auth.js';

export const auditPolicy = {
  /** Only the network's manager reads the whole audit log. */
  read: hasRole('ADMIN'),
} as const;
