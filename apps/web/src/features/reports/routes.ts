// The reports area's one lazy chunk: the page, its sections and the chart library they share.
export { ReportsPage } from './ReportsPage';
export { OverviewReport } from './OverviewReport';
export { AdhesionsReport } from './AdhesionsReport';
export { SupplyChainReport } from './SupplyChainReport';
export { PlanReport } from './PlanReport';
export { StartupReport } from './StartupReport';
export { TraceabilityReport } from './TraceabilityReport';
