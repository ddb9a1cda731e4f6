import { hasRole, signedIn } from '../../common/auth.js';

export const notificationPolicy = {
  /**
   * Everyone signed in has their own notifications and preferences; every service reads and changes only
   * the viewer's own rows (another person's notification is "not found").
   */
  own: signedIn,
  /** Live changes to a firm's supply links: its own users (who also receive its notifications). */
  firmLinks: hasRole('FIRM'),
} as const;
