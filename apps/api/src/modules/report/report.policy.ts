import { hasRole } from '../../common/auth.js';

export const reportPolicy = {
  /** The district's figures: the network's staff and the Chamber of Commerce's analysts. */
  read: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
  /**
   * A person's own saved views. CHAMBER may keep them: a saved view is the analyst's own bookmark,
   * not district data (the one documented exception to "CHAMBER changes nothing").
   */
  manageOwnViews: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
} as const;
