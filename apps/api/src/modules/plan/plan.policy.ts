import { hasRole, objectPolicy, objectRule, signedIn } from '../../common/auth.js';

/** Who may call each root field. */
export const planPolicy = {
  /** Every member of the network reads the plan. */
  read: signedIn,
  /** The consultants design the plan with the network's manager. */
  edit: hasRole('ADMIN', 'CONSULTANT'),
  /** A firm asks to take part in an action for itself. */
  requestToJoin: hasRole('FIRM'),
  /** Signed in; whether this person leads the action is checked on the action (`planAccess.decideJoin`). */
  decideJoin: signedIn,
} as const;

/** What each action on a plan action is checked against. */
export interface PlanActions {
  /** The firm the request is made for. */
  requestToJoin: { firmId: string | null };
  decideJoin: { leadFirmId: string | null; leadUserId: string | null };
}

export const planAccess = objectPolicy<PlanActions>('plan', {
  /** A FIRM user asks only for its own firm. */
  requestToJoin: objectRule('ownFirm', (v, o) => v.firmId !== null && v.firmId === o.firmId),
  /** ADMIN and CONSULTANT decide any request; a FIRM user decides for an action its firm leads; the lead person too. */
  decideJoin: objectRule(
    'leadOfAction',
    (v, action) =>
      v.role === 'ADMIN' ||
      v.role === 'CONSULTANT' ||
      v.userId === action.leadUserId ||
      (v.role === 'FIRM' && v.firmId !== null && v.firmId === action.leadFirmId),
  ),
});
