import { anyone, hasRole, signedIn, type Rule } from '../../common/auth.js';

/** Signed in, also while two-factor enrolment is still required (it is how that ends). */
const ownTwoFactor: Rule = { ...signedIn, name: 'ownTwoFactor', duringEnrolment: true };

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
  /** Whoever holds an e-mail confirmation link may use it (it was mailed to the new address). */
  holdsEmailLink: anyone,
  /** Whoever got a sign-in challenge (the right password) may complete it with a code. */
  holdsSignInChallenge: anyone,
  /** Each person enrols, reads and turns off their own two-factor sign-in. */
  ownTwoFactor,
  /**
   * Each person replaces their own recovery codes; not during required enrolment (there are none yet), so
   * a signed-in rule without `duringEnrolment`.
   */
  ownRecoveryCodes: signedIn,
  /** The network's manager resets the two-factor sign-in of a person who lost their phone. */
  resetTwoFactor: hasRole('ADMIN'),
  /** A rule name for the viewer-only fields of Me. */
  viewer: signedIn,
} as const;
