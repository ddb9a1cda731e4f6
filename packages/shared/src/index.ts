export * from './generated/graphql.js';
export * from './domain.js';
export * from './fiscal.js';
