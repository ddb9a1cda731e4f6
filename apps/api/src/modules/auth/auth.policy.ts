import { anyone, signedIn } from '../../common/auth.js';

/** Signing in and reading "who am I" are open to anyone; the answer for a visitor is null. */
export const authPolicy = {
  signIn: anyone,
  signOut: anyone,
  /** Anyone may ask for a reset link (the answer never says whether the address exists). */
  requestPasswordReset: anyone,
  /** Whoever holds a reset link may use it. */
  holdsResetLink: anyone,
  me: anyone,
  health: anyone,
  /** Each person manages their own sessions and password. */
  ownAccount: signedIn,
  /** A rule name for the viewer-only fields of Me. */
  viewer: signedIn,
} as const;
