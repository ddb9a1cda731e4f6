import { hasRole, objectPolicy, objectRule, signedIn } from '../../common/auth.js';

/** Who may call each root field. */

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
} as const;

/** What each action on an adhesion is checked against: the firm it belongs to. */
export interface AdhesionActions {
  read: { firmId: string };
  /** Expressing interest: the firm the adhesion would be for (the viewer's own). */
  express: { firmId: string | null };
  withdraw: { firmId: string };
}

export const adhesionAccess = objectPolicy<AdhesionActions>('adhesion', {
  read: objectRule('ownFirm', (v, a) => v.role !== 'FIRM' || v.firmId === a.firmId),
  express: objectRule('ownFirm', (v, a) => v.firmId !== null && v.firmId === a.firmId),
  withdraw: objectRule(
    'ownFirm',
    (v, a) => v.role === 'ADMIN' || v.role === 'CONSULTANT' || (v.role === 'FIRM' && v.firmId === a.firmId),
  ),
});
