import { describe, expect, it } from 'vitest';
import { kpiAttainment } from './plan.service.js';
import {
  STATUS,
  BUDGET,
  codeOf,
  api,
  cookies,
  ids,
  newPlan,
  newAction,
  readPlan,
  usePlanFixture,
} from './plan.fixture.js';
import { auditActions } from '../../test/audit.js';

usePlanFixture();

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
    expect(await auditActions(api.ds, action.id)).toEqual(['CREATE_PLAN_ACTION', 'SET_PLAN_ACTION_BUDGET']);
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
