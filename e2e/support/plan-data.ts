import type { APIRequestContext } from '@playwright/test';
import { gql } from './users.js';

export interface PlanRef {
  id: string;
  version: number;
}

/**
 * A strategic plan of a test's own, 2026–2028, added by the ADMIN `admin`: it leaves the seeded plan as it
 * was, and sorts after it, so the tests that open /plan still see the seeded plan first.
 */
export async function ownPlan(admin: APIRequestContext, title: string): Promise<PlanRef> {
  const { createStrategicPlan } = await gql<{ createStrategicPlan: PlanRef }>(
    admin,
    `mutation ($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id version } }`,
    { input: { title, startYear: 2026, endYear: 2028 } },
  );
  return createStrategicPlan;
}

/** The ADMIN `admin` approves the DRAFT `plan`. */
export async function approvePlan(admin: APIRequestContext, plan: PlanRef): Promise<void> {
  await gql(
    admin,
    `mutation ($input: ChangePlanStatusInput!) { changeStrategicPlanStatus(input: $input) { status } }`,
    { input: { id: plan.id, version: plan.version, status: 'APPROVED' } },
  );
}
