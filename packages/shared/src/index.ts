export * from './generated/graphql.js';
export * from './domain.js';
export * from './fiscal.js';
export * from './firm-profile.js';
export * from './contract.js';
export * from './showcase-meta.js';
export * from './gtin.js';
export * from './materials.js';
