import { describe, expect, it } from 'vitest';
import { statementsOf } from '../../test/statements.js';
import { buildFirm } from '../../test/factories.js';
import { CREATE_ACTION, api, cookies, newPlan, newAction, readPlan, usePlanFixture } from './plan.fixture.js';

usePlanFixture();

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
    const count = async (first: number) => {
      return statementsOf(api.ds, async () => {
        const res = await api.gql<{ strategicPlan: { actions: { edges: unknown[] } } }>(
          QUERY,
          { id: plan.id, first },
          { cookie: cookies.FIRM },
        );
        expect(res.body.data?.strategicPlan.actions.edges).toHaveLength(first);
      });
    };
    const small = await count(2);
    expect(await count(12)).toBe(small);
  });
});
