import { anyone, hasRole } from '../../common/auth.js';
import type { Viewer } from '../../context.js';

export const articlePolicy = {
  /** A factory's people read its articles; the network's staff and the Chamber read all of them. */
  read: hasRole('FIRM', 'ADMIN', 'CONSULTANT', 'CHAMBER'),
  /** Only a firm's people build and publish its articles and declare its inputs and consent. */
  manage: hasRole('FIRM'),
  /** Published passports are public. */
  readPublic: anyone,
  canRead: (viewer: Viewer | null, firmId: string): boolean =>
    viewer !== null && (viewer.role !== 'FIRM' || viewer.firmId === firmId),
  canEdit: (viewer: Viewer | null, firmId: string): boolean =>
    viewer !== null && viewer.role === 'FIRM' && viewer.firmId === firmId,
} as const;
