import { hasRole, signedIn } from '../../common/auth.js';
import type { Viewer } from '../../context.js';

export const planPolicy = {
  /** Every member of the network reads the plan. */
  read: signedIn,
  /** The consultants design the plan with the network's manager. */
  edit: hasRole('ADMIN', 'CONSULTANT'),
  /** A firm asks to take part in an action for itself. */
  requestToJoin: hasRole('FIRM'),
  /** Signed in; whether this person leads the action is checked on the action (see canDecide). */
  decideJoin: signedIn,
  /** ADMIN and CONSULTANT decide any request; a FIRM user decides for an action its firm leads; the lead person too. */
  canDecide: (
    viewer: Viewer | null,
    action: { leadFirmId: string | null; leadUserId: string | null },
  ): boolean =>
    viewer !== null &&
    (viewer.role === 'ADMIN' ||
      viewer.role === 'CONSULTANT' ||
      viewer.userId === action.leadUserId ||
      (viewer.role === 'FIRM' && viewer.firmId !== null && viewer.firmId === action.leadFirmId)),
} as const;
