import { anyone, hasRole, objectPolicy, objectRule, signedIn } from '../../common/auth.js';

/** Who may call each root field. */

export const eventPolicy = {
  /** Everyone signed in sees the calendar. */
  read: signedIn,
  /** Public events are part of the showcase. */
  readPublic: anyone,
  /** The network's staff who organise events. */
  manage: hasRole('ADMIN', 'CONSULTANT'),
  /** A FIRM user registers (and cancels) people of its own firm. */
  register: hasRole('FIRM'),
} as const;

/** What each action on an event's data is checked against. */
export interface EventActions {
  /** A registration, by the firm that made it. */
  seeRegistration: { firmId: string };
}

export const eventAccess = objectPolicy<EventActions>('event', {
  /** Staff see every registration; a FIRM user only its firm's; nobody else any. */
  seeRegistration: objectRule(
    'staffOrOwnFirm',
    (v, r) => v.role === 'ADMIN' || v.role === 'CONSULTANT' || (v.role === 'FIRM' && v.firmId === r.firmId),
  ),
});
