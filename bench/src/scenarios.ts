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

/**
 * Pages of 26 to 75 firms after a starting point that moves with every request: no request asks a page an
 * earlier one asked, so none is answered from the directory cache and the database reads every page (the
 * list's count is shared by its pages, as when a person pages through the directory).
 */
const COLD_DIRECTORY = `query DirectoryCold($first: Int, $after: String) {
  firms(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id legalName kind hamlet adhesionStatus supplierCount customerCount capabilities { code labelIt } } }
  }
}`;
const LETTERS = 'ABCDEFGHILMNOPRSTUVZ';
/** Differs between bench runs, so a run against an app already running (--url) repeats no earlier page. */
const RUN = Math.random().toString(36).slice(2, 6);
/** A NAME cursor (see firm.directory.ts) just before the names starting with a letter. */
const nameCursor = (prefix: string) =>
  Buffer.from(JSON.stringify(['NAME', prefix, '00000000-0000-4000-8000-000000000000'])).toString('base64url');
const coldDirectoryVariables = (i: number) => ({
  first: 26 + (i % 50),
  after: nameCursor(`${LETTERS[Math.floor(i / 50) % LETTERS.length]}${RUN}${Math.floor(i / 1000)}`),
});

/** A request alone (1 connection) and under load (20 connections), each with its target where it has one. */
const aloneAndUnderLoad = (
  request: Omit<Scenario, 'connections' | 'target'>,
  alone?: Scenario['target'],
  underLoad?: Scenario['target'],
): Scenario[] => [
  { ...request, connections: 1, ...(alone && { target: alone }) },
  { ...request, connections: 20, ...(underLoad && { target: underLoad }) },
];

export const scenarios: Scenario[] = [
  ...aloneAndUnderLoad({ name: 'me', query: ME }),
  ...aloneAndUnderLoad(
    { name: 'firms(first: 50)', query: DIRECTORY, variables: { first: 50 } },
    { p95Ms: 30 },
    { minRps: 500 },
  ),
  ...aloneAndUnderLoad(
    {
      name: 'firms(26–75 after a letter) page uncached',
      query: COLD_DIRECTORY,
      variablesOf: coldDirectoryVariables,
    },
    { p95Ms: 30 },
  ),
];

// ── Supply chain (issue 4) ──
/** The demo factory exists at every scale (the seed's DEMO_FIRM_ID). */
const SUPPLY_CHAIN_FACTORY_ID = 'f1e1a000-0000-4000-8000-000000000001';

/** Three upstream tiers of a factory: one recursive SQL statement plus batched firm and link loads. */
const UPSTREAM_TIERS = `query Upstream($firmId: ID!) {
  supplyChain(firmId: $firmId, direction: UPSTREAM, depth: 3) {
    nodes { tier firm { id legalName kind } }
    links { id supplier { id } customer { id } capability { code } }
  }
}`;

/** Single points of failure of the Capannori district (issue 4: "for the whole district"). */
const SINGLE_POINTS_OF_FAILURE = `{
  singlePointsOfFailure(municipality: "Capannori", first: 50) {
    totalCount
    items { affectedFactoryCount supplier { id legalName } exposures { factory { id } capability { code } } }
  }
}`;

scenarios.push(
  {
    name: 'supplyChain(UPSTREAM, 3)',
    query: UPSTREAM_TIERS,
    variables: { firmId: SUPPLY_CHAIN_FACTORY_ID },
    connections: 1,
    target: { p95Ms: 50 },
  },
  {
    name: 'singlePointsOfFailure(Capannori)',
    query: SINGLE_POINTS_OF_FAILURE,
    connections: 1,
    target: { p95Ms: 200 },
  },
);

// ── Member directory with filters (issue 3) ──
/** Orlatura (STITCHING), a fixed id of the capability vocabulary at every scale. */
const STITCHING_ID = 'c0a1b000-0000-4000-8000-000000000102';

/** The directory as a person uses it: capability + hamlet + search text, the page the web app asks for. */
const DIRECTORY_FILTERED = `query DirectoryFiltered($filter: FirmFilter, $search: String, $orderBy: FirmOrder) {
  firms(filter: $filter, search: $search, orderBy: $orderBy, first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id legalName tradeName kind hamlet employees adhesionStatus latitude longitude
      capabilities { id labelIt labelEn } } }
  }
}`;
const DIRECTORY_FILTERED_VARIABLES = {
  filter: { capabilityIds: [STITCHING_ID], hamlets: ['Segromigno in Monte'] },
  search: 'orlatura',
  orderBy: 'NAME',
};

scenarios.push(
  ...aloneAndUnderLoad(
    {
      name: 'firms(capability+hamlet+search)',
      query: DIRECTORY_FILTERED,
      variables: DIRECTORY_FILTERED_VARIABLES,
    },
    { p95Ms: 30 },
    { minRps: 500 },
  ),
);

// ── Start-up tasks and strategic plan (issue 6) ──
/** The board of the 5,000 national tasks, as the web app asks for it: a column per status, 50 cards each. */
const TASK_BOARD = `{
  taskBoard(first: 50) {
    status totalCount
    tasks { id title status phase priority dueDate overdue openBlockerCount version assignee { id name } }
  }
}`;

/** The seeded 2027–2029 plan (a fixed id at every scale). */
const DEMO_PLAN_ID = '91a00000-0000-4000-8000-000000000001';

/** The plan page: budget per axis and year, the actions with their leads and totals. */
const PLAN_PAGE = `query Plan($id: ID!) {
  strategicPlan(id: $id) {
    id title years status nextStatuses viewerCanEdit budgetTotal yearTotals { year amount }
    axes { axis total actionCount yearTotals { year amount } objectives { id title } }
    actions(first: 100) {
      totalCount
      edges { node { id title axis status startDate endDate budgetTotal leadFirm { id legalName } leadUser { id name } } }
    }
  }
}`;

scenarios.push(
  { name: 'taskBoard(first: 50)', query: TASK_BOARD, connections: 1, target: { p95Ms: 50 } },
  {
    name: 'strategicPlan (plan page)',
    query: PLAN_PAGE,
    variables: { id: DEMO_PLAN_ID },
    connections: 1,
    target: { p95Ms: 50 },
  },
);

// ── Reports (issue 7) ──
/** The reports' overview page as the web app asks for it: one aggregate statement over every firm. */
const REPORT_OVERVIEW = `query ReportOverview($filter: ReportFilter) {
  report(filter: $filter) {
    overview {
      firmCount memberCount interestedCount hamletCount
      byKind { kind count } byHamlet { hamlet count }
      employees { total network share } capacityPairsPerDay { total network share }
      exportShareWeighted memberExportShareWeighted
    }
  }
}`;

scenarios.push(
  { name: 'report.overview', query: REPORT_OVERVIEW, connections: 1, target: { p95Ms: 200 } },
  {
    name: 'report.overview(kind+membership)',
    query: REPORT_OVERVIEW,
    variables: { filter: { kinds: ['SHOE_FACTORY'], membership: 'NON_MEMBERS' } },
    connections: 1,
    target: { p95Ms: 200 },
  },
);
