import { randomBytes, randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZED_BY } from '../../common/auth.js';
import { resolvers, typeDefs } from '../../schema.js';
import { createFirm, createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import type { FirmEntity } from '../firm/firm.entity.js';

let api: TestApi;
let chamber: string;
let consultant: string;
let firmUser: string;
let f: Record<'f1' | 'f2' | 'f3' | 'f4' | 'f5', FirmEntity>;

async function capability(code: string): Promise<CapabilityEntity> {
  const repo = api.ds.getRepository(CapabilityEntity);
  return repo.save(
    repo.create({
      code: `${code}_${randomBytes(3).toString('hex')}`,
      labelIt: code,
      labelEn: code,
      group: 'PROCESSING',
    }),
  );
}

async function adhesion(firm: FirmEntity, status: string, steps: [string, string][]): Promise<void> {
  const [{ id }]: [{ id: string }] = await api.ds.query(
    `INSERT INTO adhesion (firm_id, status) VALUES ($1, $2) RETURNING id`,
    [firm.id, status],
  );
  for (const [to, at] of steps) {
    await api.ds.query(`INSERT INTO adhesion_transition (adhesion_id, to_status, at) VALUES ($1, $2, $3)`, [
      id,
      to,
      at,
    ]);
  }
}

async function link(s: FirmEntity, c: FirmEntity, cap: CapabilityEntity, status: string, volume: number) {
  await api.ds.query(
    `INSERT INTO supply_link (supplier_id, customer_id, capability_id, yearly_volume_pairs, status, declared_by_firm_id)
     VALUES ($1, $2, $3, $4, $5, $1)`,
    [s.id, c.id, cap.id, volume, status],
  );
}

/**
 * The known district (expected figures below are computed by hand from it):
 * f1 SHOE_FACTORY Segromigno, 40 employees, 500 pairs/day, export 50 %, SIGNED
 * f2 SHOE_FACTORY Lammari,    10 employees, 100 pairs/day, export 10 %, INTERESTED
 * f3 PROCESSING   Segromigno, 20 employees, no capacity, no export,   REGISTERED
 * f4 COMPONENTS   Lammari (municipality Lucca), 30 employees, 200 pairs/day, export 80 %, no adhesion
 * f5 SERVICES     no hamlet, nothing declared, DECLINED
 */
beforeAll(async () => {
  api = await startTestApi();
  const base = { employees: null, capacityPairsPerDay: null, exportShare: null };
  f = {
    f1: await createFirm(api.ds, {
      ...base,
      kind: 'SHOE_FACTORY',
      hamlet: 'Segromigno in Monte',
      employees: 40,
      capacityPairsPerDay: 500,
      exportShare: 50,
    }),
    f2: await createFirm(api.ds, {
      ...base,
      kind: 'SHOE_FACTORY',
      hamlet: 'Lammari',
      employees: 10,
      capacityPairsPerDay: 100,
      exportShare: 10,
    }),
    f3: await createFirm(api.ds, {
      ...base,
      kind: 'PROCESSING',
      hamlet: 'Segromigno in Monte',
      employees: 20,
    }),
    f4: await createFirm(api.ds, {
      ...base,
      kind: 'COMPONENTS',
      hamlet: 'Lammari',
      municipality: 'Lucca',
      employees: 30,
      capacityPairsPerDay: 200,
      exportShare: 80,
    }),
    f5: await createFirm(api.ds, { ...base, kind: 'SERVICES', hamlet: null }),
  };
  // 2026-01-31T23:30Z is already 1 February in Italy.
  await adhesion(f.f1, 'SIGNED', [
    ['INTERESTED', '2026-01-10T10:00:00Z'],
    ['SIGNED', '2026-03-05T10:00:00Z'],
  ]);
  await adhesion(f.f2, 'INTERESTED', [['INTERESTED', '2026-01-31T23:30:00Z']]);
  await adhesion(f.f3, 'REGISTERED', [
    ['INTERESTED', '2026-01-15T10:00:00Z'],
    ['SIGNED', '2026-02-10T10:00:00Z'],
    ['REGISTERED', '2026-03-20T10:00:00Z'],
  ]);
  await adhesion(f.f5, 'DECLINED', []);

  const c1 = await capability('STITCHING');
  const c2 = await capability('SOLES');
  await link(f.f3, f.f1, c1, 'CONFIRMED', 1000);
  await link(f.f4, f.f1, c2, 'CONFIRMED', 3000);
  await link(f.f4, f.f2, c2, 'CONFIRMED', 1000);
  await link(f.f5, f.f2, c1, 'CONFIRMED', 3000);
  await link(f.f3, f.f2, c1, 'DECLARED', 9999);

  const [{ id: plan }]: [{ id: string }] = await api.ds.query(
    `INSERT INTO strategic_plan (title, start_year, end_year) VALUES ('Piano', 2027, 2029) RETURNING id`,
  );
  const action = async (axis: string, status: string) =>
    (
      (await api.ds.query(
        `INSERT INTO plan_action (plan_id, axis, title, start_date, end_date, status)
       VALUES ($1, $2, 'Azione', '2027-01-01', '2028-12-31', $3) RETURNING id`,
        [plan, axis, status],
      )) as { id: string }[]
    )[0]!.id;
  const a1 = await action('DIGITAL_CLUSTER', 'IN_PROGRESS');
  const a2 = await action('EVENTS_INTERNATIONALISATION', 'DONE');
  for (const [a, year, source, amount] of [
    [a1, 2027, 'NETWORK_FUND', 10000],
    [a1, 2027, 'REGION', 5000],
    [a1, 2028, 'NETWORK_FUND', 20000],
    [a2, 2027, 'EU', 7000],
  ] as const) {
    await api.ds.query(
      `INSERT INTO plan_action_budget (action_id, year, funding_source, amount) VALUES ($1, $2, $3, $4)`,
      [a, year, source, amount],
    );
  }
  const kpi = async (a: string, baseline: number, target: number, actuals: [number, number][]) => {
    const [{ id }]: [{ id: string }] = await api.ds.query(
      `INSERT INTO plan_action_kpi (action_id, name, unit, baseline, target) VALUES ($1, 'k', 'n', $2, $3) RETURNING id`,
      [a, baseline, target],
    );
    for (const [year, value] of actuals) {
      await api.ds.query(`INSERT INTO plan_action_kpi_actual (kpi_id, year, value) VALUES ($1, $2, $3)`, [
        id,
        year,
        value,
      ]);
    }
  };
  await kpi(a1, 0, 100, [
    [2027, 50],
    [2028, 120],
  ]);
  await kpi(a2, 10, 20, [[2027, 15]]);
  await kpi(a2, 5, 5, [[2027, 5]]); // target = baseline: not measured
  await kpi(a1, 0, 10, []); // no actual: not measured

  for (const [phase, status, due] of [
    ['CONTRACT', 'DONE', '2020-01-10'],
    ['CONTRACT', 'TODO', '2020-02-01'],
    ['ADHESIONS', 'IN_PROGRESS', '2099-01-01'],
    ['ADHESIONS', 'BLOCKED', '2020-03-01'],
    ['PLAN_DESIGN', 'TODO', null],
  ] as const) {
    await api.ds.query(`INSERT INTO task (title, phase, status, due_date) VALUES ('t', $1, $2, $3)`, [
      phase,
      status,
      due,
    ]);
  }

  chamber = await api.signIn((await createUser(api.ds, 'CHAMBER')).email, TEST_PASSWORD);
  consultant = await api.signIn((await createUser(api.ds, 'CONSULTANT')).email, TEST_PASSWORD);
  firmUser = await api.signIn((await createUser(api.ds, 'FIRM', { firmId: f.f1.id })).email, TEST_PASSWORD);
});
afterAll(async () => {
  await api.close();
});

const OVERVIEW = `query ($filter: ReportFilter) { report(filter: $filter) { overview {
  firmCount memberCount interestedCount hamletCount
  byKind { kind count } byHamlet { hamlet count }
  employees { total network share } capacityPairsPerDay { total network share }
  exportShareWeighted memberExportShareWeighted } } }`;

type Overview = {
  firmCount: number;
  memberCount: number;
  interestedCount: number;
  hamletCount: number;
  byKind: { kind: string; count: number }[];
  byHamlet: { hamlet: string | null; count: number }[];
  employees: { total: number; network: number; share: number };
  capacityPairsPerDay: { total: number; network: number; share: number };
  exportShareWeighted: number | null;
  memberExportShareWeighted: number | null;
};

async function overview(filter: Record<string, unknown> | null, cookie = chamber): Promise<Overview> {
  const res = await api.gql<{ report: { overview: Overview } }>(OVERVIEW, { filter }, { cookie });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.report.overview;
}

describe('report overview', () => {
  it('counts the whole district by kind and hamlet, members, employees, capacity and export share', async () => {
    const o = await overview(null);
    expect(o).toEqual({
      firmCount: 5,
      memberCount: 2,
      interestedCount: 1,
      hamletCount: 3,
      byKind: [
        { kind: 'SHOE_FACTORY', count: 2 },
        { kind: 'COMPONENTS', count: 1 },
        { kind: 'PROCESSING', count: 1 },
        { kind: 'SERVICES', count: 1 },
      ],
      byHamlet: [
        { hamlet: 'Lammari', count: 2 },
        { hamlet: 'Segromigno in Monte', count: 2 },
        { hamlet: null, count: 1 },
      ],
      employees: { total: 100, network: 60, share: 0.6 },
      capacityPairsPerDay: { total: 800, network: 500, share: 0.625 },
      // (50·40 + 10·10 + 80·30) / (40 + 10 + 30) = 4500 / 80 = 56.25
      exportShareWeighted: 56.3,
      memberExportShareWeighted: 50,
    });
  });

  it('combines filters with AND (hamlet without regard to case, kind, membership, statuses)', async () => {
    const one = await overview({ hamlets: ['segromigno in monte'], kinds: ['SHOE_FACTORY'] });
    expect(one).toMatchObject({
      firmCount: 1,
      memberCount: 1,
      employees: { total: 40, network: 40, share: 1 },
    });

    const non = await overview({ membership: 'NON_MEMBERS' });
    expect(non).toMatchObject({
      firmCount: 3,
      memberCount: 0,
      interestedCount: 1,
      employees: { total: 40, network: 0 },
    });

    const both = await overview({ adhesionStatuses: ['SIGNED', 'INTERESTED'], hamlets: ['Lammari'] });
    expect(both).toMatchObject({
      firmCount: 1,
      interestedCount: 1,
      byHamlet: [{ hamlet: 'Lammari', count: 1 }],
    });

    const none = await overview({ membership: 'MEMBERS', kinds: ['COMPONENTS'] });
    expect(none).toMatchObject({
      firmCount: 0,
      exportShareWeighted: null,
      employees: { total: 0, share: 0 },
    });
  });

  it('refuses a bad filter naming the field, and the roles that may not read reports', async () => {
    const bad = await api.gql(
      OVERVIEW,
      { filter: { from: '2026-05-01', to: '2026-04-01' } },
      { cookie: chamber },
    );
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const badDate = await api.gql(OVERVIEW, { filter: { from: '2026-02-30' } }, { cookie: chamber });
    expect(badDate.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.from',
    });

    const firm = await api.gql(OVERVIEW, {}, { cookie: firmUser });
    expect(firm.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(OVERVIEW, {});
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await overview(null, consultant)).firmCount).toBe(5);
  });
});

describe('adhesion reports', () => {
  const Q = `query ($filter: ReportFilter) { report(filter: $filter) {
    adhesionFunnel { status count } adhesionsOverTime { month interested signed transitions } } }`;
  type R = {
    report: {
      adhesionFunnel: { status: string; count: number }[];
      adhesionsOverTime: { month: string; interested: number; signed: number; transitions: number }[];
    };
  };

  it('counts adhesions per status in pipeline order and steps per Italian month', async () => {
    const res = await api.gql<R>(Q, {}, { cookie: chamber });
    const { adhesionFunnel, adhesionsOverTime } = res.body.data!.report;
    expect(adhesionFunnel.map((s) => s.status)).toEqual([
      'INTERESTED',
      'INVITED',
      'DOCUMENTS_REQUESTED',
      'READY_TO_SIGN',
      'SIGNED',
      'REGISTERED',
      'DECLINED',
      'WITHDRAWN',
    ]);
    expect(adhesionFunnel.map((s) => s.count)).toEqual([1, 0, 0, 0, 1, 1, 1, 0]);
    expect(adhesionsOverTime).toEqual([
      { month: '2026-01', interested: 2, signed: 0, transitions: 2 },
      { month: '2026-02', interested: 1, signed: 1, transitions: 2 },
      { month: '2026-03', interested: 0, signed: 1, transitions: 2 },
    ]);
  });

  it('applies firm filters and the date range together', async () => {
    const res = await api.gql<R>(
      Q,
      { filter: { kinds: ['SHOE_FACTORY'], from: '2026-02-01', to: '2026-02-28' } },
      { cookie: chamber },
    );
    const { adhesionFunnel, adhesionsOverTime } = res.body.data!.report;
    // The funnel is today's status: the date range does not apply to it.
    expect(adhesionFunnel.filter((s) => s.count > 0)).toEqual([
      { status: 'INTERESTED', count: 1 },
      { status: 'SIGNED', count: 1 },
    ]);
    expect(adhesionsOverTime).toEqual([{ month: '2026-02', interested: 1, signed: 0, transitions: 1 }]);
  });
});

describe('supply-chain report', () => {
  const Q = `query ($filter: ReportFilter) { report(filter: $filter) { supplyChain {
    confirmedLinkCount singlePointOfFailureCount
    localSourcing { confirmedLinkCount localLinkCount linkShare volumeShare }
    topSuppliers { firm { id } customerCount linkCount }
    concentration { capability { labelEn } hhi supplierCount } } } }`;
  type R = {
    report: {
      supplyChain: {
        confirmedLinkCount: number;
        singlePointOfFailureCount: number;
        localSourcing: Record<string, number>;
        topSuppliers: { firm: { id: string }; customerCount: number; linkCount: number }[];
        concentration: { capability: { labelEn: string }; hhi: number; supplierCount: number }[];
      };
    };
  };

  it('counts confirmed links, local share, top suppliers, single points of failure and HHI', async () => {
    const res = await api.gql<R>(Q, {}, { cookie: chamber });
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data!.report.supplyChain;
    expect(s.confirmedLinkCount).toBe(4);
    // Local: f3→f1 and f5→f2 (Capannori to Capannori), 4,000 of 8,000 pairs.
    expect(s.localSourcing).toEqual({
      confirmedLinkCount: 4,
      localLinkCount: 2,
      linkShare: 0.5,
      volumeShare: 0.5,
    });
    expect(s.topSuppliers[0]).toEqual({ firm: { id: f.f4.id }, customerCount: 2, linkCount: 2 });
    expect(s.topSuppliers.map((t) => t.firm.id).sort()).toEqual([f.f3.id, f.f4.id, f.f5.id].sort());
    // f1 has one source of each capability (f3, f4); f2 one of stitching (f5; f3's link is only declared).
    expect(s.singlePointOfFailureCount).toBe(3);
    // Stitching: 1,000 and 3,000 pairs → 25² + 75² = 6,250; soles: f4 alone → 10,000.
    expect(s.concentration.map((c) => [c.capability.labelEn, c.hhi, c.supplierCount])).toEqual([
      ['SOLES', 10000, 1],
      ['STITCHING', 6250, 2],
    ]);
  });

  it('filters the top suppliers by the supplier firm', async () => {
    const res = await api.gql<R>(Q, { filter: { membership: 'MEMBERS' } }, { cookie: chamber });
    expect(res.body.data!.report.supplyChain.topSuppliers).toEqual([
      { firm: { id: f.f3.id }, customerCount: 1, linkCount: 1 },
    ]);
  });
});

describe('plan and start-up reports', () => {
  const Q = `query ($filter: ReportFilter) { report(filter: $filter) {
    plan { budgetByAxisYear { axis year amountEur } actionsByStatus { status count }
           kpiAttainment { kpiCount measuredCount achievedCount averagePercent } }
    startup { byPhaseStatus { phase status count } overdueCount overdueByPhase { phase count } } } }`;
  type R = {
    report: {
      plan: {
        budgetByAxisYear: { axis: string; year: number; amountEur: number }[];
        actionsByStatus: { status: string; count: number }[];
        kpiAttainment: Record<string, number | null>;
      };
      startup: {
        byPhaseStatus: { phase: string; status: string; count: number }[];
        overdueCount: number;
        overdueByPhase: { phase: string; count: number }[];
      };
    };
  };

  it('sums the budget by axis and year, counts actions, measures KPIs and tasks', async () => {
    const res = await api.gql<R>(Q, {}, { cookie: chamber });
    expect(res.body.errors).toBeUndefined();
    const { plan, startup } = res.body.data!.report;
    expect(plan.budgetByAxisYear).toEqual([
      { axis: 'DIGITAL_CLUSTER', year: 2027, amountEur: 15000 },
      { axis: 'DIGITAL_CLUSTER', year: 2028, amountEur: 20000 },
      { axis: 'EVENTS_INTERNATIONALISATION', year: 2027, amountEur: 7000 },
    ]);
    expect(plan.actionsByStatus).toEqual([
      { status: 'DONE', count: 1 },
      { status: 'IN_PROGRESS', count: 1 },
    ]);
    // KPI 1: (120 − 0) / 100 = 120 %; KPI 2: (15 − 10) / 10 = 50 %; mean 85 %.
    expect(plan.kpiAttainment).toEqual({
      kpiCount: 4,
      measuredCount: 2,
      achievedCount: 1,
      averagePercent: 85,
    });
    expect(startup).toEqual({
      byPhaseStatus: [
        { phase: 'ADHESIONS', status: 'BLOCKED', count: 1 },
        { phase: 'ADHESIONS', status: 'IN_PROGRESS', count: 1 },
        { phase: 'CONTRACT', status: 'DONE', count: 1 },
        { phase: 'CONTRACT', status: 'TODO', count: 1 },
        { phase: 'PLAN_DESIGN', status: 'TODO', count: 1 },
      ],
      overdueCount: 2,
      overdueByPhase: [
        { phase: 'ADHESIONS', count: 1 },
        { phase: 'CONTRACT', count: 1 },
      ],
    });
  });

  it('limits budget years, KPI actuals and task due dates to the date range', async () => {
    const res = await api.gql<R>(
      Q,
      { filter: { from: '2020-01-15', to: '2027-12-31' } },
      { cookie: chamber },
    );
    const { plan, startup } = res.body.data!.report;
    expect(plan.budgetByAxisYear.map((b) => [b.axis, b.year, b.amountEur])).toEqual([
      ['DIGITAL_CLUSTER', 2027, 15000],
      ['EVENTS_INTERNATIONALISATION', 2027, 7000],
    ]);
    // KPI 1's latest actual in range is 2027's 50 %.
    expect(plan.kpiAttainment).toEqual({
      kpiCount: 4,
      measuredCount: 2,
      achievedCount: 0,
      averagePercent: 50,
    });
    expect(startup.byPhaseStatus).toEqual([
      { phase: 'ADHESIONS', status: 'BLOCKED', count: 1 },
      { phase: 'CONTRACT', status: 'TODO', count: 1 },
    ]);
    expect(startup.overdueCount).toBe(2);
  });
});

describe('exports', () => {
  const get = (path: string, cookie: string | null = chamber) =>
    fetch(`${api.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('exports the filtered overview as CSV in the chosen language', async () => {
    const res = await get('/api/reports/overview.csv?hamlet=Lammari&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    // The first line says which filters made the file, the hamlet spelled as given.
    expect(text.split('\r\n').slice(0, 2)).toEqual(['Filters: Lammari', '']);
    expect(text).toContain('Firms;2\r\n');
    expect(text).toContain('Shoe factory;1\r\n');
    expect(text).toContain('Components;1\r\n');
    expect(text).not.toContain('Segromigno');

    const it = await (await get('/api/reports/overview.csv?lang=it')).text();
    expect(it).toContain('Imprese;5\r\n');
    expect(it).toContain('Quota export media pesata per addetti (%);56,3\r\n');
  });

  it('exports each report as a titled PDF', async () => {
    for (const name of ['overview', 'adhesions', 'supply-chain', 'plan', 'startup']) {
      const res = await get(`/api/reports/${name}.pdf?lang=en&kind=SHOE_FACTORY`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const pdf = Buffer.from(await (await get('/api/reports/overview.pdf?lang=it')).arrayBuffer()).toString(
      'latin1',
    );
    expect(pdf).toContain('Panoramica del distretto');
  });

  it('refuses FIRM users, anonymous visitors, unknown reports and bad filters', async () => {
    expect((await get('/api/reports/overview.csv', firmUser)).status).toBe(403);
    expect((await get('/api/reports/overview.csv', null)).status).toBe(401);
    expect((await get('/api/reports/nothing.csv')).status).toBe(404);
    const bad = await get('/api/reports/overview.csv?from=2026-13-01');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { extensions: { field: string } } }).error.extensions.field).toBe(
      'filter.from',
    );
  });
});

describe('saved report views', () => {
  const SAVE = `mutation ($input: SaveReportViewInput!) { saveReportView(input: $input) { id name section filter version } }`;
  const LIST = `{ savedReportViews { id name filter } }`;
  const DELETE = `mutation ($id: ID!, $version: Int!) { deleteReportView(id: $id, version: $version) }`;
  const audits = async (id: string) =>
    Number(
      (
        (await api.ds.query(`SELECT count(*) AS n FROM audit_entry WHERE entity_id = $1`, [id])) as {
          n: string;
        }[]
      )[0]!.n,
    );

  it('saves, lists and deletes a person’s own views, audited, with version checks', async () => {
    const saved = await api.gql<{ saveReportView: { id: string; filter: unknown; version: number } }>(
      SAVE,
      { input: { name: 'Lammari', section: 'OVERVIEW', filter: { hamlets: ['Lammari'], kinds: [] } } },
      { cookie: chamber },
    );
    expect(saved.body.errors).toBeUndefined();
    const view = saved.body.data!.saveReportView;
    expect(view.filter).toEqual({ hamlets: ['Lammari'] });
    expect(await audits(view.id)).toBe(1);

    const mine = await api.gql<{ savedReportViews: { id: string }[] }>(LIST, {}, { cookie: chamber });
    expect(mine.body.data!.savedReportViews.map((v) => v.id)).toEqual([view.id]);
    const theirs = await api.gql<{ savedReportViews: { id: string }[] }>(LIST, {}, { cookie: consultant });
    expect(theirs.body.data!.savedReportViews).toEqual([]);

    const taken = await api.gql(SAVE, { input: { name: 'LAMMARI', section: 'PLAN' } }, { cookie: chamber });
    expect(taken.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      reason: 'taken',
    });
    const empty = await api.gql(SAVE, { input: { name: '  ', section: 'PLAN' } }, { cookie: chamber });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const badFilter = await api.gql(
      SAVE,
      { input: { name: 'x', section: 'PLAN', filter: { to: 'ieri' } } },
      { cookie: chamber },
    );
    expect(badFilter.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.to',
    });

    const other = await api.gql(DELETE, { id: view.id, version: 1 }, { cookie: consultant });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const stale = await api.gql(DELETE, { id: view.id, version: 7 }, { cookie: chamber });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const firm = await api.gql(LIST, {}, { cookie: firmUser });
    expect(firm.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const gone = await api.gql(DELETE, { id: view.id, version: 1 }, { cookie: chamber });
    expect(gone.body.data).toEqual({ deleteReportView: view.id });
    expect(await audits(view.id)).toBe(2);
    expect(
      (await api.gql<{ savedReportViews: unknown[] }>(LIST, {}, { cookie: chamber })).body.data!
        .savedReportViews,
    ).toEqual([]);
  });
});

/**
 * CHAMBER reads but changes nothing: every mutation of the schema, called with well-formed dummy
 * arguments, is refused and leaves the audit log as it was.
 */
describe('CHAMBER and every mutation', () => {
  /** Mutations CHAMBER may call, and why. */
  const ALLOWED: Record<string, string> = {
    signOut: 'ends the caller’s own session (called last would end this test’s session: not called)',
    saveReportView: 'a personal bookmark, not district data (tested above)',
    deleteReportView: 'a personal bookmark, not district data (tested above)',
    endOtherSessions: 'ends the caller’s own other sessions, not district data (auth/account.test.ts)',
    changePassword: 'the caller’s own password, not district data (auth/account.test.ts)',
    requestPasswordReset:
      'open to anyone and answers true for any address; an unknown one changes nothing (auth/password-reset.test.ts)',
    requestEmailChange: 'the caller’s own address, confirmed from the new one (auth/email-change.test.ts)',
    startTwoFactorEnrolment: 'the caller’s own two-factor sign-in (auth/two-factor.test.ts)',
    confirmTwoFactorEnrolment: 'the caller’s own two-factor sign-in (auth/two-factor.test.ts)',
    disableTwoFactor: 'the caller’s own two-factor sign-in (auth/two-factor.test.ts)',
    markNotificationRead: 'the caller’s own notifications (notification/notification.test.ts)',
    markAllNotificationsRead: 'the caller’s own notifications (notification/notification.test.ts)',
    setNotificationPreference: 'the caller’s own preferences (notification/notification.test.ts)',
  };
  /**
   * Open to anyone by design (rule `anyone`): with dummy arguments they must fail without changing
   * anything, which the audit-log check asserts.
   */
  const PUBLIC: Record<string, string[]> = {
    signIn: ['UNAUTHENTICATED', 'BAD_USER_INPUT'],
    acceptInvitation: ['BAD_USER_INPUT'],
    resetPassword: ['BAD_USER_INPUT'],
    completeSignIn: ['BAD_USER_INPUT'],
    confirmEmailChange: ['BAD_USER_INPUT'],
  };

  const schema = buildSchema(typeDefs.join('\n'));

  function dummy(type: GraphQLInputType, depth = 0): unknown {
    if (isNonNullType(type)) return dummy(type.ofType, depth);
    if (isListType(type)) return [dummy(type.ofType, depth)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((fd) => isNonNullType(fd.type));
      return Object.fromEntries(fields.map((fd) => [fd.name, dummy(fd.type, depth + 1)]));
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'ID':
          return randomUUID();
        case 'Int':
          return 1;
        case 'Float':
          return 1;
        case 'Boolean':
          return false;
        case 'DateTime':
          return '2026-01-01T00:00:00.000Z';
        case 'JSON':
          return {};
        default:
          return 'x';
      }
    }
    throw new Error(`no dummy for ${String(type)}`);
  }

  const mutationFields = Object.values(schema.getMutationType()!.getFields());
  const ruleOf = (name: string): string | undefined =>
    (resolvers.Mutation as Record<string, { [AUTHORIZED_BY]?: string }>)[name]?.[AUTHORIZED_BY];

  it('finds the mutations to check', () => {
    expect(mutationFields.length).toBeGreaterThan(20);
  });

  for (const field of mutationFields.filter((m) => !(m.name in ALLOWED))) {
    it(`refuses ${field.name}`, async () => {
      const vars = field.args.map((a, i) => `$a${i}: ${String(a.type)}`);
      const args = field.args.map((a, i) => `${a.name}: $a${i}`);
      const named = getNamedType(field.type);
      const selection =
        isObjectType(named) || (!isScalarType(named) && !isEnumType(named)) ? ' { __typename }' : '';
      const query = `mutation${vars.length ? `(${vars.join(', ')})` : ''} { ${field.name}${
        args.length ? `(${args.join(', ')})` : ''
      }${selection} }`;
      const variables = Object.fromEntries(field.args.map((a, i) => [`a${i}`, dummy(a.type)]));
      const before = await api.ds.query(`SELECT count(*)::int AS n FROM audit_entry`);
      const res = await api.gql(query, variables, { cookie: chamber });
      const code = res.body.errors?.[0]?.extensions?.code;
      const rule = ruleOf(field.name);
      const expected =
        PUBLIC[field.name] ?? (rule === 'signedIn' ? ['FORBIDDEN', 'NOT_FOUND'] : ['FORBIDDEN']);
      expect(res.body.data ?? null, `${field.name} answered data`).toBeNull();
      expect(
        expected,
        `${field.name} (rule ${rule}) answered ${String(code)}: ${res.body.errors?.[0]?.message}`,
      ).toContain(code);
      expect(await api.ds.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual(before);
    });
  }
});
