import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD, buildFirm, buildUser } from '../../test/factories.js';
import {
  CREATE_ACTION,
  STATUS,
  codeOf,
  api,
  cookies,
  firmOfUser,
  newPlan,
  newAction,
  readPlan,
  usePlanFixture,
} from './plan.fixture.js';

usePlanFixture();

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
