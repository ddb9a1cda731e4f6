import { hasRole } from '../../common/auth.js';

export const taskPolicy = {
  /** The start-up tasks are the consultants' work; the Chamber of Commerce follows it read-only. */
  read: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
  /** Only the consultants and the network's manager change tasks; FIRM and CHAMBER are refused. */
  write: hasRole('ADMIN', 'CONSULTANT'),
} as const;

/** The roles a task may be assigned to. */
export const ASSIGNABLE_ROLES = ['ADMIN', 'CONSULTANT'] as const;
