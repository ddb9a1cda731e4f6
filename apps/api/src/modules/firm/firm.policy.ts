import type { PublicField } from '@filiera/shared';
import { hasRole, signedIn } from '../../common/auth.js';
import type { Viewer } from '../../context.js';

/** Staff roles that read the whole registry. */
const STAFF = new Set(['ADMIN', 'CONSULTANT', 'CHAMBER']);

const ownFirm = (viewer: Viewer | null, firmId: string) =>
  viewer !== null && viewer.role === 'FIRM' && viewer.firmId === firmId;

export const firmPolicy = {
  /** Everyone signed in reads the directory, firm pages and the export. */
  read: signedIn,
  /** Roles that read the whole registry with every non-private field. */
  readAll: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
  /** District-wide figures for the consultants', chamber's and manager's dashboards. */
  readSummary: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
  /** Who may call updateFirmProfile at all; `canEdit` then decides per firm. CONSULTANT and CHAMBER never. */
  updateProfile: hasRole('ADMIN', 'FIRM'),
  /** A FIRM user edits only its own firm; ADMIN edits any. */
  canEdit: (viewer: Viewer | null, firmId: string): boolean =>
    viewer !== null && (viewer.role === 'ADMIN' || ownFirm(viewer, firmId)),
  /**
   * Private fields (revenue band, profile history): the firm's own people and the network's staff who
   * work with firms (ADMIN, CONSULTANT). CHAMBER reads "everything non-private", so not these.
   */
  canReadPrivate: (viewer: Viewer | null, firmId: string): boolean =>
    viewer !== null && (viewer.role === 'ADMIN' || viewer.role === 'CONSULTANT' || ownFirm(viewer, firmId)),
  /**
   * Contacts (street, e-mail, phone): staff and the firm itself always; other firms' people only when
   * the firm made that field public. Competitors in the same district should not harvest contacts the
   * firm did not choose to show.
   */
  canReadContact: (
    viewer: Viewer | null,
    firm: { id: string; publicFields: readonly string[] },
    field: Extract<PublicField, 'email' | 'phone'> | 'street',
  ): boolean =>
    viewer !== null &&
    (STAFF.has(viewer.role) || ownFirm(viewer, firm.id) || firm.publicFields.includes(field)),
} as const;
