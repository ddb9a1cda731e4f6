/** Colour of links that are a factory's only confirmed source of a capability (graph and legend). */
export const SOLE_SOURCE_COLOUR = '#b3261e';
