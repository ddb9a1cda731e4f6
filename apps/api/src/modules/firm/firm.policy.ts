import { hasRole, signedIn } from '../../common/auth.js';
import type { Viewer } from '../../context.js';

export const firmPolicy = {
  /** Everyone signed in reads the directory. */
  read: signedIn,
  /** Roles that read the whole registry with every non-private field. */
  readAll: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
  /** District-wide figures for the consultants', chamber's and manager's dashboards. */
  readSummary: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
  /** A FIRM user edits only its own firm; ADMIN edits any. */
  canEdit: (viewer: Viewer | null, firmId: string): boolean =>
    viewer !== null && (viewer.role === 'ADMIN' || (viewer.role === 'FIRM' && viewer.firmId === firmId)),
} as const;
