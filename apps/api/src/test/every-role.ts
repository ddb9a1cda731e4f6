import { afterAll, beforeAll } from 'vitest';
import type { Role } from '@filiera/shared';
import { signInEveryRole } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

export interface EveryRoleApi {
  /** The test API, once the file's (or the describe block's) `beforeAll` has started it. */
  readonly api: TestApi;
  /** A signed-in session cookie per role. */
  readonly cookies: Record<Role, string>;
}

/**
 * The set-up most API test files share: a test API started before their tests, with a signed-in user of
 * each role, and closed after them. Call it at the top of the file (or of a describe block).
 */
export function useApiWithEveryRole(): EveryRoleApi {
  let api: TestApi | undefined;
  const cookies = {} as Record<Role, string>;
  beforeAll(async () => {
    api = await startTestApi();
    await signInEveryRole(api, cookies);
  });
  afterAll(async () => {
    await api?.close();
  });
  return {
    get api() {
      if (!api) throw new Error('the test API starts in beforeAll: use it inside a test or a hook');
      return api;
    },
    cookies,
  };
}

/** The extensions (code, field, …) of a GraphQL answer's first error. */
export const errorOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.[0]?.extensions;
