import { signedIn } from '../../common/auth.js';

export const capabilityPolicy = {
  /** The vocabulary is reference data for everyone signed in. */
  read: signedIn,
} as const;
