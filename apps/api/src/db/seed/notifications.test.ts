import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  buildCapability,
  buildFirm,
  buildSupplyLink,
  createUser,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { DEMO_FIRM_ID } from './district.js';
import { DEMO_USERS } from './demo-users.js';
import { seedNotifications } from './notifications.js';

const BELL = `{ unreadNotificationCount notifications(first: 10) { edges { node { kind path params } } } }`;
type Bell = {
  unreadNotificationCount: number;
  notifications: { edges: { node: { kind: string; path: string; params: Record<string, string> } }[] };
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

it('gives the demo factory’s user its link requests to decide and the consultant its open tasks, once', async () => {
  const demo = await buildFirm(api.ds, { id: DEMO_FIRM_ID, legalName: 'Calzaturificio Morvelli S.r.l.' });
  const supplier = await buildFirm(api.ds, { legalName: 'Scatolificio Lucchese S.r.l.' });
  const customer = await buildFirm(api.ds);
  const capability = await buildCapability(api.ds, { labelIt: 'Scatole', labelEn: 'Boxes' });
  for (const u of DEMO_USERS)
    await createUser(api.ds, u.role, { id: u.id, email: u.email, firmId: u.firmId });
  // To decide: declared by the supplier. Not: one the demo factory declared itself, one already confirmed.
  await buildSupplyLink(api.ds, {
    supplierId: supplier.id,
    customerId: demo.id,
    capabilityId: capability.id,
    status: 'DECLARED',
    declaredByFirmId: supplier.id,
  });
  await buildSupplyLink(api.ds, {
    supplierId: demo.id,
    customerId: customer.id,
    capabilityId: capability.id,
    status: 'DECLARED',
    declaredByFirmId: demo.id,
  });
  await buildSupplyLink(api.ds, {
    supplierId: customer.id,
    customerId: demo.id,
    capabilityId: capability.id,
  });
  const consultant = DEMO_USERS.find((u) => u.role === 'CONSULTANT')!;
  await api.ds.query(
    `INSERT INTO task (title, phase, status, assignee_id) VALUES ('Raccogliere le visure', 'ADHESIONS', 'TODO', $1),
                                                              ('Chiuso', 'ADHESIONS', 'DONE', $1)`,
    [consultant.id],
  );

  await seedNotifications(api.ds);
  await seedNotifications(api.ds);

  const firmUser = DEMO_USERS.find((u) => u.role === 'FIRM')!;
  const firmBell = await api.gql<Bell>(BELL, {}, { cookie: await api.signIn(firmUser.email, TEST_PASSWORD) });
  expect(firmBell.body.data).toEqual({
    unreadNotificationCount: 1,
    notifications: {
      edges: [
        {
          node: {
            kind: 'SUPPLY_LINK_DECLARED',
            path: `/firms/${DEMO_FIRM_ID}/supply-chain`,
            params: {
              supplier: 'Scatolificio Lucchese S.r.l.',
              customer: 'Calzaturificio Morvelli S.r.l.',
              capabilityIt: 'Scatole',
              capabilityEn: 'Boxes',
            },
          },
        },
      ],
    },
  });
  const [{ n }] = await api.ds.query(
    `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND kind = 'TASK_ASSIGNED'
        AND params->>'title' = 'Raccogliere le visure'`,
    [consultant.id],
  );
  expect(n).toBe(1);
});
