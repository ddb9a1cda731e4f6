import type { Resolvers } from '../../generated/graphql.js';
import { authorize } from '../../common/auth.js';
import { reportPolicy } from './report.policy.js';
import { parseReportFilter } from './report.filter.js';
import {
  reportAdhesionFunnel,
  reportAdhesionsOverTime,
  reportOverview,
  reportPlan,
  reportStartup,
  reportSupplyChain,
  reportTraceability,
} from './report.service.js';
import { deleteReportView, listSavedReportViews, saveReportView } from './report.views.js';

export const reportResolvers: Resolvers = {
  Query: {
    report: authorize(reportPolicy.read, (_p, { filter }) => ({ filter: parseReportFilter(filter) })),
    savedReportViews: authorize(reportPolicy.manageOwnViews, (_p, _a, ctx) => listSavedReportViews(ctx)),
  },
  Mutation: {
    saveReportView: authorize(reportPolicy.manageOwnViews, (_p, { input }, ctx) =>
      saveReportView(ctx, input),
    ),
    deleteReportView: authorize(reportPolicy.manageOwnViews, (_p, { id, version }, ctx) =>
      deleteReportView(ctx, id, version),
    ),
  },
  Report: {
    overview: (r, _a, ctx) => reportOverview(ctx, r.filter),
    adhesionFunnel: (r, _a, ctx) => reportAdhesionFunnel(ctx, r.filter),
    adhesionsOverTime: (r, _a, ctx) => reportAdhesionsOverTime(ctx, r.filter),
    supplyChain: (r, _a, ctx) => reportSupplyChain(ctx, r.filter),
    plan: (r, _a, ctx) => reportPlan(ctx, r.filter),
    startup: (r, _a, ctx) => reportStartup(ctx, r.filter),
    traceability: (r, _a, ctx) => reportTraceability(ctx, r.filter),
  },
  SavedReportView: {
    filter: (v) => v.filter,
  },
};
