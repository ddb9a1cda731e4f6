import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config.js';
import { gql, startProcess, stopStartedProcesses } from '../../test/api-process.js';
import { createFirm, createUser, TEST_PASSWORD } from '../../test/factories.js';
import { freshDatabase } from '../../test/harness.js';
import { subscribeLive, untilLive } from '../../test/live-client.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { publishLive } from '../../common/live.js';
import { notify } from './notification.service.js';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const DECLARE = `mutation ($input: DeclareSupplyLinkInput!) { declareSupplyLink(input: $input) { id version } }`;
const CONFIRM = `mutation ($id: ID!, $version: Int!) { confirmSupplyLink(id: $id, version: $version) { id } }`;
const ADDED = `subscription { notificationAdded { unreadCount notification { id kind objectId params path supplyLink { id status viewerCanDecide } } } }`;
const LINK_CHANGED = `subscription { supplyLinkChanged { id status supplier { id } customer { id } } }`;

interface Added {
  notificationAdded: {
    unreadCount: number;
    notification: {
      id: string;
      kind: string;
      objectId: string;
      params: Record<string, string>;
      path: string;
      supplyLink: { id: string; status: string; viewerCanDecide: boolean } | null;
    };
  };
}
interface LinkChanged {
  supplyLinkChanged: { id: string; status: string; supplier: { id: string }; customer: { id: string } };
}

afterEach(stopStartedProcesses);

/** A firm with a FIRM user, signed in through `url`. */
async function firmUser(ds: DataSource, url: string) {
  const firm = await createFirm(ds, { kind: 'COMPONENTS' });
  const user = await createUser(ds, 'FIRM', { firmId: firm.id });
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: SIGN_IN,
      variables: { input: { email: user.email, password: TEST_PASSWORD } },
    }),
  });
  return { firm, user, cookie: res.headers.get('set-cookie')!.split(';')[0]! };
}

/** A probe notification for a user, written as a service would (it proves the subscription is live). */
const probe = (ds: DataSource, userId: string) => () =>
  ds.transaction(async (m) => {
    await notify(m, loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused/db' }), {
      kind: 'SUPPLY_LINK_ENDED',
      recipients: { userIds: [userId] },
      object: { type: 'Task', id: randomUUID() },
      params: { supplier: 'probe', customer: 'probe', capabilityIt: 'probe', capabilityEn: 'probe' },
    });
  });

describe('live updates across two API processes', () => {
  it('a link declared through one process reaches the customer subscribed to the other, and no other firm; the confirmation reaches the supplier back', async () => {
    const { ds, drop } = await freshDatabase();
    try {
      const url = (ds.options as { url: string }).url;
      const [one, two] = await Promise.all([
        startProcess({ DATABASE_URL: url }),
        startProcess({ DATABASE_URL: url }),
      ]);
      await Promise.all([one.running(), two.running()]);
      const supplier = await firmUser(ds, one.url);
      const customer = await firmUser(ds, two.url);
      const stranger = await firmUser(ds, two.url);
      const cap = await ds.getRepository(CapabilityEntity).save({
        code: `STITCH_${randomBytes(3).toString('hex')}`,
        labelIt: 'Orlatura',
        labelEn: 'Stitching',
        group: 'COMPONENTS',
      });
      await ds.query(`INSERT INTO firm_capability (firm_id, capability_id) VALUES ($1, $2)`, [
        supplier.firm.id,
        cap.id,
      ]);

      // The customer and a third firm listen on process two; the supplier on process one.
      const customerBell = subscribeLive<Added>(two.url, customer.cookie, ADDED);
      const strangerBell = subscribeLive<Added>(two.url, stranger.cookie, ADDED);
      const strangerLinks = subscribeLive<LinkChanged>(two.url, stranger.cookie, LINK_CHANGED);
      await untilLive(customerBell, probe(ds, customer.user.id));
      await untilLive(strangerBell, probe(ds, stranger.user.id));

      const declared = await gql<{ declareSupplyLink: { id: string; version: number } }>(
        one.url,
        DECLARE,
        { input: { supplierId: supplier.firm.id, customerId: customer.firm.id, capabilityId: cap.id } },
        supplier.cookie,
      );
      expect(declared.body.errors).toBeUndefined();
      const link = declared.body.data!.declareSupplyLink;

      const told = await customerBell.nextWhere(
        (e) => e.notificationAdded.notification.kind !== 'SUPPLY_LINK_ENDED',
      );
      expect(told.notificationAdded.notification).toMatchObject({
        kind: 'SUPPLY_LINK_DECLARED',
        objectId: link.id,
        path: `/firms/${customer.firm.id}/supply-chain`,
        params: {
          supplier: supplier.firm.legalName,
          customer: customer.firm.legalName,
          capabilityEn: 'Stitching',
        },
        supplyLink: { id: link.id, status: 'DECLARED', viewerCanDecide: true },
      });
      const [{ count }] = await ds.query(
        `SELECT count(*)::int AS count FROM notification WHERE recipient_id = $1`,
        [customer.user.id],
      );
      expect(told.notificationAdded.unreadCount).toBe(count);

      // The supplier's page listens to its links on process one, then the customer confirms on two.
      const supplierLinks = subscribeLive<LinkChanged>(one.url, supplier.cookie, LINK_CHANGED);
      await untilLive(supplierLinks, () =>
        ds.transaction((m) =>
          publishLive(m, [{ t: 'o', type: 'SupplyLink', id: link.id, f: [supplier.firm.id] }]),
        ),
      );
      const confirmed = await gql(two.url, CONFIRM, { id: link.id, version: link.version }, customer.cookie);
      expect(confirmed.body.errors).toBeUndefined();
      const change = await supplierLinks.nextWhere((e) => e.supplyLinkChanged.status === 'CONFIRMED');
      expect(change.supplyLinkChanged).toMatchObject({ id: link.id, supplier: { id: supplier.firm.id } });

      // The third firm got its own probes and nothing of the other firms' link: a last probe, received
      // after both events above were published, proves the earlier ones were not merely late.
      await probe(ds, stranger.user.id)();
      await strangerBell.next();
      expect(
        strangerBell.received
          .map((e) => e.notificationAdded.notification.kind)
          .filter((k) => k !== 'SUPPLY_LINK_ENDED'),
      ).toEqual([]);
      expect(strangerLinks.received).toEqual([]);
      await Promise.all([customerBell, strangerBell, strangerLinks, supplierLinks].map((s) => s.dispose()));
    } finally {
      await drop();
    }
  }, 120_000);
});
