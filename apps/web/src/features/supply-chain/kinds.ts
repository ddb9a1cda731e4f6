import type { FirmKind } from '../../gql/graphql';

/** Colours of the graph by firm kind: distinct hues that also differ in lightness, for colour-blind readers. */
export const KIND_COLOURS: Record<FirmKind, string> = {
  SHOE_FACTORY: '#b3261e',
  PROCESSING: '#1f6fb2',
  COMPONENTS: '#e0a100',
  SERVICES: '#5b5b5b',
};

export const FIRM_KINDS = Object.keys(KIND_COLOURS) as FirmKind[];
