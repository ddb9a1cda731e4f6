import type { CapabilityGroup } from '@filiera/shared';

export interface CapabilitySeed {
  id: string;
  code: string;
  labelIt: string;
  labelEn: string;
  group: CapabilityGroup;
}

/**
 * The controlled vocabulary of capabilities. The ids are fixed so that links, tests and bookmarks keep
 * pointing at the same capability across resets.
 */
export const CAPABILITIES = [
  // Lavorazioni: work done on the shoe.
  {
    id: 'c0a1b000-0000-4000-8000-000000000101',
    code: 'CUTTING',
    labelIt: 'Taglio',
    labelEn: 'Cutting',
    group: 'PROCESSING',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000102',
    code: 'STITCHING',
    labelIt: 'Orlatura',
    labelEn: 'Stitching',
    group: 'PROCESSING',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000103',
    code: 'LASTING',
    labelIt: 'Montaggio',
    labelEn: 'Lasting',
    group: 'PROCESSING',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000104',
    code: 'FINISHING',
    labelIt: 'Finissaggio',
    labelEn: 'Finishing',
    group: 'PROCESSING',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000105',
    code: 'SOLE_STITCHING',
    labelIt: 'Cucitura suola',
    labelEn: 'Sole stitching',
    group: 'PROCESSING',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000106',
    code: 'EMBROIDERY',
    labelIt: 'Ricamo e decorazione',
    labelEn: 'Embroidery and decoration',
    group: 'PROCESSING',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000107',
    code: 'PATTERN_MAKING',
    labelIt: 'Modelleria',
    labelEn: 'Pattern making',
    group: 'PROCESSING',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000108',
    code: 'PACKAGING',
    labelIt: 'Confezionamento',
    labelEn: 'Packaging',
    group: 'PROCESSING',
  },
  // Componentistica: parts and materials.
  {
    id: 'c0a1b000-0000-4000-8000-000000000201',
    code: 'SOLES',
    labelIt: 'Fondi / suole',
    labelEn: 'Soles',
    group: 'COMPONENTS',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000202',
    code: 'HEELS',
    labelIt: 'Tacchi',
    labelEn: 'Heels',
    group: 'COMPONENTS',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000203',
    code: 'LASTS',
    labelIt: 'Forme',
    labelEn: 'Lasts',
    group: 'COMPONENTS',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000204',
    code: 'INSOLES',
    labelIt: 'Solette',
    labelEn: 'Insoles',
    group: 'COMPONENTS',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000205',
    code: 'UPPERS',
    labelIt: 'Tomaie',
    labelEn: 'Uppers',
    group: 'COMPONENTS',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000206',
    code: 'METAL_ACCESSORIES',
    labelIt: 'Minuteria metallica',
    labelEn: 'Metal accessories',
    group: 'COMPONENTS',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000207',
    code: 'LEATHER',
    labelIt: 'Pellami',
    labelEn: 'Leather',
    group: 'COMPONENTS',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000208',
    code: 'TEXTILES',
    labelIt: 'Tessuti',
    labelEn: 'Textiles',
    group: 'COMPONENTS',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000209',
    code: 'ADHESIVES',
    labelIt: 'Adesivi',
    labelEn: 'Adhesives',
    group: 'COMPONENTS',
  },
  {
    id: 'c0a1b000-0000-4000-8000-000000000210',
    code: 'BOXES',
    labelIt: 'Scatole',
    labelEn: 'Boxes',
    group: 'COMPONENTS',
  },
] as const satisfies readonly CapabilitySeed[];

export type CapabilityCode = (typeof CAPABILITIES)[number]['code'];
