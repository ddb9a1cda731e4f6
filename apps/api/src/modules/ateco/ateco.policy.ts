import { signedIn } from '../../common/auth.js';

export const atecoPolicy = {
  /** The classification is public reference data; it is served to signed-in people like the directory. */
  read: signedIn,
} as const;
