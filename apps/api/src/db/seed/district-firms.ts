import { makePartitaIva, PUBLIC_FIELDS } from '@filiera/shared';
import type { FirmKind } from '@filiera/shared';
import { CAPABILITIES, type CapabilityCode } from './capabilities.js';
import type { SeededRandom } from './random.js';
import type { FirmCapabilityRow, FirmRow } from './district.js';
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
  SERVICE_TRADES,
  FACTORY_PREFIXES,
  PRODUCT_LINES,
  type ProductLine,
  PRODUCT_LINE_WEIGHTS,
  EXPORT_MARKETS,
  type ScaleConfig,
  capabilityId,
  type FirmProfile,
  type DraftFirm,
  DEMO_FIRM_ID,
  DEMO_FIRM_LEGAL_NAME,
  EMPLOYEE_RANGES,
} from './district-data.js';

/**
 * The firms of the generated district: who they are, where, what they do and how large they are. Names,
 * VAT and REA numbers are unique across the district. Draws from the generator's PRNG in a fixed order.
 */
export class FirmDrafter {
  readonly firms: DraftFirm[] = [];
  readonly firmCapabilities: FirmCapabilityRow[] = [];
  private readonly rng: SeededRandom;
  private readonly config: ScaleConfig;
  private readonly usedNames = new Set<string>([DEMO_FIRM_LEGAL_NAME]);
  private readonly usedVatNumbers = new Set<string>();
  private readonly usedReaNumbers = new Set<string>();

  constructor(rng: SeededRandom, config: ScaleConfig) {
    this.rng = rng;
    this.config = config;
  }

  /**
   * Processing and component firms: the first two of each trade are spread round-robin so that every
   * capability has at least two firms to choose from (alternatives exist); the rest follow the trade weights.
   */
  addSuppliers<C extends CapabilityCode>(
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

  addFirm(profile: FirmProfile): void {
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
