import { hasRole } from '../../common/auth.js';

export const firmRegistryPolicy = {
  /**
   * Keeping the registry true — adding firms by hand, finding likely duplicates, merging them — is the
   * consultants' and the manager's work; FIRM and CHAMBER never.
   */
  manage: hasRole('ADMIN', 'CONSULTANT'),
} as const;
