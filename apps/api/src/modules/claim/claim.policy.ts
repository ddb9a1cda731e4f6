import { anyone, anyoneExcept, hasRole, objectPolicy, objectRule } from '../../common/auth.js';

export const claimPolicy = {
  /** The registry's names and municipalities are public: anyone may look for their firm. */
  search: anyone,
  /** Anyone may ask to claim a firm, except the Chamber, whose analysts change nothing. */
  claim: anyoneExcept('CHAMBER'),
  /** Documents are reviewed by the start-up pool and the network's manager. */
  review: hasRole('CONSULTANT', 'ADMIN'),
  /** A firm's people see each other; the manager is checked per object (firmPeoplePolicy). */
  firmPeople: hasRole('FIRM'),
} as const;

/** A firm as its people's manager sees it: the firm and who manages it. */
export interface ManagedFirm {
  firmId: string;
  managerId: string | null;
}

/** The first active person of a firm manages its people; never those of another firm. */
export const firmPeoplePolicy = objectPolicy<{ manage: ManagedFirm }>('claim', {
  manage: objectRule(
    'firmManagerOnly',
    (viewer, firm) =>
      viewer.role === 'FIRM' && viewer.firmId === firm.firmId && viewer.userId === firm.managerId,
  ),
});
