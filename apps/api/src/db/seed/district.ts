import type { AdhesionStatus, FirmKind, SupplyLinkStatus } from '@filiera/shared';
import { SeededRandom } from './random.js';
import {
  COMPONENT_TRADES,
  DEMO_FIRM_ID,
  DISTRICT_ADHESIONS,
  type DraftFirm,
  PROCESSING_TRADES,
  type ScaleConfig,
  scaleConfig,
} from './district-data.js';
import { FirmDrafter } from './district-firms.js';
import { SupplyLinker } from './district-links.js';

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

export { DEMO_FIRM_ID };

/**
 * Generates the demo district (`district`: about 350 firms of Capannori, ~2,000 supply links, 65 adhesions)
 * or the national benchmark dataset (`national`: 50,000 firms over Italy's shoe districts, ~500,000 links).
 */
export function generateDistrict(options: GenerateDistrictOptions): DistrictData {
  const rng = new SeededRandom(options.seed ?? DEFAULT_DISTRICT_SEED);
  const config = scaleConfig(options.scale);
  const drafter = new FirmDrafter(rng, config);
  const { kindCounts } = config;
  for (let i = 0; i < kindCounts.SHOE_FACTORY; i += 1) {
    drafter.addFirm({ kind: 'SHOE_FACTORY', isDemo: i === 0 });
  }
  drafter.addSuppliers('PROCESSING', kindCounts.PROCESSING, PROCESSING_TRADES);
  drafter.addSuppliers('COMPONENTS', kindCounts.COMPONENTS, COMPONENT_TRADES);
  for (let i = 0; i < kindCounts.SERVICES; i += 1) drafter.addFirm({ kind: 'SERVICES' });

  const { firms } = drafter;
  return {
    firms: firms.map((f) => f.row),
    firmCapabilities: drafter.firmCapabilities,
    supplyLinks: new SupplyLinker(rng, config, firms).linkAll(),
    adhesions: drawAdhesions(rng, config, firms),
  };
}

/**
 * The firms that started an adhesion: factories, processing and component firms (services are not part of
 * the contract). The demo factory is among the interested ones.
 */
function drawAdhesions(rng: SeededRandom, config: ScaleConfig, firms: readonly DraftFirm[]): AdhesionRow[] {
  const { adhesionCount } = config;
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
  const shuffled = rng.sample(statuses, statuses.length);
  const candidates = firms.filter((f) => f.row.kind !== 'SERVICES' && f.index !== 0);
  const members = rng.sample(candidates, shuffled.length);
  return [
    { id: rng.uuid(), firmId: DEMO_FIRM_ID, status: 'INTERESTED' },
    ...members.map((firm, i) => ({
      id: rng.uuid(),
      firmId: firm.row.id,
      status: shuffled[i] ?? 'INTERESTED',
    })),
  ];
}
