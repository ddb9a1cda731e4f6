import { anyone, hasRole } from '../../common/auth.js';

export const userPolicy = {
  /** Only the network's manager lists users and invites people. */
  manageUsers: hasRole('ADMIN'),
  /** Whoever holds an invitation link may read what it is for and accept it. */
  holdsInvitationLink: anyone,
} as const;
