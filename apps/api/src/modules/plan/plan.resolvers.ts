import type { Resolvers } from '../../generated/graphql.js';
import { authorize, can } from '../../common/auth.js';
import type { FirmEntity } from '../firm/firm.entity.js';
import { planPolicy, planAccess } from './plan.policy.js';
import { createAction, setActionBudget, updateAction } from './plan.actions.js';
import { decideJoinRequest, requestToJoin, viewerCanRequestToJoin } from './plan.join.js';
import { addKpi, setKpiActual, updateKpi } from './plan.kpis.js';
import {
  AXES,
  changePlanStatus,
  createObjective,
  createPlan,
  getAction,
  getPlan,
  kpiAttainment,
  listActions,
  listPlans,
  listRevisions,
  nextStatuses,
  planYears,
  updateObjective,
} from './plan.service.js';

/** Fills the years without budget with 0, so every axis shows every year of the plan. */
const perYear = (years: number[], rows: { year: number; amount: number }[]) =>
  years.map((year) => ({ year, amount: rows.find((r) => r.year === year)?.amount ?? 0 }));

export const planResolvers: Resolvers = {
  Query: {
    strategicPlans: authorize(planPolicy.read, (_p, _a, ctx) => listPlans(ctx)),
    strategicPlan: authorize(planPolicy.read, (_p, { id }, ctx) => getPlan(ctx, id)),
    planAction: authorize(planPolicy.read, (_p, { id }, ctx) => getAction(ctx, id)),
  },
  Mutation: {
    createStrategicPlan: authorize(planPolicy.edit, (_p, { input }, ctx) => createPlan(ctx, input)),
    changeStrategicPlanStatus: authorize(planPolicy.edit, (_p, { input }, ctx) =>
      changePlanStatus(ctx, input),
    ),
    createPlanObjective: authorize(planPolicy.edit, (_p, { input }, ctx) => createObjective(ctx, input)),
    createPlanAction: authorize(planPolicy.edit, (_p, { input }, ctx) => createAction(ctx, input)),
    updatePlanAction: authorize(planPolicy.edit, (_p, { input }, ctx) => updateAction(ctx, input)),
    setPlanActionBudget: authorize(planPolicy.edit, (_p, { input }, ctx) => setActionBudget(ctx, input)),
    setKpiActual: authorize(planPolicy.edit, (_p, { input }, ctx) => setKpiActual(ctx, input)),
    updatePlanObjective: authorize(planPolicy.edit, (_p, { input }, ctx) => updateObjective(ctx, input)),
    addPlanKpi: authorize(planPolicy.edit, (_p, { input }, ctx) => addKpi(ctx, input)),
    updatePlanKpi: authorize(planPolicy.edit, (_p, { input }, ctx) => updateKpi(ctx, input)),
    requestToJoinPlanAction: authorize(planPolicy.requestToJoin, (_p, { input }, ctx) =>
      requestToJoin(ctx, input),
    ),
    decidePlanJoinRequest: authorize(planPolicy.decideJoin, (_p, { input }, ctx) =>
      decideJoinRequest(ctx, input),
    ),
  },
  StrategicPlan: {
    years: (p) => planYears(p),
    axes: (p) => AXES.map((axis) => ({ planId: p.id, axis, years: planYears(p) })),
    actions: (p, args, ctx) => listActions(ctx, p.id, args),
    yearTotals: async (p, _a, ctx) =>
      perYear(
        planYears(p),
        (await ctx.loaders.plan.budgetTotalsByPlanId.load(p.id)).filter((r) => r.axis === null),
      ),
    budgetTotal: async (p, _a, ctx) =>
      (await ctx.loaders.plan.budgetTotalsByPlanId.load(p.id))
        .filter((r) => r.axis === null)
        .reduce((s, r) => s + r.amount, 0),
    revisions: (p, args, ctx) => listRevisions(ctx, p.id, args),
    nextStatuses: (p) => nextStatuses(p.status),
    viewerCanEdit: (p, _a, ctx) => planPolicy.edit.allows(ctx.viewer) && p.status !== 'CLOSED',
  },
  PlanAxisSummary: {
    objectives: async (a, _args, ctx) =>
      (await ctx.loaders.plan.objectivesByPlanId.load(a.planId)).filter((o) => o.axis === a.axis),
    yearTotals: async (a, _args, ctx) =>
      perYear(
        a.years,
        (await ctx.loaders.plan.budgetTotalsByPlanId.load(a.planId)).filter((r) => r.axis === a.axis),
      ),
    total: async (a, _args, ctx) =>
      (await ctx.loaders.plan.budgetTotalsByPlanId.load(a.planId))
        .filter((r) => r.axis === a.axis)
        .reduce((s, r) => s + r.amount, 0),
    actionCount: async (a, _args, ctx) =>
      (await ctx.loaders.plan.actionCountsByPlanId.load(a.planId)).find((r) => r.axis === a.axis)?.count ?? 0,
  },
  PlanAction: {
    plan: (a, _args, ctx) => getPlan(ctx, a.planId),
    objective: (a, _args, ctx) => (a.objectiveId ? ctx.loaders.plan.objectiveById.load(a.objectiveId) : null),
    leadFirm: (a, _args, ctx) => (a.leadFirmId ? ctx.loaders.firmById.load(a.leadFirmId) : null),
    leadUser: (a, _args, ctx) => (a.leadUserId ? ctx.loaders.userById.load(a.leadUserId) : null),
    participatingFirms: async (a, _args, ctx) => {
      const ids = (await ctx.loaders.plan.firmIdsByActionId.load(a.id)).map((r) => r.firm_id);
      const firms = await ctx.loaders.firmById.loadMany(ids);
      return firms.filter((f): f is FirmEntity => f !== null && !(f instanceof Error));
    },
    budget: (a, _args, ctx) => ctx.loaders.plan.budgetByActionId.load(a.id),
    budgetTotal: async (a, _args, ctx) =>
      (await ctx.loaders.plan.budgetByActionId.load(a.id)).reduce((s, l) => s + l.amount, 0),
    kpis: (a, _args, ctx) => ctx.loaders.plan.kpisByActionId.load(a.id),
    joinRequests: async (a, _args, ctx) => {
      const all = await ctx.loaders.plan.joinRequestsByActionId.load(a.id);
      if (can(ctx.viewer, planAccess, 'decideJoin', a)) return all;
      // Other firms' requests are their business: a FIRM user sees its own firm's only.
      return ctx.viewer?.firmId ? all.filter((r) => r.firmId === ctx.viewer?.firmId) : [];
    },
    viewerCanEdit: async (a, _args, ctx) =>
      planPolicy.edit.allows(ctx.viewer) && (await getPlan(ctx, a.planId)).status !== 'CLOSED',
    viewerCanRequestToJoin: (a, _args, ctx) => viewerCanRequestToJoin(ctx, a),
    viewerCanDecideJoinRequests: (a, _args, ctx) => can(ctx.viewer, planAccess, 'decideJoin', a),
  },
  PlanKpi: {
    baseline: (k) => Number(k.baseline),
    target: (k) => Number(k.target),
    actuals: (k, _a, ctx) => ctx.loaders.plan.actualsByKpiId.load(k.id),
    attainment: async (k, _a, ctx) =>
      kpiAttainment(
        { baseline: Number(k.baseline), target: Number(k.target) },
        await ctx.loaders.plan.actualsByKpiId.load(k.id),
      ),
  },
  PlanJoinRequest: {
    action: (r, _a, ctx) => getAction(ctx, r.actionId),
    firm: async (r, _a, ctx) => {
      const firm = await ctx.loaders.firmById.load(r.firmId);
      if (!firm) throw new Error(`firm ${r.firmId} of join request ${r.id} is missing`);
      return firm;
    },
    requestedBy: (r, _a, ctx) => (r.requestedById ? ctx.loaders.userById.load(r.requestedById) : null),
    decidedBy: (r, _a, ctx) => (r.decidedById ? ctx.loaders.userById.load(r.decidedById) : null),
  },
  PlanRevision: {
    action: (r, _a, ctx) => (r.actionId ? ctx.loaders.plan.actionById.load(r.actionId) : null),
    author: (r, _a, ctx) => (r.authorId ? ctx.loaders.userById.load(r.authorId) : null),
  },
};
