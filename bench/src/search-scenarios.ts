import type { Scenario } from './load.js';

/** The global search box's query, as the web app's palette asks it. */
const SEARCH = `query Search($query: String!) { search(query: $query, first: 20) { kind id title titleEn detail } }`;

/**
 * What people type at national scale: the commonest word of firm names (tens of thousands of matches),
 * invented surnames of the seed, a misspelt one (trigrams), partial words (prefixes), task and plan words.
 */
const QUERIES = [
  'calzaturificio',
  'morvelli',
  'morveli',
  'calz',
  'tomaificio',
  'adesioni',
  'fiera',
  'suole',
  'montaggio lucca',
  'formazione',
];

/** `pnpm --filter @filiera/bench run bench:search`; also part of `pnpm bench`. DESIGN.md: p95 ≤ 100 ms. */
export const searchScenarios: Scenario[] = [
  {
    name: 'search(query, first: 20)',
    query: SEARCH,
    variablesOf: (i) => ({ query: QUERIES[i % QUERIES.length] }),
    connections: 1,
    target: { p95Ms: 100 },
  },
  {
    name: 'search(query, first: 20)',
    query: SEARCH,
    variablesOf: (i) => ({ query: QUERIES[i % QUERIES.length] }),
    connections: 10,
  },
];
