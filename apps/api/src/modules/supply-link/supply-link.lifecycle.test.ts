import { describe, expect, it } from 'vitest';
import { buildFirm } from '../../test/factories.js';
import { romeToday } from '../../common/dates.js';
import {
  DECLARE,
  CONFIRM,
  REJECT,
  END,
  PENDING,
  type Link,
  api,
  capA,
  capB,
  offers,
  firmWithUser,
  signedIn,
  errorOf,
  linkCount,
  useSupplyLinkFixture,
} from './supply-link.fixture.js';
import { auditActions } from '../../test/audit.js';

useSupplyLinkFixture();

describe('declaring, confirming, rejecting and ending links', () => {
  it('declare → the counterpart confirms → either side ends, every step audited', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA);

    const declared = await api.gql<{ declareSupplyLink: Link }>(
      DECLARE,
      {
        input: {
          supplierId: supplier.firm.id,
          customerId: factory.firm.id,
          capabilityId: capA.id,
          sharePercent: 60,
          yearlyVolumePairs: 12000,
          since: '2020-03-01',
          note: 'Suole in cuoio',
        },
      },
      { cookie: supplier.cookie },
    );
    expect(declared.body.errors).toBeUndefined();
    const link = declared.body.data!.declareSupplyLink;
    expect(link).toMatchObject({
      status: 'DECLARED',
      version: 1,
      sharePercent: 60,
      yearlyVolumePairs: 12000,
      declaredBy: { id: supplier.firm.id },
      recordedOnBehalf: false,
      viewerCanDecide: false,
    });

    // The declaring side sees no request; the factory does, and may decide.
    expect((await api.gql(PENDING, {}, { cookie: supplier.cookie })).body.data).toEqual({
      pendingSupplyLinkRequests: [],
    });
    expect((await api.gql(PENDING, {}, { cookie: factory.cookie })).body.data).toEqual({
      pendingSupplyLinkRequests: [
        { id: link.id, supplier: { id: supplier.firm.id }, customer: { id: factory.firm.id } },
      ],
    });

    // Each step on the link at a version, by one side: refused with an error, or the link as it is after.
    const steps: [string, number, string, { error?: object; link?: object }][] = [
      [CONFIRM, 1, supplier.cookie, { error: { code: 'FORBIDDEN', rule: 'supplyLink.counterpartDecides' } }],
      [CONFIRM, 1, factory.cookie, { link: { status: 'CONFIRMED', version: 2, viewerCanEnd: true } }],
      [END, 1, supplier.cookie, { error: { code: 'CONFLICT', currentVersion: 2 } }],
      [END, 2, supplier.cookie, { link: { status: 'ENDED', version: 3, viewerCanEnd: false } }],
      [END, 3, factory.cookie, { error: { code: 'BAD_USER_INPUT', field: 'id', reason: 'not_confirmed' } }],
    ];
    for (const [mutation, version, cookie, expected] of steps) {
      const res = await api.gql<Record<string, Link>>(mutation, { id: link.id, version }, { cookie });
      expect({ error: errorOf(res), link: Object.values(res.body.data ?? {})[0] }).toMatchObject(expected);
    }

    const audit = await api.ds.query(
      `SELECT action, changes FROM audit_entry WHERE entity_type = 'SupplyLink' AND entity_id = $1 ORDER BY created_at`,
      [link.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'DECLARE_SUPPLY_LINK',
      'CONFIRM_SUPPLY_LINK',
      'END_SUPPLY_LINK',
    ]);
    expect(audit[1].changes.status).toEqual({ before: 'DECLARED', after: 'CONFIRMED' });
  });

  it('the counterpart rejects with a note; then the same link may be declared again', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA);
    const input = { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capA.id };
    const declared = await api.gql<{ declareSupplyLink: Link }>(
      DECLARE,
      { input },
      { cookie: factory.cookie },
    );
    const link = declared.body.data!.declareSupplyLink;
    expect(link.declaredBy).toEqual({ id: factory.firm.id });

    const rejected = await api.gql<{ rejectSupplyLink: Link }>(
      REJECT,
      { id: link.id, version: link.version, note: 'Non lavoriamo per voi' },
      { cookie: supplier.cookie },
    );
    expect(rejected.body.data?.rejectSupplyLink).toMatchObject({
      status: 'REJECTED',
      decisionNote: 'Non lavoriamo per voi',
    });
    const confirmRejected = await api.gql(CONFIRM, { id: link.id, version: 2 }, { cookie: supplier.cookie });
    expect(errorOf(confirmRejected)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'not_declared' });

    const again = await api.gql(DECLARE, { input }, { cookie: factory.cookie });
    expect(again.body.errors).toBeUndefined();
    expect(await auditActions(api.ds, link.id)).toEqual(['DECLARE_SUPPLY_LINK', 'REJECT_SUPPLY_LINK']);
  });

  it('refuses each rule with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await buildFirm(api.ds);
    await offers(supplier.firm, capA);
    const base = { supplierId: supplier.firm.id, customerId: factory.id, capabilityId: capA.id };
    const tomorrow = new Date(Date.parse(`${romeToday()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ customerId: supplier.firm.id }, 'customerId', 'self_link'],
      [{ sharePercent: 101 }, 'sharePercent', 'too_big'],
      [{ sharePercent: -1 }, 'sharePercent', 'too_small'],
      [{ yearlyVolumePairs: -5 }, 'yearlyVolumePairs', 'too_small'],
      [{ since: tomorrow }, 'since', 'in_future'],
      [{ since: '2024-02-30' }, 'since', 'invalid_date'],
      [{ capabilityId: capB.id }, 'capabilityId', 'not_offered'],
    ];
    const before = await linkCount();
    for (const [override, field, reason] of cases) {
      const res = await api.gql(DECLARE, { input: { ...base, ...override } }, { cookie: supplier.cookie });
      expect(errorOf(res), `${field} ${JSON.stringify(override)}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    }
    expect(await linkCount()).toBe(before);

    // One active link per (supplier, customer, capability), from either side.
    expect(
      (await api.gql(DECLARE, { input: base }, { cookie: supplier.cookie })).body.errors,
    ).toBeUndefined();
    const duplicate = await api.gql(DECLARE, { input: base }, { cookie: await signedIn('CONSULTANT') });
    expect(errorOf(duplicate)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'capabilityId',
      reason: 'duplicate_active',
    });
    expect(await linkCount()).toBe(before + 1);
  });

  it('maps a race past the check onto the unique index to the same error', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA);
    const input = { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capA.id };
    const results = await Promise.all([
      api.gql(DECLARE, { input }, { cookie: supplier.cookie }),
      api.gql(DECLARE, { input }, { cookie: factory.cookie }),
      api.gql(DECLARE, { input }, { cookie: supplier.cookie }),
    ]);
    const failures = results.filter((r) => r.body.errors);
    expect(failures).toHaveLength(2);
    for (const f of failures)
      expect(errorOf(f)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capabilityId' });
  });

  it('keeps a FIRM user to its own firm: FORBIDDEN to declare for others or touch their links', async () => {
    const outsider = await firmWithUser('PROCESSING');
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA);
    const input = { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capA.id };
    const foreign = await api.gql(DECLARE, { input }, { cookie: outsider.cookie });
    expect(errorOf(foreign)).toMatchObject({ code: 'FORBIDDEN', rule: 'supplyLink.declareForOwnFirm' });

    const link = (await api.gql<{ declareSupplyLink: Link }>(DECLARE, { input }, { cookie: supplier.cookie }))
      .body.data!.declareSupplyLink;
    for (const op of [CONFIRM, REJECT]) {
      const res = await api.gql(op, { id: link.id, version: 1 }, { cookie: outsider.cookie });
      expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN' });
    }
    // The outsider does not even see the pending link among the supplier's links.
    const seen = await api.gql<{ supplyLinks: { totalCount: number } }>(
      `query ($firmId: ID!) { supplyLinks(firmId: $firmId) { totalCount } }`,
      { firmId: supplier.firm.id },
      { cookie: outsider.cookie },
    );
    expect(seen.body.data?.supplyLinks.totalCount).toBe(0);

    await api.gql(CONFIRM, { id: link.id, version: 1 }, { cookie: factory.cookie });
    const endForeign = await api.gql(END, { id: link.id, version: 2 }, { cookie: outsider.cookie });
    expect(errorOf(endForeign)).toMatchObject({ code: 'FORBIDDEN', rule: 'supplyLink.eitherSideEnds' });
    // Confirmed links are visible to everyone signed in, but not their share and volume.
    const visible = await api.gql<{ supplyLinks: { edges: { node: Link }[] } }>(
      `query ($firmId: ID!) { supplyLinks(firmId: $firmId) { edges { node { status sharePercent yearlyVolumePairs } } } }`,
      { firmId: supplier.firm.id },
      { cookie: outsider.cookie },
    );
    expect(visible.body.data?.supplyLinks.edges.map((e) => e.node)).toEqual([
      { status: 'CONFIRMED', sharePercent: null, yearlyVolumePairs: null },
    ]);
  });

  it('lets ADMIN/CONSULTANT record on behalf (either firm confirms), refuses CHAMBER', async () => {
    const supplier = await firmWithUser('COMPONENTS');
    const factory = await firmWithUser('SHOE_FACTORY');
    await offers(supplier.firm, capA, capB);
    const chamber = await api.gql(
      DECLARE,
      { input: { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capA.id } },
      { cookie: await signedIn('CHAMBER') },
    );
    expect(errorOf(chamber)).toMatchObject({ code: 'FORBIDDEN', rule: 'role:FIRM|ADMIN|CONSULTANT' });

    const recorded = await api.gql<{ declareSupplyLink: Link }>(
      DECLARE,
      { input: { supplierId: supplier.firm.id, customerId: factory.firm.id, capabilityId: capB.id } },
      { cookie: await signedIn('CONSULTANT') },
    );
    const link = recorded.body.data!.declareSupplyLink;
    expect(link).toMatchObject({ recordedOnBehalf: true, declaredBy: null, viewerCanDecide: false });
    const adminConfirm = await api.gql(
      CONFIRM,
      { id: link.id, version: 1 },
      { cookie: await signedIn('ADMIN') },
    );
    expect(errorOf(adminConfirm)).toMatchObject({ code: 'FORBIDDEN' });
    const pending = await api.gql<{ pendingSupplyLinkRequests: { id: string }[] }>(
      PENDING,
      {},
      { cookie: supplier.cookie },
    );
    expect(pending.body.data?.pendingSupplyLinkRequests.map((p) => p.id)).toEqual([link.id]);
    const confirmed = await api.gql(CONFIRM, { id: link.id, version: 1 }, { cookie: supplier.cookie });
    expect(confirmed.body.errors).toBeUndefined();
  });

  it('refuses anonymous visitors', async () => {
    const res = await api.gql(PENDING);
    expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
