import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdhesionStatus, Role } from '@filiera/shared';
import { buildAdhesion, buildFirm, signInEveryRole } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { auditActions } from '../../test/audit.js';

const MOVE = `mutation ($input: MoveAdhesionInput!) {
  moveAdhesion(input: $input) { id status version stillNeeded contributionEur legalRepresentative
    documents { visuraCamerale durc digitalSignature } } }`;
const READ = `query ($id: ID!) { adhesion(id: $id) { id status version nextStatuses stillNeeded
  transitions { totalCount edges { node { from to note actor { id } } } } } }`;
const WITHDRAW = `mutation ($input: WithdrawAdhesionInput!) { withdrawAdhesion(input: $input) { status version } }`;

let api: TestApi;
const cookies = {} as Record<Role, string>;
const userIds = {} as Record<Role, string>;
let ownFirmId: string;

beforeAll(async () => {
  api = await startTestApi();
  ownFirmId = (await buildFirm(api.ds)).id;
  await signInEveryRole(api, cookies, userIds, { FIRM: { firmId: ownFirmId } });
});
afterAll(async () => {
  await api.close();
});

/** A firm with an adhesion in `status`, straight in the database. */
async function adhesionIn(status: AdhesionStatus, firm: { hamlet?: string; kind?: 'PROCESSING' } = {}) {
  const created = await buildFirm(api.ds, firm);
  const adhesion = await buildAdhesion(api.ds, { firmId: created.id, status });
  return { id: adhesion.id, version: adhesion.version, firmId: created.id };
}

const setCommonFund = (present: boolean) =>
  api.ds.query(
    `UPDATE network_contract SET document = jsonb_set(document, '{commonFund,present}', $1::jsonb)`,
    [JSON.stringify(present)],
  );

const move = (input: Record<string, unknown>, role: Role = 'CONSULTANT') =>
  api.gql<{ moveAdhesion: { status: string; version: number; stillNeeded: string[] } }>(
    MOVE,
    { input },
    {
      cookie: cookies[role],
    },
  );

const statusOf = async (id: string) =>
  ((await api.ds.query(`SELECT status FROM adhesion WHERE id = $1`, [id]))[0] as { status: string }).status;

describe('adhesion transitions', () => {
  const legal: [AdhesionStatus, AdhesionStatus][] = [
    ['INTERESTED', 'INVITED'],
    ['INVITED', 'DOCUMENTS_REQUESTED'],
    ['READY_TO_SIGN', 'SIGNED'],
    ['SIGNED', 'REGISTERED'],
    ['INTERESTED', 'DECLINED'],
    ['INVITED', 'WITHDRAWN'],
    ['SIGNED', 'WITHDRAWN'],
  ];
  for (const [from, to] of legal) {
    it(`moves ${from} → ${to} and keeps the step with who and the note`, async () => {
      const a = await adhesionIn(from);
      const res = await move({ id: a.id, version: 1, to, note: `da ${from}` });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.moveAdhesion).toMatchObject({ status: to, version: 2 });
      const read = await api.gql<{
        adhesion: {
          transitions: {
            edges: { node: { from: string; to: string; note: string; actor: { id: string } } }[];
          };
        };
      }>(READ, { id: a.id }, { cookie: cookies.CHAMBER });
      expect(read.body.data!.adhesion.transitions.edges[0]!.node).toEqual({
        from,
        to,
        note: `da ${from}`,
        actor: { id: userIds.CONSULTANT },
      });
      const audit = await api.ds.query(`SELECT action, changes FROM audit_entry WHERE entity_id = $1`, [
        a.id,
      ]);
      expect(audit).toEqual([
        {
          action: 'MOVE_ADHESION',
          changes: expect.objectContaining({ status: { before: from, after: to } }),
        },
      ]);
    });
  }

  const illegal: [AdhesionStatus, AdhesionStatus][] = [
    ['INTERESTED', 'SIGNED'],
    ['INTERESTED', 'READY_TO_SIGN'],
    ['INVITED', 'INTERESTED'],
    ['REGISTERED', 'WITHDRAWN'],
    ['DECLINED', 'INVITED'],
    ['WITHDRAWN', 'SIGNED'],
    ['SIGNED', 'SIGNED'],
  ];
  for (const [from, to] of illegal) {
    it(`refuses ${from} → ${to} on the field "to", naming both, and changes nothing`, async () => {
      const a = await adhesionIn(from);
      const res = await move({ id: a.id, version: 1, to });
      const error = res.body.errors?.[0];
      expect(error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'to',
        reason: 'illegal_transition',
      });
      expect(error?.message).toContain(`from ${from} to ${to}`);
      expect(await statusOf(a.id)).toBe(from);
    });
  }

  it('refuses a stale version with CONFLICT', async () => {
    const a = await adhesionIn('INTERESTED');
    await move({ id: a.id, version: 1, to: 'INVITED' });
    const stale = await move({ id: a.id, version: 1, to: 'DECLINED' });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await statusOf(a.id)).toBe('INVITED');
  });
});

describe('READY_TO_SIGN requirements', () => {
  it('needs the contribution (with a common fund), the legal representative and the three documents', async () => {
    await setCommonFund(true);
    const a = await adhesionIn('DOCUMENTS_REQUESTED');
    const before = await api.gql<{ adhesion: { stillNeeded: string[] } }>(
      READ,
      { id: a.id },
      { cookie: cookies.CONSULTANT },
    );
    expect(before.body.data!.adhesion.stillNeeded).toEqual([
      'CONTRIBUTION',
      'LEGAL_REPRESENTATIVE',
      'VISURA_CAMERALE',
      'DURC',
      'DIGITAL_SIGNATURE',
    ]);
    const refused = await move({
      id: a.id,
      version: 1,
      to: 'READY_TO_SIGN',
      legalRepresentative: 'Maria Bianchi',
      documents: { visuraCamerale: true, durc: false, digitalSignature: true },
    });
    const fields = (refused.body.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['contributionEur', 'documents.durc']);
    // Nothing of the refused move was kept, not even the fields it carried.
    expect(
      await api.ds.query(`SELECT status, legal_representative FROM adhesion WHERE id = $1`, [a.id]),
    ).toEqual([{ status: 'DOCUMENTS_REQUESTED', legal_representative: null }]);

    const ok = await move({
      id: a.id,
      version: 1,
      to: 'READY_TO_SIGN',
      contributionEur: 1500,
      legalRepresentative: 'Maria Bianchi',
      documents: { visuraCamerale: true, durc: true, digitalSignature: true },
    });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.moveAdhesion).toMatchObject({ status: 'READY_TO_SIGN', stillNeeded: [] });
  });

  it('does not ask for a contribution when the contract has no common fund', async () => {
    await setCommonFund(false);
    const a = await adhesionIn('DOCUMENTS_REQUESTED');
    const ok = await move({
      id: a.id,
      version: 1,
      to: 'READY_TO_SIGN',
      legalRepresentative: 'Luca Verdi',
      documents: { visuraCamerale: true, durc: true, digitalSignature: true },
    });
    expect(ok.body.data?.moveAdhesion.status).toBe('READY_TO_SIGN');
  });
});

describe('who may act on an adhesion', () => {
  it('lets a FIRM user read and withdraw only its own firm’s adhesion: another firm’s is FORBIDDEN', async () => {
    const other = await adhesionIn('INVITED');
    const read = await api.gql(READ, { id: other.id }, { cookie: cookies.FIRM });
    expect(read.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withdraw = await api.gql(
      WITHDRAW,
      { input: { id: other.id, version: 1 } },
      { cookie: cookies.FIRM },
    );
    expect(withdraw.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(other.id)).toBe('INVITED');
    const moveOwn = await move({ id: other.id, version: 1, to: 'DOCUMENTS_REQUESTED' }, 'FIRM');
    expect(moveOwn.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses the chamber every write, but lets it read the pipeline', async () => {
    const a = await adhesionIn('INTERESTED');
    expect(
      (await move({ id: a.id, version: 1, to: 'INVITED' }, 'CHAMBER')).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const withdraw = await api.gql(
      WITHDRAW,
      { input: { id: a.id, version: 1 } },
      { cookie: cookies.CHAMBER },
    );
    expect(withdraw.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const invite = await api.gql(
      `mutation { inviteFirmsToNetwork(input: {}) { invitedCount } }`,
      {},
      {
        cookie: cookies.CHAMBER,
      },
    );
    expect(invite.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await api.gql<{ adhesions: { totalCount: number } }>(
      `{ adhesions(first: 5) { totalCount } }`,
      {},
      {
        cookie: cookies.CHAMBER,
      },
    );
    expect(list.body.data!.adhesions.totalCount).toBeGreaterThan(0);
    const firmList = await api.gql(`{ adhesions(first: 5) { totalCount } }`, {}, { cookie: cookies.FIRM });
    expect(firmList.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(a.id)).toBe('INTERESTED');
  });

  it('lets a firm express interest, withdraw, and express interest again', async () => {
    const EXPRESS = `mutation { expressInterest { id status version } }`;
    const first = await api.gql<{ expressInterest: { id: string; status: string; version: number } }>(
      EXPRESS,
      {},
      {
        cookie: cookies.FIRM,
      },
    );
    expect(first.body.data!.expressInterest.status).toBe('INTERESTED');
    const again = await api.gql(EXPRESS, {}, { cookie: cookies.FIRM });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'already_active',
    });
    const { id, version } = first.body.data!.expressInterest;
    const withdrawn = await api.gql<{ withdrawAdhesion: { status: string } }>(
      WITHDRAW,
      { input: { id, version, note: 'Non ora' } },
      { cookie: cookies.FIRM },
    );
    expect(withdrawn.body.data!.withdrawAdhesion.status).toBe('WITHDRAWN');
    const reopened = await api.gql<{ expressInterest: { id: string; status: string } }>(
      EXPRESS,
      {},
      {
        cookie: cookies.FIRM,
      },
    );
    expect(reopened.body.data!.expressInterest).toEqual({ id, status: 'INTERESTED', version: 3 });
    const mine = await api.gql<{ myAdhesion: { id: string } }>(
      `{ myAdhesion { id } }`,
      {},
      { cookie: cookies.FIRM },
    );
    expect(mine.body.data!.myAdhesion.id).toBe(id);
    expect(await auditActions(api.ds, id)).toEqual([
      'EXPRESS_INTEREST',
      'WITHDRAW_ADHESION',
      'EXPRESS_INTEREST',
    ]);
  });
});

describe('bulk invitation and counters', () => {
  it('invites every interested firm of a hamlet and kind at once, and only those', async () => {
    const hamlet = `Frazione ${Date.now()}`;
    const match1 = await adhesionIn('INTERESTED', { hamlet, kind: 'PROCESSING' });
    const match2 = await adhesionIn('INTERESTED', { hamlet, kind: 'PROCESSING' });
    const otherKind = await adhesionIn('INTERESTED', { hamlet });
    const notInterested = await adhesionIn('DOCUMENTS_REQUESTED', { hamlet, kind: 'PROCESSING' });
    const res = await api.gql<{ inviteFirmsToNetwork: { invitedCount: number } }>(
      `mutation ($input: InviteFirmsToNetworkInput!) { inviteFirmsToNetwork(input: $input) { invitedCount } }`,
      { input: { kinds: ['PROCESSING'], hamlets: [hamlet], note: 'Lettera di invito' } },
      { cookie: cookies.CONSULTANT },
    );
    expect(res.body.data!.inviteFirmsToNetwork.invitedCount).toBe(2);
    expect(await statusOf(match1.id)).toBe('INVITED');
    expect(await statusOf(match2.id)).toBe('INVITED');
    expect(await statusOf(otherKind.id)).toBe('INTERESTED');
    expect(await statusOf(notInterested.id)).toBe('DOCUMENTS_REQUESTED');
    const steps = await api.ds.query(
      `SELECT from_status, to_status, note FROM adhesion_transition WHERE adhesion_id = ANY($1)`,
      [[match1.id, match2.id]],
    );
    expect(steps).toHaveLength(2);
    expect(steps[0]).toEqual({ from_status: 'INTERESTED', to_status: 'INVITED', note: 'Lettera di invito' });
    const audit = await api.ds.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'INVITE_FIRM_TO_NETWORK' AND entity_id = ANY($1)`,
      [[match1.id, match2.id]],
    );
    expect(audit[0].n).toBe(2);
  });

  it('shows everyone the counters against the district total', async () => {
    const res = await api.gql<{
      adhesionCounters: { interested: number; signed: number; districtTotal: number };
    }>(
      `{ adhesionCounters { interested signed registered districtTotal byStatus { status count } } }`,
      {},
      { cookie: cookies.FIRM },
    );
    const [db] = await api.ds.query(
      `SELECT count(*) FILTER (WHERE status NOT IN ('DECLINED','WITHDRAWN'))::int AS interested,
              count(*) FILTER (WHERE status IN ('SIGNED','REGISTERED'))::int AS signed,
              (SELECT count(*)::int FROM firm) AS total FROM adhesion`,
    );
    expect(res.body.data!.adhesionCounters).toMatchObject({
      interested: db.interested,
      signed: db.signed,
      districtTotal: db.total,
    });
  });

  it('gives "in progress" and "members" one figure each, the same in the counters, the dashboard and the report', async () => {
    for (const status of ['INTERESTED', 'INVITED', 'READY_TO_SIGN', 'SIGNED', 'WITHDRAWN'] as const)
      await adhesionIn(status);
    const res = await api.gql<{
      adhesionCounters: { inProgress: number; signed: number; byStatus: { status: string; count: number }[] };
      districtSummary: { inProgressCount: number; memberCount: number };
      report: { overview: { inProgressCount: number; memberCount: number } };
      firms: { totalCount: number };
    }>(
      `{ adhesionCounters { inProgress signed byStatus { status count } }
         districtSummary { inProgressCount memberCount }
         report { overview { inProgressCount memberCount } }
         firms(filter: { adhesionStatuses: [INTERESTED, INVITED, DOCUMENTS_REQUESTED, READY_TO_SIGN] }) { totalCount } }`,
      {},
      { cookie: cookies.CONSULTANT },
    );
    const d = res.body.data!;
    const byStatus = Object.fromEntries(d.adhesionCounters.byStatus.map((s) => [s.status, s.count]));
    const inProgress =
      byStatus.INTERESTED! + byStatus.INVITED! + byStatus.DOCUMENTS_REQUESTED! + byStatus.READY_TO_SIGN!;
    expect(inProgress).toBeGreaterThan(byStatus.INTERESTED!);
    expect(d.adhesionCounters.inProgress).toBe(inProgress);
    expect(d.districtSummary.inProgressCount).toBe(inProgress);
    expect(d.report.overview.inProgressCount).toBe(inProgress);
    expect(d.firms.totalCount).toBe(inProgress);
    const members = byStatus.SIGNED! + byStatus.REGISTERED!;
    expect(d.adhesionCounters.signed).toBe(members);
    expect(d.districtSummary.memberCount).toBe(members);
    expect(d.report.overview.memberCount).toBe(members);
  });

  it('lists adhesions with a bounded page and a constant number of SQL statements', async () => {
    const count = async (first: number) => {
      let statements = 0;
      const original = api.ds.driver.createQueryRunner.bind(api.ds.driver);
      const spy = (mode: 'master' | 'slave') => {
        const runner = original(mode);
        const query = runner.query.bind(runner);
        runner.query = ((...args: Parameters<typeof query>) => {
          statements += 1;
          return query(...args);
        }) as typeof runner.query;
        return runner;
      };
      api.ds.driver.createQueryRunner = spy;
      try {
        const res = await api.gql(
          `query ($first: Int) { adhesions(first: $first) { edges { node { id status stillNeeded firm { legalName } } } } }`,
          { first },
          { cookie: cookies.CONSULTANT },
        );
        expect(res.body.errors).toBeUndefined();
      } finally {
        api.ds.driver.createQueryRunner = original;
      }
      return statements;
    };
    for (let i = 0; i < 6; i += 1) await adhesionIn('INTERESTED');
    const few = await count(2);
    expect(few).toBeGreaterThan(0);
    expect(await count(6)).toBe(few);
    const tooMany = await api.gql(
      `{ adhesions(first: 500) { totalCount } }`,
      {},
      { cookie: cookies.CONSULTANT },
    );
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
