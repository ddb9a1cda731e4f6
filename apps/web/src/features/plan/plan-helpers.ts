import { fieldReasonsOf } from '../../lib/api-errors';
import type { FundingSource, PlanAxis } from '../../gql/graphql';

export const AXES = [
  'TERRITORIAL_MARKETING',
  'RESEARCH_INNOVATION',
  'EVENTS_INTERNATIONALISATION',
  'NETWORKING_TRAINING',
  'DIGITAL_CLUSTER',
] as const satisfies readonly PlanAxis[];

export const FUNDING_SOURCES = [
  'NETWORK_FUND',
  'REGION',
  'EU',
  'CHAMBER',
  'MUNICIPALITY',
  'FIRMS',
] as const satisfies readonly FundingSource[];

/** Reasons the plan API gives that deserve a plan-specific message rather than a generic "invalid". */
const PLAN_REASONS = ['before_start', 'out_of_range', 'duplicate', 'plan_closed'] as const;
export type PlanReason = (typeof PLAN_REASONS)[number];

/** The plan-specific reason the API gave for each bad field, e.g. { endDate: 'before_start' }. */
export function planFieldReasons(error: unknown): Partial<Record<string, PlanReason>> {
  const reasons: Partial<Record<string, PlanReason>> = {};
  for (const [field, reason] of Object.entries(fieldReasonsOf(error))) {
    const known = PLAN_REASONS.find((r) => r === reason);
    if (known) reasons[field] = known;
  }
  return reasons;
}
