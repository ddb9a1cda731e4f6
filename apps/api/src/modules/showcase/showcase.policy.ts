import { anyone, hasRole } from '../../common/auth.js';

export const showcasePolicy = {
  /** The showcase is public: anonymous visitors read consenting firms' public fields only. */
  browse: anyone,
  /** Anyone may write to a showcase firm; abuse is held back by the rate limit and the honeypot. */
  contact: anyone,
  /** A firm's inbox and page figures belong to the firm's own people. */
  inbox: hasRole('FIRM'),
} as const;
