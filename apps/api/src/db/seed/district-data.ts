import type { AdhesionStatus, FirmKind } from '@filiera/shared';
import { CAPABILITIES, type CapabilityCode } from './capabilities.js';
import type { SeededRandom } from './random.js';
import type { DistrictScale, FirmRow } from './district.js';

/*
 * The data the district generator draws from (district.ts): places and clusters, name syllables, trades
 * and their inputs, product lines, markets, the shares of kinds, adhesions and link statuses per scale.
 */

// ─── Geography ─────────────────────────────────────────────────────────────────────────────────────────

export interface Place {
  name: string;
  postcode: string;
  latitude: number;
  longitude: number;
  weight: number;
}

export interface Municipality extends Place {
  province: string;
  /** Office code of the Partita IVA (the historical provincial office). */
  officeCode: number;
  /** Telephone area code. */
  areaCode: string;
  /** Frazioni with their weights; only Capannori has them here. */
  hamlets?: readonly Place[];
}

export interface Cluster {
  name: string;
  weight: number;
  municipalities: readonly Municipality[];
}

// Approximate centres; the weights lean toward the hamlets where the shoe district is.
export const CAPANNORI_HAMLETS: readonly Place[] = [
  { name: 'Segromigno in Monte', postcode: '55018', latitude: 43.8935, longitude: 10.5553, weight: 30 },
  { name: 'Segromigno in Piano', postcode: '55018', latitude: 43.872, longitude: 10.5575, weight: 12 },
  { name: 'Camigliano', postcode: '55012', latitude: 43.8855, longitude: 10.5852, weight: 8 },
  { name: 'San Colombano', postcode: '55012', latitude: 43.8725, longitude: 10.5735, weight: 7 },
  { name: 'Lammari', postcode: '55013', latitude: 43.8695, longitude: 10.5335, weight: 9 },
  { name: 'Marlia', postcode: '55014', latitude: 43.8865, longitude: 10.5405, weight: 7 },
  { name: 'Capannori', postcode: '55012', latitude: 43.8417, longitude: 10.5733, weight: 6 },
  { name: 'Lunata', postcode: '55012', latitude: 43.8525, longitude: 10.5515, weight: 5 },
  { name: 'Gragnano', postcode: '55012', latitude: 43.8795, longitude: 10.6035, weight: 4 },
  { name: 'Zone', postcode: '55012', latitude: 43.8505, longitude: 10.5885, weight: 3 },
  { name: 'Santa Margherita', postcode: '55012', latitude: 43.8645, longitude: 10.5905, weight: 3 },
  { name: 'Pieve di Compito', postcode: '55012', latitude: 43.7885, longitude: 10.5975, weight: 2 },
  { name: 'Colle di Compito', postcode: '55012', latitude: 43.7805, longitude: 10.5855, weight: 2 },
  { name: 'Castelvecchio di Compito', postcode: '55012', latitude: 43.7935, longitude: 10.6165, weight: 2 },
];

export const CAPANNORI: Municipality = {
  name: 'Capannori',
  postcode: '55012',
  latitude: 43.8417,
  longitude: 10.5733,
  weight: 1,
  province: 'LU',
  officeCode: 46,
  areaCode: '0583',
  hamlets: CAPANNORI_HAMLETS,
};

export const LUCCHESIA: Cluster = { name: 'Lucchesia', weight: 5, municipalities: [CAPANNORI] };

function municipality(
  name: string,
  province: string,
  postcode: string,
  latitude: number,
  longitude: number,
  officeCode: number,
  areaCode: string,
  weight: number,
): Municipality {
  return { name, province, postcode, latitude, longitude, officeCode, areaCode, weight };
}

/** Italian shoe districts for the national scale; Partita IVA offices are the historical provincial ones. */
export const NATIONAL_CLUSTERS: readonly Cluster[] = [
  LUCCHESIA,
  {
    name: 'Fermano-Maceratese',
    weight: 30,
    municipalities: [
      municipality('Fermo', 'FM', '63900', 43.1606, 13.7184, 44, '0734', 5),
      municipality('Montegranaro', 'FM', '63812', 43.2327, 13.631, 44, '0734', 5),
      municipality("Porto Sant'Elpidio", 'FM', '63821', 43.2579, 13.7577, 44, '0734', 4),
      municipality("Sant'Elpidio a Mare", 'FM', '63811', 43.2296, 13.6876, 44, '0734', 4),
      municipality('Monte Urano', 'FM', '63813', 43.2065, 13.6726, 44, '0734', 3),
      municipality('Civitanova Marche', 'MC', '62012', 43.3057, 13.7295, 43, '0733', 5),
      municipality('Montecosaro', 'MC', '62010', 43.3163, 13.6346, 43, '0733', 2),
    ],
  },
  {
    name: 'Riviera del Brenta',
    weight: 10,
    municipalities: [
      municipality('Stra', 'VE', '30039', 45.4117, 12.013, 27, '049', 3),
      municipality("Fiesso d'Artico", 'VE', '30032', 45.4178, 12.0299, 27, '041', 3),
      municipality('Vigonza', 'PD', '35010', 45.4419, 11.9811, 28, '049', 2),
    ],
  },
  {
    name: 'Comprensorio del cuoio',
    weight: 11,
    municipalities: [
      municipality("Santa Croce sull'Arno", 'PI', '56029', 43.7137, 10.7777, 50, '0571', 4),
      municipality('Castelfranco di Sotto', 'PI', '56022', 43.7003, 10.7452, 50, '0571', 2),
      municipality('Fucecchio', 'FI', '50054', 43.7326, 10.808, 48, '0571', 3),
    ],
  },
  {
    name: 'Valdinievole',
    weight: 6,
    municipalities: [
      municipality('Monsummano Terme', 'PT', '51015', 43.8703, 10.8146, 47, '0572', 3),
      municipality('Lamporecchio', 'PT', '51035', 43.8171, 10.893, 47, '0573', 2),
    ],
  },
  {
    name: 'Vigevanese',
    weight: 6,
    municipalities: [municipality('Vigevano', 'PV', '27029', 45.3169, 8.8566, 18, '0381', 1)],
  },
  {
    name: 'Parabiago',
    weight: 4,
    municipalities: [municipality('Parabiago', 'MI', '20015', 45.5584, 8.948, 15, '0331', 1)],
  },
  {
    name: 'Montebelluna',
    weight: 6,
    municipalities: [municipality('Montebelluna', 'TV', '31044', 45.7759, 12.0426, 26, '0423', 1)],
  },
  {
    name: 'San Mauro Pascoli',
    weight: 4,
    municipalities: [municipality('San Mauro Pascoli', 'FC', '47030', 44.1088, 12.4195, 40, '0541', 1)],
  },
  {
    name: 'Nord Barese',
    weight: 6,
    municipalities: [
      municipality('Barletta', 'BT', '76121', 41.3197, 16.283, 72, '0883', 3),
      municipality('Trani', 'BT', '76125', 41.277, 16.415, 72, '0883', 1),
    ],
  },
  {
    name: 'Salento',
    weight: 6,
    municipalities: [
      municipality('Casarano', 'LE', '73042', 40.0106, 18.1616, 75, '0833', 3),
      municipality('Tricase', 'LE', '73039', 39.9296, 18.3556, 75, '0833', 1),
    ],
  },
  {
    name: 'Area napoletana',
    weight: 6,
    municipalities: [municipality('Grumo Nevano', 'NA', '80028', 40.9365, 14.259, 63, '081', 1)],
  },
];

export const STREETS = [
  'Via di Piaggiori',
  'Via Romana',
  'Via Pesciatina',
  'Via della Chiesa',
  'Via del Lavoro',
  "Via dell'Industria",
  'Via degli Artigiani',
  'Via dei Calzolai',
  'Via Nuova',
  'Via della Stazione',
  'Via di Sotto',
  'Via del Popolo',
  'Via Giuseppe Mazzini',
  'Via Giuseppe Garibaldi',
  'Via Giacomo Puccini',
  'Via delle Ville',
  'Via del Fosso',
  'Via della Madonnina',
] as const;

// ─── Invented names ────────────────────────────────────────────────────────────────────────────────────

// Surnames are onset + joint + ending ("Mo" + "rv" + "elli" → Morvelli). The joints are consonant clusters
// rare in real Italian surnames (no "rb", "lv", "rz": Barbieri, Salvini, Marzetti), so that the firms read
// as Italian and are clearly not real ones.
// prettier-ignore
export const SURNAME_ONSETS = [
  'Ba', 'Be', 'Ca', 'Co', 'Da', 'Fe', 'Ga', 'Gi', 'La', 'Lo', 'Ma', 'Me', 'Mo',
  'Na', 'Pa', 'Pe', 'Ra', 'Ri', 'Sa', 'Se', 'Ta', 'Te', 'Va', 'Ve', 'Za',
] as const;
export const SURNAME_JOINTS = ['rv', 'ndr', 'sp', 'vr', 'sd', 'gl', 'nv', 'sv'] as const;
// Combinations that happen to be real surnames (some borne by known firms or people) are skipped.
export const REAL_SURNAMES = new Set([
  'Baglini',
  'Gaspardi',
  'Landrini',
  'Mandrini',
  'Raspini',
  'Sandrini',
  'Sandroni',
  'Servetti',
  'Vaglini',
  'Vespucci',
]);
export const SURNAME_ENDINGS = [
  'elli',
  'ini',
  'ellini',
  'etti',
  'oni',
  'ucci',
  'ardi',
  'ieri',
  'acci',
  'otti',
] as const;
// prettier-ignore
export const GIVEN_NAMES = [
  'Marco', 'Luca', 'Giulia', 'Paolo', 'Sara', 'Andrea', 'Elena', 'Franco', 'Rita', 'Piero',
  'Silvia', 'Mauro', 'Anna', 'Giorgio', 'Lucia', 'Roberto', 'Chiara', 'Stefano', 'Daniela', 'Alessio',
] as const;

export const LEGAL_FORMS = [
  ['S.r.l.', 50],
  ['S.n.c.', 17],
  ['S.a.s.', 10],
  ['Ditta individuale', 18],
  ['S.p.A.', 5],
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number][0];

export function surname(rng: SeededRandom): string {
  for (;;) {
    const name = rng.pick(SURNAME_ONSETS) + rng.pick(SURNAME_JOINTS) + rng.pick(SURNAME_ENDINGS);
    if (!REAL_SURNAMES.has(name)) return name;
  }
}

/** A legal name in the usual Italian shapes; a sole proprietorship carries the owner's name, not a form. */
export function legalNameFor(rng: SeededRandom, prefix: string, family: string, form: LegalForm): string {
  switch (form) {
    case 'Ditta individuale':
      return `${prefix} di ${rng.pick(GIVEN_NAMES)} ${family}`;
    case 'S.n.c.':
      return rng.weighted([
        [`${prefix} F.lli ${family} S.n.c.`, 2],
        [`${prefix} ${family} & ${surname(rng)} S.n.c.`, 2],
        [`${prefix} ${family} ${rng.pick(GIVEN_NAMES)} & C. S.n.c.`, 1],
      ]);
    case 'S.a.s.':
      return `${prefix} ${family} & C. S.a.s.`;
    case 'S.r.l.':
    case 'S.p.A.':
      return `${prefix} ${family} ${form}`;
  }
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ─── What each kind of firm does ───────────────────────────────────────────────────────────────────────

export type CodeOfGroup<G extends string> = Extract<(typeof CAPABILITIES)[number], { group: G }>['code'];
export type ProcessingCode = CodeOfGroup<'PROCESSING'>;
export type ComponentCode = CodeOfGroup<'COMPONENTS'>;

export interface Trade {
  /** Name prefixes, the first the most common. */
  prefixes: readonly string[];
  ateco: readonly string[];
  /** How common the trade is among firms of its kind. */
  weight: number;
}

// ATECO 2025 codes are all present at the most detailed level in data/ateco-2025.csv (a test checks it).
export const PROCESSING_TRADES: Record<ProcessingCode, Trade> = {
  CUTTING: { prefixes: ['Trancia', 'Taglio Pelli'], ateco: ['15.20.20'], weight: 8 },
  STITCHING: { prefixes: ['Orlatura', 'Laboratorio Orlatura'], ateco: ['15.20.20'], weight: 14 },
  LASTING: { prefixes: ['Montaggi', 'Manovia'], ateco: ['15.20.20'], weight: 6 },
  FINISHING: { prefixes: ['Finissaggio', 'Rifinitura Calzature'], ateco: ['15.20.20'], weight: 6 },
  SOLE_STITCHING: { prefixes: ['Cucitura Suole', 'Guardolificio'], ateco: ['15.20.20'], weight: 4 },
  EMBROIDERY: { prefixes: ['Ricami', 'Decorazioni'], ateco: ['13.99.10', '15.20.20'], weight: 3 },
  PATTERN_MAKING: { prefixes: ['Modelleria', 'Studio Modelli'], ateco: ['15.20.20', '74.11.20'], weight: 5 },
  PACKAGING: { prefixes: ['Confezionamento Calzature', 'Imballaggi'], ateco: ['82.92.20'], weight: 3 },
};

export const COMPONENT_TRADES: Record<ComponentCode, Trade> = {
  SOLES: { prefixes: ['Suolificio', 'Fondi'], ateco: ['22.12.00', '15.20.20'], weight: 8 },
  HEELS: { prefixes: ['Tacchificio'], ateco: ['22.26.99', '16.28.19'], weight: 5 },
  LASTS: { prefixes: ['Formificio'], ateco: ['22.26.99', '16.28.19'], weight: 4 },
  INSOLES: { prefixes: ['Solettificio', 'Sottopiedi'], ateco: ['15.20.20'], weight: 4 },
  UPPERS: { prefixes: ['Tomaificio'], ateco: ['15.20.20'], weight: 5 },
  METAL_ACCESSORIES: {
    prefixes: ['Minuterie', 'Accessori Metallici'],
    ateco: ['25.99.90', '32.99.20'],
    weight: 4,
  },
  LEATHER: { prefixes: ['Pellami', 'Conceria'], ateco: ['15.11.00', '46.24.02'], weight: 6 },
  TEXTILES: { prefixes: ['Tessuti', 'Tessitura'], ateco: ['13.20.00', '13.96.00'], weight: 3 },
  ADHESIVES: { prefixes: ['Collanti', 'Adesivi'], ateco: ['20.59.20'], weight: 2 },
  BOXES: { prefixes: ['Scatolificio'], ateco: ['17.21.00'], weight: 3 },
};

export const SERVICE_TRADES = [
  {
    prefix: 'Studio',
    ateco: '69.20.01',
    it: 'consulenza contabile e fiscale',
    en: 'accounting and tax advice',
  },
  { prefix: 'Studio Stile', ateco: '74.11.20', it: 'progettazione di collezioni', en: 'collection design' },
  { prefix: 'Consulenze', ateco: '70.20.09', it: 'consulenza di direzione', en: 'management consulting' },
  {
    prefix: 'Certificazioni',
    ateco: '70.20.02',
    it: 'certificazione di processi',
    en: 'process certification',
  },
  { prefix: 'Informatica', ateco: '62.10.00', it: 'software gestionale', en: 'management software' },
  { prefix: 'Logistica', ateco: '70.20.01', it: 'consulenza logistica', en: 'logistics consulting' },
] as const;

export const FACTORY_PREFIXES = [
  ['Calzaturificio', 8],
  ['Calzature', 2],
  ['Manifattura Calzature', 1],
] as const;

export const PRODUCT_LINES = {
  women: { it: 'donna', en: "women's shoes", weight: 10 },
  men: { it: 'uomo', en: "men's shoes", weight: 7 },
  kids: { it: 'bambino', en: "kids' shoes", weight: 3 },
  sneakers: { it: 'sneaker', en: 'sneakers', weight: 5 },
  boots: { it: 'stivali', en: 'boots', weight: 4 },
  sandals: { it: 'sandali', en: 'sandals', weight: 4 },
  safety: { it: 'antinfortunistica', en: 'safety footwear', weight: 1 },
  luxury: { it: 'lusso', en: 'luxury', weight: 3 },
} as const;
export type ProductLine = keyof typeof PRODUCT_LINES;
export const PRODUCT_LINE_WEIGHTS = Object.entries(PRODUCT_LINES).map(
  ([line, { weight }]) => [line as ProductLine, weight] as const,
);

// prettier-ignore
export const EXPORT_MARKETS = [
  ['DE', 10], ['FR', 9], ['US', 9], ['CH', 6], ['GB', 6], ['JP', 4], ['CN', 4], ['RU', 3], ['AE', 3],
  ['KR', 3], ['NL', 3], ['BE', 2], ['ES', 3], ['AT', 3], ['HK', 2], ['CA', 2],
] as const;

// Capabilities a factory buys, with the chance it buys each (before its product lines adjust a few).
export const FACTORY_SOURCING: readonly (readonly [CapabilityCode, number])[] = [
  ['LEATHER', 0.9],
  ['SOLES', 0.85],
  ['LASTS', 0.75],
  ['STITCHING', 0.65],
  ['BOXES', 0.5],
  ['INSOLES', 0.4],
  ['METAL_ACCESSORIES', 0.3],
  ['ADHESIVES', 0.25],
  ['UPPERS', 0.15],
  ['CUTTING', 0.25],
  ['LASTING', 0.1],
  ['FINISHING', 0.12],
  ['PATTERN_MAKING', 0.12],
  ['EMBROIDERY', 0.06],
  ['PACKAGING', 0.06],
];

// What the supply chain's own firms buy (tier 2 and beyond): inputs of each trade.
export const TRADE_INPUTS: Partial<Record<CapabilityCode, readonly CapabilityCode[]>> = {
  CUTTING: ['LEATHER', 'TEXTILES'],
  STITCHING: ['TEXTILES', 'METAL_ACCESSORIES', 'ADHESIVES'],
  LASTING: ['ADHESIVES', 'INSOLES', 'LASTS'],
  FINISHING: ['ADHESIVES'],
  SOLE_STITCHING: ['SOLES'],
  EMBROIDERY: ['TEXTILES', 'METAL_ACCESSORIES'],
  PATTERN_MAKING: ['LASTS'],
  PACKAGING: ['BOXES'],
  UPPERS: ['LEATHER', 'TEXTILES', 'STITCHING'],
  SOLES: ['LEATHER', 'ADHESIVES'],
  INSOLES: ['LEATHER', 'TEXTILES'],
  HEELS: ['LEATHER'],
};

// ─── Scales ────────────────────────────────────────────────────────────────────────────────────────────

export const DISTRICT_KIND_COUNTS: Record<FirmKind, number> = {
  SHOE_FACTORY: 250,
  PROCESSING: 55,
  COMPONENTS: 40,
  SERVICES: 8,
};
export const NATIONAL_FIRM_COUNT = 50_000;

export const DISTRICT_ADHESIONS: readonly (readonly [AdhesionStatus, number])[] = [
  ['INTERESTED', 40],
  ['INVITED', 12],
  ['DOCUMENTS_REQUESTED', 6],
  ['READY_TO_SIGN', 4],
  ['SIGNED', 3],
];

export const LINK_STATUSES = [
  ['CONFIRMED', 85],
  ['DECLARED', 10],
  ['REJECTED', 3],
  ['ENDED', 2],
] as const;

export interface ScaleConfig {
  clusters: readonly Cluster[];
  kindCounts: Record<FirmKind, number>;
  adhesionCount: number;
  /** Weights of how many suppliers a factory has for one capability. */
  suppliersPerCapability: readonly (readonly [number, number])[];
  /** Chance that a supplier is picked in the customer's own district rather than anywhere. */
  localShare: number;
}

export function nationalKindCounts(): Record<FirmKind, number> {
  const districtTotal = Object.values(DISTRICT_KIND_COUNTS).reduce((sum, n) => sum + n, 0);
  const scaled = (kind: FirmKind): number =>
    Math.round((DISTRICT_KIND_COUNTS[kind] * NATIONAL_FIRM_COUNT) / districtTotal);
  const processing = scaled('PROCESSING');
  const components = scaled('COMPONENTS');
  const services = scaled('SERVICES');
  return {
    SHOE_FACTORY: NATIONAL_FIRM_COUNT - processing - components - services,
    PROCESSING: processing,
    COMPONENTS: components,
    SERVICES: services,
  };
}

export function scaleConfig(scale: DistrictScale): ScaleConfig {
  if (scale === 'district') {
    return {
      clusters: [LUCCHESIA],
      kindCounts: DISTRICT_KIND_COUNTS,
      adhesionCount: 65,
      suppliersPerCapability: [
        [1, 78],
        [2, 19],
        [3, 3],
      ],
      localShare: 1,
    };
  }
  return {
    clusters: NATIONAL_CLUSTERS,
    kindCounts: nationalKindCounts(),
    adhesionCount: NATIONAL_FIRM_COUNT / 5,
    // Bigger factories and a larger choice of suppliers: ten links per firm, as the benchmark asks.
    suppliersPerCapability: [
      [1, 26],
      [2, 35],
      [3, 27],
      [4, 12],
    ],
    localShare: 0.8,
  };
}

// ─── Generation ────────────────────────────────────────────────────────────────────────────────────────

export const CAPABILITY_IDS = new Map<CapabilityCode, string>(CAPABILITIES.map((c) => [c.code, c.id]));

export function capabilityId(code: CapabilityCode): string {
  const id = CAPABILITY_IDS.get(code);
  if (!id) throw new Error(`Unknown capability ${code}`);
  return id;
}

/** What decides a new firm's trade: factories are made from scratch, suppliers from their trade. */
export type FirmProfile =
  | { kind: 'SHOE_FACTORY'; isDemo: boolean }
  | { kind: 'PROCESSING' | 'COMPONENTS'; capabilities: CapabilityCode[]; trade: Trade }
  | { kind: 'SERVICES' };

/** A firm being generated, with what the link generation needs to know about it. */
export interface DraftFirm {
  index: number;
  row: FirmRow;
  cluster: number;
  /** Capabilities offered (suppliers) or done in-house (factories). */
  capabilities: CapabilityCode[];
  /** How many copies of this firm go into supplier pools: larger firms get more customers. */
  poolWeight: number;
}

/** The demo shoe factory in Segromigno in Monte, to which the demo FIRM user belongs. */
export const DEMO_FIRM_ID = 'f1e1a000-0000-4000-8000-000000000001';

export const DEMO_FIRM_LEGAL_NAME = 'Calzaturificio Morvelli S.r.l.';

export const EMPLOYEE_RANGES: Record<FirmKind, readonly [number, number]> = {
  SHOE_FACTORY: [5, 120],
  PROCESSING: [1, 30],
  COMPONENTS: [3, 80],
  SERVICES: [1, 15],
};

export const LINKS_NEWEST_DAY = Date.UTC(2025, 9, 31);
export const DAY_MS = 86_400_000;
