import { anyone, hasRole, signedIn } from '../../common/auth.js';
import type { Viewer } from '../../context.js';

export const eventPolicy = {
  /** Everyone signed in sees the calendar. */
  read: signedIn,
  /** Public events are part of the showcase. */
  readPublic: anyone,
  /** The network's staff who organise events. */
  manage: hasRole('ADMIN', 'CONSULTANT'),
  /** A FIRM user registers (and cancels) people of its own firm. */
  register: hasRole('FIRM'),
  /** Staff see every registration; a FIRM user only its firm's; nobody else any. */
  canSeeRegistration: (viewer: Viewer | null, firmId: string): boolean =>
    viewer !== null &&
    (viewer.role === 'ADMIN' ||
      viewer.role === 'CONSULTANT' ||
      (viewer.role === 'FIRM' && viewer.firmId === firmId)),
  canEdit: (viewer: Viewer | null): boolean =>
    viewer !== null && (viewer.role === 'ADMIN' || viewer.role === 'CONSULTANT'),
} as const;
