/** A source is known when it names a district firm or a country outside the district. */
export interface Sourced {
  supplierFirmId: string | null;
  outsideCountry: string | null;
}

export interface TraceLine extends Sourced {
  /** Share of the shoe's weight, 0–100. */
  weightShare: number;
  /** Tier 2: the supplier's declared inputs of this line's capability (shares of the line, 0–100). */
  inputs: (Sourced & { share: number })[];
}

export interface TraceabilityModel {
  declaredWeightPercent: number;
  tiers: { tier: number; tracedWeightPercent: number }[];
}

const known = (s: Sourced) => s.supplierFirmId !== null || s.outsideCountry !== null;
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * The share of the shoe's weight whose source is known at each tier.
 * Tier 1: the lines whose supplier is known (a confirmed district supplier or a country outside).
 * Tier 2: of each line with a district supplier, the part of its weight that the supplier's declared
 * inputs trace to a known source (line weight × traced input shares); a line sourced outside the
 * district, or whose supplier declared nothing, is not traced at tier 2.
 */
export function computeTraceability(lines: readonly TraceLine[]): TraceabilityModel {
  let declared = 0;
  let tier1 = 0;
  let tier2 = 0;
  for (const line of lines) {
    declared += line.weightShare;
    if (!known(line)) continue;
    tier1 += line.weightShare;
    if (line.supplierFirmId === null) continue;
    const tracedInputs = line.inputs.filter(known).reduce((sum, i) => sum + i.share, 0);
    tier2 += (line.weightShare * Math.min(tracedInputs, 100)) / 100;
  }
  return {
    declaredWeightPercent: oneDecimal(declared),
    tiers: [
      { tier: 1, tracedWeightPercent: oneDecimal(tier1) },
      { tier: 2, tracedWeightPercent: oneDecimal(tier2) },
    ],
  };
}
