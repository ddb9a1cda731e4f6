/**
 * Domain constants that are not (yet) part of the GraphQL schema but are shared by API and web.
 */
export const SUPPLY_LINK_STATUSES = ['DECLARED', 'CONFIRMED', 'REJECTED', 'ENDED'] as const;
// The SupplyLinkStatus type comes from the GraphQL schema (generated/graphql.ts).

/** Minimum length of a password chosen when accepting an invitation. */
export const PASSWORD_MIN_LENGTH = 12;
