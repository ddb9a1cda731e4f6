import type { Language } from '../../i18n';
import { numberForInput, parseLocaleNumber } from '../../i18n/number';
import { OUTSIDE } from './SourceFields';

/** One material of a line's composition as typed (the percentage in the interface language). */
export interface CompositionRow {
  key: number;
  material: string;
  percent: string;
}

/**
 * One line of a bill of materials or of a supplier's inputs, as typed: what it is (a capability), where
 * it comes from (`source`: '' not given, OUTSIDE, or a confirmed supplier's id), material and origin, and
 * its share of the whole in the interface language's decimals.
 */
export interface LineValue {
  key: number;
  capabilityId: string;
  source: string;
  outsideCountry: string;
  outsideRegion: string;
  material: string;
  composition: CompositionRow[];
  originCountry: string;
  originRegion: string;
  share: string;
  certifications: string;
}

let nextKey = 1;
/** A key for a new row of a list form (React's key, never sent). */
export const newKey = () => nextKey++;

export const emptyLine = (): LineValue => ({
  key: newKey(),
  capabilityId: '',
  source: '',
  outsideCountry: '',
  outsideRegion: '',
  material: '',
  composition: [],
  originCountry: '',
  originRegion: '',
  share: '',
  certifications: '',
});

/** What the API says of a stored line, whichever list it is in. */
export interface StoredLine {
  capabilityId: string;
  supplierId: string | null;
  outsideCountry?: string | null;
  outsideRegion?: string | null;
  material?: string | null;
  composition?: readonly { material: string; percent: number }[];
  originCountry?: string | null;
  originRegion?: string | null;
  share: number;
  certifications?: readonly string[];
}

export const lineFromStored = (l: StoredLine, language: Language): LineValue => ({
  key: newKey(),
  capabilityId: l.capabilityId,
  source: l.supplierId ?? (l.outsideCountry ? OUTSIDE : ''),
  outsideCountry: l.outsideCountry ?? '',
  outsideRegion: l.outsideRegion ?? '',
  material: l.material ?? '',
  composition: (l.composition ?? []).map((m) => ({
    key: newKey(),
    material: m.material,
    percent: numberForInput(m.percent, language),
  })),
  originCountry: l.originCountry ?? '',
  originRegion: l.originRegion ?? '',
  share: numberForInput(l.share, language),
  certifications: (l.certifications ?? []).join(', '),
});

/** The typed line as the API takes it (numbers already checked by lineProblems). */
export function lineForApi(l: LineValue, language: Language) {
  const outside = l.source === OUTSIDE;
  return {
    capabilityId: l.capabilityId,
    supplierId: l.source && !outside ? l.source : null,
    outsideCountry: outside ? l.outsideCountry || null : null,
    outsideRegion: outside ? l.outsideRegion || null : null,
    material: l.material || null,
    composition: l.composition
      .filter((m) => m.material.trim() || m.percent.trim())
      .map((m) => ({ material: m.material, percent: parseLocaleNumber(m.percent, language) ?? 0 })),
    originCountry: l.originCountry || null,
    originRegion: l.originRegion || null,
    share: parseLocaleNumber(l.share, language) ?? 0,
    certifications: l.certifications
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  };
}
