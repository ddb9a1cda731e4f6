/** A confirmed supply link seen from one firm: the firm on the other side and what flows. */
export interface FirmLinkModel {
  firmId: string;
  capabilityId: string;
  sharePercent: number | null;
  yearlyVolumePairs: number | null;
  since: string | null;
}

/** Links of one capability on one side of a firm. */
export interface FirmLinkGroupModel {
  capabilityId: string;
  links: FirmLinkModel[];
}

export interface FirmLinks {
  suppliers: FirmLinkGroupModel[];
  customers: FirmLinkGroupModel[];
}

/** Links shown per firm and side: the page stays readable and the statement bounded. */
export const MAX_LINKS_PER_SIDE = 500;

export interface LinkRow {
  firm_id: string;
  side: 'supplier' | 'customer';
  other_id: string;
  capability_id: string;
  share_percent: string | null;
  yearly_volume_pairs: number | null;
  since: string | null;
}

/** Groups one firm's link rows by side and capability, keeping the SQL order. */
export function groupLinks(rows: LinkRow[]): FirmLinks {
  const sides = {
    supplier: new Map<string, FirmLinkGroupModel>(),
    customer: new Map<string, FirmLinkGroupModel>(),
  };
  for (const r of rows) {
    const groups = sides[r.side];
    let group = groups.get(r.capability_id);
    if (!group) {
      group = { capabilityId: r.capability_id, links: [] };
      groups.set(r.capability_id, group);
    }
    group.links.push({
      firmId: r.other_id,
      capabilityId: r.capability_id,
      sharePercent: r.share_percent === null ? null : Number(r.share_percent),
      yearlyVolumePairs: r.yearly_volume_pairs,
      since: r.since,
    });
  }
  return { suppliers: [...sides.supplier.values()], customers: [...sides.customer.values()] };
}
