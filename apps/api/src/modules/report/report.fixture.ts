import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { createFirm, createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import type { FirmEntity } from '../firm/firm.entity.js';

export let api: TestApi;
export let chamber: string;
export let consultant: string;
export let firmUser: string;
export let f: Record<'f1' | 'f2' | 'f3' | 'f4' | 'f5', FirmEntity>;

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

export const OVERVIEW = `query ($filter: ReportFilter) { report(filter: $filter) { overview {
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

export async function overview(filter: Record<string, unknown> | null, cookie = chamber): Promise<Overview> {
  const res = await api.gql<{ report: { overview: Overview } }>(OVERVIEW, { filter }, { cookie });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.report.overview;
}

/** The set-up every report test file shares: call it once at the top of the file. */
export function useReportFixture(): void {
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
}
