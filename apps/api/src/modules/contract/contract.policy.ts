import { hasRole, signedIn } from '../../common/auth.js';

export const contractPolicy = {
  /** Everyone signed in reads the contract, its revisions, comments and exports. */
  read: signedIn,
  /** Only the network's manager writes the contract and moves its status. */
  edit: hasRole('ADMIN'),
  /** Consultants review the draft with comments; the manager answers them. */
  comment: hasRole('CONSULTANT', 'ADMIN'),
} as const;
