import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '@filiera/shared';
import { signInEveryRole } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const CREATE_PLAN = `mutation ($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id version status } }`;
export const CREATE_ACTION = `mutation ($input: CreatePlanActionInput!) {
  createPlanAction(input: $input) { id version budgetTotal kpis { id version } }
}`;
const PLAN = `query ($id: ID!) {
  strategicPlan(id: $id) {
    status budgetTotal yearTotals { year amount }
    axes { axis total actionCount yearTotals { year amount } }
    revisions { totalCount edges { node { author { id } before after } } }
  }
}`;
export const STATUS = `mutation ($input: ChangePlanStatusInput!) { changeStrategicPlanStatus(input: $input) { status version } }`;
export const BUDGET = `mutation ($input: SetPlanActionBudgetInput!) { setPlanActionBudget(input: $input) { id version budgetTotal } }`;

type Axis = {
  axis: string;
  total: number;
  actionCount: number;
  yearTotals: { year: number; amount: number }[];
};
type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
export const codeOf = (body: ErrorBody) => body.errors?.[0]?.extensions?.code;

export let api: TestApi;
export const cookies = {} as Record<Role, string>;
export const ids = {} as Record<Role, string>;
export let firmOfUser: string;

export async function newPlan(): Promise<{ id: string; version: number }> {
  const res = await api.gql<{ createStrategicPlan: { id: string; version: number } }>(
    CREATE_PLAN,
    { input: { title: 'Piano 2027–2029', startYear: 2027, endYear: 2029 } },
    { cookie: cookies.CONSULTANT },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createStrategicPlan;
}

export async function newAction(planId: string, input: Record<string, unknown>) {
  const res = await api.gql<{
    createPlanAction: {
      id: string;
      version: number;
      budgetTotal: number;
      kpis: { id: string; version: number }[];
    };
  }>(
    CREATE_ACTION,
    { input: { planId, title: 'Azione', startDate: '2027-01-01', endDate: '2027-12-31', ...input } },
    { cookie: cookies.ADMIN },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createPlanAction;
}

export async function readPlan(id: string, role: Role = 'CHAMBER') {
  const res = await api.gql<{
    strategicPlan: {
      status: string;
      budgetTotal: number;
      yearTotals: { year: number; amount: number }[];
      axes: Axis[];
      revisions: {
        totalCount: number;
        edges: { node: { author: { id: string }; before: unknown; after: unknown } }[];
      };
    };
  }>(PLAN, { id }, { cookie: cookies[role] });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.strategicPlan;
}

/** The set-up every plan test file shares: call it once at the top of the file. */
export function usePlanFixture(): void {
  beforeAll(async () => {
    api = await startTestApi();
    firmOfUser = (await signInEveryRole(api, cookies, ids)).FIRM.firmId!;
  });
  afterAll(async () => {
    await api.close();
  });
}
