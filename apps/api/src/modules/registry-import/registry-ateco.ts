/** ATECO codes of registry rows: their format, the 2007 → 2025 translation and the kind of a new firm. */

export type FirmKind = 'SHOE_FACTORY' | 'PROCESSING' | 'COMPONENTS' | 'SERVICES';

/** An ATECO 2007 code of the file and the ATECO 2025 code it became (null: none, see the review note). */
export interface AtecoTranslation {
  from: string;
  to: string | null;
  /** How many ATECO 2025 codes ISTAT lists for it; more than one means the firm is flagged for review. */
  correspondences: number;
}

/**
 * Why a valid row's firm should be looked at by a person after the import (the GraphQL enum
 * RegistryImportReviewCode): the ATECO 2007 code splits into several 2025 codes and the representative
 * one was kept; it has no 2025 representative (no code was added); ISTAT's representative is a later
 * sub-category not in the list, so the nearest code above it was used; or the ATECO 2025 column held a
 * code that exists only in ATECO 2007.
 */
export type ReviewCode =
  'ATECO_2007_SEVERAL' | 'ATECO_2007_NO_EQUIVALENT' | 'ATECO_2007_NEAREST' | 'ATECO_2007_IN_2025_COLUMN';

export interface RowReview {
  code: ReviewCode;
  column: string | null;
  /** The code as read from the file (normalised). */
  value: string;
}

/** The ATECO lists the row rules need: the 2025 list and ISTAT's 2007 → 2025 correspondence. */
export interface AtecoLookup {
  /** The code is in the ATECO 2025 list. */
  known(code: string): boolean;
  /** ISTAT's correspondence of an ATECO 2007 code; null when it is not an ATECO 2007 code. */
  from2007(code: string): { code2025: string | null; correspondences: number } | null;
}

const ATECO_FORMAT = /^[0-9]{2}(\.[0-9]{1,2}(\.[0-9]{1,2})?)?$/;

/** "15.20.1" from "15.20.1", "152010" or "15.20.10" as written in extracts; null when it is no code. */
export function normaliseAtecoCode(value: string): string | null {
  const v = value.trim().replace(/\s+/g, '');
  if (ATECO_FORMAT.test(v)) return v;
  if (/^[0-9]{2,6}$/.test(v) && v.length % 2 === 0) {
    return v.match(/../g)!.join('.');
  }
  return null;
}

/** The code one level up: 15.20.10 → 15.20.1 → 15.20 → 15.2 → 15; null above a division. */
function parentCode(code: string): string | null {
  if (/^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$/.test(code)) return code.slice(0, -1);
  if (/^[0-9]{2}\.[0-9]{2}\.[0-9]$/.test(code)) return code.slice(0, 5);
  if (/^[0-9]{2}\.[0-9]{2}$/.test(code)) return code.slice(0, 4);
  if (/^[0-9]{2}\.[0-9]$/.test(code)) return code.slice(0, 2);
  return null;
}

/**
 * An ATECO 2007 code to ATECO 2025 through ISTAT's table: the representative code, or the nearest code
 * of the 2025 list above it; with the review notes the translation calls for. Null when the code is not
 * in the table.
 */
export function translate2007(
  code: string,
  ateco: AtecoLookup,
): { translation: AtecoTranslation; review: ReviewCode[] } | null {
  const entry = ateco.from2007(code);
  if (!entry) return null;
  const review: ReviewCode[] = [];
  let to = entry.code2025;
  if (to && !ateco.known(to)) {
    let parent = parentCode(to);
    while (parent && !ateco.known(parent)) parent = parentCode(parent);
    to = parent;
    review.push('ATECO_2007_NEAREST');
  }
  if (!to) review.push('ATECO_2007_NO_EQUIVALENT');
  else if (entry.correspondences > 1) review.push('ATECO_2007_SEVERAL');
  return { translation: { from: code, to, correspondences: entry.correspondences }, review };
}

/** ATECO 2007 codes of shoe parts that ATECO 2025 folds into footwear (15.20.10): their makers are components. */
const SHOE_PARTS_2007 = ['22.19.01', '22.29.01', '16.29.11'];

/**
 * The kind of a new firm from its first ATECO code, read in the edition it was written in. Footwear
 * (15.20.1) makes a shoe factory; leather parts of shoes (15.20.2) and what else goes into a shoe —
 * leather (15.1), textiles (13), wood lasts and heels (16), paper boxes (17), adhesives (20), rubber and
 * plastic soles (22), metal accessories (25), and the 2007 codes of rubber, plastic and wood shoe parts,
 * which ATECO 2025 merged into footwear — make a component maker; any other manufacturing (section C,
 * divisions 10–33) is processing; everything else, and no code, is a service.
 */
export function kindFromAteco(primary: { code: string; edition: 2007 | 2025 } | null): FirmKind {
  if (!primary) return 'SERVICES';
  const { code, edition } = primary;
  if (edition === 2007 && SHOE_PARTS_2007.some((p) => code.startsWith(p))) return 'COMPONENTS';
  if (code.startsWith('15.20.2')) return 'COMPONENTS';
  if (code.startsWith('15.2')) return 'SHOE_FACTORY';
  const division = Number(code.slice(0, 2));
  if (code.startsWith('15.1') || [13, 16, 17, 20, 22, 25].includes(division)) return 'COMPONENTS';
  if (division >= 10 && division <= 33) return 'PROCESSING';
  return 'SERVICES';
}
