import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySubscriberInterface } from 'typeorm';
import type { Role } from '@filiera/shared';
import { TEST_PASSWORD, buildFirm, buildUser } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { kpiAttainment } from './plan.service.js';

const CREATE_PLAN = `mutation ($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id version status } }`;
const CREATE_ACTION = `mutation ($input: CreatePlanActionInput!) {
  createPlanAction(input: $input) { id version budgetTotal kpis { id version } }
}`;
const PLAN = `query ($id: ID!) {
  strategicPlan(id: $id) {
    status budgetTotal yearTotals { year amount }
    axes { axis total actionCount yearTotals { year amount } }
    revisions { totalCount edges { node { author { id } before after } } }
  }
}`;
const STATUS = `mutation ($input: ChangePlanStatusInput!) { changeStrategicPlanStatus(input: $input) { status version } }`;
const BUDGET = `mutation ($input: SetPlanActionBudgetInput!) { setPlanActionBudget(input: $input) { id version budgetTotal } }`;

type Axis = {
  axis: string;
  total: number;
  actionCount: number;
  yearTotals: { year: number; amount: number }[];
};
type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (body: ErrorBody) => body.errors?.[0]?.extensions?.code;

let api: TestApi;
const cookies = {} as Record<Role, string>;
const ids = {} as Record<Role, string>;
let firmOfUser: string;

beforeAll(async () => {
  api = await startTestApi();
  for (const role of ['ADMIN', 'CONSULTANT', 'FIRM', 'CHAMBER'] as const) {
    const user = await buildUser(api.ds, role);
    ids[role] = user.id;
    if (role === 'FIRM') firmOfUser = user.firmId!;
    cookies[role] = await api.signIn(user.email, TEST_PASSWORD);
  }
});
afterAll(async () => {
  await api.close();
});

async function newPlan(): Promise<{ id: string; version: number }> {
  const res = await api.gql<{ createStrategicPlan: { id: string; version: number } }>(
    CREATE_PLAN,
    { input: { title: 'Piano 2027–2029', startYear: 2027, endYear: 2029 } },
    { cookie: cookies.CONSULTANT },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createStrategicPlan;
}

async function newAction(planId: string, input: Record<string, unknown>) {
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

async function readPlan(id: string, role: Role = 'CHAMBER') {
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

describe('budget totals', () => {
  it('sums budgets per axis and year, leaving out cancelled actions', async () => {
    const plan = await newPlan();
    await newAction(plan.id, {
      axis: 'DIGITAL_CLUSTER',
      budget: [
        { year: 2027, fundingSource: 'REGION', amount: 40000 },
        { year: 2027, fundingSource: 'NETWORK_FUND', amount: 10000.5 },
        { year: 2028, fundingSource: 'EU', amount: 25000 },
      ],
    });
    await newAction(plan.id, {
      axis: 'DIGITAL_CLUSTER',
      budget: [{ year: 2028, fundingSource: 'FIRMS', amount: 5000 }],
    });
    await newAction(plan.id, {
      axis: 'NETWORKING_TRAINING',
      budget: [{ year: 2029, fundingSource: 'CHAMBER', amount: 8000 }],
    });
    await newAction(plan.id, {
      axis: 'NETWORKING_TRAINING',
      status: 'CANCELLED',
      budget: [{ year: 2029, fundingSource: 'CHAMBER', amount: 99999 }],
    });

    const read = await readPlan(plan.id, 'FIRM');
    const digital = read.axes.find((a) => a.axis === 'DIGITAL_CLUSTER')!;
    expect(digital.yearTotals).toEqual([
      { year: 2027, amount: 50000.5 },
      { year: 2028, amount: 30000 },
      { year: 2029, amount: 0 },
    ]);
    expect(digital).toMatchObject({ total: 80000.5, actionCount: 2 });
    const training = read.axes.find((a) => a.axis === 'NETWORKING_TRAINING')!;
    expect(training.yearTotals.map((y) => y.amount)).toEqual([0, 0, 8000]);
    expect(read.axes.find((a) => a.axis === 'EVENTS_INTERNATIONALISATION')!.total).toBe(0);
    expect(read.yearTotals).toEqual([
      { year: 2027, amount: 50000.5 },
      { year: 2028, amount: 30000 },
      { year: 2029, amount: 8000 },
    ]);
    expect(read.budgetTotal).toBe(88000.5);
  });

  it('refuses a budget year outside the plan and a duplicate line, naming the field', async () => {
    const plan = await newPlan();
    const res = await api.gql(
      CREATE_ACTION,
      {
        input: {
          planId: plan.id,
          axis: 'DIGITAL_CLUSTER',
          title: 'Fuori piano',
          startDate: '2027-01-01',
          endDate: '2027-06-30',
          budget: [{ year: 2031, fundingSource: 'EU', amount: 100 }],
        },
      },
      { cookie: cookies.ADMIN },
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'budget.0.year',
    });
    const dup = await api.gql(
      CREATE_ACTION,
      {
        input: {
          planId: plan.id,
          axis: 'DIGITAL_CLUSTER',
          title: 'Doppia',
          startDate: '2027-01-01',
          endDate: '2027-06-30',
          budget: [
            { year: 2027, fundingSource: 'EU', amount: 1 },
            { year: 2027, fundingSource: 'EU', amount: 2 },
          ],
        },
      },
      { cookie: cookies.ADMIN },
    );
    expect(dup.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'budget.1.fundingSource',
    });
    expect((await readPlan(plan.id)).axes.every((a) => a.actionCount === 0)).toBe(true);
  });
});

describe('loading', () => {
  it('runs the same number of SQL statements for 2 actions and for 12', async () => {
    const plan = await newPlan();
    const firm = await buildFirm(api.ds);
    for (let i = 0; i < 12; i++) {
      await newAction(plan.id, {
        axis: 'DIGITAL_CLUSTER',
        title: `Azione ${String(i).padStart(2, '0')}`,
        leadFirmId: firm.id,
        participatingFirmIds: [firm.id],
        budget: [{ year: 2027, fundingSource: 'EU', amount: 1000 }],
        kpis: [{ name: 'Imprese', unit: 'imprese', baseline: 0, target: 10 }],
      });
    }
    const QUERY = `query ($id: ID!, $first: Int) { strategicPlan(id: $id) {
      axes { axis total yearTotals { amount } objectives { id } actionCount }
      actions(first: $first) { edges { node { id budgetTotal leadFirm { legalName } participatingFirms { id }
        objective { id } kpis { attainment actuals { value } } viewerCanEdit viewerCanRequestToJoin } } } } }`;
    let statements = 0;
    const counter: EntitySubscriberInterface = { beforeQuery: () => void (statements += 1) };
    api.ds.subscribers.push(counter);
    const count = async (first: number) => {
      statements = 0;
      const res = await api.gql<{ strategicPlan: { actions: { edges: unknown[] } } }>(
        QUERY,
        { id: plan.id, first },
        { cookie: cookies.FIRM },
      );
      expect(res.body.data?.strategicPlan.actions.edges).toHaveLength(first);
      return statements;
    };
    try {
      const small = await count(2);
      expect(await count(12)).toBe(small);
    } finally {
      api.ds.subscribers.splice(api.ds.subscribers.indexOf(counter), 1);
    }
  });
});

describe('status and revisions', () => {
  it('moves DRAFT → APPROVED only one step at a time and keeps budget changes of an approved plan', async () => {
    const plan = await newPlan();
    const action = await newAction(plan.id, {
      axis: 'TERRITORIAL_MARKETING',
      budget: [{ year: 2027, fundingSource: 'MUNICIPALITY', amount: 1000 }],
    });
    const skip = await api.gql(
      STATUS,
      { input: { id: plan.id, version: plan.version, status: 'ACTIVE' } },
      { cookie: cookies.ADMIN },
    );
    expect(skip.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
      reason: 'illegal_transition',
    });
    const approved = await api.gql<{ changeStrategicPlanStatus: { status: string } }>(
      STATUS,
      { input: { id: plan.id, version: plan.version, status: 'APPROVED' } },
      { cookie: cookies.ADMIN },
    );
    expect(approved.body.data?.changeStrategicPlanStatus.status).toBe('APPROVED');
    expect((await readPlan(plan.id)).revisions.totalCount).toBe(0);

    const changed = await api.gql<{ setPlanActionBudget: { version: number; budgetTotal: number } }>(
      BUDGET,
      {
        input: {
          actionId: action.id,
          version: action.version,
          lines: [{ year: 2027, fundingSource: 'MUNICIPALITY', amount: 1500 }],
        },
      },
      { cookie: cookies.CONSULTANT },
    );
    expect(changed.body.data?.setPlanActionBudget.budgetTotal).toBe(1500);
    const stale = await api.gql(
      BUDGET,
      {
        input: { actionId: action.id, version: action.version, lines: [] },
      },
      { cookie: cookies.CONSULTANT },
    );
    expect(codeOf(stale.body)).toBe('CONFLICT');

    const read = await readPlan(plan.id);
    expect(read.revisions.totalCount).toBe(1);
    expect(read.revisions.edges[0]!.node).toEqual({
      author: { id: ids.CONSULTANT },
      before: [{ year: 2027, fundingSource: 'MUNICIPALITY', amount: 1000 }],
      after: [{ year: 2027, fundingSource: 'MUNICIPALITY', amount: 1500 }],
    });
    const audit = await api.ds.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY created_at`,
      [action.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'CREATE_PLAN_ACTION',
      'SET_PLAN_ACTION_BUDGET',
    ]);
  });
});

describe('KPIs', () => {
  it('computes attainment from the latest actual', () => {
    expect(
      kpiAttainment({ baseline: 10, target: 30 }, [
        { year: 2027, value: 15 },
        { year: 2028, value: 20 },
      ]),
    ).toBe(50);
    expect(kpiAttainment({ baseline: 10, target: 30 }, [])).toBeNull();
    expect(kpiAttainment({ baseline: 5, target: 5 }, [{ year: 2027, value: 5 }])).toBeNull();
  });

  it('records an actual and answers the attainment through the API', async () => {
    const plan = await newPlan();
    const action = await newAction(plan.id, {
      axis: 'EVENTS_INTERNATIONALISATION',
      kpis: [{ name: 'Buyer esteri incontrati', unit: 'buyer', baseline: 0, target: 40 }],
    });
    const kpi = action.kpis[0]!;
    const set = await api.gql<{
      setKpiActual: { attainment: number; actuals: { year: number; value: number }[] };
    }>(
      `mutation ($input: SetKpiActualInput!) { setKpiActual(input: $input) { attainment actuals { year value } } }`,
      { input: { kpiId: kpi.id, version: kpi.version, year: 2027, value: 30 } },
      { cookie: cookies.CONSULTANT },
    );
    expect(set.body.data?.setKpiActual).toEqual({ attainment: 75, actuals: [{ year: 2027, value: 30 }] });
  });
});

describe('who may do what', () => {
  it('refuses FIRM and CHAMBER users editing the plan (FORBIDDEN) and changes nothing', async () => {
    const plan = await newPlan();
    for (const role of ['FIRM', 'CHAMBER'] as const) {
      const res = await api.gql(
        CREATE_ACTION,
        {
          input: {
            planId: plan.id,
            axis: 'DIGITAL_CLUSTER',
            title: 'Abusiva',
            startDate: '2027-01-01',
            endDate: '2027-02-01',
          },
        },
        { cookie: cookies[role] },
      );
      expect(codeOf(res.body)).toBe('FORBIDDEN');
    }
    const status = await api.gql(
      STATUS,
      { input: { id: plan.id, version: plan.version, status: 'APPROVED' } },
      { cookie: cookies.CHAMBER },
    );
    expect(codeOf(status.body)).toBe('FORBIDDEN');
    expect((await readPlan(plan.id)).status).toBe('DRAFT');
  });

  it('updates an action for an editor, refusing FIRM, a stale version and crossed dates', async () => {
    const plan = await newPlan();
    const action = await newAction(plan.id, { axis: 'NETWORKING_TRAINING' });
    const UPDATE = `mutation ($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { version status endDate } }`;
    const firm = await api.gql(
      UPDATE,
      { input: { id: action.id, version: action.version, status: 'IN_PROGRESS' } },
      {
        cookie: cookies.FIRM,
      },
    );
    expect(codeOf(firm.body)).toBe('FORBIDDEN');
    const crossed = await api.gql(
      UPDATE,
      { input: { id: action.id, version: action.version, startDate: '2028-01-01' } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(crossed.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
      reason: 'before_start',
    });
    const ok = await api.gql<{ updatePlanAction: { version: number; status: string; endDate: string } }>(
      UPDATE,
      { input: { id: action.id, version: action.version, status: 'IN_PROGRESS', endDate: '2028-06-30' } },
      { cookie: cookies.CONSULTANT },
    );
    expect(ok.body.data?.updatePlanAction).toEqual({
      version: action.version + 1,
      status: 'IN_PROGRESS',
      endDate: '2028-06-30',
    });
    const stale = await api.gql(
      UPDATE,
      { input: { id: action.id, version: action.version, status: 'DONE' } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(codeOf(stale.body)).toBe('CONFLICT');
  });

  it('lets a firm ask to join; the lead firm accepts; another firm cannot decide', async () => {
    const plan = await newPlan();
    const leadFirm = await buildFirm(api.ds);
    const leadUser = await buildUser(api.ds, 'FIRM', { firmId: leadFirm.id });
    const leadCookie = await api.signIn(leadUser.email, TEST_PASSWORD);
    const action = await newAction(plan.id, { axis: 'RESEARCH_INNOVATION', leadFirmId: leadFirm.id });

    const asked = await api.gql<{ requestToJoinPlanAction: { id: string; version: number; status: string } }>(
      `mutation ($input: RequestToJoinPlanActionInput!) { requestToJoinPlanAction(input: $input) { id version status } }`,
      { input: { actionId: action.id, note: 'Abbiamo un laboratorio prove' } },
      { cookie: cookies.FIRM },
    );
    expect(asked.body.data?.requestToJoinPlanAction.status).toBe('PENDING');
    const request = asked.body.data!.requestToJoinPlanAction;
    const again = await api.gql(
      `mutation ($input: RequestToJoinPlanActionInput!) { requestToJoinPlanAction(input: $input) { id } }`,
      { input: { actionId: action.id } },
      { cookie: cookies.FIRM },
    );
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      field: 'actionId',
      reason: 'already_requested',
    });

    const DECIDE = `mutation ($input: DecidePlanJoinRequestInput!) { decidePlanJoinRequest(input: $input) { status action { participatingFirms { id } } } }`;
    const byRequester = await api.gql(
      DECIDE,
      { input: { id: request.id, version: request.version, accept: true } },
      { cookie: cookies.FIRM },
    );
    expect(codeOf(byRequester.body)).toBe('FORBIDDEN');
    const accepted = await api.gql<{
      decidePlanJoinRequest: { status: string; action: { participatingFirms: { id: string }[] } };
    }>(DECIDE, { input: { id: request.id, version: request.version, accept: true } }, { cookie: leadCookie });
    expect(accepted.body.data?.decidePlanJoinRequest).toEqual({
      status: 'ACCEPTED',
      action: { participatingFirms: [{ id: firmOfUser }] },
    });
  });
});

describe('editing objectives and KPIs', () => {
  const CREATE_OBJECTIVE = `mutation ($input: CreatePlanObjectiveInput!) { createPlanObjective(input: $input) { id version title } }`;
  const UPDATE_OBJECTIVE = `mutation ($input: UpdatePlanObjectiveInput!) { updatePlanObjective(input: $input) { id version title description } }`;
  const ADD_KPI = `mutation ($input: AddPlanKpiInput!) { addPlanKpi(input: $input) { id version kpis { id name version } } }`;
  const UPDATE_KPI = `mutation ($input: UpdatePlanKpiInput!) { updatePlanKpi(input: $input) { id version name unit baseline target } }`;
  const ACTION_KPIS = `query ($id: ID!) { planAction(id: $id) { version kpis { name target } } }`;

  it('renames an objective for a consultant, refuses CHAMBER and a stale version, and audits the change', async () => {
    const plan = await newPlan();
    const created = await api.gql<{ createPlanObjective: { id: string; version: number } }>(
      CREATE_OBJECTIVE,
      { input: { planId: plan.id, axis: 'DIGITAL_CLUSTER', title: 'Vetrina online' } },
      { cookie: cookies.ADMIN },
    );
    const objective = created.body.data!.createPlanObjective;
    const input = {
      id: objective.id,
      version: objective.version,
      title: 'Vetrina digitale',
      description: 'B2B',
    };

    const refused = await api.gql(UPDATE_OBJECTIVE, { input }, { cookie: cookies.CHAMBER });
    expect(codeOf(refused.body)).toBe('FORBIDDEN');

    const empty = await api.gql<unknown>(
      UPDATE_OBJECTIVE,
      { input: { ...input, title: '  ' } },
      { cookie: cookies.CONSULTANT },
    );
    expect(codeOf(empty.body)).toBe('BAD_USER_INPUT');
    expect(empty.body.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'title' })]);

    const ok = await api.gql<{
      updatePlanObjective: { version: number; title: string; description: string };
    }>(UPDATE_OBJECTIVE, { input }, { cookie: cookies.CONSULTANT });
    expect(ok.body.data!.updatePlanObjective).toMatchObject({
      title: 'Vetrina digitale',
      description: 'B2B',
      version: objective.version + 1,
    });

    const stale = await api.gql(
      UPDATE_OBJECTIVE,
      { input: { ...input, title: 'Altro' } },
      { cookie: cookies.ADMIN },
    );
    expect(codeOf(stale.body)).toBe('CONFLICT');

    const [audit] = await api.ds.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'UPDATE_PLAN_OBJECTIVE' AND entity_id = $1`,
      [objective.id],
    );
    expect(audit.n).toBe(1);
  });

  it('adds a KPI (CONFLICT on a stale action version) and edits it; FIRM cannot', async () => {
    const plan = await newPlan();
    const action = await newAction(plan.id, { axis: 'NETWORKING_TRAINING' });
    const kpi = { name: 'Imprese formate', unit: 'imprese', baseline: 0, target: 30 };

    const refused = await api.gql(
      ADD_KPI,
      { input: { actionId: action.id, actionVersion: action.version, kpi } },
      { cookie: cookies.FIRM },
    );
    expect(codeOf(refused.body)).toBe('FORBIDDEN');

    const added = await api.gql<{ addPlanKpi: { version: number; kpis: { id: string; version: number }[] } }>(
      ADD_KPI,
      { input: { actionId: action.id, actionVersion: action.version, kpi } },
      { cookie: cookies.CONSULTANT },
    );
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.addPlanKpi.kpis).toHaveLength(1);

    const stale = await api.gql(
      ADD_KPI,
      { input: { actionId: action.id, actionVersion: action.version, kpi: { ...kpi, name: 'Doppio' } } },
      { cookie: cookies.CONSULTANT },
    );
    expect(codeOf(stale.body)).toBe('CONFLICT');

    const [added1] = added.body.data!.addPlanKpi.kpis;
    const badUnit = await api.gql(
      UPDATE_KPI,
      { input: { id: added1!.id, version: added1!.version, ...kpi, unit: '' } },
      { cookie: cookies.ADMIN },
    );
    expect(codeOf(badUnit.body)).toBe('BAD_USER_INPUT');

    const updated = await api.gql<{ updatePlanKpi: { target: number; version: number } }>(
      UPDATE_KPI,
      { input: { id: added1!.id, version: added1!.version, ...kpi, target: 45 } },
      { cookie: cookies.ADMIN },
    );
    expect(updated.body.data!.updatePlanKpi).toMatchObject({ target: 45, version: added1!.version + 1 });

    const read = await api.gql<{ planAction: { kpis: { name: string; target: number }[] } }>(
      ACTION_KPIS,
      { id: action.id },
      { cookie: cookies.CHAMBER },
    );
    expect(read.body.data!.planAction.kpis).toEqual([{ name: 'Imprese formate', target: 45 }]);
  });
});
