import { hasRole, signedIn } from '../../common/auth.js';
import type { Viewer } from '../../context.js';

export const adhesionPolicy = {
  /** The pipeline: the start-up pool and the manager manage it, the chamber reads it. */
  readAll: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
  manage: hasRole('ADMIN', 'CONSULTANT'),
  /** One adhesion: those who read all, or a FIRM user for its own firm (checked in the service). */
  readOne: signedIn,
  /** A FIRM user's own adhesion. */
  own: hasRole('FIRM'),
  /** Withdrawing: the firm itself or the pool (object-level check in the service). */
  withdraw: hasRole('FIRM', 'CONSULTANT', 'ADMIN'),
  /** The headline counters are for everyone signed in. */
  counters: signedIn,
  /** Object level: may this viewer read the adhesion of `firmId`? */
  canRead: (viewer: Viewer | null, firmId: string): boolean =>
    viewer !== null && (viewer.role !== 'FIRM' || viewer.firmId === firmId),
  /** Object level: may this viewer withdraw the adhesion of `firmId`? */
  canWithdraw: (viewer: Viewer | null, firmId: string): boolean =>
    viewer !== null &&
    (viewer.role === 'ADMIN' ||
      viewer.role === 'CONSULTANT' ||
      (viewer.role === 'FIRM' && viewer.firmId === firmId)),
} as const;
