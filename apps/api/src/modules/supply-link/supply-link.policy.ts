import { hasRole, signedIn } from '../../common/auth.js';
import type { Viewer } from '../../context.js';

/** The columns the rules below need, so they work on entities and raw rows alike. */
export interface LinkSides {
  supplierId: string;
  customerId: string;
  declaredByFirmId: string | null;
  status: string;
}

const isFirmUserOf = (viewer: Viewer | null, firmId: string): boolean =>
  viewer !== null && viewer.role === 'FIRM' && viewer.firmId === firmId;

export const supplyLinkPolicy = {
  /** Links, chains, the graph and the aggregate analyses: anyone signed in (private parts are filtered). */
  read: signedIn,
  /** A firm's user declares for its own firm; ADMIN and CONSULTANT record on the firms' behalf. */
  declare: hasRole('FIRM', 'ADMIN', 'CONSULTANT'),
  /** Only firm users confirm or reject: the counterpart's consent is what makes a link two-sided. */
  decide: hasRole('FIRM'),
  /** Either side's firm user, or the network's manager, ends a confirmed link. */
  end: hasRole('FIRM', 'ADMIN'),
  /** Roles that see every link with share and volume. */
  readAll: hasRole('ADMIN', 'CONSULTANT', 'CHAMBER'),

  /** A FIRM user declares only links where its own firm is supplier or customer. */
  canDeclareFor: (viewer: Viewer | null, supplierId: string, customerId: string): boolean =>
    viewer !== null &&
    (viewer.role === 'ADMIN' ||
      viewer.role === 'CONSULTANT' ||
      isFirmUserOf(viewer, supplierId) ||
      isFirmUserOf(viewer, customerId)),

  /**
   * The counterpart decides: the side that did not declare; for a link recorded on the firms' behalf
   * (declaredByFirmId null), either side.
   */
  canDecide: (viewer: Viewer | null, link: LinkSides): boolean =>
    link.status === 'DECLARED' &&
    [link.supplierId, link.customerId].some(
      (side) => side !== link.declaredByFirmId && isFirmUserOf(viewer, side),
    ),

  canEnd: (viewer: Viewer | null, link: LinkSides): boolean =>
    link.status === 'CONFIRMED' &&
    (viewer?.role === 'ADMIN' ||
      isFirmUserOf(viewer, link.supplierId) ||
      isFirmUserOf(viewer, link.customerId)),

  /** Whether the viewer sees this link at all: confirmed links are public to the signed in. */
  canSee: (viewer: Viewer | null, link: LinkSides): boolean =>
    viewer !== null &&
    (viewer.role !== 'FIRM' ||
      link.status === 'CONFIRMED' ||
      viewer.firmId === link.supplierId ||
      viewer.firmId === link.customerId),

  /** Share and volume are commercially sensitive: only the two sides and the network's roles see them. */
  canSeeTerms: (viewer: Viewer | null, link: LinkSides): boolean =>
    viewer !== null &&
    (viewer.role !== 'FIRM' || viewer.firmId === link.supplierId || viewer.firmId === link.customerId),
} as const;
