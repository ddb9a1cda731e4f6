import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '@filiera/shared';
import { signInEveryRole } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

export const CREATE = `mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { id title status version overdue dueDate assignee { id } }
}`;
export const MOVE = `mutation ($input: MoveTaskInput!) { moveTask(input: $input) { id status version } }`;
export const BLOCK = `mutation ($input: SetTaskBlockersInput!) {
  setTaskBlockers(input: $input) { id version openBlockerCount blockedBy { id } }
}`;
export const TASK = `query ($id: ID!) {
  task(id: $id) { id status version activity { edges { node { kind actor { id } } } } comments { totalCount } }
}`;
export const LIST = `query ($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {
  tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title overdue } }
  }
}`;

export interface Task {
  id: string;
  title: string;
  status: string;
  version: number;
  overdue: boolean;
}
type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

export let api: TestApi;
export const cookies = {} as Record<Role, string>;
export const ids = {} as Record<Role, string>;

export async function create(input: Record<string, unknown>, role: Role = 'CONSULTANT'): Promise<Task> {
  const res = await api.gql<{ createTask: Task }>(
    CREATE,
    { input: { phase: 'CONTRACT', ...input } },
    {
      cookie: cookies[role],
    },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createTask;
}

export const codeOf = (body: ErrorBody) => body.errors?.[0]?.extensions?.code;

/** The set-up every task test file shares: call it once at the top of the file. */
export function useTaskFixture(): void {
  beforeAll(async () => {
    api = await startTestApi();
    await signInEveryRole(api, cookies, ids);
  });
  afterAll(async () => {
    await api.close();
  });
}
