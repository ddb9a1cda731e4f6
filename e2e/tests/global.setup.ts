import { test as setup } from '@playwright/test';
import { DEMO, signInThroughApi, storageStatePath, type DemoRole } from '../support/users.js';

/** Signs each role in once through the API and keeps the cookie for the tests. */
for (const role of Object.keys(DEMO) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ request }) => {
    await signInThroughApi(request, role);
    await request.storageState({ path: storageStatePath(role) });
  });
}
