import { hasRole } from '../../common/auth.js';

export const registryImportPolicy = {
  /** Loading the Chamber of Commerce registry writes firms: the network's manager and the consultants. */
  manage: hasRole('ADMIN', 'CONSULTANT'),
} as const;
