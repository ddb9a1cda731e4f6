import type { SupplyLinkStatus } from '@filiera/shared';
import type { CapabilityCode } from './capabilities.js';
import type { SeededRandom } from './random.js';
import type { SupplyLinkRow } from './district.js';
import {
  FACTORY_SOURCING,
  type ProductLine,
  TRADE_INPUTS,
  LINK_STATUSES,
  type ScaleConfig,
  capabilityId,
  type DraftFirm,
  DEMO_FIRM_ID,
  LINKS_NEWEST_DAY,
  DAY_MS,
} from './district-data.js';

/**
 * The supply links between the drafted firms: factories source what they do not make, supply-chain firms
 * sometimes source their inputs, local suppliers first; the demo factory gets a story to show.
 */
export class SupplyLinker {
  private readonly rng: SeededRandom;
  private readonly config: ScaleConfig;
  private readonly firms: readonly DraftFirm[];
  private readonly links: SupplyLinkRow[] = [];
  /** `${customerIndex}:${code}` already sourced, so that a later link never breaks the shares' sum. */
  private readonly sourced = new Set<string>();
  /** Supplier pools by `${cluster}:${code}`, and by `*:${code}` for the whole country. */
  private readonly pools = new Map<string, number[]>();

  constructor(rng: SeededRandom, config: ScaleConfig, firms: readonly DraftFirm[]) {
    this.rng = rng;
    this.config = config;
    this.firms = firms;
  }

  /** Builds every supply link of the district and returns them. */
  linkAll(): SupplyLinkRow[] {
    this.buildPools();
    for (const firm of this.firms) {
      if (firm.row.kind === 'SHOE_FACTORY' && firm.row.id !== DEMO_FIRM_ID) this.sourceForFactory(firm);
      if (firm.row.kind === 'PROCESSING' || firm.row.kind === 'COMPONENTS') this.sourceInputs(firm);
    }
    this.linkDemoFirm();
    return this.links;
  }

  private buildPools(): void {
    for (const firm of this.firms) {
      if (firm.row.kind !== 'PROCESSING' && firm.row.kind !== 'COMPONENTS') continue;
      for (const code of firm.capabilities) {
        for (const key of [`${firm.cluster}:${code}`, `*:${code}`]) {
          let pool = this.pools.get(key);
          if (!pool) {
            pool = [];
            this.pools.set(key, pool);
          }
          for (let copy = 0; copy < firm.poolWeight; copy += 1) pool.push(firm.index);
        }
      }
    }
  }

  private sourceForFactory(factory: DraftFirm): void {
    const lines = factory.row.productLines;
    const has = (line: ProductLine): boolean => lines.includes(line);
    const sourcing: (readonly [CapabilityCode, number])[] = [
      ...FACTORY_SOURCING,
      ['HEELS', has('women') || has('luxury') ? 0.75 : 0.05],
      ['SOLE_STITCHING', has('men') || has('boots') ? 0.35 : 0.04],
      ['TEXTILES', has('sneakers') ? 0.75 : 0.12],
    ];
    for (const [code, probability] of sourcing) {
      if (factory.capabilities.includes(code) || !this.rng.chance(probability)) continue;
      this.source(factory, code, this.rng.weighted(this.config.suppliersPerCapability));
    }
  }

  /** Tier 2 and beyond: some supply-chain firms buy the inputs of their trade from other firms. */
  private sourceInputs(firm: DraftFirm): void {
    if (!this.rng.chance(0.45)) return;
    const inputs = new Set(
      firm.capabilities
        .flatMap((code) => TRADE_INPUTS[code] ?? [])
        .filter((c) => !firm.capabilities.includes(c)),
    );
    for (const code of this.rng.sample([...inputs], this.rng.int(1, 2))) {
      this.source(firm, code, this.rng.chance(0.8) ? 1 : 2);
    }
  }

  /**
   * Links `customer` to up to `count` distinct suppliers of `code`, local ones first; their shares add up
   * to at most 100. Returns the links made.
   */
  private source(
    customer: DraftFirm,
    code: CapabilityCode,
    count: number,
    statuses?: readonly SupplyLinkStatus[],
  ): SupplyLinkRow[] {
    const key = `${customer.index}:${code}`;
    if (this.sourced.has(key)) return [];
    const suppliers = this.chooseSuppliers(customer, code, count);
    if (suppliers.length === 0) return [];
    this.sourced.add(key);

    const weights = suppliers.map(() => 1 + this.rng.next() * 2);
    const weightSum = weights.reduce((sum, w) => sum + w, 0);
    const covered = suppliers.length === 1 && this.rng.chance(0.6) ? 100 : this.rng.int(60, 100);
    return suppliers.map((supplier, i) => {
      const share = Math.floor((covered * (weights[i] ?? 1)) / weightSum);
      const link = this.link(supplier, customer, code, share, statuses?.[i]);
      this.links.push(link);
      return link;
    });
  }

  private chooseSuppliers(customer: DraftFirm, code: CapabilityCode, count: number): DraftFirm[] {
    const local = this.pools.get(`${customer.cluster}:${code}`) ?? [];
    const anywhere = this.pools.get(`*:${code}`) ?? [];
    const chosen = new Set<number>();
    // Pools repeat larger firms, so distinct picks need retries; small pools simply yield fewer suppliers.
    for (let attempt = 0; chosen.size < count && attempt < count * 8; attempt += 1) {
      const pool = local.length > 0 && this.rng.chance(this.config.localShare) ? local : anywhere;
      if (pool.length === 0) break;
      const index = this.rng.pick(pool);
      if (index !== customer.index) chosen.add(index);
    }
    return [...chosen].map((index) => this.firms[index] as DraftFirm);
  }

  private link(
    supplier: DraftFirm,
    customer: DraftFirm,
    code: CapabilityCode,
    share: number,
    status: SupplyLinkStatus = this.rng.weighted(LINK_STATUSES),
  ): SupplyLinkRow {
    const capacity = customer.row.capacityPairsPerDay;
    // The customer's share of a year's output (220 working days), in round hundreds of pairs.
    const yearlyVolumePairs =
      capacity === null ? null : Math.round((capacity * 220 * share) / 100 / 100) * 100;
    // Links start after both firms exist, and not before 1990; ended ones tend to be older.
    const earliestYear = Math.max(1990, supplier.row.foundedYear ?? 1990, customer.row.foundedYear ?? 1990);
    const earliest = Date.UTC(earliestYear, 0, 1);
    const span = (LINKS_NEWEST_DAY - earliest) / DAY_MS;
    const offset = Math.floor(span * (status === 'ENDED' ? this.rng.next() / 2 : this.rng.next()));
    return {
      id: this.rng.uuid(),
      supplierId: supplier.row.id,
      customerId: customer.row.id,
      capabilityId: capabilityId(code),
      sharePercent: share,
      yearlyVolumePairs,
      since: new Date(earliest + offset * DAY_MS).toISOString().slice(0, 10),
      status,
      declaredByFirmId: this.rng.chance(0.55) ? customer.row.id : supplier.row.id,
    };
  }

  /**
   * The demo factory gets a story to show: confirmed suppliers for its main materials and processing, one
   * link a supplier declared that it has to confirm, one customer it makes patterns for, and one factory
   * that declared it as its cutting supplier.
   */
  private linkDemoFirm(): void {
    const demo = this.firms[0] as DraftFirm;
    const confirmed = ['LEATHER', 'SOLES', 'LASTS', 'HEELS', 'STITCHING', 'INSOLES'] as const;
    for (const code of confirmed) {
      this.source(demo, code, code === 'SOLES' ? 2 : 1, ['CONFIRMED', 'CONFIRMED']);
    }
    const [pending] = this.source(demo, 'BOXES', 1, ['DECLARED']);
    if (pending) pending.declaredByFirmId = pending.supplierId;

    const customers = this.firms.filter(
      (f) =>
        f.row.kind === 'SHOE_FACTORY' &&
        f.index !== 0 &&
        !f.capabilities.includes('PATTERN_MAKING') &&
        !f.capabilities.includes('CUTTING') &&
        !this.sourced.has(`${f.index}:PATTERN_MAKING`) &&
        !this.sourced.has(`${f.index}:CUTTING`),
    );
    const [patternCustomer, cuttingCustomer] = this.rng.sample(customers, 2);
    if (patternCustomer) {
      this.sourced.add(`${patternCustomer.index}:PATTERN_MAKING`);
      this.links.push(this.link(demo, patternCustomer, 'PATTERN_MAKING', 100, 'CONFIRMED'));
    }
    if (cuttingCustomer) {
      this.sourced.add(`${cuttingCustomer.index}:CUTTING`);
      const declared = this.link(demo, cuttingCustomer, 'CUTTING', 40, 'DECLARED');
      declared.declaredByFirmId = cuttingCustomer.row.id;
      this.links.push(declared);
    }
  }
}
