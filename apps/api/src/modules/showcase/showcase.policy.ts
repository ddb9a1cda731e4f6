import { anyone, anyoneExcept, hasRole } from '../../common/auth.js';

export const showcasePolicy = {
  /** The showcase is public: anonymous visitors read consenting firms' public fields only. */
  browse: anyone,
  /**
   * Anyone may write to a showcase firm (abuse is held back by the rate limit and the honeypot),
   * except the Chamber of Commerce, whose analysts read and never change anything.
   */
  contact: anyoneExcept('CHAMBER'),
  /** A firm's inbox and page figures belong to the firm's own people. */
  inbox: hasRole('FIRM'),
} as const;
