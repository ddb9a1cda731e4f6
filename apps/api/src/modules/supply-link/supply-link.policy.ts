import { hasRole, objectPolicy, objectRule, signedIn } from '../../common/auth.js';
import type { Viewer } from '../../context.js';

/** The columns the rules below need, so they work on entities and raw rows alike. */
export interface LinkSides {
  supplierId: string;
  customerId: string;
  declaredByFirmId: string | null;
}

const isFirmUserOf = (viewer: Viewer, firmId: string): boolean =>
  viewer.role === 'FIRM' && viewer.firmId === firmId;

/** Who may call each root field. */
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
} as const;

/** What each action on a link is checked against. The link's status is the service's business. */
export interface SupplyLinkActions {
  see: Pick<LinkSides, 'supplierId' | 'customerId'> & { status: string };
  declare: Pick<LinkSides, 'supplierId' | 'customerId'>;
  decide: LinkSides;
  end: LinkSides;
  seeTerms: Pick<LinkSides, 'supplierId' | 'customerId'>;
}

export const supplyLinkAccess = objectPolicy<SupplyLinkActions>('supplyLink', {
  /** Confirmed links are seen by everyone signed in; the others by their two sides and the network's roles. */
  see: objectRule(
    'confirmedOrOwnSides',
    (v, l) =>
      v.role !== 'FIRM' || l.status === 'CONFIRMED' || v.firmId === l.supplierId || v.firmId === l.customerId,
  ),
  /** A FIRM user declares only links where its own firm is supplier or customer. */
  declare: objectRule(
    'declareForOwnFirm',
    (v, l) =>
      v.role === 'ADMIN' ||
      v.role === 'CONSULTANT' ||
      isFirmUserOf(v, l.supplierId) ||
      isFirmUserOf(v, l.customerId),
  ),
  /**
   * The counterpart decides: the side that did not declare; for a link recorded on the firms' behalf
   * (declaredByFirmId null), either side.
   */
  decide: objectRule('counterpartDecides', (v, l) =>
    [l.supplierId, l.customerId].some((side) => side !== l.declaredByFirmId && isFirmUserOf(v, side)),
  ),
  end: objectRule(
    'eitherSideEnds',
    (v, l) => v.role === 'ADMIN' || isFirmUserOf(v, l.supplierId) || isFirmUserOf(v, l.customerId),
  ),
  /** Share and volume are commercially sensitive: only the two sides and the network's roles see them. */
  seeTerms: objectRule(
    'sidesSeeTerms',
    (v, l) => v.role !== 'FIRM' || v.firmId === l.supplierId || v.firmId === l.customerId,
  ),
});
