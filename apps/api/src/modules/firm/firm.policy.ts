import { hasRole, objectPolicy, objectRule, signedIn } from '../../common/auth.js';
import type { Viewer } from '../../context.js';

/** Staff roles that read the whole registry. */
const STAFF = new Set(['ADMIN', 'CONSULTANT', 'CHAMBER']);

const ownFirm = (viewer: Viewer, firmId: string) => viewer.role === 'FIRM' && viewer.firmId === firmId;

/** Who may call each root field. */
export const firmPolicy = {
  /** Everyone signed in reads the directory, firm pages and the export. */
  read: signedIn,
  /** Roles that read the whole registry with every non-private field. */
  readAll: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
  /** District-wide figures for the consultants', chamber's and manager's dashboards. */
  readSummary: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),
  /** Who may call updateFirmProfile at all; `firmAccess.edit` then decides per firm. CONSULTANT and CHAMBER never. */
  updateProfile: hasRole('ADMIN', 'FIRM'),
} as const;

type FirmRef = { id: string };
type FirmContacts = { id: string; publicFields: readonly string[] };

/** What each action on a firm is checked against. */
export interface FirmActions {
  edit: FirmRef;
  readPrivate: FirmRef;
  readStreet: FirmContacts;
  readEmail: FirmContacts;
  readPhone: FirmContacts;
}

/**
 * Contacts (street, e-mail, phone): staff and the firm itself always; other firms' people only when
 * the firm made that field public. Competitors in the same district should not harvest contacts the
 * firm did not choose to show.
 */
const contact = (field: 'street' | 'email' | 'phone') =>
  objectRule<FirmContacts>(
    'publicContacts',
    (v, firm) => STAFF.has(v.role) || ownFirm(v, firm.id) || firm.publicFields.includes(field),
  );

export const firmAccess = objectPolicy<FirmActions>('firm', {
  /** A FIRM user edits only its own firm; ADMIN edits any. */
  edit: objectRule('editOwn', (v, firm) => v.role === 'ADMIN' || ownFirm(v, firm.id)),
  /**
   * Private fields (revenue band, profile history): the firm's own people and the network's staff who
   * work with firms (ADMIN, CONSULTANT). CHAMBER reads "everything non-private", so not these.
   */
  readPrivate: objectRule(
    'ownOrStaff',
    (v, firm) => v.role === 'ADMIN' || v.role === 'CONSULTANT' || ownFirm(v, firm.id),
  ),
  readStreet: contact('street'),
  readEmail: contact('email'),
  readPhone: contact('phone'),
});
