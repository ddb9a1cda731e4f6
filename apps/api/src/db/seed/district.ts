import { makePartitaIva, PUBLIC_FIELDS } from '@filiera/shared';
import type { AdhesionStatus, FirmKind, SupplyLinkStatus } from '@filiera/shared';
import { CAPABILITIES, type CapabilityCode } from './capabilities.js';
import { SeededRandom } from './random.js';
import {
  type Place,
  type Cluster,
  STREETS,
  LEGAL_FORMS,
  type LegalForm,
  surname,
  legalNameFor,
  slug,
  type ProcessingCode,
  type Trade,
  PROCESSING_TRADES,
  COMPONENT_TRADES,
  SERVICE_TRADES,
  FACTORY_PREFIXES,
  FACTORY_SOURCING,
  PRODUCT_LINES,
  type ProductLine,
  PRODUCT_LINE_WEIGHTS,
  EXPORT_MARKETS,
  TRADE_INPUTS,
  DISTRICT_ADHESIONS,
  LINK_STATUSES,
  type ScaleConfig,
  scaleConfig,
  capabilityId,
  type FirmProfile,
  type DraftFirm,
  DEMO_FIRM_LEGAL_NAME,
  EMPLOYEE_RANGES,
  LINKS_NEWEST_DAY,
  DAY_MS,
} from './district-data.js';

/**
 * The deterministic generator of the demo district (Segromigno in Monte and the rest of Capannori) and of
 * the national benchmark dataset. Pure: the same options always give the same rows, ids included, and
 * nothing here touches the database. Surnames, hence firm names, are invented from syllables.
 */

export type DistrictScale = 'district' | 'national';

export interface GenerateDistrictOptions {
  scale: DistrictScale;
  seed?: number;
}

/** A row of `firm`, in camelCase; timestamps and version are left to the column defaults. */
export interface FirmRow {
  id: string;
  legalName: string;
  tradeName: string | null;
  vatNumber: string;
  taxCode: string | null;
  reaNumber: string | null;
  legalForm: string | null;
  atecoCodes: string[];
  kind: FirmKind;
  productLines: string[];
  street: string | null;
  postcode: string | null;
  municipality: string | null;
  hamlet: string | null;
  province: string | null;
  latitude: number | null;
  longitude: number | null;
  employees: number | null;
  revenueBand: string | null;
  foundedYear: number | null;
  capacityPairsPerDay: number | null;
  exportShare: number | null;
  exportMarkets: string[];
  certifications: string[];
  website: string | null;
  email: string | null;
  phone: string | null;
  descriptionIt: string | null;
  descriptionEn: string | null;
  showcaseConsent: boolean;
  publicFields: string[];
  /** The PEC address (domicilio digitale); every fourth firm has none on record, as with real extracts. */
  pec: string | null;
}

export interface FirmCapabilityRow {
  firmId: string;
  capabilityId: string;
}

export interface SupplyLinkRow {
  id: string;
  supplierId: string;
  customerId: string;
  capabilityId: string;
  sharePercent: number | null;
  yearlyVolumePairs: number | null;
  /** YYYY-MM-DD. */
  since: string | null;
  status: SupplyLinkStatus;
  declaredByFirmId: string;
}

export interface AdhesionRow {
  id: string;
  firmId: string;
  status: AdhesionStatus;
}

export interface DistrictData {
  firms: FirmRow[];
  firmCapabilities: FirmCapabilityRow[];
  supplyLinks: SupplyLinkRow[];
  adhesions: AdhesionRow[];
}

/** The seed used when none is given; any other gives a different but equally plausible district. */
export const DEFAULT_DISTRICT_SEED = 332_009;

/** The demo shoe factory in Segromigno in Monte, to which the demo FIRM user belongs. */
export const DEMO_FIRM_ID = 'f1e1a000-0000-4000-8000-000000000001';

class DistrictGenerator {
  private readonly rng: SeededRandom;
  private readonly config: ScaleConfig;
  private readonly firms: DraftFirm[] = [];
  private readonly firmCapabilities: FirmCapabilityRow[] = [];
  private readonly links: SupplyLinkRow[] = [];
  private readonly usedNames = new Set<string>();
  private readonly usedVatNumbers = new Set<string>();
  private readonly usedReaNumbers = new Set<string>();
  /** `${customerIndex}:${code}` already sourced, so that a later link never breaks the shares' sum. */
  private readonly sourced = new Set<string>();
  /** Supplier pools by `${cluster}:${code}`, and by `*:${code}` for the whole country. */
  private readonly pools = new Map<string, number[]>();

  constructor(scale: DistrictScale, seed: number) {
    this.rng = new SeededRandom(seed);
    this.config = scaleConfig(scale);
  }

  generate(): DistrictData {
    this.usedNames.add(DEMO_FIRM_LEGAL_NAME);
    const { kindCounts } = this.config;
    for (let i = 0; i < kindCounts.SHOE_FACTORY; i += 1) {
      this.addFirm({ kind: 'SHOE_FACTORY', isDemo: i === 0 });
    }
    this.addSuppliers('PROCESSING', kindCounts.PROCESSING, PROCESSING_TRADES);
    this.addSuppliers('COMPONENTS', kindCounts.COMPONENTS, COMPONENT_TRADES);
    for (let i = 0; i < kindCounts.SERVICES; i += 1) this.addFirm({ kind: 'SERVICES' });

    this.buildPools();
    for (const firm of this.firms) {
      if (firm.row.kind === 'SHOE_FACTORY' && firm.row.id !== DEMO_FIRM_ID) this.sourceForFactory(firm);
      if (firm.row.kind === 'PROCESSING' || firm.row.kind === 'COMPONENTS') this.sourceInputs(firm);
    }
    this.linkDemoFirm();

    return {
      firms: this.firms.map((f) => f.row),
      firmCapabilities: this.firmCapabilities,
      supplyLinks: this.links,
      adhesions: this.adhesions(),
    };
  }

  // ── Firms ──

  /**
   * Processing and component firms: the first two of each trade are spread round-robin so that every
   * capability has at least two firms to choose from (alternatives exist); the rest follow the trade weights.
   */
  private addSuppliers<C extends CapabilityCode>(
    kind: 'PROCESSING' | 'COMPONENTS',
    count: number,
    trades: Record<C, Trade>,
  ): void {
    const codes = Object.keys(trades) as C[];
    const weights = codes.map((code) => [code, trades[code].weight] as const);
    for (let i = 0; i < count; i += 1) {
      const primary = i < codes.length * 2 ? (codes[i % codes.length] as C) : this.rng.weighted(weights);
      const extra = this.rng.weighted([
        [0, 5],
        [1, 4],
        [2, 1],
      ]);
      const others = this.rng.sample(
        codes.filter((code) => code !== primary),
        extra,
      );
      this.addFirm({ kind, capabilities: [primary, ...others], trade: trades[primary] });
    }
  }

  private addFirm(profile: FirmProfile): void {
    const rng = this.rng;
    const { kind } = profile;
    const isDemo = profile.kind === 'SHOE_FACTORY' && profile.isDemo;
    const clusterIndex = isDemo
      ? 0
      : rng.weighted(this.config.clusters.map((c, i) => [i, c.weight] as const));
    const cluster = this.config.clusters[clusterIndex] as Cluster;
    const town = rng.weighted(cluster.municipalities.map((m) => [m, m.weight] as const));
    const hamlet = town.hamlets
      ? isDemo
        ? (town.hamlets[0] as Place)
        : rng.weighted(town.hamlets.map((h) => [h, h.weight] as const))
      : null;
    const place = hamlet ?? town;

    const foundedYear = rng.int(1950, 2020);
    const where = `${place.name} dal ${foundedYear}`;
    const whereEn = `${place.name} since ${foundedYear}`;
    let capabilities: CapabilityCode[] = [];
    let productLines: ProductLine[] = [];
    let prefix: string;
    let atecoCodes: string[];
    let description: { it: string; en: string };
    switch (profile.kind) {
      case 'SHOE_FACTORY': {
        capabilities = isDemo ? ['PATTERN_MAKING', 'CUTTING'] : this.inHouseCapabilities();
        productLines = isDemo ? ['women', 'luxury'] : this.productLines();
        prefix = rng.weighted(FACTORY_PREFIXES);
        atecoCodes = ['15.20.10'];
        const lines = productLines.map((line) => PRODUCT_LINES[line]);
        description = {
          it: `Calzaturificio a ${where}. Linee: ${lines.map((l) => l.it).join(', ')}.`,
          en: `Shoe factory in ${whereEn}. Lines: ${lines.map((l) => l.en).join(', ')}.`,
        };
        break;
      }
      case 'PROCESSING':
      case 'COMPONENTS': {
        capabilities = profile.capabilities;
        prefix = rng.pick(profile.trade.prefixes);
        atecoCodes = rng.sample(profile.trade.ateco, rng.int(1, 2));
        const labels = CAPABILITIES.filter((c) => capabilities.includes(c.code));
        const it = labels.map((c) => c.labelIt.toLowerCase()).join(', ');
        const en = labels.map((c) => c.labelEn.toLowerCase()).join(', ');
        description =
          profile.kind === 'PROCESSING'
            ? {
                it: `Lavorazioni conto terzi per calzaturifici (${it}), a ${where}.`,
                en: `Contract work for shoe factories (${en}), in ${whereEn}.`,
              }
            : {
                it: `Componenti per calzature (${it}), a ${where}.`,
                en: `Footwear components (${en}), in ${whereEn}.`,
              };
        break;
      }
      case 'SERVICES': {
        const service = rng.pick(SERVICE_TRADES);
        prefix = service.prefix;
        atecoCodes = [service.ateco];
        description = {
          it: `Servizi alle imprese calzaturiere: ${service.it}.`,
          en: `Services to footwear firms: ${service.en}.`,
        };
        break;
      }
    }

    const employees = isDemo ? 38 : this.employees(kind);
    const form: LegalForm = isDemo
      ? 'S.r.l.'
      : employees >= 80 && rng.chance(0.5)
        ? 'S.p.A.'
        : rng.weighted(LEGAL_FORMS);
    const { legalName, family } = isDemo
      ? { legalName: DEMO_FIRM_LEGAL_NAME, family: 'Morvelli' }
      : this.uniqueLegalName(prefix, form);
    const exportShare = this.exportShare(kind);
    const domain = `${slug(legalName.replace(/ (S\.r\.l\.|S\.n\.c\.|S\.a\.s\.|S\.p\.A\.)$/, ''))}.example`;
    const hasWebsite = rng.chance(0.7);
    const showcaseConsent = isDemo || (kind !== 'SERVICES' && rng.chance(0.4));

    const vatNumber = this.vatNumber(town.officeCode);
    const row: FirmRow = {
      id: isDemo ? DEMO_FIRM_ID : rng.uuid(),
      legalName,
      tradeName: isDemo ? family : this.tradeName(kind, prefix, family, foundedYear),
      vatNumber,
      taxCode: vatNumber,
      reaNumber: this.reaNumber(town.province),
      legalForm: form,
      atecoCodes,
      kind,
      productLines,
      street: `${rng.pick(STREETS)}, ${rng.int(1, 180)}`,
      postcode: place.postcode,
      municipality: town.name,
      hamlet: hamlet?.name ?? null,
      province: town.province,
      latitude: round(jitter(rng, place.latitude, hamlet ? 0.004 : 0.01), 6),
      longitude: round(jitter(rng, place.longitude, hamlet ? 0.005 : 0.012), 6),
      employees,
      revenueBand: revenueBand(rng, employees),
      foundedYear,
      capacityPairsPerDay: this.capacity(kind, employees),
      exportShare,
      exportMarkets: exportShare > 0 ? this.exportMarkets(exportShare) : [],
      certifications: this.certifications(kind, employees, capabilities),
      website: hasWebsite ? `https://www.${domain}` : null,
      email: rng.chance(0.92) ? `${hasWebsite ? 'info' : 'amministrazione'}@${domain}` : null,
      phone: `+39 ${town.areaCode} ${rng.int(200_000, 999_999)}`,
      descriptionIt: description.it,
      descriptionEn: description.en,
      showcaseConsent,
      publicFields: showcaseConsent ? this.publicFields() : [],
      // Not drawn from the PRNG, so adding it left every other generated value as it was.
      pec: isDemo || this.firms.length % 4 !== 3 ? `${domain.replace(/\.example$/, '')}@pec.example` : null,
    };

    this.firms.push({
      index: this.firms.length,
      row,
      cluster: clusterIndex,
      capabilities,
      poolWeight: employees >= 40 ? 4 : employees >= 15 ? 2 : 1,
    });
    for (const code of capabilities) {
      this.firmCapabilities.push({ firmId: row.id, capabilityId: capabilityId(code) });
    }
  }

  private uniqueLegalName(prefix: string, form: LegalForm): { legalName: string; family: string } {
    for (let attempt = 0; ; attempt += 1) {
      const family = surname(this.rng);
      // Past a few collisions (national scale), a founding year in the name keeps it unique and realistic.
      const core = attempt < 8 ? prefix : `${prefix} ${this.rng.int(1950, 2020)}`;
      const legalName = legalNameFor(this.rng, core, family, form);
      if (!this.usedNames.has(legalName)) {
        this.usedNames.add(legalName);
        return { legalName, family };
      }
    }
  }

  private tradeName(kind: FirmKind, prefix: string, family: string, foundedYear: number): string | null {
    if (kind === 'SHOE_FACTORY' && this.rng.chance(0.6)) {
      return this.rng.pick([family, `${family} ${foundedYear}`, `${family} Calzature`]);
    }
    return this.rng.chance(0.3) ? `${prefix} ${family}` : null;
  }

  private vatNumber(officeCode: number): string {
    for (;;) {
      const vat = makePartitaIva(this.rng.int(0, 9_999_999), officeCode);
      if (!this.usedVatNumbers.has(vat)) {
        this.usedVatNumbers.add(vat);
        return vat;
      }
    }
  }

  private reaNumber(province: string): string {
    for (;;) {
      const rea = `${province}-${this.rng.int(100_000, 299_999)}`;
      if (!this.usedReaNumbers.has(rea)) {
        this.usedReaNumbers.add(rea);
        return rea;
      }
    }
  }

  private productLines(): ProductLine[] {
    const lines = new Set<ProductLine>();
    const count = this.rng.weighted([
      [1, 3],
      [2, 4],
      [3, 2],
    ]);
    while (lines.size < count) lines.add(this.rng.weighted(PRODUCT_LINE_WEIGHTS));
    return [...lines];
  }

  /** What a factory does itself besides assembling: often pattern making and cutting. */
  private inHouseCapabilities(): CapabilityCode[] {
    const count = this.rng.weighted([
      [0, 3],
      [1, 4],
      [2, 3],
    ]);
    const chosen = new Set<CapabilityCode>();
    while (chosen.size < count) {
      chosen.add(
        this.rng.weighted<ProcessingCode>([
          ['PATTERN_MAKING', 5],
          ['CUTTING', 4],
          ['FINISHING', 2],
          ['LASTING', 2],
          ['PACKAGING', 1],
        ]),
      );
    }
    return [...chosen];
  }

  /** A long tail: most firms are small, a few are large. */
  private employees(kind: FirmKind): number {
    const [min, max] = EMPLOYEE_RANGES[kind];
    const skewed = this.rng.next() ** 2.2;
    return Math.round(min * Math.exp(skewed * Math.log(max / min)));
  }

  private capacity(kind: FirmKind, employees: number): number | null {
    switch (kind) {
      case 'SHOE_FACTORY':
        return employees * this.rng.int(6, 14);
      case 'PROCESSING':
        return employees * this.rng.int(15, 40);
      case 'COMPONENTS':
        return employees * this.rng.int(30, 80);
      case 'SERVICES':
        return null;
    }
  }

  private exportShare(kind: FirmKind): number {
    switch (kind) {
      case 'SHOE_FACTORY':
        return this.rng.chance(0.1) ? 0 : this.rng.int(5, 90);
      case 'PROCESSING':
        return this.rng.chance(0.7) ? 0 : this.rng.int(5, 30);
      case 'COMPONENTS':
        return this.rng.chance(0.4) ? 0 : this.rng.int(5, 60);
      case 'SERVICES':
        return 0;
    }
  }

  private exportMarkets(exportShare: number): string[] {
    const markets = new Set<string>();
    const count = Math.min(1 + Math.floor(exportShare / 15), 6);
    while (markets.size < count) markets.add(this.rng.weighted(EXPORT_MARKETS));
    return [...markets];
  }

  private certifications(kind: FirmKind, employees: number, capabilities: CapabilityCode[]): string[] {
    const size = employees >= 40 ? 2 : 1;
    const result: string[] = [];
    if (kind !== 'SERVICES' && this.rng.chance(0.18 * size)) result.push('ISO 9001');
    if (kind !== 'SERVICES' && this.rng.chance(0.07 * size)) result.push('ISO 14001');
    if (kind === 'SHOE_FACTORY' && this.rng.chance(0.05 * size)) result.push('SA8000');
    const leather = capabilities.includes('LEATHER') ? 0.5 : kind === 'SHOE_FACTORY' ? 0.08 : 0;
    if (this.rng.chance(leather)) result.push('Leather Working Group');
    return result;
  }

  /** Who the firm is, where and what it does are always shown; the rest is the firm's choice. */
  private publicFields(): string[] {
    const always: readonly string[] = ['tradeName', 'hamlet', 'capabilities'];
    const optional = PUBLIC_FIELDS.filter((f) => !always.includes(f));
    const chosen = new Set(this.rng.sample(optional, this.rng.int(3, optional.length)));
    // Keep the vocabulary's order so that the rows read the same way everywhere.
    return PUBLIC_FIELDS.filter((f) => always.includes(f) || chosen.has(f));
  }

  // ── Supply links ──

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

  // ── Adhesions ──

  /**
   * The firms that started an adhesion: factories, processing and component firms (services are not part of
   * the contract). The demo factory is among the interested ones.
   */
  private adhesions(): AdhesionRow[] {
    const { adhesionCount } = this.config;
    const districtTotal = DISTRICT_ADHESIONS.reduce((sum, [, n]) => sum + n, 0);
    const statuses: AdhesionStatus[] = [];
    for (const [status, n] of DISTRICT_ADHESIONS) {
      const scaled = Math.round((n * adhesionCount) / districtTotal);
      for (let i = 0; i < scaled; i += 1) statuses.push(status);
    }
    // Rounding may leave the total off by one or two; the most common status absorbs the difference.
    while (statuses.length > adhesionCount) statuses.splice(statuses.indexOf('INTERESTED'), 1);
    while (statuses.length < adhesionCount) statuses.unshift('INTERESTED');

    // One INTERESTED is the demo factory's; the others go to firms drawn at random.
    statuses.splice(statuses.indexOf('INTERESTED'), 1);
    const shuffled = this.rng.sample(statuses, statuses.length);
    const candidates = this.firms.filter((f) => f.row.kind !== 'SERVICES' && f.index !== 0);
    const members = this.rng.sample(candidates, shuffled.length);
    return [
      { id: this.rng.uuid(), firmId: DEMO_FIRM_ID, status: 'INTERESTED' },
      ...members.map((firm, i) => ({
        id: this.rng.uuid(),
        firmId: firm.row.id,
        status: shuffled[i] ?? 'INTERESTED',
      })),
    ];
  }
}

/** Roughly a normal spread around the centre (sum of two uniforms), within ±spread. */
function jitter(rng: SeededRandom, centre: number, spread: number): number {
  return centre + (rng.next() + rng.next() - 1) * spread;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function revenueBand(rng: SeededRandom, employees: number): string {
  // About 150k EUR per employee in footwear, give or take.
  const revenue = employees * (100_000 + rng.next() * 120_000);
  if (revenue < 2_000_000) return '<2M';
  if (revenue < 10_000_000) return '2-10M';
  if (revenue < 50_000_000) return '10-50M';
  return '>50M';
}

/**
 * Generates the demo district (`district`: about 350 firms of Capannori, ~2,000 supply links, 65 adhesions)
 * or the national benchmark dataset (`national`: 50,000 firms over Italy's shoe districts, ~500,000 links).
 */
export function generateDistrict(options: GenerateDistrictOptions): DistrictData {
  return new DistrictGenerator(options.scale, options.seed ?? DEFAULT_DISTRICT_SEED).generate();
}
