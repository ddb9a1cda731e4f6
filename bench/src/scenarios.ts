import type { Scenario } from './load.js';

const ME = `{ me { user { id name role } permissions { viewerCanManageUsers } } }`;

/** The directory page: 50 firms with capabilities, adhesion status, supplier and customer counts. */
const DIRECTORY = `query Directory($first: Int) {
  firms(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id legalName kind hamlet adhesionStatus supplierCount customerCount capabilities { code labelIt } } }
  }
}`;

export const scenarios: Scenario[] = [
  { name: 'me', query: ME, connections: 1 },
  { name: 'me', query: ME, connections: 20 },
  {
    name: 'firms(first: 50)',
    query: DIRECTORY,
    variables: { first: 50 },
    connections: 1,
    target: { p95Ms: 30 },
  },
  {
    name: 'firms(first: 50)',
    query: DIRECTORY,
    variables: { first: 50 },
    connections: 20,
    target: { minRps: 500 },
  },
];
